-- A printed share lies between 0% and 100%.
select
    figure_id as subject,
    subject_id as unit_id,
    cast(_source_row as varchar) as source_rows,
    'printed' as columns,
    'a share between 0% and 100%' as expected,
    printed || ' (' || measure || ')' as found
from raw.published_figures
where
    reporting_year = $year
    and value_kind = 'pct'
    and indicator_id like '%share_pct'
    and (value < 0 or value > 100)
