-- The parts of an additive measure sum to its whole when every part is given, and never exceed
-- it. $axis 'voivodships': the 16 voivodships sum to the country (PL), total by total of the same
-- scope; 'types': the unit types a total covers (types_covered, else the measure's usual scope:
-- beneficiaries CIS + ZAZ + WTZ, GUS totals before 2016 CIS + ZAZ + WTZ) sum to ALL.
-- $measures: the measure catalogue (seeds/reference/national_measures.csv).
with additive as (
    select
        measure,
        all_types
    from read_csv($measures, header = true, all_varchar = true)
    where additive = 'true'
),

national as (
    select
        national_current.*,
        coalesce(
            national_current.types_covered,
            case when national_current.unit_type = 'ALL' then additive.all_types else national_current.unit_type end
        ) as scope,
        case $axis when 'voivodships' then national_current.geography_code else national_current.unit_type end
            as part
    from national_current
    inner join additive on national_current.measure = additive.measure
    where national_current.reporting_year = $year
),

wholes as (
    select * from national
    where part = case $axis when 'voivodships' then 'PL' else 'ALL' end
),

parts as (
    select
        wholes.geography_code,
        wholes.unit_type,
        wholes.scope,
        wholes.measure,
        any_value(wholes.value) as whole_value,
        any_value(wholes._source_row) as whole_row,
        sum(national.value) as summed,
        count(*) as given,
        case $axis when 'voivodships' then 16 else len(string_split(wholes.scope, '+')) end as complete,
        string_agg(cast(national._source_row as varchar), ', ' order by national._source_row) as source_rows
    from wholes
    inner join national
        on wholes.measure = national.measure
        and wholes.part <> national.part
        and case $axis
            when 'voivodships'
                then wholes.unit_type = national.unit_type and wholes.scope = national.scope
            else wholes.geography_code = national.geography_code
                and list_contains(string_split(wholes.scope, '+'), national.unit_type)
        end
    group by all
)

select
    case $axis when 'voivodships' then unit_type else geography_code end || '.' || measure
    || case when $axis = 'voivodships' and unit_type = 'ALL' then '.' || replace(scope, '+', '_') else '' end
        as subject,
    null as unit_id,
    cast(whole_row as varchar) || ', ' || source_rows as source_rows,
    'value' as columns,
    case $axis when 'voivodships' then 'the voivodships' else replace(scope, '+', ' + ') end
    || ' (' || cast(given as varchar) || ' of ' || cast(complete as varchar)
    || ' given) summing to ' || cast(whole_value as varchar)
    || case when given < complete then ' or less' else '' end as expected,
    cast(summed as varchar) || ' ('
    || case $axis when 'voivodships' then unit_type else geography_code end || ' ' || measure || ')' as found
from parts
where (given = complete and summed <> whole_value) or summed > whole_value
