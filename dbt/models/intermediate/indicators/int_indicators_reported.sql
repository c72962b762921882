{#- A year known only in total (regional_totals.csv) gives its measures as published; the rates
    computed for unit-level years are computed from them the same way. A measure that was not
    collected has no row: missing, never 0. One row per year x region x unit type x indicator. -#}
with

regional_totals as (

    select * from {{ ref('stg_raw__regional_totals') }}

),

by_year as (

    select
        reporting_year,
        region_code,
        unit_type,
        any_value(value) filter (where indicator_id = 'completed_positively') as completed_positively,
        any_value(value) filter (where indicator_id = 'independent_total') as independent_total

    from regional_totals
    group by all

),

rates as (

    select
        reporting_year,
        region_code,
        unit_type,
        'independence_rate_pct' as indicator_id,
        100.0 * independent_total / nullif(completed_positively, 0) as value
    from by_year
    union all
    select
        forms.reporting_year,
        forms.region_code,
        forms.unit_type,
        forms.indicator_id || '_share_pct',
        100.0 * forms.value / nullif(totals.independent_total, 0)
    from regional_totals as forms
    inner join by_year as totals
        on forms.reporting_year = totals.reporting_year and forms.unit_type = totals.unit_type
    where forms.indicator_id like 'economic_independence_%'

),

unioned as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        value
    from regional_totals
    union all
    select * from rates

)

select * from unioned
where value is not null
