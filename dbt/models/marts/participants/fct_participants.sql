with

participants as (

    select * from {{ ref('int_participants_unioned') }}

),

units as (

    select
        unit_id,
        reporting_year,
        region_code,
        powiat_teryt
    from {{ ref('dim_units') }}

),

final as (

    select
        participants.unit_id || '/' || participants.reporting_year as unit_year_id,
        participants.unit_id,
        participants.reporting_year,
        participants.unit_type,
        units.region_code,
        units.powiat_teryt,
        participants.participants_total,
        participants.age_under_25 is not null as has_demographics,
        participants.cat_long_term_unemployed,
        participants.cat_homeless,
        participants.cat_alcohol_addicted,
        participants.cat_drug_addicted,
        participants.cat_mentally_ill,
        participants.cat_released_prisoners,
        participants.cat_refugees,
        participants.cat_disabled,
        participants.cat_elderly,
        participants.cat_other,
        participants.age_under_25,
        participants.age_25_35,
        participants.age_36_45,
        participants.age_over_45,
        participants.edu_primary,
        participants.edu_lower_secondary,
        participants.edu_basic_vocational,
        participants.edu_secondary,
        participants.edu_post_secondary,
        participants.edu_higher

    from participants
    inner join units
        on participants.unit_id = units.unit_id
        and participants.reporting_year = units.reporting_year

)

select * from final
