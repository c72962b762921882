{#- The region next to the country where both count the same thing (seeds/reference/
    region_country_measures.csv): one row per year x unit type x measure present in both, with the
    region's share of the country. -#}
with

pairs as (

    select * from {{ ref('region_country_measures') }}

),

regional as (

    select * from {{ ref('rpt_indicators') }}
    where statistics_source = 'regional_survey'

),

national as (

    select * from {{ ref('fct_national_statistics') }}
    where geography_code = 'PL'

),

final as (

    select
        regional.reporting_year,
        regional.geography_code as region_code,
        pairs.unit_type,
        pairs.regional_indicator_id,
        regional.value as regional_value,
        pairs.national_measure,
        national.value as national_value,
        100.0 * regional.value / nullif(national.value, 0) as region_share_pct,
        pairs.note,
        pairs.comparability

    from pairs
    inner join regional
        on pairs.unit_type = regional.unit_type and pairs.regional_indicator_id = regional.indicator_id
    inner join national
        on pairs.unit_type = national.unit_type and pairs.national_measure = national.measure
        and regional.reporting_year = national.reporting_year

)

select * from final
