{#- Every active unit placed in every geography it counts in (the country, its voivodship,
    subregion and powiat) and in both its type and ALL four types together: one row per year x unit
    x geography x type group. The release's measures and the disclosure control's amount
    contributions are both summed from here, so they count the same units in the same places. -#}
with

units as (

    select * from {{ ref('int_national_units') }}

),

placed as (

    select
        *,
        'country' as geography_level,
        'PL' as geography_code
    from units
    union all
    select
        *,
        'voivodship',
        voivodship_teryt
    from units
    union all
    select
        *,
        'subregion',
        subregion_code
    from units
    where subregion_code is not null
    union all
    select
        *,
        'powiat',
        powiat_teryt
    from units
    where powiat_teryt is not null

),

typed as (

    select
        *,
        unit_type as type_group
    from placed
    union all
    select
        *,
        'ALL' as type_group
    from placed

)

select * from typed
