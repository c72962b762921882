{#- Services are counted in people per service; one person can use several, so they overlap. -#}
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

cis_services as (

    unpivot (
        select
            unit_id, reporting_year, unit_type,
            voc_workshops, voc_job_placement, voc_external_training, voc_business_classes,
            voc_other, soc_therapy, soc_individual_counselling, soc_educational_groups,
            soc_self_help_groups, soc_other
        from cis_answers
    )
    on columns(* exclude (unit_id, reporting_year, unit_type))
    into name service value persons

),

kis_services as (

    unpivot (
        select
            unit_id, reporting_year, unit_type,
            support_financial, support_social_reintegration, support_vocational_reintegration,
            adhoc_users, soc_individual_therapy, soc_group_therapy, soc_educational,
            soc_legal_advice, soc_psychological_advice, soc_self_help_groups, soc_integration,
            soc_skills_training, soc_non_employment, voc_public_works_referral, voc_internships,
            voc_career_advice, voc_training, voc_courses, voc_business_advice,
            voc_cooperative_advice, voc_other, social_contract_people, social_contract_disabled,
            disabled_served, disabled_employed, pai_participants, pai_elderly, pai_sds_residents
        from kis_answers
    )
    on columns(* exclude (unit_id, reporting_year, unit_type))
    into name service value persons

),

services as (

    select * from cis_services
    union all
    select * from kis_services

),

final as (

    select
        services.unit_id,
        services.reporting_year,
        services.unit_type,
        units.region_code,
        case
            when services.service like 'voc\_%' escape '\' then 'vocational'
            when services.service like 'soc\_%' escape '\' then 'social'
            else 'other'
        end as service_area,
        services.service,
        cast(services.persons as bigint) as persons

    from services
    inner join units
        on services.unit_id = units.unit_id
        and services.reporting_year = units.reporting_year

)

select * from final
