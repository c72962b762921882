-- A unit that is not active in the register reports no participants.
with answers as (
    select
        unit_id,
        _source_row,
        participants_total,
        'cis_answers' as extract
    from raw.cis_answers
    where reporting_year = $year
    union all
    select
        unit_id,
        _source_row,
        participants_total,
        'kis_answers'
    from raw.kis_answers
    where reporting_year = $year
)

select
    answers.unit_id as subject,
    answers.unit_id,
    cast(answers._source_row as varchar) as source_rows,
    answers.extract,
    'participants_total; register.activity_status' as columns,
    'no participants from a unit that is ' || register.activity_status || ' in register.csv' as expected,
    'participants_total=' || cast(answers.participants_total as varchar) as found
from answers
inner join raw.register as register
    on answers.unit_id = register.unit_id and register.reporting_year = $year
where register.activity_status <> 'active' and answers.participants_total > 0
