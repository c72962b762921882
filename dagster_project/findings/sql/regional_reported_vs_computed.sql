-- A regional total given in regional_totals.csv equals the sum of the same year's unit-level
-- extracts, where the year has both.
with reported as (
    unpivot (
        select * exclude (reporting_year, source, _source_file, _source_sha256, _loaded_at)
        from raw.regional_totals
        where reporting_year = $year
    )
    on columns(* exclude (unit_type, _source_row))
    into name indicator_id value value
),

computed as (
    select
        unit_type,
        'units_registered' as indicator_id,
        count(*) as value
    from raw.register
    where reporting_year = $year
    group by all
    union all
    select
        'CIS',
        unnest(['participants_total', 'completed_positively', 'independent_total']),
        unnest([sum(participants_total), sum(completed_positively), sum(independent_total)])
    from raw.cis_answers
    where reporting_year = $year
    having count(*) > 0
    union all
    select
        'KIS',
        unnest(['participants_total', 'employed_total']),
        unnest([sum(participants_total), sum(employed_total)])
    from raw.kis_answers
    where reporting_year = $year
    having count(*) > 0
)

select
    reported.unit_type || '.' || reported.indicator_id as subject,
    null as unit_id,
    cast(reported._source_row as varchar) as source_rows,
    reported.indicator_id as columns,
    cast(computed.value as varchar) || ', as the unit-level extracts of the year sum' as expected,
    cast(reported.value as varchar) as found
from reported
inner join computed on reported.unit_type = computed.unit_type and reported.indicator_id = computed.indicator_id
where reported.value <> computed.value
