{#- CIS report completions and economic independence; KIS report people who took up work. -#}
with

cis_answers as (

    select * from {{ ref('stg_raw__cis_answers') }}

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

units as (

    select unit_id, reporting_year, region_code from {{ ref('dim_units') }}

),

cis_outcomes as (

    select
        unit_id, reporting_year, unit_type,
        completed_positively, independent_total, indep_supported_employment, indep_open_market,
        indep_employed_in_cis, indep_self_employed, indep_social_cooperative, indep_internship,
        indep_pension_rights, indep_disabled

    from cis_answers

),

kis_outcomes as (

    select
        unit_id, reporting_year, unit_type,
        employed_total, emp_socially_useful_work, emp_employer, emp_internship,
        emp_intervention_work, emp_public_works, emp_other, referred_to_cis, has_early_dropouts

    from kis_answers

),

unioned as (

    select * from cis_outcomes
    union all by name
    select * from kis_outcomes

),

final as (

    select
        unioned.unit_id || '/' || unioned.reporting_year as unit_year_id,
        unioned.unit_id,
        unioned.reporting_year,
        unioned.unit_type,
        units.region_code,
        unioned.completed_positively,
        unioned.independent_total,
        round(100.0 * unioned.independent_total / nullif(unioned.completed_positively, 0), 2)
            as independence_rate_pct,
        unioned.indep_supported_employment,
        unioned.indep_open_market,
        unioned.indep_employed_in_cis,
        unioned.indep_self_employed,
        unioned.indep_social_cooperative,
        unioned.indep_internship,
        unioned.indep_pension_rights,
        unioned.indep_disabled,
        unioned.employed_total,
        unioned.emp_socially_useful_work,
        unioned.emp_employer,
        unioned.emp_internship,
        unioned.emp_intervention_work,
        unioned.emp_public_works,
        unioned.emp_other,
        unioned.referred_to_cis,
        unioned.has_early_dropouts

    from unioned
    inner join units
        on unioned.unit_id = units.unit_id
        and unioned.reporting_year = units.reporting_year

)

select * from final
