{#- National statistics of every year loaded, for every geography: one row per year x geography
    x unit type x measure, with the measure's area and unit from the catalogue and the
    geography's name and level (country, voivodship, subregion, powiat).

    value_source says where a value comes from: `administrative_sources` is computed here from
    the unit-level deliveries of the voivodship offices, the ministry and PFRON, as Statistics
    Poland makes its release; `release_total` is a release's figure typed from national.csv, kept
    only for a year known solely in total (no unit-level delivery loaded for that year), and only
    its current value (a superseded one stays in fct_release_values). -#}
with

computed as (

    select * from {{ ref('int_national_measures') }}
    union all by name
    select * from {{ ref('int_national_geography_changes') }}

),

typed as (

    select
        reporting_year,
        case when geography_code = 'PL' then 'country' else 'voivodship' end as geography_level,
        geography_code,
        unit_type,
        measure,
        value,
        provenance,
        derived_from_year,
        note,
        approximation,
        types_covered
    from {{ ref('stg_raw__national') }}
    where
        record_status = 'current'
        and reporting_year not in (select distinct reporting_year from computed)

),

national as (

    select
        *,
        'computed' as provenance,
        cast(null as integer) as derived_from_year,
        cast(null as varchar) as note,
        cast(null as varchar) as approximation,
        cast(null as varchar) as types_covered,
        'administrative_sources' as value_source
    from computed
    union all by name
    select
        *,
        'release_total' as value_source
    from typed

),

measures as (

    select * from {{ ref('national_measures') }}

),

names as (

    select
        voivodship_teryt as geography_code,
        voivodship_name as geography_name
    from {{ ref('voivodships') }}
    union all
    select
        subregion_code,
        subregion_name
    from {{ ref('subregions') }}
    union all
    select
        powiat_teryt,
        powiat_name
    from {{ ref('powiats') }}

),

final as (

    select
        national.reporting_year,
        national.geography_code,
        national.geography_level,
        case when national.geography_code = 'PL' then 'Polska' else names.geography_name end as geography_name,
        national.unit_type,
        coalesce(
            national.types_covered,
            case when national.unit_type = 'ALL' then measures.all_types else national.unit_type end
        ) as types_covered,
        measures.area,
        national.measure,
        national.value,
        national.approximation,
        measures.value_unit,
        national.provenance,
        national.value_source,
        national.derived_from_year,
        national.note,
        measures.description as label_en,
        measures.label_pl

    from national
    inner join measures
        on national.measure = measures.measure
    left join names
        on national.geography_code = names.geography_code

)

select * from final
