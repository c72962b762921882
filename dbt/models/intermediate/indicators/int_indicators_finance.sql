{#- Indicators of the finance area: funding (by source, with unrounded shares), staff (by role,
    with unrounded shares), volunteers, projects and applications for funding. One row per
    year x region x unit type x indicator. -#}
with

finance_by_type as (

    select * from {{ ref('rpt_finance_by_type') }}

),

funding_by_source as (

    select * from {{ ref('int_funding_sources_aggregated') }}

),

staff_by_role as (

    select * from {{ ref('int_staff_roles_aggregated') }}

),

by_unit as (

    select * from {{ ref('rpt_indicators_by_unit') }}
    where subject_kind = 'unit'

),

finance_counts as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        value
    from (
        unpivot finance_by_type
        on columns(* exclude (reporting_year, region_code, unit_type))
        into name indicator_id value value
    )

),

funding_sources as (

    select
        reporting_year,
        region_code,
        unit_type,
        'funding_' || funding_source || '_pln' as indicator_id,
        amount_pln as value
    from funding_by_source
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        'funding_' || funding_source || '_share_pct',
        share_pct
    from funding_by_source
    where share_pct is not null

),

staff_roles as (

    select
        reporting_year,
        region_code,
        unit_type,
        'staff_role_' || role as indicator_id,
        persons as value
    from staff_by_role
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        'staff_role_' || role || '_share_pct',
        share_pct
    from staff_by_role
    where share_pct is not null

),

applications as (

    select
        reporting_year,
        region_code,
        unit_type,
        indicator_id,
        sum(value) as value
    from by_unit
    where indicator_id in ('applications_submitted', 'applications_funded')
    group by all
    union all
    select
        reporting_year,
        region_code,
        unit_type,
        'units_with_applications',
        count(*) filter (where value > 0)
    from by_unit
    where indicator_id = 'applications_submitted'
    group by all

),

unioned as (

    select * from finance_counts
    union all by name
    select * from funding_sources
    union all by name
    select * from staff_roles
    union all by name
    select * from applications

)

select * from unioned
