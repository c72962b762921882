-- A printed average per unit (an indicator *_per_unit*; count_figure_id: its printed total,
-- base_figure_id: the printed number of units) lies within the bounds of the total over the
-- units, each figure at its printed precision and approximation (lower_bound, upper_bound, set
-- when the file is read): "over 206 million PLN" in 208 CIS is more than 990 thousand per CIS,
-- so "989 thousand" cannot be.
with figures as (
    select * from raw.published_figures
    where reporting_year = $year
),

averages as (
    select
        average.*,
        total.figure_id as total_id,
        total.printed as total_printed,
        total.approximation as total_approximation,
        total.lower_bound / units.value as from_total_lower,
        total.upper_bound / units.value as from_total_upper,
        units.printed as units_printed
    from figures as average
    inner join figures as total on average.count_figure_id = total.figure_id
    inner join figures as units on average.base_figure_id = units.figure_id
    where average.indicator_id like '%per_unit%' and units.value > 0
)

select
    figure_id || ',' || total_id as subject,
    subject_id as unit_id,
    cast(_source_row as varchar) as source_rows,
    'printed, count_figure_id, base_figure_id' as columns,
    'between ' || cast(round(from_total_lower) as varchar) || ' and ' || cast(round(from_total_upper) as varchar)
    || ' (' || coalesce(total_approximation || ' ', '') || total_printed || ' in ' || units_printed || ')' as expected,
    printed || ' (' || measure || ')' as found
from averages
where from_total_upper < lower_bound or from_total_lower > upper_bound
