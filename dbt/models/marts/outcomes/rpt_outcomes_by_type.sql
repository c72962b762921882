{#- The same rows as int_outcomes_aggregated, with independence_rate_pct rounded to 2 decimals for display. -#}
with

aggregated as (

    select * from {{ ref('int_outcomes_aggregated') }}

),

final as (

    select * replace (round(independence_rate_pct, 2) as independence_rate_pct)
    from aggregated

)

select * from final
