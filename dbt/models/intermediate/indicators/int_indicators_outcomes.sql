{#- Indicators of the outcomes area: completions, economic independence and its forms, the
    independence rate, taking up work and its forms (persons and unrounded shares). One row per
    year x region x unit type x indicator. -#}
with

outcomes as (

    select * from {{ ref('int_outcomes_aggregated') }}

),

outcome_forms as (

    select * from {{ ref('int_outcome_forms_aggregated') }}

),

outcome_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        value
    from (
        unpivot outcomes
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

forms as (

    select
        reporting_year,
        region_code,
        unit_type,
        outcome || '_' || form as indicator_id,
        persons as value
    from outcome_forms
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        outcome || '_' || form || '_share_pct',
        share_pct
    from outcome_forms
    where share_pct is not null

),

unioned as (

    select * from outcome_counts
    union all
    select * from forms

)

select * from unioned
