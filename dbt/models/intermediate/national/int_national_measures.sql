{#- The release's measures computed from the units, for every geography at once: the country,
    each voivodship, subregion (NUTS-3) and powiat, each unit type and ALL four together. One row
    per year x geography x unit type x measure; a measure that does not apply (participants of a
    ZAZ, costs of a KIS) has no row. Shares and averages are unrounded; the reconciliation rounds
    them to the precision they were printed with. Rates per 100 thousand inhabitants are not here:
    no sourced population table is in seeds/reference (see its README). -#}
{%- set published_measures = [
        'units_active', 'units_founder_non_profit', 'units_founder_local_government',
        'units_founder_social_cooperative', 'units_founder_company',
        'units_founder_non_profit_share_pct', 'units_founder_local_government_share_pct',
        'units_founder_social_cooperative_share_pct', 'units_founder_other_share_pct',
        'share_of_national_units_pct', 'units_rank', 'beneficiaries', 'beneficiaries_share_pct',
        'participants', 'participants_per_unit', 'participants_started', 'participants_completed',
        'participants_long_term_unemployed_share_pct', 'participants_addicted_share_pct',
        'participants_disabled_share_pct', 'participants_homeless_share_pct',
        'participants_mentally_ill_share_pct', 'employees', 'employees_disabled_reintegrated',
        'employees_disabled_share_pct', 'employees_disabled_per_unit', 'cost_total_pln',
        'cost_per_unit_pln', 'cost_pfron_share_pct'
    ] -%}

with

typed as (

    select * from {{ ref('int_national_units_placed') }}

),

summed as (

    select
        reporting_year,
        geography_level,
        geography_code,
        type_group as unit_type,
        count(*) as units_active,
        count_if(founder_sector = 'non_profit') as units_founder_non_profit,
        count_if(founder_sector = 'local_government') as units_founder_local_government,
        count_if(founder_sector = 'social_cooperative') as units_founder_social_cooperative,
        count_if(founder_sector = 'company') as units_founder_company,
        count_if(founder_sector = 'other') as units_founder_other,
        case when type_group <> 'ALL' then sum(participants) end as participants,
        sum(beneficiaries) as beneficiaries,
        sum(started) as participants_started,
        sum(completed) as participants_completed,
        sum(group_long_term_unemployed) as participants_long_term_unemployed,
        sum(group_addicted_alcohol + group_addicted_drugs) as participants_addicted,
        sum(group_disabled) as participants_disabled,
        sum(group_homeless) as participants_homeless,
        sum(group_mentally_ill) as participants_mentally_ill,
        sum(employees) as employees,
        sum(employees_disabled) as employees_disabled_reintegrated,
        case when type_group <> 'ALL' then sum(cost_total_pln) end as cost_total_pln,
        case when type_group <> 'ALL' then sum(cost_pfron_pln) end as cost_pfron_pln

    from typed
    group by reporting_year, geography_level, geography_code, type_group

),

measured as (

    select
        summed.*,
        100.0 * units_founder_non_profit / units_active as units_founder_non_profit_share_pct,
        100.0 * units_founder_local_government / units_active as units_founder_local_government_share_pct,
        100.0 * units_founder_social_cooperative / units_active as units_founder_social_cooperative_share_pct,
        100.0 * (units_active - units_founder_non_profit - units_founder_local_government) / units_active
            as units_founder_other_share_pct,
        100.0 * units_active / max(case when geography_level = 'country' then units_active end)
            over (partition by reporting_year, unit_type) as share_of_national_units_pct,
        100.0 * beneficiaries / max(case when unit_type = 'ALL' then beneficiaries end)
            over (partition by reporting_year, geography_code) as beneficiaries_share_pct,
        1.0 * participants / units_active as participants_per_unit,
        100.0 * participants_long_term_unemployed / participants as participants_long_term_unemployed_share_pct,
        100.0 * participants_addicted / participants as participants_addicted_share_pct,
        100.0 * participants_disabled / participants as participants_disabled_share_pct,
        100.0 * participants_homeless / participants as participants_homeless_share_pct,
        100.0 * participants_mentally_ill / participants as participants_mentally_ill_share_pct,
        100.0 * employees_disabled_reintegrated / employees as employees_disabled_share_pct,
        1.0 * employees_disabled_reintegrated / units_active as employees_disabled_per_unit,
        cost_total_pln / units_active as cost_per_unit_pln,
        100.0 * cost_pfron_pln / cost_total_pln as cost_pfron_share_pct,
        case when geography_level in ('voivodship', 'subregion')
                then rank() over (
                        partition by reporting_year, geography_level, unit_type order by units_active desc
                    )
        end as units_rank

    from summed

),

long as (

    unpivot (
        select
            reporting_year,
            geography_level,
            geography_code,
            unit_type,
            cast(columns(lambda c: list_contains({{ published_measures }}, c)) as double)
        from measured
    )
    on columns(* exclude (reporting_year, geography_level, geography_code, unit_type))
    into name measure value value

)

select * from long
