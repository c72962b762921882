{#- national.csv rows of every year, each with its standing on the record: of two values of one
    geography x unit type x measure x year, a published one supersedes a derived one and a later
    release an earlier one. The superseded row is kept (record_status 'superseded', and which
    release superseded it), never deleted. -#}
with

source as (

    select * from {{ source('raw', 'national') }}

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
        cast(_source_row as integer) as source_row

    from source

),

ranked as (

    select
        *,
        row_number() over (
            partition by reporting_year, geography_code, unit_type, measure
            order by provenance = 'published' desc, release_year desc
        ) as standing,
        first_value(provenance || ' in the ' || cast(release_year as varchar) || ' release') over (
            partition by reporting_year, geography_code, unit_type, measure
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
