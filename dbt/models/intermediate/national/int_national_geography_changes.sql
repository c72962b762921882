{#- How many voivodships and subregions gained, lost or kept units since the previous year, per
    unit type and ALL: the release's "unchanged in 40 of 73 subregions, up in 20, down in 13".
    A geography with no unit of a type counts 0; a year without unit-level data the year before
    has no rows. One row per year x unit type x measure, at the country level. -#}
with

units as (

    select * from {{ ref('int_national_measures') }}
    where measure = 'units_active' and geography_level in ('voivodship', 'subregion')

),

geographies as (

    select
        'voivodship' as geography_level,
        voivodship_teryt as geography_code
    from {{ ref('voivodships') }}
    union all
    select
        'subregion',
        subregion_code
    from {{ ref('subregions') }}

),

years as (

    select distinct reporting_year from units

),

types as (

    select distinct unit_type from units

),

grid as (

    select
        years.reporting_year,
        geographies.geography_level,
        geographies.geography_code,
        types.unit_type,
        coalesce(units.value, 0) as units_now,
        coalesce(previous.value, 0) as units_before

    from years
    inner join years as previous_year on previous_year.reporting_year = years.reporting_year - 1
    cross join geographies
    cross join types
    left join units
        on years.reporting_year = units.reporting_year and geographies.geography_code = units.geography_code
        and types.unit_type = units.unit_type
    left join units as previous
        on previous.reporting_year = years.reporting_year - 1 and geographies.geography_code = previous.geography_code
        and types.unit_type = previous.unit_type

),

final as (

    select
        reporting_year,
        'country' as geography_level,
        'PL' as geography_code,
        unit_type,
        geography_level || 's_' || case
            when units_now > units_before then 'up'
            when units_now < units_before then 'down'
            else 'unchanged'
        end as measure,
        cast(count(*) as double) as value

    from grid
    group by all

)

select * from final
