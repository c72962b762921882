{#- Regional totals of years known only in total, long: one row per year x unit type x measure
    that was collected. The measure columns are introspected (a column left out of a year's file
    is NULL for that year), and UNPIVOT drops NULLs, so a measure not collected has no row: it is
    missing, never 0. -#}
{%- set relation = source('raw', 'regional_totals') -%}
{%- set measures = [] -%}
{%- if execute -%}
    {%- for column in adapter.get_columns_in_relation(relation) -%}
        {%- if column.name not in ('reporting_year', '_source_row') and column.is_number() -%}
            {%- do measures.append(column.name) -%}
        {%- endif -%}
    {%- endfor -%}
{%- endif %}
with

source as (

    select * from {{ relation }}

),

long as (

    unpivot (
        select reporting_year, unit_type, source, _source_row,
            {% for measure in measures %}cast({{ measure }} as double) as {{ measure }}{% if not loop.last %}, {% endif %}{% endfor %}
        from source
    )
    on {{ measures | join(', ') }}
    into name indicator_id value value

),

renamed as (

    select
        cast(reporting_year as integer) as reporting_year,
        '{{ var("region_code") }}' as region_code,
        unit_type,
        indicator_id,
        value,
        source as published_in,
        cast(_source_row as integer) as source_row

    from long

)

select * from renamed
