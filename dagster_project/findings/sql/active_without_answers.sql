-- Every active CIS and KIS of the register answered the survey.
with answers as (
    select unit_id from raw.cis_answers
    where reporting_year = $year
    union all
    select unit_id from raw.kis_answers
    where reporting_year = $year
)

select
    register.unit_id as subject,
    register.unit_id,
    cast(register._source_row as varchar) as source_rows,
    'activity_status' as columns,
    'a row in ' || lower(register.unit_type) || '_answers.csv for an active unit' as expected,
    'no answers from ' || register.unit_id || ' (' || register.unit_name || ')' as found
from raw.register as register
where
    register.reporting_year = $year
    and register.activity_status = 'active'
    and register.unit_type in ('CIS', 'KIS')
    and not exists (
        select 1 from answers
        where answers.unit_id = register.unit_id
    )
