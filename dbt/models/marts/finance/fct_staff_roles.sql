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

cis_roles as (

    unpivot (
        select
            unit_id, reporting_year, unit_type, staff_managers, staff_activity_workers,
            staff_reintegration, staff_social_workers, staff_vocational_instructors,
            staff_art16_persons, staff_other
        from cis_answers
    )
    on columns(* exclude (unit_id, reporting_year, unit_type))
    into name role value persons

),

kis_roles as (

    unpivot (
        select
            unit_id, reporting_year, unit_type, role_leaders, role_social_workers,
            role_psychologists, role_lawyers, role_administration, role_career_advisers,
            role_family_assistants
        from kis_answers
    )
    on columns(* exclude (unit_id, reporting_year, unit_type))
    into name role value persons

),

roles as (

    select * from cis_roles
    union all
    select * from kis_roles

),

final as (

    select
        roles.unit_id,
        roles.reporting_year,
        roles.unit_type,
        units.region_code,
        regexp_replace(roles.role, '^(staff|role)_', '') as role,
        cast(roles.persons as bigint) as persons

    from roles
    inner join units
        on roles.unit_id = units.unit_id
        and roles.reporting_year = units.reporting_year

)

select * from final
