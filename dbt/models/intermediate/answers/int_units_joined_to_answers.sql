with

units as (

    select * from {{ ref('stg_raw__units') }}

),

cis_answers as (

    select
        unit_id,
        reporting_year
    from {{ ref('stg_raw__cis_answers') }}

),

kis_answers as (

    select
        unit_id,
        reporting_year
    from {{ ref('stg_raw__kis_answers') }}

),

answered as (

    select * from cis_answers
    union all
    select * from kis_answers

),

joined as (

    select
        units.*,
        left(units.powiat_teryt, 2) as region_code,
        year(units.status_expiry_date) as status_expiry_year,
        answered.unit_id is not null as has_answered

    from units
    left join answered
        on units.unit_id = answered.unit_id
        and units.reporting_year = answered.reporting_year

)

select * from joined
