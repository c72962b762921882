-- A type's share of the beneficiaries of CIS, ZAZ and WTZ is its beneficiaries over all of them:
-- CIS and WTZ participants, ZAZ employees with disabilities employed for reintegration. Counts are
-- published in thousands (one decimal), so 0.25 pp is allowed for their rounding.
with national as (
    select * from national_current
    where reporting_year = $year and geography_code = 'PL'
),

counts as (
    select
        unit_type,
        value,
        _source_row
    from national
    where
        (unit_type in ('CIS', 'WTZ') and measure = 'participants')
        or (unit_type = 'ZAZ' and measure = 'employees_disabled_reintegrated')
),

whole as (
    select
        value,
        _source_row
    from national
    where unit_type = 'ALL' and measure = 'beneficiaries'
),

shares as (
    select
        unit_type,
        value,
        _source_row
    from national
    where measure = 'beneficiaries_share_pct'
)

select
    shares.unit_type as subject,
    null as unit_id,
    cast(shares._source_row as varchar) || ', ' || cast(counts._source_row as varchar) || ', '
    || cast(whole._source_row as varchar) as source_rows,
    'value' as columns,
    cast(round(100 * counts.value / whole.value, 1) as varchar) || '% (' || cast(counts.value as varchar)
    || ' of ' || cast(whole.value as varchar) || ')' as expected,
    cast(shares.value as varchar) || '% (' || shares.unit_type || ' beneficiaries_share_pct)' as found
from shares
inner join counts on shares.unit_type = counts.unit_type
cross join whole
where abs(shares.value - 100 * counts.value / whole.value) > 0.25
