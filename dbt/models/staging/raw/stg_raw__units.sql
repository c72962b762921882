with

source as (

    select * from {{ source('raw', 'register') }}

),

renamed as (

    select
        unit_id,
        cast(reporting_year as integer) as reporting_year,
        unit_type,
        unit_name,
        postal_code,
        locality,
        street_address,
        powiat_teryt,
        powiat_name,
        founder_name,
        founder_sector,
        cast(status_granted_date as date) as status_granted_date,
        cast(status_expiry_date as date) as status_expiry_date,
        planned_activity,
        activity_status,
        activity_status = 'active' as is_active,
        activity_status = 'suspended' as is_suspended

    from source

)

select * from renamed
