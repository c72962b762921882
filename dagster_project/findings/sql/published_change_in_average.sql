-- A printed change in an average per unit (an indicator *_per_unit* with base_year) agrees with
-- the printed changes of the average's total and units (its count_figure_id and base_figure_id,
-- changed since the same base year): each side gives the base year's average, and the two ranges
-- the prints allow (lower_bound, upper_bound; a change in % when printed with %) must meet. "39
-- per WTZ, 1 more than a year before" puts 2022 at 37.0 to 39.0 per WTZ, while "29,0 thousand
-- participants, 0,3 thousand more" in "733 WTZ, 4 more" puts it at 39.2 to 39.6.
with figures as (
    select * from published_described
    where reporting_year = $year
),

-- the base year's value of each printed level, from each printed change of it
base_levels as (
    select
        level.figure_id,
        change.figure_id as change_id,
        change.base_year,
        change.printed as change_printed,
        change._source_row as change_row,
        case when change.value_kind = 'pct' and change.indicator_id not like '%_pct'
                then level.lower_bound / (1 + change.upper_bound / 100)
            else level.lower_bound - change.upper_bound
        end as lower_bound,
        case when change.value_kind = 'pct' and change.indicator_id not like '%_pct'
                then level.upper_bound / (1 + change.lower_bound / 100)
            else level.upper_bound - change.lower_bound
        end as upper_bound
    from figures as level
    inner join figures as change
        on level.indicator_id = change.indicator_id
        and level.unit_type = change.unit_type
        and level.geography_code is not distinct from change.geography_code
        and level.described_year = change.described_year
    where level.base_year is null and change.base_year is not null
),

compared as (
    select
        average.figure_id,
        by_average.change_row,
        average.measure,
        average.printed,
        by_average.change_id,
        by_average.change_printed,
        by_average.base_year,
        by_average.lower_bound as average_lower,
        by_average.upper_bound as average_upper,
        total.change_id || ',' || units.change_id as level_change_ids,
        total.lower_bound / units.upper_bound as levels_lower,
        total.upper_bound / units.lower_bound as levels_upper
    from figures as average
    inner join base_levels as by_average on average.figure_id = by_average.figure_id
    inner join base_levels as total
        on average.count_figure_id = total.figure_id
        and by_average.base_year = total.base_year
    inner join base_levels as units
        on average.base_figure_id = units.figure_id
        and by_average.base_year = units.base_year
    where average.indicator_id like '%per_unit%' and units.lower_bound > 0
)

select
    change_id || ',' || figure_id || ',' || level_change_ids as subject,
    null as unit_id,
    cast(change_row as varchar) as source_rows,
    'printed, base_year, count_figure_id, base_figure_id' as columns,
    'a ' || cast(base_year as varchar) || ' average between ' || cast(round(levels_lower, 1) as varchar)
    || ' and ' || cast(round(levels_upper, 1) as varchar) || ' (the printed changes ' || level_change_ids
    || ' of its total and units)' as expected,
    change_printed || ' since ' || cast(base_year as varchar) || ' on ' || printed || ' (' || measure
    || '): ' || cast(round(average_lower, 1) as varchar) || ' to ' || cast(round(average_upper, 1) as varchar)
    || ' in ' || cast(base_year as varchar) as found
from compared
where average_upper < levels_lower or average_lower > levels_upper
