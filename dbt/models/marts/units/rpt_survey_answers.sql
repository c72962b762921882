{#- Yes/no questions of both questionnaires, counted: one row per year x region x unit type x
    question. The questions are the yes/no columns of the extract format (the column group
    yes_no), so a new question in the format appears here without editing this model. -#}
with

answers as (

    select * from {{ ref('int_answers_joined_to_units') }}

),

{% for extract in ['cis_answers', 'kis_answers'] %}
    {{ extract }}_long as (

        unpivot (
            select
                unit_id,
                reporting_year,
                unit_type,
                region_code,
                {{ column_group(extract, 'yes_no') | join(',\n            ') }}
            from answers
            where unit_type = '{{ extract[:3] | upper }}'
        )
        on {{ column_group(extract, 'yes_no') | join(', ') }}
        into name question value answer

    ),

{% endfor %}
counted as (

    select
        reporting_year,
        region_code,
        unit_type,
        question,
        count(*) filter (where answer) as units_yes,
        count(*) filter (where not answer) as units_no,
        count(answer) as units_answered

    from (
        select * from cis_answers_long
        union all
        select * from kis_answers_long
    ) as answers_long
    group by all

)

select * from counted
