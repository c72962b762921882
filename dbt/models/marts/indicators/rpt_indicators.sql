{#- Headline indicators in long format: one row per reporting year x region x unit type x
    indicator. The four areas compute their indicators in intermediate/indicators (shares
    unrounded, from counts); a year known only in total adds what its regional_totals.csv gives
    where no unit-level value exists. Unit, area and labels come from the indicator catalogue
    (seeds/reference/indicators.csv); an indicator the catalogue does not know fails the
    relationships tests of the area models. Nothing is typed here. -#}
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

catalogue as (

    select * from {{ ref('indicators') }}

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

final as (

    select
        indicators.reporting_year,
        indicators.region_code,
        indicators.unit_type,
        indicators.indicator_id || coalesce('_' || cast(indicators.breakdown_value as varchar), '') as indicator_id,
        cast(indicators.value as double) as value,
        catalogue.value_unit,
        indicators.value_source,
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

)

select * from final
