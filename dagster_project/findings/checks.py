"""The registry of consistency checks on a year's extracts: every identity and plausibility rule,
declared once, here.

Each check is a SQL query over the year's raw tables (rows keep `_source_row`, their line in the
file) that returns one row per finding:

    subject      what the finding is about (a unit id, a figure id, a pair of ids); with the
                 check id it makes the finding id `<check>:<subject>` that an analyst acknowledges
    unit_id      the unit concerned, if any
    source_rows  the file lines involved, e.g. '3' or '12, 245'
    columns      the columns involved
    expected     what the identity says the value should be
    found        what the extract says
    extract      (optional) the extract of the rows, when a check spans two

Common shapes are built by shapes.py from the column groups declared on the extract fields (the
parts of a total are never listed twice); checks of one kind are .sql files in sql/. The engine
(engine.py) runs them, attaches file, year and severity, and applies acknowledgements.
"""

from __future__ import annotations

from ..extracts.reference import reference_path
from ..extracts.registry import EXTRACTS, EXTRACTS_BY_NAME
from .shapes import (
    Check,
    far_from_other_units,
    far_from_previous_year,
    one_off,
    part_not_above,
    parts_sum_to_total,
    ratio_in_range,
    rows_as_expected,
)

CIS = EXTRACTS_BY_NAME["cis_answers"]
KIS = EXTRACTS_BY_NAME["kis_answers"]
ANSWERS = (CIS, KIS)
MEASURES = reference_path("national_measures.csv").as_posix()

CHECKS: tuple[Check, ...] = (
    # -- identities: parts vs a stated total ------------------------------------------------------
    parts_sum_to_total(
        "cis.staff_by_contract",
        "cis_answers",
        "staff_total",
        CIS.group("staff_contracts"),
        "CIS staff by form of contract sum to the staff in total.",
    ),
    parts_sum_to_total(
        "cis.staff_by_role",
        "cis_answers",
        "staff_total",
        CIS.group("staff_roles"),
        "CIS staff by role sum to the staff in total.",
    ),
    parts_sum_to_total(
        "cis.funding_by_source",
        "cis_answers",
        "funding_total_pln",
        CIS.group("funding_sources"),
        "CIS funding sources sum to the funding in total.",
    ),
    parts_sum_to_total(
        "cis.independence_by_form",
        "cis_answers",
        "independent_total",
        CIS.group("independence_forms"),
        "Forms of economic independence sum to the people independent in total.",
    ),
    parts_sum_to_total(
        "kis.staff_by_form",
        "kis_answers",
        "staff_total",
        KIS.group("staff_contracts"),
        "KIS staff by form of work sum to the staff in total.",
    ),
    parts_sum_to_total(
        "kis.employment_by_form",
        "kis_answers",
        "employed_total",
        KIS.group("employment_forms"),
        "Forms of taking up work sum to the people who took up work.",
    ),
    *(
        parts_sum_to_total(
            f"{spec.name[:3]}.{group}",
            spec.name,
            "participants_total",
            spec.group(group),
            f"{label} sum to the participants whose demographics were reported (all b.d. when none were).",
        )
        for spec in ANSWERS
        for group, label in (("age_bands", "Age bands"), ("education_levels", "Education levels"))
    ),
    # -- identities: a part never above its whole -------------------------------------------------
    part_not_above(
        "cis.independent_within_completed",
        "cis_answers",
        "independent_total",
        "completed_positively",
        "People economically independent are among those who completed.",
    ),
    part_not_above(
        "cis.completed_within_participants",
        "cis_answers",
        "completed_positively",
        "participants_total",
        "People completing are among the participants.",
    ),
    part_not_above(
        "cis.independent_disabled_within_independent",
        "cis_answers",
        "indep_disabled",
        "independent_total",
        "Independent people with disabilities are among the independent.",
    ),
    part_not_above(
        "kis.pai_elderly_within_elderly",
        "kis_answers",
        "pai_elderly",
        "cat_elderly",
        "Elderly people in the PAI programme are among the unit's elderly participants.",
    ),
    part_not_above(
        "kis.pai_within_participants",
        "kis_answers",
        "pai_participants",
        "participants_total",
        "PAI participants are among the unit's participants.",
    ),
    part_not_above(
        "kis.contract_disabled_within_contract",
        "kis_answers",
        "social_contract_disabled",
        "social_contract_people",
        "People with disabilities on a social contract are among those on one.",
    ),
    part_not_above(
        "kis.disabled_employed_within_served",
        "kis_answers",
        "disabled_employed",
        "disabled_served",
        "People with disabilities who took up work are among those served.",
    ),
    part_not_above(
        "kis.applications_funded_within_submitted",
        "kis_answers",
        "applications_funded",
        "applications_submitted",
        "Funded applications are among the submitted ones.",
    ),
    *(
        part_not_above(
            f"{spec.name[:3]}.{category}_within_participants",
            spec.name,
            category,
            "participants_total",
            f"Participants in category {category[4:]} are among the participants.",
        )
        for spec in ANSWERS
        for category in spec.group("categories")
    ),
    # -- identities across extracts -------------------------------------------------------------
    one_off(
        "register.answers_from_not_active",
        "A unit that is not active in the register reports participants.",
        "error",
        "cis_answers|kis_answers",
        "answers_from_not_active.sql",
    ),
    one_off(
        "register.active_without_answers",
        "A unit active in the register did not answer the survey.",
        "error",
        "register",
        "active_without_answers.sql",
    ),
    one_off(
        "projects.participants_above_unit",
        "A unit's projects count more people than the unit's participants.",
        "warning",
        "projects",
        "project_participants_above_unit.sql",
    ),
    # -- identities of the published report --------------------------------------------------------
    one_off(
        "published.share_vs_count",
        "A printed share contradicts its printed count and base (off by a printed step or more).",
        "error",
        "published_figures",
        "published_share_vs_count.sql",
        variant="contradiction",
    ),
    one_off(
        "published.share_rounding",
        "A printed share is its count over its base, but rounded wrongly (truncated or off by one step).",
        "warning",
        "published_figures",
        "published_share_vs_count.sql",
        variant="rounding",
    ),
    one_off(
        "published.same_measure_twice",
        "The report prints the same measure twice with two values.",
        "error",
        "published_figures",
        "published_same_measure_twice.sql",
        variant="contradiction",
    ),
    one_off(
        "published.same_measure_rounded_twice",
        "The report prints the same measure twice, rounded two ways (one step apart).",
        "warning",
        "published_figures",
        "published_same_measure_twice.sql",
        variant="rounding",
    ),
    one_off(
        "published.count_vs_list",
        "A printed count of units differs from the units the register lists.",
        "error",
        "published_figures",
        "published_count_vs_list.sql",
        powiats=reference_path("powiats.csv").as_posix(),
    ),
    # -- identities of the national statistics and the regional totals ----------------------------
    one_off(
        "national.voivodships_vs_country",
        "The voivodships of an additive measure sum to the country (all 16 given), or to no more.",
        "error",
        "national",
        "national_parts_vs_whole.sql",
        axis="voivodships",
        measures=MEASURES,
    ),
    one_off(
        "national.types_vs_all",
        "CIS, KIS, ZAZ and WTZ sum to ALL (all four given), or to no more.",
        "error",
        "national",
        "national_parts_vs_whole.sql",
        axis="types",
        measures=MEASURES,
    ),
    one_off(
        "national.beneficiary_share_vs_counts",
        "A type's printed share of beneficiaries contradicts its printed count over all beneficiaries.",
        "error",
        "national",
        "national_beneficiary_shares.sql",
    ),
    one_off(
        "national.founder_shares_above_100",
        "The founder shares of one unit type sum to more than 100%.",
        "error",
        "national",
        "national_founder_shares_above_100.sql",
    ),
    one_off(
        "regional_totals.reported_vs_computed",
        "A regional total differs from the sum of the same year's unit-level extracts.",
        "error",
        "regional_totals",
        "regional_reported_vs_computed.sql",
    ),
    rows_as_expected("expected_rows.extracts", [spec.name for spec in EXTRACTS]),
    # -- plausibility warnings -------------------------------------------------------------------
    one_off(
        "published.share_out_of_range",
        "A printed share outside 0-100%.",
        "warning",
        "published_figures",
        "published_share_out_of_range.sql",
    ),
    part_not_above(
        "kis.support_social_within_participants",
        "kis_answers",
        "support_social_reintegration",
        "participants_total",
        "More people in social reintegration than the unit's participants.",
        "warning",
    ),
    part_not_above(
        "kis.support_vocational_within_participants",
        "kis_answers",
        "support_vocational_reintegration",
        "participants_total",
        "More people in vocational reintegration than the unit's participants.",
        "warning",
    ),
    ratio_in_range(
        "cis.participants_per_staff",
        "cis_answers",
        "participants_total",
        "staff_total",
        5,
        40,
        "CIS participants per staff member outside 5-40.",
    ),
    ratio_in_range(
        "kis.participants_per_staff",
        "kis_answers",
        "participants_total",
        "staff_total",
        1,
        40,
        "KIS participants per staff member outside 1-40.",
    ),
    *(
        far_from_previous_year(f"{extract[:3]}.{column}_vs_previous_year", extract, column)
        for extract, columns in (
            (
                "cis_answers",
                [
                    "participants_total",
                    "completed_positively",
                    "independent_total",
                    "staff_total",
                    "funding_total_pln",
                ],
            ),
            ("kis_answers", ["participants_total", "employed_total", "staff_total"]),
        )
        for column in columns
    ),
    *(
        far_from_other_units(f"{extract[:3]}.{column}_vs_other_units", extract, column)
        for extract in ("cis_answers", "kis_answers")
        for column in ("participants_total",)
    ),
)
CHECKS_BY_ID = {check.id: check for check in CHECKS}
assert len(CHECKS_BY_ID) == len(CHECKS), "check ids must be unique"
