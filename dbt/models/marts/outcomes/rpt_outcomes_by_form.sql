{#- The same rows as int_outcome_forms_aggregated, with share_pct rounded to 2 decimals for display. -#}
with

aggregated as (

    select * from {{ ref('int_outcome_forms_aggregated') }}

),

final as (

    select * replace (round(share_pct, 2) as share_pct)
    from aggregated

)

select * from final
