{#- Yes/no questions of both questionnaires, counted: one row per year x region x unit type x
    question. The questions are the boolean columns of the staged answers, so a new question in
    the extract format appears here without editing this model. -#}
{%- set answer_models = ['stg_raw__cis_answers', 'stg_raw__kis_answers'] -%}

with

units as (

    select unit_id, reporting_year, region_code from {{ ref('dim_units') }}

),

{% for model_name in answer_models %}
{%- set relation = ref(model_name) -%}
{%- set boolean_columns = [] -%}
{%- if execute -%}
    {%- for column in adapter.get_columns_in_relation(relation) if column.dtype | upper == 'BOOLEAN' -%}
        {%- do boolean_columns.append(column.name) -%}
    {%- endfor -%}
{%- endif %}
{{ model_name }}_long as (

    {% if boolean_columns %}
    unpivot (
        select unit_id, reporting_year, unit_type, {{ boolean_columns | join(', ') }}
        from {{ relation }}
    )
    on {{ boolean_columns | join(', ') }}
    into name question value answer
    {% else %}
    select
        cast(null as varchar) as unit_id,
        cast(null as integer) as reporting_year,
        cast(null as varchar) as unit_type,
        cast(null as varchar) as question,
        cast(null as boolean) as answer
    where false
    {% endif %}

),
{% endfor %}

answers as (

    {% for model_name in answer_models %}
    select * from {{ model_name }}_long
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

counted as (

    select
        answers.reporting_year,
        units.region_code,
        answers.unit_type,
        answers.question,
        count(*) filter (where answers.answer) as units_yes,
        count(*) filter (where not answers.answer) as units_no,
        count(answers.answer) as units_answered

    from answers
    inner join units
        on answers.unit_id = units.unit_id
        and answers.reporting_year = units.reporting_year
    group by all

)

select * from counted
