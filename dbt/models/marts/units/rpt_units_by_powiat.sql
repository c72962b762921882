{#- Every powiat of the region appears for every unit type registered there that year, with 0
    where it has no such unit: "no KIS in four powiats" is a figure too. -#}
with

units as (

    select * from {{ ref('dim_units') }}

),

powiats as (

    select * from {{ ref('powiats') }}

),

year_types as (

    select distinct
        reporting_year,
        region_code,
        unit_type
    from units

),

grid as (

    select
        year_types.reporting_year,
        year_types.region_code,
        year_types.unit_type,
        powiats.powiat_teryt,
        powiats.powiat_name,
        powiats.is_city_powiat

    from year_types
    inner join powiats
        on year_types.region_code = powiats.voivodship_teryt

),

counted as (

    select
        grid.reporting_year,
        grid.region_code,
        grid.unit_type,
        grid.powiat_teryt,
        grid.powiat_name,
        grid.is_city_powiat,
        count(units.unit_id) as units_registered,
        count(units.unit_id) filter (where units.is_active) as units_active

    from grid
    left join units
        on grid.reporting_year = units.reporting_year
        and grid.unit_type = units.unit_type
        and grid.powiat_teryt = units.powiat_teryt
    group by all

)

select * from counted
