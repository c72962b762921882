{#- Unrounded: every share is computed once, here; the report-shaped mart rounds it for display
    and rpt_indicators reads it as it is. -#}
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
            {{ (column_group('cis_answers', 'independence_forms')
                + column_group('kis_answers', 'employment_forms')) | join(', ') }}
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
            else totals.employed_total
        end as outcome_total,
        100.0 * forms.persons / nullif(
            case when forms.outcome = 'economic_independence' then totals.independent_total
                else totals.employed_total
            end, 0
        ) as share_pct

    from forms
    inner join totals
        on forms.reporting_year = totals.reporting_year
        and forms.region_code = totals.region_code
        and forms.unit_type = totals.unit_type

)

select * from final
