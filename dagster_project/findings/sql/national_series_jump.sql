-- A year of a national series far from both its neighbours, in the same direction: a count
-- jumping by more than a quarter against the loaded years just before and just after it (and
-- back). The series are the release values on the record (national_current) of an additive
-- measure, total by total of the same scope. Reported in the run of the later neighbour, the
-- year that shows the value came back; the subject names the year that jumped.
with additive as (
    select measure from read_csv($measures, header = true, all_varchar = true)
    where additive = 'true'
),

series as (
    select
        *,
        lag(value) over by_year as before_value,
        lag(reporting_year) over by_year as before_year,
        lead(value) over by_year as after_value,
        lead(reporting_year) over by_year as after_year
    from national_current
    where measure in (select measure from additive)
    window by_year as (
        partition by geography_code, unit_type, coalesce(types_covered, ''), measure order by reporting_year
    )
)

select
    geography_code || '.' || unit_type || '.' || measure || '.' || cast(reporting_year as varchar) as subject,
    null as unit_id,
    cast(_source_row as varchar) as source_rows,
    'value' as columns,
    'a value within a quarter of ' || cast(before_value as varchar) || ' (' || cast(before_year as varchar)
    || ') or of ' || cast(after_value as varchar) || ' (' || cast(after_year as varchar) || ')' as expected,
    cast(value as varchar) || ' in ' || cast(reporting_year as varchar) || ' (' || geography_code || ' '
    || unit_type || ' ' || measure || ')' as found,
    cast(reporting_year as varchar) || '/national.csv' as extract
from series
where
    after_year = $year
    and before_value > 0
    and after_value > 0
    and abs(value / before_value - 1) > 0.25
    and abs(value / after_value - 1) > 0.25
    and sign(value - before_value) = sign(value - after_value)
