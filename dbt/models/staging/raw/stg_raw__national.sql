with

source as (

    select * from {{ source('raw', 'national') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        geography_code,
        unit_type,
        measure,
        cast(value as double) as value,
        provenance,
        note,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
