{#- National statistics (Statistics Poland) of every year loaded: one row per year x geography x
    unit type x measure, with the measure's area and unit from the catalogue and the geography's
    name. Derived values (a printed figure combined with a printed change) say so in provenance. -#}
with

national as (

    select * from {{ ref('stg_raw__national') }}

),

measures as (

    select * from {{ ref('national_measures') }}

),

voivodships as (

    select * from {{ ref('voivodships') }}

),

final as (

    select
        national.reporting_year,
        national.geography_code,
        case when national.geography_code = 'PL' then 'country' else 'voivodship' end as geography_level,
        coalesce(voivodships.voivodship_name, 'Polska') as geography_name,
        national.unit_type,
        measures.area,
        national.measure,
        national.value,
        measures.value_unit,
        national.provenance,
        national.note

    from national
    inner join measures
        on national.measure = measures.measure
    left join voivodships
        on national.geography_code = voivodships.voivodship_teryt

)

select * from final
