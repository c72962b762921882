{#- Every change between two years of the same indicator, computed, never typed: one row per
    statistics source x geography x unit type x indicator x year x earlier year (the base).

    Two sources are kept apart, since they count differently: the regional survey
    (rpt_indicators: ROPS, units registered in the region) and Statistics Poland
    (fct_national_statistics: units active nationally and by voivodship).

    abs_change   value - base_value
    pct_change   the relative change in %, for counts and amounts (not for shares and rates)
    pp_change    the change in percentage points, for shares and rates
    Shares and rates are compared unrounded (rpt_indicators computes them from their counts).

    The mart is rebuilt over all years loaded, so it is the same whatever order the years were
    loaded in, and a year reloaded changes every row that involves it. A year missing a measure
    gives no row for it: a change is never computed against a missing value.

    is_circular marks a change whose one end was derived from the other end and a printed change
    (national.csv derived_from_year): it only gives back that printed change, confirms nothing. -#}
with

regional as (

    select
        'regional_survey' as statistics_source,
        region_code as geography_code,
        unit_type,
        indicator_id,
        reporting_year,
        value,
        value_unit,
        value_source as provenance,
        cast(null as integer) as derived_from_year
    from {{ ref('rpt_indicators') }}

),

national as (

    select
        'statistics_poland' as statistics_source,
        geography_code,
        unit_type,
        measure as indicator_id,
        reporting_year,
        value,
        value_unit,
        provenance,
        derived_from_year
    from {{ ref('fct_national_statistics') }}

),

series as (

    select * from regional
    union all
    select * from national

),

pairs as (

    select
        current_year.statistics_source,
        current_year.geography_code,
        current_year.unit_type,
        current_year.indicator_id,
        current_year.value_unit,
        current_year.reporting_year,
        base.reporting_year as base_year,
        current_year.reporting_year - base.reporting_year = 1 as is_previous_year,
        current_year.value,
        base.value as base_value,
        current_year.provenance,
        base.provenance as base_provenance,
        coalesce(
            base.derived_from_year = current_year.reporting_year
            or current_year.derived_from_year = base.reporting_year, false
        ) as is_circular

    from series as current_year
    inner join series as base
        on current_year.statistics_source = base.statistics_source
        and current_year.geography_code = base.geography_code
        and current_year.unit_type = base.unit_type
        and current_year.indicator_id = base.indicator_id
        and current_year.reporting_year > base.reporting_year

),

final as (

    select
        *,
        value - base_value as abs_change,
        case when value_unit <> 'pct'
                then 100.0 * (value - base_value) / nullif(base_value, 0)
        end as pct_change,
        case when value_unit = 'pct' then value - base_value end as pp_change

    from pairs

)

select * from final
