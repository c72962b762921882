{#- Participants by category, age band and education level. Age bands and education levels
    partition the people whose demographics were reported, so their shares are over that base
    (470 of 753 KIS participants in 2024); categories overlap, so their shares are over all
    participants and may sum to more than 100. -#}
with

participants as (

    select * from {{ ref('fct_participants') }}

),

long as (

    unpivot (
        select
            unit_id, reporting_year, region_code, unit_type, participants_total, has_demographics,
            cat_long_term_unemployed, cat_homeless, cat_alcohol_addicted, cat_drug_addicted,
            cat_mentally_ill, cat_released_prisoners, cat_refugees, cat_disabled, cat_elderly,
            cat_other, age_under_25, age_25_35, age_36_45, age_over_45, edu_primary,
            edu_lower_secondary, edu_basic_vocational, edu_secondary, edu_post_secondary,
            edu_higher
        from participants
    )
    on columns(* exclude (unit_id, reporting_year, region_code, unit_type, participants_total, has_demographics))
    into name measure value persons

),

classified as (

    select
        *,
        case
            when measure like 'cat\_%' escape '\' then 'category'
            when measure like 'age\_%' escape '\' then 'age_band'
            else 'education'
        end as dimension,
        regexp_replace(measure, '^(cat|age|edu)_', '') as category

    from long

),

bases as (

    select
        reporting_year,
        region_code,
        unit_type,
        sum(participants_total) as participants_total,
        coalesce(sum(participants_total) filter (where has_demographics), 0) as participants_described

    from participants
    group by all

),

aggregated as (

    select
        reporting_year,
        region_code,
        unit_type,
        dimension,
        category,
        cast(sum(persons) as bigint) as persons

    from classified
    group by all

),

final as (

    select
        aggregated.reporting_year,
        aggregated.region_code,
        aggregated.unit_type,
        aggregated.dimension,
        aggregated.category,
        aggregated.persons,
        cast(
            case when aggregated.dimension = 'category' then bases.participants_total
            else bases.participants_described end as bigint
        ) as base_persons,
        round(
            100.0 * aggregated.persons / nullif(
                case when aggregated.dimension = 'category' then bases.participants_total
                else bases.participants_described end, 0),
            2
        ) as share_pct

    from aggregated
    inner join bases
        on aggregated.reporting_year = bases.reporting_year
        and aggregated.region_code = bases.region_code
        and aggregated.unit_type = bases.unit_type

)

select * from final
