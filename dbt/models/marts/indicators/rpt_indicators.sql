{#- Headline indicators of every geography in long format: one row per reporting year x
    statistics source x geography x unit type x indicator. The one mart a BI tool or a report
    reads for a figure, whatever the geography: country, voivodship, subregion or powiat.

    Two statistics sources, kept apart since they count differently:
    - regional_survey: a regional centre's (ROPS) survey of the units registered in its
      voivodship. The four areas compute their indicators in intermediate/indicators (shares
      unrounded, from counts); a year known only in total adds what its regional_totals.csv gives
      where no unit-level value exists. Catalogue: seeds/reference/indicators.csv.
    - statistics_poland: the national statistics of fct_national_statistics, computed from the
      administrative sources for every geography (or a release's total for a year known only in
      total). Catalogue: seeds/reference/national_measures.csv.
    Nothing is typed here. -#}
with

units_area as (

    select * from {{ ref('int_indicators_units') }}

),

participants_area as (

    select * from {{ ref('int_indicators_participants') }}

),

outcomes_area as (

    select * from {{ ref('int_indicators_outcomes') }}

),

finance_area as (

    select * from {{ ref('int_indicators_finance') }}

),

reported_totals as (

    select * from {{ ref('int_indicators_reported') }}

),

national_statistics as (

    select * from {{ ref('fct_national_statistics') }}

),

catalogue as (

    select * from {{ ref('indicators') }}

),

voivodships as (

    select * from {{ ref('voivodships') }}

),

computed as (

    select
        *,
        'unit_answers' as value_source
    from (
        select * from units_area
        union all by name
        select * from participants_area
        union all by name
        select * from outcomes_area
        union all by name
        select * from finance_area
    ) as areas
    where value is not null

),

reported as (

    select
        *,
        'reported_total' as value_source
    from reported_totals
    where not exists (
            select 1 from computed
            where computed.reporting_year = reported_totals.reporting_year
                and computed.unit_type = reported_totals.unit_type
                and computed.indicator_id = reported_totals.indicator_id
                and computed.breakdown_value is null
        )

),

regional_survey as (

    select
        indicators.reporting_year,
        'regional_survey' as statistics_source,
        'voivodship' as geography_level,
        indicators.region_code as geography_code,
        voivodships.voivodship_name as geography_name,
        indicators.unit_type,
        indicators.unit_type as types_covered,
        indicators.indicator_id || coalesce('_' || cast(indicators.breakdown_value as varchar), '') as indicator_id,
        cast(indicators.value as double) as value,
        cast(null as varchar) as approximation,
        catalogue.value_unit,
        indicators.value_source,
        case indicators.value_source when 'unit_answers' then 'computed' else 'published' end as provenance,
        cast(null as integer) as derived_from_year,
        indicators.indicator_id as indicator_family,
        catalogue.area,
        catalogue.label_en,
        catalogue.label_pl

    from (
        select * from computed
        union all by name
        select * from reported
    ) as indicators
    left join catalogue on indicators.indicator_id = catalogue.indicator_id
    left join voivodships on indicators.region_code = voivodships.voivodship_teryt

),

statistics_poland as (

    select
        reporting_year,
        'statistics_poland' as statistics_source,
        geography_level,
        geography_code,
        geography_name,
        unit_type,
        types_covered,
        measure as indicator_id,
        value,
        approximation,
        value_unit,
        value_source,
        provenance,
        derived_from_year,
        measure as indicator_family,
        area,
        label_en,
        label_pl

    from national_statistics

),

final as (

    select * from regional_survey
    union all
    select * from statistics_poland

)

select * from final
