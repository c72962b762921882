{#- Staff by role, one row per unit, year and role: the CIS and KIS questionnaires name their roles
    differently (staff_*, role_*), the prefix is dropped. -#}
with

answers as (

    select * from {{ ref('int_answers_joined_to_units') }}

),

{% for extract in ['cis_answers', 'kis_answers'] %}
    {{ extract }}_roles as (

        unpivot (
            select
                unit_id, reporting_year, unit_type, region_code, {{ column_group(extract, 'staff_roles') | join(', ') }}
            from answers
            where unit_type = '{{ extract[:3] | upper }}'
        )
        on {{ column_group(extract, 'staff_roles') | join(', ') }}
        into name role value persons

    ),

{% endfor %}
final as (

    select
        unit_id,
        reporting_year,
        unit_type,
        region_code,
        regexp_replace(role, '^(staff|role)_', '') as role,
        cast(persons as bigint) as persons

    from (
        select * from cis_answers_roles
        union all
        select * from kis_answers_roles
    ) as unioned

)

select * from final
