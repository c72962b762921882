with

source as (

    select * from {{ source('raw', 'pfron_wtz') }}

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        voivodship_teryt,
        regon,
        unit_name,
        powiat_teryt,
        founder_sector,
        opened_date,
        active_31_dec,
        participants_total,
        participants_women,
        cast(cost_pfron_pln as decimal(18, 2)) as cost_pfron_pln,
        cast(cost_local_government_pln as decimal(18, 2)) as cost_local_government_pln,
        cast(cost_other_pln as decimal(18, 2)) as cost_other_pln,
        cast(_source_row as integer) as source_row

    from source

)

select * from renamed
