{#- Reconciliation of a published report with the warehouse: one row per printed figure, compared
    with the indicator that computes it, at the precision it was printed with.

    A figure of a national release names its geography (PL, a voivodship, subregion or powiat)
    and is compared with rpt_indicators' statistics_poland rows; a figure about another year than the report's
    (figure_year) with that year's value. A printed change (base_year given) is compared with
    rpt_indicator_changes: its relative change in % when printed with %, its change in percentage
    points for a share, else its difference, signed as the sentence says (fewer: negative).

    matches              the computed value, rounded to the printed decimals, is the printed value;
                         for a figure printed as an approximation (published_figures.approximation),
                         the computed value is within the bounds the word gives (read with the
                         file, extracts/polish.py): almost (blisko) just under it, within one
                         printed step; over (ponad) just above it; about (około) either side
    differs_by_rounding  a share off by less than one printed step (37,8% printed for 37,87%):
                         a truncation or a rounding slip, not a different number (counts and
                         amounts are exact, so for them any difference contradicts)
    contradicts_data     off by a step or more: the report says something the data does not
    not_computable       no indicator computes it (the transcription says why), or the indicator
                         has no value for that year and unit type

    A national total is compared at the measure's usual scope (national_measures.all_types): a
    release prints its totals so, and a year typed with another scope is never compared with it.

    explained_by lists the consistency findings (findings.fct_findings, checks published.*) that
    name the figure, so that every non-match points at the finding an analyst has to decide on. -#}
with

figures as (

    select * from {{ ref('stg_raw__published_figures') }}

),

-- a national total is compared at the scope a release prints it with
usual_scopes as (

    select
        measure,
        all_types
    from {{ ref('national_measures') }}

),

indicators as (

    select
        reporting_year,
        case when statistics_source = 'statistics_poland' then geography_code end as geography_code,
        unit_type,
        cast(null as varchar) as subject_id,
        indicator_id,
        value,
        value_unit
    from {{ ref('rpt_indicators') }}
    where unit_type <> 'ALL' or (indicator_id, types_covered) in (select * from usual_scopes)

),

by_subject as (

    select
        reporting_year,
        cast(null as varchar) as geography_code,
        unit_type,
        subject_id,
        indicator_id,
        value,
        value_unit
    from {{ ref('rpt_indicators_by_unit') }}

),

unioned_levels as (

    select * from indicators
    union all
    select * from by_subject

),

levels as (

    select
        *,
        cast(null as integer) as base_year,
        cast(null as varchar) as change_kind,
        false as is_circular
    from unioned_levels

),

all_changes as (

    select
        reporting_year,
        case when statistics_source = 'statistics_poland' then geography_code end as geography_code,
        unit_type,
        cast(null as varchar) as subject_id,
        indicator_id,
        value_unit,
        base_year,
        pct_change,
        coalesce(pp_change, abs_change) as difference,
        is_circular
    from {{ ref('rpt_indicator_changes') }}
    where unit_type <> 'ALL' or (indicator_id, types_covered) in (select * from usual_scopes)

),

changes as (

    select
        reporting_year,
        geography_code,
        unit_type,
        subject_id,
        indicator_id,
        pct_change as value,
        value_unit,
        base_year,
        'pct' as change_kind,
        is_circular
    from all_changes
    union all
    select
        reporting_year,
        geography_code,
        unit_type,
        subject_id,
        indicator_id,
        difference,
        value_unit,
        base_year,
        'difference',
        is_circular
    from all_changes

),

computed as (

    select * from levels
    union all
    select * from changes

),

findings as (

    select * from {{ source('findings', 'fct_findings') }}
    where check_id like 'published.%'

),

explanations as (

    select
        figures.reporting_year,
        figures.figure_id,
        string_agg(
            findings.finding_id || ' (' || findings.severity || ', ' || findings.status || ')', '; '
            order by findings.finding_id
        ) as explained_by

    from figures
    inner join findings
        on figures.reporting_year = findings.reporting_year
        and list_contains(string_split(split_part(findings.finding_id, ':', 2), ','), figures.figure_id)
    group by all

),

compared as (

    select
        figures.*,
        computed.value as computed_value,
        computed.value_unit as computed_unit,
        computed.is_circular,
        power(10, -figures.printed_decimals) as printed_step,
        round(computed.value, figures.printed_decimals) as computed_at_printed_precision

    from figures
    left join computed
        on coalesce(figures.figure_year, figures.reporting_year) = computed.reporting_year
        and computed.geography_code is not distinct from figures.geography_code
        and figures.unit_type = computed.unit_type
        and figures.indicator_id = computed.indicator_id
        and computed.subject_id is not distinct from figures.subject_id
        and computed.base_year is not distinct from figures.base_year
        and computed.change_kind is not distinct from case
            when figures.base_year is null then null
            when figures.printed_kind = 'pct' and computed.value_unit <> 'pct' then 'pct'
            else 'difference'
        end

),

classified as (

    select
        *,
        case
            when indicator_id is null or computed_value is null or is_circular then 'not_computable'
            when approximation is not null
                then case when computed_value between printed_lower_bound and printed_upper_bound
                            then 'matches'
                        else 'contradicts_data'
                    end
            when abs(computed_at_printed_precision - printed_value) < 1e-9 then 'matches'
            when (printed_kind = 'pct' or computed_unit = 'pct')
                and abs(computed_value - printed_value) < printed_step then 'differs_by_rounding'
            else 'contradicts_data'
        end as classification

    from compared

),

final as (

    select
        classified.reporting_year,
        classified.figure_id,
        classified.geography_code,
        coalesce(classified.figure_year, classified.reporting_year) as figure_year,
        classified.base_year,
        classified.chapter,
        classified.location,
        classified.measure,
        classified.unit_type,
        classified.subject_id,
        classified.indicator_id,
        classified.printed,
        classified.printed_value,
        classified.printed_decimals,
        classified.approximation,
        classified.computed_value,
        classified.computed_at_printed_precision,
        case when classified.computed_value is not null
                then classified.computed_value - classified.printed_value
        end as difference,
        classified.classification,
        case classified.classification
            when 'not_computable'
                then coalesce(
                        classified.not_computable_reason,
                        case when classified.is_circular
                                then 'circular: one of the two years was derived from this very printed change '
                                    || '(national.csv derived_from_year), so the computed change only gives it back'
                        end,
                        'indicator ' || classified.indicator_id || ' has no value for ' || classified.unit_type
                        || coalesce(' ' || classified.subject_id, '')
                        || coalesce(' of ' || classified.geography_code, '')
                        || coalesce(' since ' || cast(classified.base_year as varchar), '')
                        || ' in ' || cast(coalesce(classified.figure_year, classified.reporting_year) as varchar)
                    )
            when 'matches'
                then 'computed ' || cast(round(classified.computed_value, 4) as varchar)
                    || coalesce(
                        ' is ' || classified.approximation || ' the printed value', ' rounds to the printed value'
                    )
            else 'computed ' || cast(round(classified.computed_value, 4) as varchar) || ', printed '
                || coalesce(classified.approximation || ' ', '') || classified.printed
        end as classification_reason,
        explanations.explained_by,
        classified.source_row

    from classified
    left join explanations
        on classified.reporting_year = explanations.reporting_year
        and classified.figure_id = explanations.figure_id

)

select * from final
