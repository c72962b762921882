{#- Unit-level (and project-level) indicators in long format: one row per reporting year x subject
    (a unit or a project) x indicator. Every numeric answer of both questionnaires (the column group
    numbers of the extract format, so a new question appears without editing this model), plus each
    unit's and each project's externally funded projects. Used to reconcile the figures a report
    prints about one unit ("CIS in Pisz: 209 participants"). -#}
with

catalogue as (

    select
        indicator_id,
        value_unit
    from {{ ref('indicators') }}

),

units as (

    select
        unit_id,
        reporting_year,
        unit_type,
        region_code
    from {{ ref('dim_units') }}

),

answers_joined as (

    select * from {{ ref('int_answers_joined_to_units') }}

),

{% for extract in ['cis_answers', 'kis_answers'] %}
    {{ extract }}_long as (

        unpivot (
            select
                unit_id,
                reporting_year,
            {%- for column in column_group(extract, 'numbers') %}
                cast({{ column }} as double) as {{ column }}{{ ',' if not loop.last }}
            {%- endfor %}
            from answers_joined
            where unit_type = '{{ extract[:3] | upper }}'
        )
        on {{ column_group(extract, 'numbers') | join(', ') }}
        into name indicator_id value value

    ),

{% endfor %}
answers as (

    select
        unit_id as subject_id,
        reporting_year,
        indicator_id,
        value
    from cis_answers_long
    union all
    select
        unit_id as subject_id,
        reporting_year,
        indicator_id,
        value
    from kis_answers_long

),

projects as (

    select * from {{ ref('fct_projects') }}

),

unit_projects as (

    select
        unit_id as subject_id,
        reporting_year,
        indicator_id,
        value
    from (
        select
            unit_id,
            reporting_year,
            cast(count(*) as double) as projects,
            cast(sum(participants) as double) as project_participants,
            cast(sum(amount_pln) as double) as project_amount_pln
        from projects
        group by all
    ) as per_unit
    unpivot (value for indicator_id in (projects, project_participants, project_amount_pln))

),

project_figures as (

    select
        project_id as subject_id,
        unit_id,
        reporting_year,
        indicator_id,
        value
    from (
        select
            project_id,
            unit_id,
            reporting_year,
            cast(participants as double) as project_participants,
            cast(amount_pln as double) as project_amount_pln
        from projects
    ) as per_project
    unpivot (value for indicator_id in (project_participants, project_amount_pln))

),

unit_rows as (

    select
        units.reporting_year,
        units.region_code,
        units.unit_type,
        'unit' as subject_kind,
        by_unit.subject_id,
        units.unit_id,
        by_unit.indicator_id,
        by_unit.value
    from (
        select * from answers
        union all
        select * from unit_projects
    ) as by_unit
    inner join units
        on by_unit.subject_id = units.unit_id and by_unit.reporting_year = units.reporting_year

),

project_rows as (

    select
        units.reporting_year,
        units.region_code,
        units.unit_type,
        'project' as subject_kind,
        project_figures.subject_id,
        project_figures.unit_id,
        project_figures.indicator_id,
        project_figures.value
    from project_figures
    inner join units
        on project_figures.unit_id = units.unit_id and project_figures.reporting_year = units.reporting_year

),

final as (

    select
        reporting_year,
        region_code,
        unit_type,
        subject_kind,
        subject_id,
        unit_id,
        indicator_id,
        value,
        catalogue.value_unit

    from (
        select * from unit_rows
        union all
        select * from project_rows
    ) as subjects
    left join catalogue using (indicator_id)
    where value is not null

)

select * from final
