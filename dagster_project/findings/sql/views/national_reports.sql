-- Every report of a unit to the national sources, all years: a CIS's CAS 02 and a KIS's CAS 01 to
-- the ministry, a ZAZ's employment from its voivodship office. Read by the checks that hold the
-- reports against the voivodes' registers (both ways).
select
    reporting_year,
    'CIS' as unit_type,
    regon,
    _source_file,
    _source_row
from raw.mrips_cis
union all
select
    reporting_year,
    'KIS',
    regon,
    _source_file,
    _source_row
from raw.mrips_kis
union all
select
    reporting_year,
    'ZAZ',
    regon,
    _source_file,
    _source_row
from raw.uw_zaz
