{#- CIS report completions and economic independence; KIS report people who took up work. -#}
{%- set independence_forms = column_group('cis_answers', 'independence_forms') -%}
{%- set employment_forms = column_group('kis_answers', 'employment_forms') -%}

with

answers as (

    select * from {{ ref('int_answers_joined_to_units') }}

),

final as (

    select
        unit_id || '/' || reporting_year as unit_year_id,
        unit_id,
        reporting_year,
        unit_type,
        region_code,
        completed_positively,
        independent_total,
        round(100.0 * independent_total / nullif(completed_positively, 0), 2) as independence_rate_pct,
        {{ independence_forms | join(',\n        ') }},
        indep_disabled,
        employed_total,
        {{ employment_forms | join(',\n        ') }},
        referred_to_cis,
        has_early_dropouts

    from answers

)

select * from final
