-- The parts of an additive measure sum to its whole when every part is given, and never exceed
-- it. $axis 'voivodships': the 16 voivodships sum to the country (PL); 'types': CIS, KIS, ZAZ and
-- WTZ sum to ALL. $measures: the measure catalogue (seeds/reference/national_measures.csv).
with axis as (
    select
        case $axis when 'voivodships' then 'PL' else 'ALL' end as whole_value,
        case $axis when 'voivodships' then 16 else 4 end as complete,
        case $axis when 'voivodships' then 'the voivodships' else 'CIS + KIS + ZAZ + WTZ' end as label
),

national as (
    select
        *,
        case $axis when 'voivodships' then geography_code else unit_type end as part,
        case $axis when 'voivodships' then unit_type else geography_code end as kept
    from national_current
    where reporting_year = $year
),

additive as (
    select measure from read_csv($measures, header = true, all_varchar = true)
    where additive = 'true'
),

parts as (
    select
        national.kept,
        national.measure,
        sum(national.value) as summed,
        count(*) as given,
        string_agg(cast(national._source_row as varchar), ', ' order by national._source_row) as source_rows
    from national
    cross join axis
    where national.part <> axis.whole_value and national.measure in (select measure from additive)
    group by national.kept, national.measure
)

select
    parts.kept || '.' || parts.measure as subject,
    null as unit_id,
    cast(whole._source_row as varchar) || ', ' || parts.source_rows as source_rows,
    'value' as columns,
    axis.label || ' (' || cast(parts.given as varchar) || ' of ' || cast(axis.complete as varchar)
    || ' given) summing to ' || cast(whole.value as varchar)
    || case when parts.given < axis.complete then ' or less' else '' end as expected,
    cast(parts.summed as varchar) || ' (' || parts.kept || ' ' || parts.measure || ')' as found
from parts
cross join axis
inner join national as whole
    on axis.whole_value = whole.part and parts.kept = whole.kept and parts.measure = whole.measure
where (parts.given = axis.complete and parts.summed <> whole.value) or parts.summed > whole.value
