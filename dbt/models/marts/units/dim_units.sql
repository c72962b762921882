with

units as (

    select * from {{ ref('int_units_joined_to_answers') }}

),

final as (

    select
        unit_id || '/' || reporting_year as unit_year_id,
        unit_id,
        reporting_year,
        unit_type,
        unit_name,
        postal_code,
        locality,
        street_address,
        region_code,
        powiat_teryt,
        powiat_name,
        founder_name,
        founder_sector,
        status_granted_date,
        status_expiry_date,
        cast(status_expiry_year as integer) as status_expiry_year,
        planned_activity,
        activity_status,
        is_active,
        is_suspended,
        has_answered

    from units

)

select * from final
