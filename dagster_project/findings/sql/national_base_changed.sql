-- A national total (or a share of it) whose scope differs from the year before it on the record:
-- GUS totals before 2016 cover CIS + ZAZ + WTZ, later ones all four types. The two years do not
-- count the same thing, so rpt_indicator_changes computes no change between them; this says why.
-- Scope: types_covered, else the measure's usual scope ($measures, all_types).
with measures as (
    select
        measure,
        value_unit,
        all_types
    from read_csv($measures, header = true, all_varchar = true)
),

totals as (
    select
        national_current.*,
        measures.value_unit,
        coalesce(national_current.types_covered, measures.all_types) as scope
    from national_current
    inner join measures on national_current.measure = measures.measure
    where national_current.unit_type = 'ALL'
),

series as (
    select
        *,
        lag(scope) over by_year as before_scope,
        lag(reporting_year) over by_year as before_year
    from totals
    window by_year as (partition by geography_code, measure order by reporting_year)
)

select
    geography_code || '.' || measure || '.' || cast(before_year as varchar) || '-' || cast(reporting_year as varchar)
        as subject,
    null as unit_id,
    cast(_source_row as varchar) as source_rows,
    'types_covered' as columns,
    case when value_unit = 'pct' then 'a share of the same base as in ' else 'a total of the same unit types as in ' end
    || cast(before_year as varchar) || ': ' || replace(before_scope, '+', ' + ') as expected,
    replace(scope, '+', ' + ') || ' in ' || cast(reporting_year as varchar) || ' (' || geography_code || ' '
    || measure || '): no change is computed between the two years' as found,
    cast(reporting_year as varchar) || '/national.csv' as extract
from series
where reporting_year = $year and before_scope <> scope
