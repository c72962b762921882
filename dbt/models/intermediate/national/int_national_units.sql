{#- Every unit Statistics Poland counts as active, one row per year x unit (REGON), collated from
    the three administrative sources the way the release's methodology says: a CIS or KIS is
    active when it reported its participants to the ministry (CAS 02 / CAS 01), a ZAZ when the
    voivode's register has it active on 31 December, a WTZ when PFRON does. The seat, subregion
    and founder come from the register (PFRON's own records for WTZ); a reporting unit the
    register does not hold keeps its office's voivodship and no powiat (a consistency finding). -#}
with

register as (

    select * from {{ ref('stg_raw__uw_register') }}

),

cis as (

    select * from {{ ref('stg_raw__mrips_cis') }}

),

kis as (

    select * from {{ ref('stg_raw__mrips_kis') }}

),

zaz as (

    select * from {{ ref('stg_raw__uw_zaz') }}

),

wtz as (

    select * from {{ ref('stg_raw__pfron_wtz') }}

),

powiats as (

    select * from {{ ref('powiats') }}

),

reported as (

    select
        reporting_year,
        voivodship_teryt,
        regon,
        'CIS' as unit_type,
        participants_total as participants,
        participants_women,
        started_total as started,
        completed_total as completed,
        independent_total as independent,
        {% for column in var('column_groups')['mrips_cis']['cis_groups'] %}{{ column }},
        {% endfor %}cast(null as bigint) as employees,
        cast(null as bigint) as employees_disabled,
        cost_total_pln,
        cast(null as decimal(18, 2)) as cost_pfron_pln
    from cis

    union all by name

    select
        reporting_year,
        voivodship_teryt,
        regon,
        'KIS' as unit_type,
        participants_total as participants,
        participants_women,
        started_total as started,
        completed_total as completed
    from kis

    union all by name

    select
        register.reporting_year,
        register.voivodship_teryt,
        register.regon,
        'ZAZ' as unit_type,
        zaz.employees_total as employees,
        zaz.employees_disabled
    from register
    left join zaz
        on register.reporting_year = zaz.reporting_year and register.regon = zaz.regon
    where register.unit_type = 'ZAZ' and register.active_31_dec

),

located as (

    select
        reported.*,
        register.powiat_teryt,
        register.founder_sector
    from reported
    left join register
        on reported.reporting_year = register.reporting_year and reported.regon = register.regon

    union all by name

    select
        reporting_year,
        voivodship_teryt,
        regon,
        'WTZ' as unit_type,
        powiat_teryt,
        founder_sector,
        participants_total as participants,
        participants_women,
        cost_pfron_pln + cost_local_government_pln + cost_other_pln as cost_total_pln,
        cost_pfron_pln
    from wtz
    where active_31_dec

),

final as (

    select
        located.reporting_year,
        located.regon,
        located.unit_type,
        located.voivodship_teryt,
        powiats.subregion_code,
        located.powiat_teryt,
        located.founder_sector,
        located.participants,
        located.participants_women,
        located.started,
        located.completed,
        located.independent,
        {% for column in var('column_groups')['mrips_cis']['cis_groups'] %}located.{{ column }},
        {% endfor %}located.employees,
        located.employees_disabled,
        -- beneficiaries of CIS, ZAZ and WTZ as the release counts them: CIS and WTZ participants
        -- and the ZAZ employees with a severe or moderate disability
        case located.unit_type
            when 'CIS' then located.participants
            when 'WTZ' then located.participants
            when 'ZAZ' then located.employees_disabled
        end as beneficiaries,
        located.cost_total_pln,
        located.cost_pfron_pln

    from located
    left join powiats
        on located.powiat_teryt = powiats.powiat_teryt

)

select * from final
