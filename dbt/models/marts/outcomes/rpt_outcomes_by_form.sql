{#- Forms of economic independence (CIS) and of taking up work (KIS), with each form's share of
    the stated total of its unit type. -#}
with

outcomes as (

    select * from {{ ref('fct_outcomes') }}

),

long as (

    unpivot (
        select
            unit_id, reporting_year, region_code, unit_type,
            indep_supported_employment, indep_open_market, indep_employed_in_cis,
            indep_self_employed, indep_social_cooperative, indep_internship, indep_pension_rights,
            emp_socially_useful_work, emp_employer, emp_internship, emp_intervention_work,
            emp_public_works, emp_other
        from outcomes
    )
    on columns(* exclude (unit_id, reporting_year, region_code, unit_type))
    into name measure value persons

),

forms as (

    select
        reporting_year,
        region_code,
        unit_type,
        case when measure like 'indep\_%' escape '\' then 'economic_independence' else 'took_up_work' end
            as outcome,
        regexp_replace(measure, '^(indep|emp)_', '') as form,
        cast(sum(persons) as bigint) as persons

    from long
    group by all

),

totals as (

    select
        reporting_year,
        region_code,
        unit_type,
        cast(sum(independent_total) as bigint) as independent_total,
        cast(sum(employed_total) as bigint) as employed_total

    from outcomes
    group by all

),

final as (

    select
        forms.reporting_year,
        forms.region_code,
        forms.unit_type,
        forms.outcome,
        forms.form,
        forms.persons,
        case when forms.outcome = 'economic_independence' then totals.independent_total
        else totals.employed_total end as outcome_total,
        round(100.0 * forms.persons / nullif(
            case when forms.outcome = 'economic_independence' then totals.independent_total
            else totals.employed_total end, 0), 2) as share_pct

    from forms
    inner join totals
        on forms.reporting_year = totals.reporting_year
        and forms.region_code = totals.region_code
        and forms.unit_type = totals.unit_type

)

select * from final
