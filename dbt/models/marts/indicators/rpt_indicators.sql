{#- Headline indicators in long format: one row per reporting year x region x unit type x
    indicator, with its value and unit. Every value is read from the report-shaped marts, which
    compute it from unit-level counts; nothing is typed here. Shares and rates are recomputed here
    from their counts, unrounded (the report-shaped marts round them to 2 decimals for display),
    so that a comparison at any printed precision or a percentage-point change rounds only once. -#}
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

units as (

    select * from {{ ref('dim_units') }}

),

by_unit as (

    select * from {{ ref('rpt_indicators_by_unit') }} where subject_kind = 'unit'

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

regional_totals as (

    select * from {{ ref('stg_raw__regional_totals') }}

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
    union all
    select reporting_year, region_code, unit_type, 'answered_no_' || question,
        cast(units_no as double), 'units'
    from survey_answers

),

powiats_without as (

    select reporting_year, region_code, unit_type, 'powiats_without_units' as indicator_id,
        cast(count(*) filter (where units_registered = 0) as double) as value, 'powiats' as value_unit
    from units_by_powiat
    group by all

),

locality_counts as (

    select reporting_year, region_code, unit_type,
        'units_registered_locality_'
            || lower(translate(replace(locality, ' ', '_'), 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', 'acelnoszzACELNOSZZ'))
            as indicator_id,
        cast(count(*) as double) as value, 'units' as value_unit
    from units
    group by all

),

suspension_reasons as (

    select kis_answers.reporting_year, units.region_code, units.unit_type,
        'units_suspended_for_' || kis_answers.suspension_reason as indicator_id,
        cast(count(*) as double) as value, 'units' as value_unit
    from kis_answers
    inner join units
        on units.unit_id = kis_answers.unit_id and units.reporting_year = kis_answers.reporting_year
    where kis_answers.suspension_reason is not null
    group by all

),

unit_sums as (

    select reporting_year, region_code, unit_type, indicator_id, sum(value) as value, 'count' as value_unit
    from by_unit
    where indicator_id in ('applications_submitted', 'applications_funded')
    group by all
    union all
    select reporting_year, region_code, unit_type,
        case indicator_id when 'applications_submitted' then 'units_with_applications'
                          when 'social_contract_people' then 'units_with_social_contract' end,
        cast(count(*) filter (where value > 0) as double), 'units'
    from by_unit
    where indicator_id in ('applications_submitted', 'social_contract_people')
    group by all

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
        100.0 * persons / nullif(base_persons, 0) as value, 'pct' as value_unit
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
        on columns(* exclude (reporting_year, region_code, unit_type, independence_rate_pct))
        into name indicator_id value value
    )
    union all
    select reporting_year, region_code, unit_type, 'independence_rate_pct',
        100.0 * independent_total / nullif(completed_positively, 0), 'pct'
    from outcomes_by_type

),

outcome_forms as (

    select reporting_year, region_code, unit_type, outcome || '_' || form as indicator_id,
        cast(persons as double) as value, 'persons' as value_unit
    from outcomes_by_form
    union all
    select reporting_year, region_code, unit_type, outcome || '_' || form || '_share_pct',
        100.0 * persons / nullif(outcome_total, 0), 'pct'
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
        cast(100 * amount_pln / nullif(sum(amount_pln) over (
            partition by reporting_year, region_code, unit_type), 0) as double), 'pct'
    from funding_by_source
    where share_pct is not null

),

staff_roles as (

    select reporting_year, region_code, unit_type, 'staff_role_' || role as indicator_id,
        cast(persons as double) as value, 'persons' as value_unit
    from staff_by_role
    union all
    select reporting_year, region_code, unit_type, 'staff_role_' || role || '_share_pct',
        100.0 * persons / nullif(staff_total, 0), 'pct'
    from staff_by_role
    where share_pct is not null

),

unioned as (

    select * from unit_counts
    union all select * from powiat_counts
    union all select * from expiry_counts
    union all select * from answer_counts
    union all select * from participant_counts
    union all select reporting_year, region_code, unit_type, 'units_with_demographics',
        cast(units_with_participants - units_without_demographics as double), 'units'
        from participants_by_type
    union all select * from structure_persons
    union all select * from structure_shares
    union all select * from service_persons
    union all select * from outcome_counts
    union all select * from outcome_forms
    union all select * from finance_counts
    union all select * from funding_sources
    union all select * from staff_roles
    union all select * from powiats_without
    union all select * from locality_counts
    union all select * from suspension_reasons
    union all select * from unit_sums

),

computed as (

    select *, 'unit_answers' as value_source from unioned where value is not null

),

{#- A year known only in total (regional_totals.csv) gives its measures as published; the rates
    the marts compute for unit-level years are computed from them the same way. A measure that was
    not collected has no row here: missing, never 0. -#}
reported_counts as (

    select reporting_year, region_code, unit_type, indicator_id, value,
        case when indicator_id like 'units%' then 'units' else 'persons' end as value_unit
    from regional_totals

),

reported_by_year as (

    select reporting_year, region_code, unit_type,
        any_value(value) filter (where indicator_id = 'completed_positively') as completed_positively,
        any_value(value) filter (where indicator_id = 'independent_total') as independent_total
    from regional_totals
    group by all

),

reported_rates as (

    select reporting_year, region_code, unit_type, 'independence_rate_pct' as indicator_id,
        100.0 * independent_total / nullif(completed_positively, 0) as value, 'pct' as value_unit
    from reported_by_year
    union all
    select forms.reporting_year, forms.region_code, forms.unit_type, forms.indicator_id || '_share_pct',
        100.0 * forms.value / nullif(totals.independent_total, 0), 'pct'
    from regional_totals as forms
    inner join reported_by_year as totals
        on forms.reporting_year = totals.reporting_year and forms.unit_type = totals.unit_type
    where forms.indicator_id like 'economic_independence_%'

),

reported as (

    select *, 'reported_total' as value_source
    from (select * from reported_counts union all select * from reported_rates)
    where value is not null

),

final as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        value,
        value_unit,
        value_source

    from computed
    union all
    select reporting_year, region_code, unit_type, indicator_id, value, value_unit, value_source
    from reported
    where not exists (
        select 1 from computed
        where computed.reporting_year = reported.reporting_year
            and computed.unit_type = reported.unit_type
            and computed.indicator_id = reported.indicator_id
    )

)

select * from final
