with

finance as (

    select * from {{ ref('fct_finance') }}

),

projects as (

    select * from {{ ref('fct_projects') }}

),

money_and_staff as (

    select
        reporting_year,
        region_code,
        unit_type,
        cast(sum(funding_total_pln) as decimal(18, 2)) as funding_total_pln,
        cast(sum(funding_sources_sum_pln) as decimal(18, 2)) as funding_sources_sum_pln,
        cast(sum(staff_total) as bigint) as staff_total,
        cast(sum(staff_employment_contract) as bigint) as staff_employment_contract,
        cast(sum(staff_civil_contract) as bigint) as staff_civil_contract,
        cast(sum(staff_other_form) as bigint) as staff_other_form,
        cast(sum(interns) as bigint) as interns,
        cast(sum(volunteers) as bigint) as volunteers,
        count(*) filter (where volunteers > 0) as units_with_volunteers,
        count(*) filter (where has_staff_shortage) as units_with_staff_shortage,
        cast(sum(staff_shortage_count) as bigint) as staff_shortage_count

    from finance
    group by all

),

project_totals as (

    select
        reporting_year,
        region_code,
        unit_type,
        count(*) as projects,
        count(distinct unit_id) as units_with_projects,
        cast(sum(participants) as bigint) as project_participants,
        cast(sum(amount_pln) as decimal(18, 2)) as project_amount_pln

    from projects
    group by all

),

final as (

    select
        money_and_staff.*,
        coalesce(project_totals.projects, 0) as projects,
        coalesce(project_totals.units_with_projects, 0) as units_with_projects,
        coalesce(project_totals.project_participants, 0) as project_participants,
        cast(coalesce(project_totals.project_amount_pln, 0) as decimal(18, 2)) as project_amount_pln

    from money_and_staff
    left join project_totals
        on money_and_staff.reporting_year = project_totals.reporting_year
        and money_and_staff.region_code = project_totals.region_code
        and money_and_staff.unit_type = project_totals.unit_type

)

select * from final
