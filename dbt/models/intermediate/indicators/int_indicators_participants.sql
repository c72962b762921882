{#- Indicators of the participants area: participants, their categories, age bands and education
    levels (persons and unrounded shares), services, units with demographics and with social
    contracts. One row per year x region x unit type x indicator. -#}
with

participants_by_type as (

    select * from {{ ref('rpt_participants_by_type') }}

),

participant_structure as (

    select * from {{ ref('int_participant_structure_aggregated') }}

),

participant_services as (

    select * from {{ ref('fct_participant_services') }}

),

by_unit as (

    select * from {{ ref('rpt_indicators_by_unit') }}
    where subject_kind = 'unit'

),

participant_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        value
    from (
        unpivot participants_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        'units_with_demographics',
        units_with_participants - units_without_demographics
    from participants_by_type

),

structure as (

    select
        reporting_year,
        region_code,
        unit_type,
        'participants_' || dimension || '_' || category as indicator_id,
        persons as value
    from participant_structure
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        'participants_' || dimension || '_' || category || '_share_pct',
        share_pct
    from participant_structure
    where share_pct is not null

),

services as (

    select
        reporting_year,
        region_code,
        unit_type,
        'service_' || service as indicator_id,
        sum(persons) as value
    from participant_services
    group by all

),

social_contracts as (

    select
        reporting_year,
        region_code,
        unit_type,
        'units_with_social_contract' as indicator_id,
        count(*) filter (where value > 0) as value
    from by_unit
    where indicator_id = 'social_contract_people'
    group by all

),

unioned as (

    select * from participant_counts
    union all
    select * from structure
    union all
    select * from services
    union all
    select * from social_contracts

)

select * from unioned
