-- A printed share is its printed count over its printed base. $variant 'contradiction': off by a
-- printed step or more; 'rounding': within a step, but not the count over the base rounded.
with figures as (
    select
        * replace (cast(decimals as integer) as decimals),
        power(10, -decimals) as step
    from raw.published_figures
    where reporting_year = $year
),

shares as (
    select
        share.*,
        count_figure.printed as count_printed,
        base_figure.printed as base_printed,
        100 * count_figure.value / nullif(base_figure.value, 0) as computed
    from figures as share
    inner join figures as count_figure on share.count_figure_id = count_figure.figure_id
    inner join figures as base_figure on share.base_figure_id = base_figure.figure_id
    where share.value_kind = 'pct'
)

select
    figure_id as subject,
    subject_id as unit_id,
    cast(_source_row as varchar) as source_rows,
    'printed, count_figure_id, base_figure_id' as columns,
    cast(round(computed, decimals) as varchar) || '% (' || count_printed || ' of ' || base_printed
    || ' = ' || cast(round(computed, 4) as varchar) || '%)' as expected,
    printed || ' (' || measure || ')' as found
from shares
where
    case $variant
        when 'contradiction' then abs(value - computed) >= step
        else abs(value - computed) < step and value <> round(computed, decimals)
    end
