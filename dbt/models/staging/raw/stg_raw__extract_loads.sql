with

source as (

    select * from {{ source('raw', 'extract_loads') }}

),

renamed as (

    select
        reporting_year,
        extract_name,
        file_name,
        file_sha256,
        row_count,
        encoding,
        status,
        problem_count,
        loaded_at

    from source

)

select * from renamed
