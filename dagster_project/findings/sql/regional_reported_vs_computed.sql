-- A regional total given in regional_totals.csv equals the sum of the same year's unit-level
-- extracts of the same voivodship, where the year has both.
with reported as (
    unpivot (
        select * exclude (reporting_year, source, _source_file, _source_sha256, _loaded_at)
        from raw.regional_totals
        where reporting_year = $year
    )
    on columns(* exclude (voivodship_teryt, unit_type, _source_row))
    into name indicator_id value value
),

register as (
    select
        unit_id,
        unit_type,
        left(powiat_teryt, 2) as voivodship_teryt
    from raw.register
    where reporting_year = $year
),

computed as (
    select
        voivodship_teryt,
        unit_type,
        'units_registered' as indicator_id,
        count(*) as value
    from register
    group by all
    union all
    select
        register.voivodship_teryt,
        'CIS',
        unnest(['participants_total', 'completed_positively', 'independent_total']),
        unnest([sum(answers.participants_total), sum(answers.completed_positively), sum(answers.independent_total)])
    from raw.cis_answers as answers
    inner join register on answers.unit_id = register.unit_id
    where answers.reporting_year = $year
    group by register.voivodship_teryt
    union all
    select
        register.voivodship_teryt,
        'KIS',
        unnest(['participants_total', 'employed_total']),
        unnest([sum(answers.participants_total), sum(answers.employed_total)])
    from raw.kis_answers as answers
    inner join register on answers.unit_id = register.unit_id
    where answers.reporting_year = $year
    group by register.voivodship_teryt
)

select
    reported.unit_type || '.' || reported.indicator_id as subject,
    null as unit_id,
    cast(reported._source_row as varchar) as source_rows,
    reported.indicator_id as columns,
    cast(computed.value as varchar) || ', as the unit-level extracts of the year sum' as expected,
    cast(reported.value as varchar) as found
from reported
inner join computed
    on
    reported.voivodship_teryt = computed.voivodship_teryt
    and reported.unit_type = computed.unit_type
    and reported.indicator_id = computed.indicator_id
where reported.value <> computed.value
