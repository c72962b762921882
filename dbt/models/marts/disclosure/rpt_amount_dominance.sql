{#- The input of the dominance rule of statistical confidentiality (art. 38 of the act on public
    statistics: no published figure may let one unit's data be known, and an amount more than three
    quarters of which comes from one unit does). For every amount (PLN) cell of rpt_indicators, how
    many units contribute to it and what share the largest of them gives. Confidential itself:
    the working warehouse keeps it; the release only uses it to withhold cells (disclosure.py). -#}
{%- set funding_sources = column_group('cis_answers', 'funding_sources') -%}

with

national_units as (

    select * from {{ ref('int_national_units_placed') }}
    where type_group <> 'ALL'

),

finance as (

    select * from {{ ref('fct_finance') }}
    where funding_sources_sum_pln is not null

),

projects as (

    select * from {{ ref('fct_projects') }}

),

national as (

    select
        reporting_year,
        'statistics_poland' as statistics_source,
        geography_code,
        type_group as unit_type,
        'cost_total_pln' as indicator_id,
        regon as unit_id,
        cost_total_pln as amount_pln
    from national_units
    where cost_total_pln is not null

),

regional_funding as (

    unpivot (
        select
            reporting_year,
            region_code as geography_code,
            unit_type,
            unit_id,
            funding_total_pln,
            funding_sources_sum_pln,
            {{ funding_sources | join(', ') }}
        from finance
    )
    on columns(* exclude (reporting_year, geography_code, unit_type, unit_id))
    into name indicator_id value amount_pln

),

regional as (

    select
        reporting_year,
        'regional_survey' as statistics_source,
        geography_code,
        unit_type,
        regexp_replace(indicator_id, '^fund_', 'funding_') as indicator_id,
        unit_id,
        amount_pln
    from regional_funding
    union all
    select
        reporting_year,
        'regional_survey',
        region_code,
        unit_type,
        'project_amount_pln',
        unit_id,
        sum(amount_pln)
    from projects
    group by all

),

contributions as (

    select * from national
    union all
    select * from regional

),

with_all_types as (

    select * from contributions
    union all
    select * replace ('ALL' as unit_type) from contributions

),

final as (

    select
        reporting_year,
        statistics_source,
        geography_code,
        unit_type,
        indicator_id,
        cast(count(*) filter (where amount_pln > 0) as integer) as contributing_units,
        cast(sum(amount_pln) as double) as amount_pln,
        cast(max(amount_pln) as double) as largest_unit_pln,
        cast(100 * max(amount_pln) / nullif(sum(amount_pln), 0) as double) as largest_unit_share_pct

    from with_all_types
    group by all

)

select * from final
