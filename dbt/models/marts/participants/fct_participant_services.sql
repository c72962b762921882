{#- Services are counted in people per service; one person can use several, so they overlap. -#}
with

answers as (

    select * from {{ ref('int_answers_joined_to_units') }}

),

{% for extract in ['cis_answers', 'kis_answers'] %}
    {{ extract }}_services as (

        unpivot (
            select unit_id, reporting_year, unit_type, region_code, {{ column_group(extract, 'services') | join(', ') }}
            from answers
            where unit_type = '{{ extract[:3] | upper }}'
        )
        on {{ column_group(extract, 'services') | join(', ') }}
        into name service value persons

    ),

{% endfor %}
final as (

    select
        unit_id,
        reporting_year,
        unit_type,
        region_code,
        case
            when service like 'voc\_%' escape '\' then 'vocational'
            when service like 'soc\_%' escape '\' then 'social'
            else 'other'
        end as service_area,
        service,
        cast(persons as bigint) as persons

    from (
        select * from cis_answers_services
        union all
        select * from kis_answers_services
    ) as unioned

)

select * from final
