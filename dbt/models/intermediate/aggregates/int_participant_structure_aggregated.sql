{#- Unrounded: every share is computed once, here; the report-shaped mart rounds it for display
    and rpt_indicators reads it as it is. -#}
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
            {{ (column_group('kis_answers', 'categories') + column_group('kis_answers', 'age_bands')
                + column_group('kis_answers', 'education_levels')) | join(', ') }}
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
                else bases.participants_described
            end as bigint
        ) as base_persons,
        100.0 * aggregated.persons / nullif(
            case when aggregated.dimension = 'category' then bases.participants_total
                else bases.participants_described
            end, 0
        ) as share_pct

    from aggregated
    inner join bases
        on aggregated.reporting_year = bases.reporting_year
        and aggregated.region_code = bases.region_code
        and aggregated.unit_type = bases.unit_type

)

select * from final
