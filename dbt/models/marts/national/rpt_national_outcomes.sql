{#- National statistics of the outcomes area, all four unit types (and ALL), nationally and by
    voivodship where published: one row per year x geography x unit type x measure. -#}
{{ national_area('outcomes') }}
