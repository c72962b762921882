{#- Every change between two years of the same indicator, computed, never typed: one row per
    statistics source x geography x unit type x indicator x year x earlier year (the base).

    Two sources are kept apart, since they count differently (rpt_indicators.statistics_source):
    the regional survey (ROPS, units registered in the region) and Statistics Poland (units active,
    for every geography).

    abs_change   value - base_value
    pct_change   the relative change in %, for counts and amounts (not for shares and rates)
    pp_change    the change in percentage points, for shares and rates
    Shares and rates are compared unrounded (rpt_indicators computes them from their counts).

    The mart is rebuilt over all years loaded, so it is the same whatever order the years were
    loaded in, and a year reloaded changes every row that involves it. A year missing a measure
    gives no row for it: a change is never computed against a missing value.

    Like with like: a total is compared only with a total of the same unit types (types_covered).
    A year known only in total whose total has another scope (GUS totals before 2016 cover
    CIS+ZAZ+WTZ) is compared with the computed years' sum of the same types, for a measure the
    catalogue calls additive; nothing is compared across scopes.

    is_circular marks a change whose one end was derived from the other end and a printed change
    (national.csv derived_from_year): it only gives back that printed change, confirms nothing. -#}
with

indicators as (

    select
        statistics_source,
        geography_code,
        unit_type,
        types_covered,
        indicator_id,
        reporting_year,
        value,
        value_unit,
        provenance,
        derived_from_year
    from {{ ref('rpt_indicators') }}

),

additive_measures as (

    select measure as indicator_id from {{ ref('national_measures') }}
    where additive

),

-- a total's scope that differs from what the computed years carry, wherever it is typed
other_scopes as (

    select distinct
        statistics_source,
        geography_code,
        indicator_id,
        types_covered
    from indicators
    where unit_type = 'ALL' and provenance <> 'computed'

),

-- the computed years' total of those types: the like to compare such a total with
scoped_sums as (

    select
        other_scopes.statistics_source,
        other_scopes.geography_code,
        'ALL' as unit_type,
        other_scopes.types_covered,
        other_scopes.indicator_id,
        parts.reporting_year,
        sum(parts.value) as value,
        any_value(parts.value_unit) as value_unit,
        'computed' as provenance,
        cast(null as integer) as derived_from_year
    from other_scopes
    inner join additive_measures using (indicator_id)
    inner join indicators as parts
        on other_scopes.statistics_source = parts.statistics_source
        and other_scopes.geography_code = parts.geography_code
        and other_scopes.indicator_id = parts.indicator_id
        and list_contains(string_split(other_scopes.types_covered, '+'), parts.unit_type)
        and parts.provenance = 'computed'
    group by all
    having count(*) = len(string_split(other_scopes.types_covered, '+'))

),

-- a year that carries a total of that scope itself is compared through it, not through a sum
scoped_sums_needed as (

    select * from scoped_sums
    where not exists (
            select 1 from indicators as typed
            where typed.statistics_source = scoped_sums.statistics_source
                and typed.geography_code = scoped_sums.geography_code
                and typed.indicator_id = scoped_sums.indicator_id
                and typed.unit_type = 'ALL'
                and typed.types_covered = scoped_sums.types_covered
                and typed.reporting_year = scoped_sums.reporting_year
        )

),

series as (

    select
        *,
        false as is_scoped_sum
    from indicators
    union all by name
    select
        *,
        true as is_scoped_sum
    from scoped_sums_needed

),

pairs as (

    select
        current_year.statistics_source,
        current_year.geography_code,
        current_year.unit_type,
        current_year.types_covered,
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
        and current_year.types_covered = base.types_covered
        and current_year.indicator_id = base.indicator_id
        and current_year.reporting_year > base.reporting_year
        and not (current_year.is_scoped_sum and base.is_scoped_sum)

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
