-- An active unit of the register (active on 31 December) has its report: a CIS its CAS 02 and a
-- KIS its CAS 01 to the ministry, a ZAZ its employment from the office. A unit without one is not
-- counted by the release (it counts units that reported), so the analyst sees which they are.
select
    register.regon as subject,
    register.regon as unit_id,
    cast(register._source_row as varchar) as source_rows,
    'regon, active_31_dec' as columns,
    case register.unit_type
        when 'CIS' then 'a CAS 02 report (mrips_cis)'
        when 'KIS' then 'a CAS 01 report (mrips_kis)'
        else 'its employment (uw_zaz)'
    end || ' for an active ' || register.unit_type as expected,
    'no report from ' || register.unit_name as found,
    parse_filename(register._source_file) as extract
from raw.uw_register as register
where
    register.reporting_year = $year
    and register.active_31_dec
    and not exists (
        select 1 from national_reports as reports
        where reports.reporting_year = $year and reports.regon = register.regon
    )
