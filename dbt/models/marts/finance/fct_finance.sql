{#- Money and people per unit. CIS state funding in PLN by source; KIS answer yes/no per source
    (counted in rpt_survey_answers). Both the stated totals and their parts are kept, as
    answered, so that disagreements stay visible. -#}
with

cis_answers as (

    select * from {{ ref('stg_raw__cis_answers') }}

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

units as (

    select unit_id, reporting_year, region_code from {{ ref('dim_units') }}

),

cis_finance as (

    select
        unit_id, reporting_year, unit_type,
        funding_total_pln, fund_labour_fund_pln, fund_own_activity_pln, fund_gmina_budget_pln,
        fund_voivodship_budget_pln, fund_state_budget_pln, fund_eu_pln, fund_other_pln,
        staff_total, staff_employment_contract, staff_civil_contract,
        cast(null as bigint) as staff_other_form, cast(null as bigint) as interns, volunteers,
        has_staff_shortage, staff_shortage_count,
        cast(null as boolean) as funding_sufficient, cast(null as boolean) as staff_sufficient

    from cis_answers

),

kis_finance as (

    select
        unit_id, reporting_year, unit_type,
        staff_total, staff_employment_contract, staff_civil_contract, staff_other_form,
        interns, volunteers, funding_sufficient, staff_sufficient,
        not staff_sufficient as has_staff_shortage

    from kis_answers

),

unioned as (

    select * from cis_finance
    union all by name
    select * from kis_finance

),

final as (

    select
        unioned.unit_id || '/' || unioned.reporting_year as unit_year_id,
        unioned.unit_id,
        unioned.reporting_year,
        unioned.unit_type,
        units.region_code,
        unioned.funding_total_pln,
        unioned.fund_labour_fund_pln,
        unioned.fund_own_activity_pln,
        unioned.fund_gmina_budget_pln,
        unioned.fund_voivodship_budget_pln,
        unioned.fund_state_budget_pln,
        unioned.fund_eu_pln,
        unioned.fund_other_pln,
        cast(
            unioned.fund_labour_fund_pln + unioned.fund_own_activity_pln
            + unioned.fund_gmina_budget_pln + unioned.fund_voivodship_budget_pln
            + unioned.fund_state_budget_pln + unioned.fund_eu_pln + unioned.fund_other_pln
            as decimal(18, 2)
        ) as funding_sources_sum_pln,
        unioned.funding_sufficient,
        unioned.staff_total,
        unioned.staff_employment_contract,
        unioned.staff_civil_contract,
        unioned.staff_other_form,
        unioned.interns,
        unioned.volunteers,
        unioned.has_staff_shortage,
        unioned.staff_shortage_count,
        unioned.staff_sufficient

    from unioned
    inner join units
        on unioned.unit_id = units.unit_id
        and unioned.reporting_year = units.reporting_year

)

select * from final
