with

source as (

    select * from {{ source('raw', 'projects') }}

),

renamed as (

    select
        project_id,
        cast(reporting_year as integer) as reporting_year,
        unit_id,
        project_title,
        participants,
        funder,
        cast(amount_pln as decimal(18, 2)) as amount_pln

    from source

)

select * from renamed
