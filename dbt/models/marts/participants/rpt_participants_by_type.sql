with

participants as (

    select * from {{ ref('fct_participants') }}

),

aggregated as (

    select
        reporting_year,
        region_code,
        unit_type,
        count(*) filter (where participants_total > 0) as units_with_participants,
        cast(sum(participants_total) as bigint) as participants_total,
        cast(coalesce(sum(participants_total) filter (where has_demographics), 0) as bigint)
            as participants_with_demographics,
        count(*) filter (where participants_total > 0 and not has_demographics)
            as units_without_demographics

    from participants
    group by reporting_year, region_code, unit_type

)

select * from aggregated
