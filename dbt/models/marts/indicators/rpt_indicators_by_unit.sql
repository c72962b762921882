{#- Unit-level (and project-level) indicators in long format: one row per reporting year x subject
    (a unit or a project) x indicator. Every numeric answer of both questionnaires, introspected
    from the staged answers so that a new question appears without editing this model, plus each
    unit's and each project's externally funded projects. Used to reconcile the figures a report
    prints about one unit ("CIS in Pisz: 209 participants"). -#}
{%- set answer_models = ['stg_raw__cis_answers', 'stg_raw__kis_answers'] -%}

with

units as (

    select unit_id, reporting_year, unit_type, region_code from {{ ref('dim_units') }}

),

{% for model_name in answer_models %}
{%- set relation = ref(model_name) -%}
{%- set numeric_columns = [] -%}
{%- if execute -%}
    {%- for column in adapter.get_columns_in_relation(relation) -%}
        {%- if column.name not in ('reporting_year', 'source_row')
              and (column.is_number() or column.dtype.lower().startswith('decimal')) -%}
            {%- do numeric_columns.append(column.name) -%}
        {%- endif -%}
    {%- endfor -%}
{%- endif %}
{{ model_name }}_long as (

    unpivot (
        select unit_id, reporting_year,
            {% for column in numeric_columns %}cast({{ column }} as double) as {{ column }}{% if not loop.last %}, {% endif %}{% endfor %}
        from {{ relation }}
    )
    on {{ numeric_columns | join(', ') }}
    into name indicator_id value value

),
{% endfor %}

answers as (

    {% for model_name in answer_models %}
    select unit_id as subject_id, reporting_year, indicator_id, value from {{ model_name }}_long
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

projects as (

    select * from {{ ref('fct_projects') }}

),

unit_projects as (

    select unit_id as subject_id, reporting_year, indicator_id, value
    from (
        select unit_id, reporting_year,
            cast(count(*) as double) as projects,
            cast(sum(participants) as double) as project_participants,
            cast(sum(amount_pln) as double) as project_amount_pln
        from projects
        group by all
    )
    unpivot (value for indicator_id in (projects, project_participants, project_amount_pln))

),

project_figures as (

    select project_id as subject_id, unit_id, reporting_year, indicator_id, value
    from (
        select project_id, unit_id, reporting_year,
            cast(participants as double) as project_participants,
            cast(amount_pln as double) as project_amount_pln
        from projects
    )
    unpivot (value for indicator_id in (project_participants, project_amount_pln))

),

unit_rows as (

    select units.reporting_year, units.region_code, units.unit_type, 'unit' as subject_kind,
        by_unit.subject_id, units.unit_id, by_unit.indicator_id, by_unit.value
    from (select * from answers union all select * from unit_projects) as by_unit
    inner join units
        on units.unit_id = by_unit.subject_id and units.reporting_year = by_unit.reporting_year

),

project_rows as (

    select units.reporting_year, units.region_code, units.unit_type, 'project' as subject_kind,
        project_figures.subject_id, project_figures.unit_id, project_figures.indicator_id,
        project_figures.value
    from project_figures
    inner join units
        on units.unit_id = project_figures.unit_id and units.reporting_year = project_figures.reporting_year

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
        case when indicator_id like '%_pln' then 'PLN'
             when indicator_id in ('projects', 'applications_submitted', 'applications_funded') then 'count'
             else 'persons' end as value_unit

    from (select * from unit_rows union all select * from project_rows)
    where value is not null

)

select * from final
