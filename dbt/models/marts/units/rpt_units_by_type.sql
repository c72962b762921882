with

units as (

    select * from {{ ref('dim_units') }}

),

aggregated as (

    select
        reporting_year,
        region_code,
        unit_type,
        count(*) as units_registered,
        count(*) filter (where is_active) as units_active,
        count(*) filter (where is_suspended) as units_suspended,
        count(*) filter (where activity_status = 'inactive') as units_inactive,
        count(*) filter (where not is_active) as units_not_active,
        count(*) filter (where has_answered) as units_answered,
        count(*) filter (where not has_answered) as units_not_answered,
        count(*) filter (where founder_sector = 'non_profit') as units_non_profit,
        count(*) filter (where founder_sector = 'local_government') as units_local_government,
        count(*) filter (where founder_sector = 'social_cooperative') as units_social_cooperative,
        count(*) filter (where founder_sector = 'company') as units_company,
        count(*) filter (where founder_sector = 'other') as units_other_sector

    from units
    group by reporting_year, region_code, unit_type

)

select * from aggregated
