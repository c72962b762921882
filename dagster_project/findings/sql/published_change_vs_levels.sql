-- A printed change agrees with the levels of its two years where both are known without it: the
-- later level printed in the same report, the earlier one printed there too or typed from a
-- release in national.csv (its current value, never one derived from this very change). The
-- change is recomputed as it is printed: in % when printed with %, else the difference, and
-- compared at its printed precision.
with figures as (
    select * replace (cast(decimals as integer) as decimals)
    from published_described
    where reporting_year = $year
),

changes as (
    select * from figures
    where base_year is not null and indicator_id is not null
),

levels as (
    select
        figure_id as level_ref,
        indicator_id,
        unit_type,
        geography_code,
        described_year,
        value
    from figures
    where base_year is null and indicator_id is not null
    union all
    select
        'national.csv ' || cast(reporting_year as varchar) || ' row ' || cast(_source_row as varchar),
        measure,
        unit_type,
        geography_code,
        reporting_year,
        value
    from national_current
    where derived_from_year is null
),

compared as (
    select
        changes.figure_id,
        changes._source_row,
        changes.printed,
        changes.measure,
        changes.value,
        changes.decimals,
        changes.base_year,
        changes.described_year,
        later.level_ref as later_ref,
        later.value as later_value,
        earlier.level_ref as earlier_ref,
        earlier.value as earlier_value,
        case when changes.value_kind = 'pct' and changes.indicator_id not like '%_pct'
                then 100 * (later.value - earlier.value) / nullif(earlier.value, 0)
            else later.value - earlier.value
        end as recomputed
    from changes
    inner join levels as later
        on changes.indicator_id = later.indicator_id
        and changes.unit_type = later.unit_type
        and changes.geography_code is not distinct from later.geography_code
        and changes.described_year = later.described_year
    inner join levels as earlier
        on changes.indicator_id = earlier.indicator_id
        and changes.unit_type = earlier.unit_type
        and changes.geography_code is not distinct from earlier.geography_code
        and changes.base_year = earlier.described_year
    qualify row_number() over (partition by changes.figure_id order by later.level_ref, earlier.level_ref) = 1
)

select
    figure_id as subject,
    null as unit_id,
    cast(_source_row as varchar) as source_rows,
    'printed, base_year' as columns,
    cast(round(recomputed, decimals) as varchar) || ' from ' || cast(later_value as varchar) || ' ('
    || later_ref || ', ' || cast(described_year as varchar) || ') and ' || cast(earlier_value as varchar)
    || ' (' || earlier_ref || ', ' || cast(base_year as varchar) || ')' as expected,
    printed || ' (' || measure || ')' as found
from compared
where round(recomputed, decimals) <> value
