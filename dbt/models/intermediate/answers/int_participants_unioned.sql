{#- CIS and KIS describe participants with the same categories, age bands and education levels
    (the column groups of the extracts), except that only the KIS questionnaire asks about the
    elderly: CIS rows have cat_elderly null. -#}
{%- set groups = ['categories', 'age_bands', 'education_levels'] -%}

with

cis_answers as (

    select * from {{ ref('stg_raw__cis_answers') }}

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

unioned as (

    {% for extract, relation in [('cis_answers', 'cis_answers'), ('kis_answers', 'kis_answers')] %}
        select
            unit_id,
            reporting_year,
            unit_type,
            participants_total,
        {%- for group in groups %}
            {{ column_group(extract, group) | join(', ') }}{{ ',' if not loop.last }}
        {%- endfor %}

        from {{ relation }}
        {% if not loop.last %}union all by name{% endif %}
    {% endfor %}

)

select * from unioned
