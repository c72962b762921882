-- The printed figures of every report, each with the year it describes: its figure_year when the
-- report prints an earlier year's figure, else the report's year. What the checks of printed
-- changes match a change and its levels on.
select
    *,
    coalesce(figure_year, reporting_year) as described_year
from raw.published_figures
