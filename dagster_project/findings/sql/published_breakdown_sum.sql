-- The printed shares of one breakdown (published_figures.breakdown: the shares of one base printed
-- together) cannot sum past 100 % by more than their rounding allows, half a printed step each;
-- a complete breakdown (breakdown_complete: every category printed) sums to 100 % within it.
with shares as (
    select * replace (cast(decimals as integer) as decimals)
    from raw.published_figures
    where reporting_year = $year and breakdown is not null and value_kind = 'pct'
),

sums as (
    select
        breakdown,
        coalesce(bool_or(breakdown_complete), false) as is_complete,
        sum(value) as total,
        sum(power(10, -decimals) / 2) as slack,
        string_agg(figure_id, ',' order by figure_id) as figure_ids,
        string_agg(cast(_source_row as varchar), ', ' order by _source_row) as source_rows,
        string_agg(printed, ' + ' order by figure_id) as printed
    from shares
    group by breakdown
)

select
    figure_ids as subject,
    null as unit_id,
    source_rows,
    'printed, breakdown' as columns,
    case when is_complete then 'a complete breakdown summing to 100%' else 'a breakdown summing to at most 100%' end
    || ' within its rounding (' || cast(round(slack, 3) as varchar) || ' pp)' as expected,
    printed || ' = ' || cast(round(total, 3) as varchar) || '% (' || breakdown || ')' as found
from sums
where total > 100 + slack + 1e-9 or (is_complete and total < 100 - slack - 1e-9)
