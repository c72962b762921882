{#- The columns of one column group of an extract (age_bands, funding_sources, ...), as declared on
    the extract's fields and generated into the `column_groups` var of dbt_project.yml. -#}
{% macro column_group(extract, group) %}
    {{ return(var('column_groups')[extract][group]) }}
{% endmacro %}
