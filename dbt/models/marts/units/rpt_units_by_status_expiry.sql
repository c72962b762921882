with

units as (

    select * from {{ ref('dim_units') }}

),

aggregated as (

    select
        reporting_year,
        region_code,
        unit_type,
        status_expiry_year,
        count(*) as units

    from units
    where status_expiry_year is not null
    group by all

)

select * from aggregated
