-- Where a voivodship's regional centre and the national sources both count its units of one type
-- for the same year, they agree: the regional total (regional_totals.units_registered, or the
-- active units of the regional register.csv) against the units active on 31 December in the
-- voivodship office's register (uw_register).
with national as (
    select
        voivodship_teryt,
        unit_type,
        count_if(active_31_dec) as units,
        any_value(parse_filename(_source_file)) as file_name
    from raw.uw_register
    where reporting_year = $year
    group by all
),

regional_totals as (
    select
        voivodship_teryt,
        unit_type,
        units_registered as units,
        'regional_totals.csv' as counted_in,
        cast(_source_row as varchar) as source_rows
    from raw.regional_totals
    where reporting_year = $year and units_registered is not null
),

regional_register as (
    select
        left(powiat_teryt, 2) as voivodship_teryt,
        unit_type,
        count(*) as units,
        'register.csv' as counted_in,
        cast(null as varchar) as source_rows
    from raw.register
    where reporting_year = $year and activity_status = 'active'
    group by all
),

regional as (
    select * from regional_totals
    union all
    select * from regional_register
    where not exists (
            select 1 from regional_totals
            where
                regional_totals.voivodship_teryt = regional_register.voivodship_teryt
                and regional_totals.unit_type = regional_register.unit_type
        )
)

select
    regional.voivodship_teryt || '.' || regional.unit_type as subject,
    null as unit_id,
    regional.source_rows,
    'units' as columns,
    cast(regional.units as varchar) || ' ' || regional.unit_type || ' as the regional centre counts ('
    || regional.counted_in || ')' as expected,
    cast(national.units as varchar) || ' active on 31 December in ' || national.file_name as found,
    regional.counted_in || ' / ' || national.file_name as extract
from regional
inner join national
    on
    regional.voivodship_teryt = national.voivodship_teryt
    and regional.unit_type = national.unit_type
where regional.units <> national.units
