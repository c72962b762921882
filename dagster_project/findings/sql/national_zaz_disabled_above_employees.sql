-- A ZAZ's employees with a severe or moderate disability are some of its employees, and the women
-- among them some of its women: a part above its whole is a typing error in the office's file.
select
    regon as subject,
    regon as unit_id,
    cast(_source_row as varchar) as source_rows,
    'employees_disabled, employees_total, employees_disabled_women, employees_women' as columns,
    'employees_disabled <= employees_total (' || cast(employees_total as varchar)
    || ') and employees_disabled_women <= employees_women (' || coalesce(cast(employees_women as varchar), 'b.d.')
    || ')' as expected,
    'employees_disabled=' || cast(employees_disabled as varchar) || ', employees_disabled_women='
    || coalesce(cast(employees_disabled_women as varchar), 'b.d.') as found,
    parse_filename(_source_file) as extract
from raw.uw_zaz
where
    reporting_year = $year
    and (employees_disabled > employees_total or employees_disabled_women > employees_women)
