"""The registry of consistency checks on a year's extracts: every identity and plausibility rule,
declared once, here.

Each check is a SQL query over the year's raw tables (rows keep `_source_row`, their line in the
file) that returns one row per finding with the same columns:

    subject      what the finding is about (a unit id, a figure id, a pair of ids); with the
                 check id it makes the finding id `<check>:<subject>` that an analyst acknowledges
    unit_id      the unit concerned, if any
    source_rows  the file lines involved, e.g. '3' or '12, 245'
    columns      the columns involved
    expected     what the identity says the value should be
    found        what the extract says
    extract      (optional) the extract of the rows, when a check spans two

The helpers below write the query for the common shapes (parts summing to a total, a part not
exceeding its whole, year-over-year change, ...); the few one-off shapes are plain SQL. The engine
(findings.py) runs them, attaches file, year and severity, and applies acknowledgements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .. import settings

Severity = Literal["error", "warning"]
YEAR = "$year"  # the reporting year, bound as a parameter


@dataclass(frozen=True)
class Check:
    id: str
    description: str
    severity: Severity
    extract: str  # the extract whose rows the finding names
    sql: str


def _list(columns: list[str]) -> str:
    return ", ".join(columns)


def _sum(columns: list[str]) -> str:
    return " + ".join(f"coalesce({c}, 0)" for c in columns)


def _show(columns: list[str]) -> str:
    """'col=value, ...' for the found column, with b.d. for missing values."""
    parts = [f"'{c}=' || coalesce(cast({c} as varchar), 'b.d.')" for c in columns]
    return " || ', ' || ".join(parts)


def parts_sum_to_total(check_id: str, extract: str, total: str, parts: list[str], description: str,
                       severity: Severity = "error") -> Check:
    """Per row: the parts sum to the total. All parts b.d. means not reported (not checked); some
    parts b.d. and others given is a finding."""
    all_missing = " and ".join(f"{p} is null" for p in parts)
    any_missing = " or ".join(f"{p} is null" for p in parts)
    sql = f"""
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{total}, {_list(parts)}' as columns,
            '{total} = {" + ".join(parts)} = ' || cast({_sum(parts)} as varchar) as expected,
            'reported {total}=' || cast({total} as varchar) || ' (' || {_show(parts)} || ')' as found
        from raw.{extract}
        where reporting_year = {YEAR} and {total} is not null and not ({all_missing})
          and (({any_missing}) or round({total}, 2) <> round({_sum(parts)}, 2))
    """
    return Check(check_id, description, severity, extract, sql)


def part_not_above(check_id: str, extract: str, part: str, whole: str, description: str,
                   severity: Severity = "error") -> Check:
    sql = f"""
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{part}, {whole}' as columns,
            '{part} <= {whole} (' || cast({whole} as varchar) || ')' as expected,
            '{part}=' || cast({part} as varchar) as found
        from raw.{extract}
        where reporting_year = {YEAR} and {part} > {whole}
    """
    return Check(check_id, description, severity, extract, sql)


def ratio_in_range(check_id: str, extract: str, numerator: str, denominator: str, low: float,
                   high: float, description: str) -> Check:
    sql = f"""
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{numerator}, {denominator}' as columns,
            '{numerator} / {denominator} between {low:g} and {high:g}' as expected,
            '{numerator}=' || cast({numerator} as varchar) || ', {denominator}='
                || cast({denominator} as varchar) || coalesce(', ratio '
                || cast(round({numerator} / nullif({denominator}, 0), 1) as varchar), '') as found
        from raw.{extract}
        where reporting_year = {YEAR} and {numerator} > 0
          and ({denominator} is not null and ({denominator} = 0
               or {numerator} / {denominator} not between {low} and {high}))
    """
    return Check(check_id, description, "warning", extract, sql)


def far_from_previous_year(check_id: str, extract: str, column: str, factor: float = 3.0,
                           min_change: int = 20) -> Check:
    """The unit's value moved by more than `factor` times (and `min_change` in absolute terms)
    since the unit's previous year, when one is loaded."""
    sql = f"""
        select cur.unit_id as subject, cur.unit_id, cast(cur._source_row as varchar) as source_rows,
            '{column}' as columns,
            'within {factor:g}x of ' || cast(prev.{column} as varchar) || ' reported for '
                || cast(prev.reporting_year as varchar) as expected,
            '{column}=' || cast(cur.{column} as varchar) as found
        from raw.{extract} as cur
        join raw.{extract} as prev
          on prev.unit_id = cur.unit_id and prev.reporting_year = cur.reporting_year - 1
        where cur.reporting_year = {YEAR} and prev.{column} is not null and cur.{column} is not null
          and abs(cur.{column} - prev.{column}) >= {min_change}
          and (cur.{column} > {factor} * prev.{column} or cur.{column} * {factor} < prev.{column})
    """
    return Check(f"{check_id}", f"{column}: far from the unit's previous year "
                 f"(more than {factor:g}x and {min_change} apart).", "warning", extract, sql)


def far_from_other_units(check_id: str, extract: str, column: str) -> Check:
    """Above Q3 + 3 IQR of the units of the year that report a positive value (at least 5)."""
    sql = f"""
        with reported as (
            select * from raw.{extract} where reporting_year = {YEAR} and {column} > 0
        ),
        fences as (
            select quantile_cont({column}, 0.25) as q1, quantile_cont({column}, 0.75) as q3,
                median({column}) as mid, count(*) as n
            from reported
        )
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{column}' as columns,
            'at most ' || cast(round(q3 + 3 * (q3 - q1)) as varchar) || ' (Q3 + 3 IQR of '
                || cast(n as varchar) || ' units; median ' || cast(mid as varchar) || ')' as expected,
            '{column}=' || cast({column} as varchar) as found
        from reported, fences
        where n >= 5 and {column} > q3 + 3 * (q3 - q1)
    """
    return Check(check_id, f"{column}: far above the other units of its type this year.",
                 "warning", extract, sql)


def _answers_union() -> str:
    return """
        select unit_id, _source_row, participants_total, 'cis_answers' as extract
        from raw.cis_answers where reporting_year = $year
        union all
        select unit_id, _source_row, participants_total, 'kis_answers'
        from raw.kis_answers where reporting_year = $year
    """


AGE_BANDS = ["age_under_25", "age_25_35", "age_36_45", "age_over_45"]
EDUCATION_LEVELS = ["edu_primary", "edu_lower_secondary", "edu_basic_vocational", "edu_secondary",
                    "edu_post_secondary", "edu_higher"]
CIS_FUNDING = ["fund_labour_fund_pln", "fund_own_activity_pln", "fund_gmina_budget_pln",
               "fund_voivodship_budget_pln", "fund_state_budget_pln", "fund_eu_pln", "fund_other_pln"]
CIS_INDEPENDENCE = ["indep_supported_employment", "indep_open_market", "indep_employed_in_cis",
                    "indep_self_employed", "indep_social_cooperative", "indep_internship",
                    "indep_pension_rights"]
CIS_ROLES = ["staff_managers", "staff_activity_workers", "staff_reintegration", "staff_social_workers",
             "staff_vocational_instructors", "staff_art16_persons", "staff_other"]
KIS_EMPLOYMENT = ["emp_socially_useful_work", "emp_employer", "emp_internship", "emp_intervention_work",
                  "emp_public_works", "emp_other"]


def _published_figures() -> str:
    """Printed figures of the year with their value, precision and the size of one printed step."""
    return """
        select * replace (cast(decimals as integer) as decimals), power(10, -decimals) as step
        from raw.published_figures where reporting_year = $year
    """


PUBLISHED_SHARE_VS_COUNT = f"""
    with figures as ({_published_figures()}),
    shares as (
        select share.*, cnt.value as count_value, base.value as base_value,
            cnt.printed as count_printed, base.printed as base_printed,
            100 * cnt.value / nullif(base.value, 0) as computed
        from figures as share
        join figures as cnt on cnt.figure_id = share.count_figure_id
        join figures as base on base.figure_id = share.base_figure_id
    )
    select figure_id as subject, subject_id as unit_id,
        cast(_source_row as varchar) as source_rows, 'printed, count_figure_id, base_figure_id' as columns,
        cast(round(computed, decimals) as varchar) || '% (' || count_printed || ' of ' || base_printed
            || ' = ' || cast(round(computed, 4) as varchar) || '%)' as expected,
        printed || ' (' || measure || ')' as found
    from shares
    where {{condition}}
"""


def _same_measure_twice(severity: Severity) -> str:
    """Figures printed for one measure (indicator, unit type, subject) that disagree, compared at
    the coarsest precision among them. A share (rounded by nature) one printed step apart is a
    rounding slip (warning); any other disagreement, and any between counts, is an error."""
    condition = ("is_share and spread <= step + 1e-9" if severity == "warning"
                 else "not (is_share and spread <= step + 1e-9)")
    return f"""
    with figures as ({_published_figures()}),
    measures as (
        select indicator_id, unit_type, subject_id, value_kind,
            min(decimals) as decimals,
            bool_or(value_kind = 'pct' or indicator_id like '%_pct') as is_share
        from figures
        where indicator_id is not null
        group by all
        having count(*) > 1
    ),
    compared as (
        select m.*, f.figure_id, f._source_row, f.printed, f.chapter || ' ' || f.location as printed_in,
            round(f.value, m.decimals) as coarse, power(10, -m.decimals) as step
        from measures as m
        join figures as f
          on f.indicator_id = m.indicator_id and f.unit_type = m.unit_type
         and f.subject_id is not distinct from m.subject_id and f.value_kind = m.value_kind
    ),
    disagreeing as (
        select indicator_id, unit_type, subject_id, any_value(step) as step, any_value(is_share) as is_share,
            max(coarse) - min(coarse) as spread,
            string_agg(figure_id, ',' order by figure_id) as figure_ids,
            string_agg(cast(_source_row as varchar), ', ' order by figure_id) as source_rows,
            string_agg(printed || ' in ' || printed_in, '; ' order by figure_id) as printed_values
        from compared
        group by all
        having count(distinct coarse) > 1
    )
    select figure_ids as subject, subject_id as unit_id, source_rows,
        'printed (' || indicator_id || ')' as columns,
        'one value for ' || unit_type || ' ' || indicator_id || coalesce(' of ' || subject_id, '') as expected,
        printed_values as found
    from disagreeing
    where {condition}
    """


def _reference_powiats() -> str:
    path = settings.REPO_ROOT / "seeds" / "reference" / "powiats.csv"
    return f"read_csv('{path.as_posix()}', header = true, all_varchar = true)"


PUBLISHED_COUNT_VS_LIST = f"""
    with figures as ({_published_figures()}),
    register as (select * from raw.register where reporting_year = $year),
    lists as (
        select unit_type, 'units_registered' as indicator_id, count(*) as listed,
            string_agg(unit_id, ', ' order by unit_id) as members
        from register group by unit_type
        union all
        select unit_type, 'units_registered_powiat_' || powiat_teryt, count(*),
            string_agg(unit_id, ', ' order by unit_id)
        from register group by unit_type, powiat_teryt
        union all
        select types.unit_type, 'powiats_without_units', count(*),
            string_agg(p.powiat_name, ', ' order by p.powiat_teryt)
        from (select distinct unit_type from register) as types
        cross join {_reference_powiats()} as p
        where not exists (select 1 from register as r
                          where r.unit_type = types.unit_type and r.powiat_teryt = p.powiat_teryt)
        group by types.unit_type
    )
    select f.figure_id as subject, null as unit_id, cast(f._source_row as varchar) as source_rows,
        'printed (' || f.indicator_id || ')' as columns,
        cast(coalesce(l.listed, 0) as varchar) || ', as listed in register.csv: '
            || coalesce(l.members, 'none') as expected,
        f.printed || ' (' || f.chapter || ' ' || f.location || ')' as found
    from figures as f
    left join lists as l on l.unit_type = f.unit_type and l.indicator_id = f.indicator_id
    where f.subject_id is null
      and (f.indicator_id in ('units_registered', 'powiats_without_units')
           or f.indicator_id like 'units_registered_powiat_%')
      and f.value <> coalesce(l.listed, 0)
"""

ANSWERS_FROM_NOT_ACTIVE = f"""
    with answers as ({_answers_union()})
    select a.unit_id as subject, a.unit_id, cast(a._source_row as varchar) as source_rows,
        a.extract, 'participants_total; register.activity_status' as columns,
        'no participants from a unit that is ' || r.activity_status || ' in register.csv' as expected,
        'participants_total=' || cast(a.participants_total as varchar) as found
    from answers as a
    join raw.register as r on r.unit_id = a.unit_id and r.reporting_year = $year
    where r.activity_status <> 'active' and a.participants_total > 0
"""

ACTIVE_WITHOUT_ANSWERS = f"""
    with answers as ({_answers_union()})
    select r.unit_id as subject, r.unit_id, cast(r._source_row as varchar) as source_rows,
        'activity_status' as columns,
        'a row in ' || lower(r.unit_type) || '_answers.csv for an active unit' as expected,
        'no answers from ' || r.unit_id || ' (' || r.unit_name || ')' as found
    from raw.register as r
    where r.reporting_year = $year and r.activity_status = 'active'
      and r.unit_type in ('CIS', 'KIS')
      and not exists (select 1 from answers as a where a.unit_id = r.unit_id)
"""

PROJECT_PARTICIPANTS_ABOVE_UNIT = f"""
    with answers as ({_answers_union()})
    select p.unit_id as subject, p.unit_id,
        string_agg(cast(p._source_row as varchar), ', ' order by p._source_row) as source_rows,
        'participants; ' || any_value(a.extract) || '.participants_total' as columns,
        'at most the unit''s ' || cast(any_value(a.participants_total) as varchar) || ' participants'
            as expected,
        cast(sum(p.participants) as varchar) || ' people in ' || cast(count(*) as varchar)
            || ' project(s) ' || string_agg(p.project_id, ', ' order by p.project_id) as found
    from raw.projects as p
    join answers as a on a.unit_id = p.unit_id
    where p.reporting_year = $year
    group by p.unit_id
    having sum(p.participants) > any_value(a.participants_total)
"""

SHARE_OUT_OF_RANGE = f"""
    with figures as ({_published_figures()})
    select figure_id as subject, subject_id as unit_id, cast(_source_row as varchar) as source_rows,
        'printed' as columns, 'a share between 0% and 100%' as expected,
        printed || ' (' || measure || ')' as found
    from figures
    where value_kind = 'pct' and indicator_id like '%share_pct' and (value < 0 or value > 100)
"""


def _reference_measures() -> str:
    path = settings.REPO_ROOT / "seeds" / "reference" / "national_measures.csv"
    return f"read_csv('{path.as_posix()}', header = true, all_varchar = true)"


def _national_parts_vs_whole(part_column: str, whole_value: str, kept: str, complete: int, label: str) -> str:
    """Additive measures whose parts (along `part_column`: geography or unit type) must sum to the
    whole row (`part_column` = whole_value) when all `complete` parts are given, and never exceed it."""
    return f"""
    with national as (select * from raw.national where reporting_year = $year),
    additive as (select measure from {_reference_measures()} where additive = 'true'),
    parts as (
        select {kept}, measure, sum(value) as summed, count(*) as given,
            string_agg(cast(_source_row as varchar), ', ' order by _source_row) as rows
        from national
        where {part_column} <> '{whole_value}' and measure in (select measure from additive)
        group by all
    )
    select p.{kept} || '.' || p.measure as subject, null as unit_id,
        cast(w._source_row as varchar) || ', ' || p.rows as source_rows, 'value' as columns,
        '{label} (' || cast(p.given as varchar) || ' of {complete} given) summing to '
            || cast(w.value as varchar) || case when p.given < {complete} then ' or less' else '' end as expected,
        cast(p.summed as varchar) || ' (' || p.{kept} || ' ' || p.measure || ')' as found
    from parts as p
    join national as w on w.{part_column} = '{whole_value}' and w.{kept} = p.{kept} and w.measure = p.measure
    where (p.given = {complete} and p.summed <> w.value) or p.summed > w.value
"""


NATIONAL_VOIVODSHIPS_VS_COUNTRY = _national_parts_vs_whole(
    "geography_code", "PL", "unit_type", 16, "the voivodships")
NATIONAL_TYPES_VS_ALL = _national_parts_vs_whole(
    "unit_type", "ALL", "geography_code", 4, "CIS + KIS + ZAZ + WTZ")

# A type's share of the beneficiaries of CIS, ZAZ and WTZ is its beneficiaries over all of them:
# CIS and WTZ participants, ZAZ employees with disabilities employed for reintegration. Counts are
# published in thousands (one decimal), so 0.25 pp is allowed for their rounding.
NATIONAL_BENEFICIARY_SHARES = """
    with national as (select * from raw.national where reporting_year = $year),
    counts as (
        select unit_type, value, _source_row from national
        where geography_code = 'PL' and ((unit_type in ('CIS', 'WTZ') and measure = 'participants')
            or (unit_type = 'ZAZ' and measure = 'employees_disabled_reintegrated'))
    ),
    whole as (
        select value, _source_row from national
        where geography_code = 'PL' and unit_type = 'ALL' and measure = 'beneficiaries'
    ),
    shares as (
        select unit_type, value, _source_row from national
        where geography_code = 'PL' and measure = 'beneficiaries_share_pct'
    )
    select s.unit_type as subject, null as unit_id,
        cast(s._source_row as varchar) || ', ' || cast(c._source_row as varchar) || ', '
            || cast(w._source_row as varchar) as source_rows, 'value' as columns,
        cast(round(100 * c.value / w.value, 1) as varchar) || '% (' || cast(c.value as varchar) || ' of '
            || cast(w.value as varchar) || ')' as expected,
        cast(s.value as varchar) || '% (' || s.unit_type || ' beneficiaries_share_pct)' as found
    from shares as s
    join counts as c on c.unit_type = s.unit_type
    cross join whole as w
    where abs(s.value - 100 * c.value / w.value) > 0.25
"""

NATIONAL_SHARES_ABOVE_WHOLE = """
    with national as (select * from raw.national where reporting_year = $year)
    select geography_code || '.' || unit_type || '.founders' as subject, null as unit_id,
        string_agg(cast(_source_row as varchar), ', ' order by _source_row) as source_rows,
        'value' as columns, 'founder shares of one unit type summing to 100% at most' as expected,
        cast(round(sum(value), 2) as varchar) || '%' as found
    from national
    where reporting_year = $year and measure like 'units_founder_%_share_pct'
    group by geography_code, unit_type
    having sum(value) > 100.15
"""

REGIONAL_REPORTED_VS_COMPUTED = """
    with reported as (
        unpivot (select * exclude (reporting_year, source, _source_file, _source_sha256, _loaded_at)
                 from raw.regional_totals where reporting_year = $year)
        on columns(* exclude (unit_type, _source_row))
        into name indicator_id value value
    ),
    computed as (
        select unit_type, 'units_registered' as indicator_id, count(*) as value
        from raw.register where reporting_year = $year group by all
        union all
        select 'CIS', unnest(['participants_total', 'completed_positively', 'independent_total']),
            unnest([sum(participants_total), sum(completed_positively), sum(independent_total)])
        from raw.cis_answers where reporting_year = $year having count(*) > 0
        union all
        select 'KIS', unnest(['participants_total', 'employed_total']),
            unnest([sum(participants_total), sum(employed_total)])
        from raw.kis_answers where reporting_year = $year having count(*) > 0
    )
    select r.unit_type || '.' || r.indicator_id as subject, null as unit_id,
        cast(r._source_row as varchar) as source_rows, r.indicator_id as columns,
        cast(c.value as varchar) || ', as the unit-level extracts of the year sum' as expected,
        cast(r.value as varchar) as found
    from reported as r
    join computed as c on c.unit_type = r.unit_type and c.indicator_id = r.indicator_id
    where r.value <> c.value
"""

CHECKS: tuple[Check, ...] = (
    # -- identities: parts vs a stated total ------------------------------------------------------
    parts_sum_to_total("cis.staff_by_contract", "cis_answers", "staff_total",
                       ["staff_employment_contract", "staff_civil_contract"],
                       "CIS staff by form of contract sum to the staff in total."),
    parts_sum_to_total("cis.staff_by_role", "cis_answers", "staff_total", CIS_ROLES,
                       "CIS staff by role sum to the staff in total."),
    parts_sum_to_total("cis.funding_by_source", "cis_answers", "funding_total_pln", CIS_FUNDING,
                       "CIS funding sources sum to the funding in total."),
    parts_sum_to_total("cis.independence_by_form", "cis_answers", "independent_total", CIS_INDEPENDENCE,
                       "Forms of economic independence sum to the people independent in total."),
    parts_sum_to_total("kis.staff_by_form", "kis_answers", "staff_total",
                       ["staff_employment_contract", "staff_civil_contract", "staff_other_form"],
                       "KIS staff by form of work sum to the staff in total."),
    parts_sum_to_total("kis.employment_by_form", "kis_answers", "employed_total", KIS_EMPLOYMENT,
                       "Forms of taking up work sum to the people who took up work."),
    *(parts_sum_to_total(f"{extract[:3]}.{name}", extract, "participants_total", parts,
                         f"{label} sum to the participants whose demographics were reported "
                         "(all b.d. when none were).")
      for extract in ("cis_answers", "kis_answers")
      for name, parts, label in (("age_bands", AGE_BANDS, "Age bands"),
                                 ("education_levels", EDUCATION_LEVELS, "Education levels"))),
    # -- identities: a part never above its whole -------------------------------------------------
    part_not_above("cis.independent_within_completed", "cis_answers", "independent_total",
                   "completed_positively", "People economically independent are among those who completed."),
    part_not_above("cis.completed_within_participants", "cis_answers", "completed_positively",
                   "participants_total", "People completing are among the participants."),
    part_not_above("cis.independent_disabled_within_independent", "cis_answers", "indep_disabled",
                   "independent_total", "Independent people with disabilities are among the independent."),
    part_not_above("kis.pai_elderly_within_elderly", "kis_answers", "pai_elderly", "cat_elderly",
                   "Elderly people in the PAI programme are among the unit's elderly participants."),
    part_not_above("kis.pai_within_participants", "kis_answers", "pai_participants",
                   "participants_total", "PAI participants are among the unit's participants."),
    part_not_above("kis.contract_disabled_within_contract", "kis_answers", "social_contract_disabled",
                   "social_contract_people", "People with disabilities on a social contract are among those on one."),
    part_not_above("kis.disabled_employed_within_served", "kis_answers", "disabled_employed",
                   "disabled_served", "People with disabilities who took up work are among those served."),
    part_not_above("kis.applications_funded_within_submitted", "kis_answers", "applications_funded",
                   "applications_submitted", "Funded applications are among the submitted ones."),
    *(part_not_above(f"{extract[:3]}.{category}_within_participants", extract, category,
                     "participants_total", f"Participants in category {category[4:]} are among the participants.")
      for extract, categories in (
          ("cis_answers", ["cat_long_term_unemployed", "cat_homeless", "cat_alcohol_addicted",
                           "cat_drug_addicted", "cat_mentally_ill", "cat_released_prisoners",
                           "cat_refugees", "cat_disabled", "cat_other"]),
          ("kis_answers", ["cat_long_term_unemployed", "cat_homeless", "cat_alcohol_addicted",
                           "cat_drug_addicted", "cat_mentally_ill", "cat_released_prisoners",
                           "cat_refugees", "cat_disabled", "cat_elderly", "cat_other"]))
      for category in categories),
    # -- identities across extracts -------------------------------------------------------------
    Check("register.answers_from_not_active", "A unit that is not active in the register reports participants.",
          "error", "cis_answers|kis_answers", ANSWERS_FROM_NOT_ACTIVE),
    Check("register.active_without_answers", "A unit active in the register did not answer the survey.",
          "error", "register", ACTIVE_WITHOUT_ANSWERS),
    Check("projects.participants_above_unit", "A unit's projects count more people than the unit's participants.",
          "warning", "projects", PROJECT_PARTICIPANTS_ABOVE_UNIT),
    # -- identities of the published report --------------------------------------------------------
    Check("published.share_vs_count",
          "A printed share contradicts its printed count and base (off by a printed step or more).",
          "error", "published_figures",
          PUBLISHED_SHARE_VS_COUNT.format(condition="abs(value - computed) >= step")),
    Check("published.share_rounding",
          "A printed share is its count over its base, but rounded wrongly (truncated or off by one step).",
          "warning", "published_figures",
          PUBLISHED_SHARE_VS_COUNT.format(
              condition="abs(value - computed) < step and value <> round(computed, decimals)")),
    Check("published.same_measure_twice", "The report prints the same measure twice with two values.",
          "error", "published_figures", _same_measure_twice("error")),
    Check("published.same_measure_rounded_twice",
          "The report prints the same measure twice, rounded two ways (one step apart).",
          "warning", "published_figures", _same_measure_twice("warning")),
    Check("published.count_vs_list", "A printed count of units differs from the units the register lists.",
          "error", "published_figures", PUBLISHED_COUNT_VS_LIST),
    # -- identities of the national statistics and the regional totals ----------------------------
    Check("national.voivodships_vs_country",
          "The voivodships of an additive measure sum to the country (all 16 given), or to no more.",
          "error", "national", NATIONAL_VOIVODSHIPS_VS_COUNTRY),
    Check("national.types_vs_all", "CIS, KIS, ZAZ and WTZ sum to ALL (all four given), or to no more.",
          "error", "national", NATIONAL_TYPES_VS_ALL),
    Check("national.beneficiary_share_vs_counts",
          "A type's printed share of beneficiaries contradicts its printed count over all beneficiaries.",
          "error", "national", NATIONAL_BENEFICIARY_SHARES),
    Check("national.founder_shares_above_100", "The founder shares of one unit type sum to more than 100%.",
          "error", "national", NATIONAL_SHARES_ABOVE_WHOLE),
    Check("regional_totals.reported_vs_computed",
          "A regional total differs from the sum of the same year's unit-level extracts.",
          "error", "regional_totals", REGIONAL_REPORTED_VS_COMPUTED),
    # -- plausibility warnings -------------------------------------------------------------------
    Check("published.share_out_of_range", "A printed share outside 0-100%.", "warning",
          "published_figures", SHARE_OUT_OF_RANGE),
    part_not_above("kis.support_social_within_participants", "kis_answers",
                   "support_social_reintegration", "participants_total",
                   "More people in social reintegration than the unit's participants.", "warning"),
    part_not_above("kis.support_vocational_within_participants", "kis_answers",
                   "support_vocational_reintegration", "participants_total",
                   "More people in vocational reintegration than the unit's participants.", "warning"),
    ratio_in_range("cis.participants_per_staff", "cis_answers", "participants_total", "staff_total",
                   5, 40, "CIS participants per staff member outside 5-40."),
    ratio_in_range("kis.participants_per_staff", "kis_answers", "participants_total", "staff_total",
                   1, 40, "KIS participants per staff member outside 1-40."),
    *(far_from_previous_year(f"{extract[:3]}.{column}_vs_previous_year", extract, column)
      for extract, columns in (("cis_answers", ["participants_total", "completed_positively",
                                                "independent_total", "staff_total", "funding_total_pln"]),
                               ("kis_answers", ["participants_total", "employed_total", "staff_total"]))
      for column in columns),
    *(far_from_other_units(f"{extract[:3]}.{column}_vs_other_units", extract, column)
      for extract in ("cis_answers", "kis_answers") for column in ("participants_total",)),
)
CHECKS_BY_ID = {check.id: check for check in CHECKS}
assert len(CHECKS_BY_ID) == len(CHECKS), "check ids must be unique"
