{#- national.csv rows of every year, each with its standing on the record: of two values of one
    geography x unit type x measure x year (and, for a total, the same unit types covered), a
    published one supersedes a derived one and a later release an earlier one. The superseded row
    is kept (record_status 'superseded', and which release superseded it), never deleted.

    types_covered: the unit types a value covers; a total (ALL) left empty covers the measure's
    usual scope (national_measures.all_types: beneficiaries never include KIS), a GUS total
    before 2016 says CIS+ZAZ+WTZ. -#}
with

source as (

    select * from {{ source('raw', 'national') }}

),

measures as (

    select * from {{ ref('national_measures') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        geography_code,
        unit_type,
        measure,
        cast(value as double) as value,
        provenance,
        cast(release_year as integer) as release_year,
        cast(derived_from_year as integer) as derived_from_year,
        note,
        approximation,
        case when source.unit_type = 'ALL' then coalesce(source.types_covered, measures.all_types)
            else source.unit_type
        end as types_covered,
        cast(_source_row as integer) as source_row

    from source
    left join measures using (measure)

),

ranked as (

    select
        *,
        row_number() over (
            partition by reporting_year, geography_code, unit_type, types_covered, measure
            order by provenance = 'published' desc, release_year desc
        ) as standing,
        first_value(provenance || ' in the ' || cast(release_year as varchar) || ' release') over (
            partition by reporting_year, geography_code, unit_type, types_covered, measure
            order by provenance = 'published' desc, release_year desc
        ) as preferred

    from renamed

),

final as (

    select
        * exclude (standing, preferred),
        case when standing = 1 then 'current' else 'superseded' end as record_status,
        case when standing > 1 then preferred end as superseded_by

    from ranked

)

select * from final
