with

source as (

    select * from {{ source('raw', 'uw_register') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        voivodship_teryt,
        regon,
        unit_type,
        unit_name,
        powiat_teryt,
        gmina_teryt,
        locality,
        postal_code,
        founder_sector,
        entered_date,
        status_expiry_date,
        struck_off_date,
        active_31_dec,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
