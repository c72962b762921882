{#- Unrounded: every share is computed once, here; the report-shaped mart rounds it for display
    and rpt_indicators reads it as it is. -#}
{#- The economic independence rate is independent / completed positively, computed from the
    summed counts (never an average of unit rates). -#}
with

outcomes as (

    select * from {{ ref('fct_outcomes') }}

),

aggregated as (

    select
        reporting_year,
        region_code,
        unit_type,
        cast(sum(completed_positively) as bigint) as completed_positively,
        cast(sum(independent_total) as bigint) as independent_total,
        cast(sum(indep_disabled) as bigint) as independent_disabled,
        cast(sum(employed_total) as bigint) as employed_total,
        cast(sum(referred_to_cis) as bigint) as referred_to_cis,
        count(*) filter (where has_early_dropouts) as units_with_early_dropouts

    from outcomes
    group by reporting_year, region_code, unit_type

),

final as (

    select
        *,
        100.0 * independent_total / nullif(completed_positively, 0) as independence_rate_pct

    from aggregated

)

select * from final
