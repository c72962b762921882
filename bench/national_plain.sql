-- The national half of the warehouse as one plain DuckDB script, for `make bench` to compare with:
-- read every office's delivery of every year, collate the units as int_national_units does and
-- compute the release's measures for the country, each voivodship, subregion and powiat as
-- int_national_measures does. No gates, checks, findings, history or publishing: the floor.
-- {root} (the extracts folder) and {powiats} (seeds/reference/powiats.csv) are filled in by
-- bench/national_case.py.
create or replace macro pln(x) as cast(
    replace(regexp_replace(x, '[^0-9,-]', '', 'g'), ',', '.') as decimal(18, 2)
);

create or replace macro year_of(path) as cast(regexp_extract(path, '(\d{{4}})[/\\]national', 1) as integer);

create or replace table register as
select
    year_of(filename) as reporting_year,
    right(regexp_extract(filename, '_(\d{{2}})\.csv$', 1), 2) as voivodship_teryt,
    regon, unit_type, powiat_teryt, founder_sector, active_31_dec = 'tak' as active_31_dec
from read_csv('{root}/*/national/uw_register_*.csv', all_varchar = true, filename = true, delim = ';');

create or replace table cis as
select year_of(filename) as reporting_year, regon,
    cast(participants_total as integer) as participants,
    cast(group_long_term_unemployed as integer) as long_term_unemployed,
    cast(group_addicted_alcohol as integer) + cast(group_addicted_drugs as integer) as addicted,
    cast(group_disabled as integer) as disabled, cast(group_homeless as integer) as homeless,
    cast(group_mentally_ill as integer) as mentally_ill,
    pln(cost_total_pln) as cost_total_pln
from read_csv('{root}/*/national/mrips_cis_*.csv', all_varchar = true, filename = true, delim = ';');

create or replace table kis as
select year_of(filename) as reporting_year, regon, cast(participants_total as integer) as participants,
    cast(started_total as integer) as started, cast(completed_total as integer) as completed
from read_csv('{root}/*/national/mrips_kis_*.csv', all_varchar = true, filename = true, delim = ';');

create or replace table zaz as
select year_of(filename) as reporting_year, regon, cast(employees_total as integer) as employees,
    cast(employees_disabled as integer) as employees_disabled
from read_csv('{root}/*/national/uw_zaz_*.csv', all_varchar = true, filename = true, delim = ';');

create or replace table wtz as
select year_of(filename) as reporting_year,
    right(regexp_extract(filename, '_(\d{{2}})\.csv$', 1), 2) as voivodship_teryt,
    regon, powiat_teryt, founder_sector, active_31_dec = 'tak' as active_31_dec,
    cast(participants_total as integer) as participants,
    pln(cost_pfron_pln) as cost_pfron_pln,
    pln(cost_pfron_pln) + pln(cost_local_government_pln) + pln(cost_other_pln) as cost_total_pln
from read_csv('{root}/*/national/pfron_wtz_*.csv', all_varchar = true, filename = true, delim = ';');

create or replace table units as
with reported as (
    select reporting_year, regon, 'CIS' as unit_type, participants, participants as beneficiaries,
        long_term_unemployed, addicted, disabled, homeless, mentally_ill, null::integer as started,
        null::integer as completed, null::integer as employees, null::integer as employees_disabled,
        cost_total_pln, null::decimal(18, 2) as cost_pfron_pln
    from cis
    union all by name
    select reporting_year, regon, 'KIS' as unit_type, participants, started, completed from kis
    union all by name
    select r.reporting_year, r.regon, 'ZAZ' as unit_type, z.employees, z.employees_disabled,
        z.employees_disabled as beneficiaries
    from register as r left join zaz as z on r.reporting_year = z.reporting_year and r.regon = z.regon
    where r.unit_type = 'ZAZ' and r.active_31_dec
),
located as (
    select reported.*, register.voivodship_teryt, register.powiat_teryt, register.founder_sector
    from reported left join register
        on reported.reporting_year = register.reporting_year and reported.regon = register.regon
    union all by name
    select reporting_year, regon, 'WTZ' as unit_type, voivodship_teryt, powiat_teryt, founder_sector,
        participants, participants as beneficiaries, cost_total_pln, cost_pfron_pln
    from wtz where active_31_dec
)
select located.*, powiats.subregion_code
from located left join read_csv('{powiats}', all_varchar = true) as powiats
    on located.powiat_teryt = powiats.powiat_teryt;

create or replace table national_measures as
with placed as (
    select *, 'country' as geography_level, 'PL' as geography_code from units
    union all select *, 'voivodship', voivodship_teryt from units
    union all select *, 'subregion', subregion_code from units where subregion_code is not null
    union all select *, 'powiat', powiat_teryt from units where powiat_teryt is not null
),
typed as (
    select *, unit_type as type_group from placed
    union all select *, 'ALL' from placed
),
summed as (
    select reporting_year, geography_level, geography_code, type_group as unit_type,
        count(*) as units_active,
        count_if(founder_sector = 'non_profit') as units_founder_non_profit,
        count_if(founder_sector = 'local_government') as units_founder_local_government,
        sum(participants) as participants, sum(beneficiaries) as beneficiaries,
        sum(started) as participants_started, sum(completed) as participants_completed,
        sum(long_term_unemployed) as long_term_unemployed, sum(addicted) as addicted,
        sum(employees) as employees, sum(employees_disabled) as employees_disabled_reintegrated,
        sum(cost_total_pln) as cost_total_pln, sum(cost_pfron_pln) as cost_pfron_pln
    from typed group by all
),
measured as (
    select *,
        100.0 * units_founder_non_profit / units_active as units_founder_non_profit_share_pct,
        100.0 * units_founder_local_government / units_active as units_founder_local_government_share_pct,
        100.0 * units_active / max(case when geography_level = 'country' then units_active end)
            over (partition by reporting_year, unit_type) as share_of_national_units_pct,
        1.0 * participants / units_active as participants_per_unit,
        100.0 * long_term_unemployed / participants as participants_long_term_unemployed_share_pct,
        100.0 * addicted / participants as participants_addicted_share_pct,
        100.0 * employees_disabled_reintegrated / employees as employees_disabled_share_pct,
        cost_total_pln / units_active as cost_per_unit_pln,
        100.0 * cost_pfron_pln / cost_total_pln as cost_pfron_share_pct,
        case when geography_level in ('voivodship', 'subregion') then rank() over (
            partition by reporting_year, geography_level, unit_type order by units_active desc) end as units_rank
    from summed
)
unpivot (
    select reporting_year, geography_level, geography_code, unit_type,
        cast(columns(* exclude (reporting_year, geography_level, geography_code, unit_type)) as double)
    from measured
) on columns(* exclude (reporting_year, geography_level, geography_code, unit_type))
into name measure value value;
