{#- Unrounded: every share is computed once, here; the report-shaped mart rounds it for display
    and rpt_indicators reads it as it is. -#}
{#- Staff by role with each role's share of the staff the units stated in total. -#}
with

roles as (

    select * from {{ ref('fct_staff_roles') }}

),

finance as (

    select * from {{ ref('fct_finance') }}

),

by_role as (

    select
        reporting_year,
        region_code,
        unit_type,
        role,
        cast(sum(persons) as bigint) as persons
    from roles
    group by all

),

totals as (

    select
        reporting_year,
        region_code,
        unit_type,
        cast(sum(staff_total) as bigint) as staff_total
    from finance
    group by all

),

final as (

    select
        by_role.reporting_year,
        by_role.region_code,
        by_role.unit_type,
        by_role.role,
        by_role.persons,
        totals.staff_total,
        100.0 * by_role.persons / nullif(totals.staff_total, 0) as share_pct

    from by_role
    inner join totals
        on by_role.reporting_year = totals.reporting_year
        and by_role.region_code = totals.region_code
        and by_role.unit_type = totals.unit_type

)

select * from final
