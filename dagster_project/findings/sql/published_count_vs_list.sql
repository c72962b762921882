-- A printed count of units (registered, per powiat, powiats without units) is the number of units
-- the register lists. $powiats: the reference list of powiats (seeds/reference/powiats.csv).
with figures as (
    select * from raw.published_figures
    where reporting_year = $year
),

register as (
    select * from raw.register
    where reporting_year = $year
),

powiats as (
    -- the powiats of the voivodships the register covers: the report's region, whichever it is
    select * from read_csv($powiats, header = true, all_varchar = true)
    where voivodship_teryt in (select distinct left(register.powiat_teryt, 2) from register)
),

lists as (
    select
        unit_type,
        'units_registered' as indicator_id,
        count(*) as listed,
        string_agg(unit_id, ', ' order by unit_id) as members
    from register
    group by unit_type
    union all
    select
        unit_type,
        'units_registered_powiat_' || powiat_teryt,
        count(*),
        string_agg(unit_id, ', ' order by unit_id)
    from register
    group by unit_type, powiat_teryt
    union all
    select
        types.unit_type,
        'powiats_without_units',
        count(*),
        string_agg(powiats.powiat_name, ', ' order by powiats.powiat_teryt)
    from (select distinct unit_type from register) as types
    cross join powiats
    where not exists (
            select 1 from register
            where register.unit_type = types.unit_type and register.powiat_teryt = powiats.powiat_teryt
        )
    group by types.unit_type
)

select
    figures.figure_id as subject,
    null as unit_id,
    cast(figures._source_row as varchar) as source_rows,
    'printed (' || figures.indicator_id || ')' as columns,
    cast(coalesce(lists.listed, 0) as varchar) || ', as listed in register.csv: '
    || coalesce(lists.members, 'none') as expected,
    figures.printed || ' (' || figures.chapter || ' ' || figures.location || ')' as found
from figures
left join lists on figures.unit_type = lists.unit_type and figures.indicator_id = lists.indicator_id
where
    figures.subject_id is null
    and (
        figures.indicator_id in ('units_registered', 'powiats_without_units')
        or figures.indicator_id like 'units_registered_powiat_%'
    )
    and figures.value <> coalesce(lists.listed, 0)
