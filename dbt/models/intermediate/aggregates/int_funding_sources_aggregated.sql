{#- Unrounded: every share is computed once, here; the report-shaped mart rounds it for display
    and rpt_indicators reads it as it is. -#}
{#- Each funding source's amount and share; shares are over the sum of the sources, so they
    always add up to 100 whatever total a unit stated. -#}
with

finance as (

    select * from {{ ref('fct_finance') }}
    where funding_sources_sum_pln is not null

),

long as (

    unpivot (
        select
            unit_id, reporting_year, region_code, unit_type,
            {{ column_group('cis_answers', 'funding_sources') | join(', ') }}
        from finance
    )
    on columns(* exclude (unit_id, reporting_year, region_code, unit_type))
    into name measure value amount_pln

),

by_source as (

    select
        reporting_year,
        region_code,
        unit_type,
        regexp_replace(measure, '^fund_(.*)_pln$', '\1') as funding_source,
        cast(sum(amount_pln) as decimal(18, 2)) as amount_pln,
        count(*) filter (where amount_pln > 0) as units_funded

    from long
    group by all

),

totals as (

    select
        reporting_year,
        region_code,
        unit_type,
        sum(amount_pln) as sources_sum_pln

    from by_source
    group by all

),

final as (

    select
        by_source.reporting_year,
        by_source.region_code,
        by_source.unit_type,
        by_source.funding_source,
        by_source.amount_pln,
        by_source.units_funded,
        cast(100 * by_source.amount_pln / nullif(totals.sources_sum_pln, 0) as double)
            as share_pct

    from by_source
    inner join totals
        on by_source.reporting_year = totals.reporting_year
        and by_source.region_code = totals.region_code
        and by_source.unit_type = totals.unit_type

)

select * from final
