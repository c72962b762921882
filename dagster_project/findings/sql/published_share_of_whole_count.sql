-- A printed share of a printed count of units or persons (base_figure_id, no count printed) is
-- k of that count for some whole k: 2,9% of 141 ZAZ is no whole number of ZAZ (4 is 2,8%, 5 is
-- 3,5%), so the share was not computed from units (often: made up as 100 minus the other shares).
with figures as (
    select * replace (cast(decimals as integer) as decimals)
    from raw.published_figures
    where reporting_year = $year
),

shares as (
    select
        share.*,
        base.printed as base_printed,
        cast(base.value as bigint) as base_count,
        list_filter(
            range(0, cast(base.value as bigint) + 1),
            lambda k: round(100.0 * k / base.value, share.decimals) = share.value
        ) as whole_counts
    from figures as share
    inner join figures as base on share.base_figure_id = base.figure_id
    where
        share.count_figure_id is null
        and share.value_kind = 'pct'
        and base.value_kind = 'number'
        and base.decimals = 0
        and base.value between 1 and 1000000
)

select
    figure_id || ',' || base_figure_id as subject,
    subject_id as unit_id,
    cast(_source_row as varchar) as source_rows,
    'printed, base_figure_id' as columns,
    'a share k / ' || cast(base_count as varchar) || ' for a whole k: '
    || cast(round(100.0 * floor(value * base_count / 100) / base_count, decimals) as varchar) || '% or '
    || cast(round(100.0 * ceil(value * base_count / 100) / base_count, decimals) as varchar) || '%' as expected,
    printed || ' of ' || base_printed || ' (' || measure || ')' as found
from shares
where len(whole_counts) = 0
