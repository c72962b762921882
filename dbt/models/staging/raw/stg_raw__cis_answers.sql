with

source as (

    select * from {{ source('raw', 'cis_answers') }}

),

renamed as (

    select
        * exclude (reporting_year, _source_file, _source_sha256, _loaded_at, _source_row) replace (
            cast(funding_total_pln as decimal(18, 2)) as funding_total_pln,
            cast(fund_labour_fund_pln as decimal(18, 2)) as fund_labour_fund_pln,
            cast(fund_own_activity_pln as decimal(18, 2)) as fund_own_activity_pln,
            cast(fund_gmina_budget_pln as decimal(18, 2)) as fund_gmina_budget_pln,
            cast(fund_voivodship_budget_pln as decimal(18, 2)) as fund_voivodship_budget_pln,
            cast(fund_state_budget_pln as decimal(18, 2)) as fund_state_budget_pln,
            cast(fund_eu_pln as decimal(18, 2)) as fund_eu_pln,
            cast(fund_other_pln as decimal(18, 2)) as fund_other_pln
        ),
        cast(reporting_year as integer) as reporting_year,
        cast(_source_row as integer) as source_row,
        'CIS' as unit_type

    from source

)

select * from renamed
