{#- Use the folder's schema name as is (raw, staging, intermediate, marts, reference), not
    <target_schema>_<name>, so that BI tools see stable schema names. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
