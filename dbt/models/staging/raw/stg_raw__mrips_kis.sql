with

source as (

    select * from {{ source('raw', 'mrips_kis') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        voivodship_teryt,
        regon,
        participants_total,
        participants_women,
        started_total,
        started_women,
        completed_total,
        completed_women,
        completed_employed,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
