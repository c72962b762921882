"""The consistency checks of the questionnaires: parts summing to a stated total, a part never
above its whole, the register against the answers, and the plausibility warnings. Part lists are
the column groups declared on the extract fields."""

from __future__ import annotations

from ..extracts.registry import EXTRACTS_BY_NAME
from .shapes import (
    Check,
    far_from_other_units,
    far_from_previous_year,
    one_off,
    part_not_above,
    parts_sum_to_total,
    ratio_in_range,
)

CIS = EXTRACTS_BY_NAME["cis_answers"]
KIS = EXTRACTS_BY_NAME["kis_answers"]
ANSWERS = (CIS, KIS)

ANSWER_CHECKS: tuple[Check, ...] = (
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
    # -- plausibility warnings -------------------------------------------------------------------
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
