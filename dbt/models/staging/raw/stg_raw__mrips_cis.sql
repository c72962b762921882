with

source as (

    select * from {{ source('raw', 'mrips_cis') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        voivodship_teryt,
        regon,
        participants_total,
        participants_women,
        group_long_term_unemployed,
        group_addicted_alcohol,
        group_addicted_drugs,
        group_homeless,
        group_mentally_ill,
        group_disabled,
        group_released_from_prison,
        group_other,
        started_total,
        completed_total,
        independent_total,
        staff_total,
        cast(cost_total_pln as decimal(18, 2)) as cost_total_pln,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
