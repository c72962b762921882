{#- Headline indicators in long format: one row per reporting year x region x unit type x
    indicator, with its value and unit. Every value is read from the report-shaped marts, which
    compute it from unit-level counts; nothing is typed here. -#}
with

units_by_type as (

    select * from {{ ref('rpt_units_by_type') }}

),

units_by_powiat as (

    select * from {{ ref('rpt_units_by_powiat') }}

),

units_by_status_expiry as (

    select * from {{ ref('rpt_units_by_status_expiry') }}

),

survey_answers as (

    select * from {{ ref('rpt_survey_answers') }}

),

participants_by_type as (

    select * from {{ ref('rpt_participants_by_type') }}

),

participant_structure as (

    select * from {{ ref('rpt_participant_structure') }}

),

participant_services as (

    select * from {{ ref('fct_participant_services') }}

),

outcomes_by_type as (

    select * from {{ ref('rpt_outcomes_by_type') }}

),

outcomes_by_form as (

    select * from {{ ref('rpt_outcomes_by_form') }}

),

finance_by_type as (

    select * from {{ ref('rpt_finance_by_type') }}

),

funding_by_source as (

    select * from {{ ref('rpt_funding_by_source') }}

),

staff_by_role as (

    select * from {{ ref('rpt_staff_by_role') }}

),

unit_counts as (

    select reporting_year, region_code, unit_type, indicator_id, cast(value as double) as value,
        'units' as value_unit
    from (
        unpivot units_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

powiat_counts as (

    select reporting_year, region_code, unit_type,
        'units_registered_powiat_' || powiat_teryt as indicator_id,
        cast(units_registered as double) as value, 'units' as value_unit
    from units_by_powiat

),

expiry_counts as (

    select reporting_year, region_code, unit_type,
        'units_status_expiring_' || status_expiry_year as indicator_id,
        cast(units as double) as value, 'units' as value_unit
    from units_by_status_expiry

),

answer_counts as (

    select reporting_year, region_code, unit_type, 'answered_yes_' || question as indicator_id,
        cast(units_yes as double) as value, 'units' as value_unit
    from survey_answers

),

participant_counts as (

    select reporting_year, region_code, unit_type, indicator_id, cast(value as double) as value,
        case when indicator_id like 'units%' then 'units' else 'persons' end as value_unit
    from (
        unpivot participants_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

structure_persons as (

    select reporting_year, region_code, unit_type,
        'participants_' || dimension || '_' || category as indicator_id,
        cast(persons as double) as value, 'persons' as value_unit
    from participant_structure

),

structure_shares as (

    select reporting_year, region_code, unit_type,
        'participants_' || dimension || '_' || category || '_share_pct' as indicator_id,
        share_pct as value, 'pct' as value_unit
    from participant_structure
    where share_pct is not null

),

service_persons as (

    select reporting_year, region_code, unit_type, 'service_' || service as indicator_id,
        cast(sum(persons) as double) as value, 'persons' as value_unit
    from participant_services
    group by all

),

outcome_counts as (

    select reporting_year, region_code, unit_type, indicator_id, cast(value as double) as value,
        case when indicator_id like '%_pct' then 'pct'
             when indicator_id like 'units%' then 'units' else 'persons' end as value_unit
    from (
        unpivot outcomes_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

outcome_forms as (

    select reporting_year, region_code, unit_type, outcome || '_' || form as indicator_id,
        cast(persons as double) as value, 'persons' as value_unit
    from outcomes_by_form
    union all
    select reporting_year, region_code, unit_type, outcome || '_' || form || '_share_pct',
        share_pct, 'pct'
    from outcomes_by_form
    where share_pct is not null

),

finance_counts as (

    select reporting_year, region_code, unit_type, indicator_id, cast(value as double) as value,
        case when indicator_id like '%_pln' then 'PLN'
             when indicator_id like 'units%' or indicator_id = 'projects' then 'units'
             else 'persons' end as value_unit
    from (
        unpivot finance_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

funding_sources as (

    select reporting_year, region_code, unit_type, 'funding_' || funding_source || '_pln' as indicator_id,
        cast(amount_pln as double) as value, 'PLN' as value_unit
    from funding_by_source
    union all
    select reporting_year, region_code, unit_type, 'funding_' || funding_source || '_share_pct',
        share_pct, 'pct'
    from funding_by_source
    where share_pct is not null

),

staff_roles as (

    select reporting_year, region_code, unit_type, 'staff_role_' || role as indicator_id,
        cast(persons as double) as value, 'persons' as value_unit
    from staff_by_role
    union all
    select reporting_year, region_code, unit_type, 'staff_role_' || role || '_share_pct',
        share_pct, 'pct'
    from staff_by_role
    where share_pct is not null

),

unioned as (

    select * from unit_counts
    union all select * from powiat_counts
    union all select * from expiry_counts
    union all select * from answer_counts
    union all select * from participant_counts
    union all select * from structure_persons
    union all select * from structure_shares
    union all select * from service_persons
    union all select * from outcome_counts
    union all select * from outcome_forms
    union all select * from finance_counts
    union all select * from funding_sources
    union all select * from staff_roles

),

final as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        value,
        value_unit

    from unioned
    where value is not null

)

select * from final
