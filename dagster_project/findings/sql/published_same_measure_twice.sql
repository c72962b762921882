-- The report prints one value for one measure (indicator, unit type, subject, geography, the year
-- it describes and, for a change, the year it is taken from), compared at the coarsest precision
-- among its printings. A share (rounded by nature) one printed step apart is a rounding slip
-- ($variant 'rounding'); any other disagreement, and any between counts, is a contradiction
-- ($variant 'contradiction').
with figures as (
    select
        * replace (cast(decimals as integer) as decimals),
        coalesce(figure_year, reporting_year) as described_year,
        power(10, -decimals) as step
    from raw.published_figures
    where reporting_year = $year
),

measures as (
    select
        indicator_id,
        unit_type,
        subject_id,
        geography_code,
        described_year,
        base_year,
        value_kind,
        min(decimals) as decimals,
        bool_or(value_kind = 'pct' or indicator_id like '%_pct') as is_share
    from figures
    where indicator_id is not null
    group by all
    having count(*) > 1
),

compared as (
    select
        measures.*,
        figures.figure_id,
        figures._source_row,
        figures.printed,
        figures.chapter || ' ' || figures.location as printed_in,
        round(figures.value, measures.decimals) as coarse,
        power(10, -measures.decimals) as step
    from measures
    inner join figures
        on measures.indicator_id = figures.indicator_id
        and measures.unit_type = figures.unit_type
        and figures.subject_id is not distinct from measures.subject_id
        and figures.geography_code is not distinct from measures.geography_code
        and measures.described_year = figures.described_year
        and figures.base_year is not distinct from measures.base_year
        and measures.value_kind = figures.value_kind
),

disagreeing as (
    select
        indicator_id,
        unit_type,
        subject_id,
        geography_code,
        described_year,
        base_year,
        value_kind,
        any_value(step) as step,
        any_value(is_share) as is_share,
        max(coarse) - min(coarse) as spread,
        string_agg(figure_id, ',' order by figure_id) as figure_ids,
        string_agg(cast(_source_row as varchar), ', ' order by figure_id) as source_rows,
        string_agg(printed || ' in ' || printed_in, '; ' order by figure_id) as printed_values
    from compared
    group by all
    having count(distinct coarse) > 1
)

select
    figure_ids as subject,
    subject_id as unit_id,
    source_rows,
    'printed (' || indicator_id || ')' as columns,
    'one value for ' || unit_type || ' ' || indicator_id || coalesce(' of ' || subject_id, '')
    || coalesce(' in ' || geography_code, '')
    || coalesce(' (change since ' || cast(base_year as varchar) || ')', '') as expected,
    printed_values as found
from disagreeing
where (is_share and spread <= step + 1e-9) = ($variant = 'rounding')
