-- The printed counts of a complete breakdown (breakdown_complete: its shares' count figures) sum
-- to every printing of their whole (the shares' base and the same measure printed elsewhere),
-- within their bounds (printed precision and approximation: lower_bound, upper_bound). A part's
-- bounds are narrowed by a printed average of it over a printed number of units: 13,0 thousand
-- CIS participants at "63 per CIS" in 208 CIS are 13 000 to 13 050.
with figures as (
    select * from raw.published_figures
    where reporting_year = $year
),

narrowed as (
    select
        part.figure_id,
        greatest(any_value(part.lower_bound), coalesce(max(average.lower_bound * units.value), -1e300)) as lower_bound,
        least(any_value(part.upper_bound), coalesce(min(average.upper_bound * units.value), 1e300)) as upper_bound
    from figures as part
    left join figures as average on part.figure_id = average.count_figure_id and average.indicator_id like '%per_unit%'
    left join figures as units on average.base_figure_id = units.figure_id
    group by part.figure_id
),

breakdowns as (
    select
        share.breakdown,
        any_value(share.base_figure_id) as base_id,
        sum(narrowed.lower_bound) as lower_bound,
        sum(narrowed.upper_bound) as upper_bound,
        string_agg(share.count_figure_id, ',' order by share.count_figure_id) as part_ids
    from figures as share
    inner join narrowed on share.count_figure_id = narrowed.figure_id
    where share.breakdown_complete and share.value_kind = 'pct'
    group by share.breakdown
    having count(distinct share.base_figure_id) = 1
),

wholes as (
    select
        breakdowns.*,
        whole.figure_id as whole_id,
        whole.printed,
        whole.approximation,
        whole.measure,
        whole._source_row,
        whole.lower_bound as whole_lower,
        whole.upper_bound as whole_upper
    from breakdowns
    inner join figures as base on breakdowns.base_id = base.figure_id
    inner join figures as whole
        on base.indicator_id = whole.indicator_id
        and base.unit_type = whole.unit_type
        and base.geography_code is not distinct from whole.geography_code
        and base.figure_year is not distinct from whole.figure_year
        and whole.base_year is null
)

select
    whole_id || ',' || part_ids as subject,
    null as unit_id,
    cast(_source_row as varchar) as source_rows,
    'printed, breakdown_complete' as columns,
    'between ' || cast(round(lower_bound) as varchar) || ' and ' || cast(round(upper_bound) as varchar)
    || ' (the parts ' || part_ids || ' of ' || breakdown || ')' as expected,
    coalesce(approximation || ' ', '') || printed || ' (' || measure || ')' as found
from wholes
where whole_upper < lower_bound or whole_lower > upper_bound
