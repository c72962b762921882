{#- Indicators of the units area: registered, active, answering units by type, founder sector,
    powiat, locality, status expiry and suspension reason; yes/no answers counted. One row per
    year x region x unit type x indicator (x breakdown value). Counts only; units come from the
    indicator catalogue in rpt_indicators. -#}
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

units as (

    select * from {{ ref('dim_units') }}

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

unit_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        null as breakdown_value,
        value
    from (
        unpivot units_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

powiat_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        'units_registered_powiat' as indicator_id,
        powiat_teryt as breakdown_value,
        units_registered as value
    from units_by_powiat

),

powiats_without as (

    select
        reporting_year,
        region_code,
        unit_type,
        'powiats_without_units' as indicator_id,
        null as breakdown_value,
        count(*) filter (where units_registered = 0) as value
    from units_by_powiat
    group by all

),

expiry_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        'units_status_expiring' as indicator_id,
        cast(status_expiry_year as varchar) as breakdown_value,
        units as value
    from units_by_status_expiry

),

locality_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        'units_registered_locality' as indicator_id,
        lower(translate(replace(locality, ' ', '_'), 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', 'acelnoszzACELNOSZZ'))
            as breakdown_value,
        count(*) as value
    from units
    group by all

),

answer_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        'answered_yes_' || question as indicator_id,
        null as breakdown_value,
        units_yes as value
    from survey_answers
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        'answered_no_' || question,
        null,
        units_no
    from survey_answers

),

suspension_reasons as (

    select
        kis_answers.reporting_year,
        units.region_code,
        units.unit_type,
        'units_suspended_for_' || kis_answers.suspension_reason as indicator_id,
        null as breakdown_value,
        count(*) as value
    from kis_answers
    inner join units
        on kis_answers.unit_id = units.unit_id and kis_answers.reporting_year = units.reporting_year
    where kis_answers.suspension_reason is not null
    group by all

),

unioned as (

    select * from unit_counts
    union all
    select * from powiat_counts
    union all
    select * from powiats_without
    union all
    select * from expiry_counts
    union all
    select * from locality_counts
    union all
    select * from answer_counts
    union all
    select * from suspension_reasons

)

select * from unioned
