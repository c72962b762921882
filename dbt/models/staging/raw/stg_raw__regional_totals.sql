{#- Regional totals of years known only in total, long: one row per year x unit type x measure
    that was collected. Every measure column the raw table has is unpivoted (a column left out of
    a year's file is NULL for that year), and UNPIVOT drops NULLs, so a measure not collected has
    no row: it is missing, never 0. -#}
with

regional_totals as (

    select * from {{ source('raw', 'regional_totals') }}

),

long as (

    unpivot regional_totals
    on columns(
        * exclude (
            reporting_year, voivodship_teryt, unit_type, source, _source_row, _source_file, _source_sha256, _loaded_at
        )
    )
    into name indicator_id value value

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        voivodship_teryt as region_code,
        unit_type,
        indicator_id,
        cast(value as double) as value,
        source as published_in,
        cast(_source_row as integer) as source_row

    from long

)

select * from renamed
