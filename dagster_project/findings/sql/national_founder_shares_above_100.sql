-- The founder shares of one unit type in one geography sum to 100% at most.
select
    geography_code || '.' || unit_type || '.founders' as subject,
    null as unit_id,
    string_agg(cast(_source_row as varchar), ', ' order by _source_row) as source_rows,
    'value' as columns,
    'founder shares of one unit type summing to 100% at most' as expected,
    cast(round(sum(value), 2) as varchar) || '%' as found
from national_current
where reporting_year = $year and measure like 'units_founder_%_share_pct'
group by geography_code, unit_type
having sum(value) > 100.15
