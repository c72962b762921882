{#- One area (units, participants, outcomes, finance) of the national statistics: the shape shared
    by the four rpt_national_* marts. -#}
{% macro national_area(area) %}
select
    reporting_year,
    geography_code,
    geography_level,
    geography_name,
    unit_type,
    measure,
    value,
    value_unit,
    provenance,
    value_source

from {{ ref('fct_national_statistics') }}
where area = '{{ area }}'
{% endmacro %}
