with

source as (

    select * from {{ source('raw', 'kis_answers') }}

),

renamed as (

    select
        * exclude (reporting_year, _source_file, _source_sha256, _loaded_at, _source_row),
        cast(_source_row as integer) as source_row,
        cast(reporting_year as integer) as reporting_year,
        'KIS' as unit_type

    from source

)

select * from renamed
