with

source as (

    select * from {{ source('raw', 'uw_zaz') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        voivodship_teryt,
        regon,
        employees_total,
        employees_women,
        employees_disabled,
        employees_disabled_women,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
