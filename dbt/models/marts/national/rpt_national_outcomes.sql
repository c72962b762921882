{#- National statistics of the outcomes area, all four unit types (and ALL), nationally and by
    voivodship where published: one row per year x geography x unit type x measure. -#}
select
    reporting_year,
    geography_code,
    geography_level,
    geography_name,
    unit_type,
    measure,
    value,
    value_unit,
    provenance

from {{ ref('fct_national_statistics') }}
where area = 'outcomes'
