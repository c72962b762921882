with

projects as (

    select * from {{ ref('stg_raw__projects') }}

),

units as (

    select
        unit_id,
        reporting_year,
        unit_type,
        region_code
    from {{ ref('dim_units') }}

),

final as (

    select
        projects.project_id || '/' || projects.reporting_year as project_year_id,
        projects.project_id,
        projects.reporting_year,
        projects.unit_id,
        units.unit_type,
        units.region_code,
        projects.project_title,
        projects.participants,
        projects.funder,
        projects.amount_pln

    from projects
    inner join units
        on projects.unit_id = units.unit_id
        and projects.reporting_year = units.reporting_year

)

select * from final
