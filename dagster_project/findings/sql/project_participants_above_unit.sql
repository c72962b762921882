-- A unit's projects count no more people than the unit's participants.
with answers as (
    select
        unit_id,
        participants_total,
        'cis_answers' as extract
    from raw.cis_answers
    where reporting_year = $year
    union all
    select
        unit_id,
        participants_total,
        'kis_answers'
    from raw.kis_answers
    where reporting_year = $year
)

select
    projects.unit_id as subject,
    projects.unit_id,
    string_agg(cast(projects._source_row as varchar), ', ' order by projects._source_row) as source_rows,
    'participants; ' || any_value(answers.extract) || '.participants_total' as columns,
    'at most the unit''s ' || cast(any_value(answers.participants_total) as varchar) || ' participants'
        as expected,
    cast(sum(projects.participants) as varchar) || ' people in ' || cast(count(*) as varchar)
    || ' project(s) ' || string_agg(projects.project_id, ', ' order by projects.project_id) as found
from raw.projects as projects
inner join answers on projects.unit_id = answers.unit_id
where projects.reporting_year = $year
group by projects.unit_id
having sum(projects.participants) > any_value(answers.participants_total)
