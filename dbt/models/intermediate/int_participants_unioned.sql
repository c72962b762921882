{#- CIS and KIS describe participants with the same categories, age bands and education levels,
    except that only the KIS questionnaire asks about the elderly. -#}
{%- set shared_columns = [
    'participants_total', 'cat_long_term_unemployed', 'cat_homeless', 'cat_alcohol_addicted',
    'cat_drug_addicted', 'cat_mentally_ill', 'cat_released_prisoners', 'cat_refugees',
    'cat_disabled', 'cat_other', 'age_under_25', 'age_25_35', 'age_36_45', 'age_over_45',
    'edu_primary', 'edu_lower_secondary', 'edu_basic_vocational', 'edu_secondary',
    'edu_post_secondary', 'edu_higher'] -%}

with

cis_answers as (

    select * from {{ ref('stg_raw__cis_answers') }}

),

kis_answers as (

    select * from {{ ref('stg_raw__kis_answers') }}

),

cis_participants as (

    select
        unit_id,
        reporting_year,
        unit_type,
        {% for column in shared_columns %}{{ column }},
        {% endfor %}cast(null as bigint) as cat_elderly

    from cis_answers

),

kis_participants as (

    select
        unit_id,
        reporting_year,
        unit_type,
        {% for column in shared_columns %}{{ column }},
        {% endfor %}cat_elderly

    from kis_answers

),

unioned as (

    select * from cis_participants
    union all by name
    select * from kis_participants

)

select * from unioned
