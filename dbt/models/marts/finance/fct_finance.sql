{#- Money and people per unit. CIS state funding in PLN by source; KIS answer yes/no per source
    (counted in rpt_survey_answers). Both the stated totals and their parts are kept, as
    answered, so that disagreements stay visible. -#}
{%- set funding_sources = column_group('cis_answers', 'funding_sources') -%}

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
        funding_total_pln,
        {{ funding_sources | join(',\n        ') }},
        cast({{ funding_sources | join(' + ') }} as decimal(18, 2)) as funding_sources_sum_pln,
        funding_sufficient,
        staff_total,
        staff_employment_contract,
        staff_civil_contract,
        staff_other_form,
        interns,
        volunteers,
        case when unit_type = 'KIS' then not staff_sufficient else has_staff_shortage end as has_staff_shortage,
        staff_shortage_count,
        staff_sufficient

    from answers

)

select * from final
