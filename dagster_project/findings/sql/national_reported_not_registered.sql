-- A unit that reported to the ministry (CAS 02 for a CIS, CAS 01 for a KIS) or whose employment the
-- voivodship office gives (ZAZ) is in the year's register of its type: absent from every office's
-- register, or registered as another type, it is a unit Statistics Poland cannot place.
with reports as (
    select * from national_reports
    where reporting_year = $year
),

registered as (
    select
        regon,
        unit_type,
        struck_off_date
    from raw.uw_register
    where reporting_year = $year
)

select
    reports.regon as subject,
    reports.regon as unit_id,
    cast(reports._source_row as varchar) as source_rows,
    'regon' as columns,
    'a ' || reports.unit_type || ' with REGON ' || reports.regon || ' in a voivodship register of '
    || cast($year as varchar) as expected,
    coalesce(
        'registered as ' || registered.unit_type,
        'no such REGON in any uw_register file of the year'
    ) as found,
    parse_filename(reports._source_file) as extract
from reports
left join registered on reports.regon = registered.regon
where registered.regon is null or registered.unit_type <> reports.unit_type
