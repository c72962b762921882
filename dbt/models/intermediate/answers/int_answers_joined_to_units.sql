{#- The answers of both questionnaires in one table, each with its unit's region: what every
    fact about money, staff, outcomes and services starts from. Columns that only one
    questionnaire asks are null for the other unit type. -#}
with

cis_answers as (

    select * from {{ ref('stg_raw__cis_answers') }}

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

units as (

    select
        unit_id,
        reporting_year,
        region_code
    from {{ ref('int_units_joined_to_answers') }}

),

answers as (

    select * from cis_answers
    union all by name
    select * from kis_answers

),

joined as (

    select
        answers.*,
        units.region_code

    from answers
    inner join units
        on answers.unit_id = units.unit_id
        and answers.reporting_year = units.reporting_year

)

select * from joined
