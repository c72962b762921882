"""One Great Expectations suite per mart, built in Python from a small spec per mart.

Each mart states its key (unique, not null), its share columns (0-100), its count columns
(>= 0) and any domain rules; the suite is generated from that, so every mart gets the same
baseline and the differences are visible in one table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

UNIT_TYPES = ["CIS", "KIS", "ZAZ", "WTZ"]


@dataclass(frozen=True)
class MartSpec:
    key: tuple[str, ...]
    shares: tuple[str, ...] = ()
    counts: tuple[str, ...] = ()
    in_set: dict[str, list[Any]] = field(default_factory=dict)
    pairs_a_le_b: tuple[tuple[str, str], ...] = ()  # column A <= column B where both are given
    # the mart must have rows whenever this raw table has rows (unit-level marts: the register;
    # national marts: the national extract); None: it may be empty
    rows_when: str | None = "register"


MARTS: dict[str, MartSpec] = {
    "dim_units": MartSpec(key=("unit_year_id",), in_set={"unit_type": UNIT_TYPES, "activity_status": ["active", "suspended", "inactive"]}),
    "rpt_units_by_type": MartSpec(key=("reporting_year", "region_code", "unit_type"), counts=("units_registered", "units_active", "units_answered"), pairs_a_le_b=(("units_active", "units_registered"), ("units_answered", "units_registered"))),
    "rpt_units_by_powiat": MartSpec(key=("reporting_year", "unit_type", "powiat_teryt"), counts=("units_registered", "units_active"), pairs_a_le_b=(("units_active", "units_registered"),)),
    "rpt_units_by_status_expiry": MartSpec(key=("reporting_year", "region_code", "unit_type", "status_expiry_year"), counts=("units",)),
    "rpt_survey_answers": MartSpec(key=("reporting_year", "region_code", "unit_type", "question"), counts=("units_yes", "units_answered"), pairs_a_le_b=(("units_yes", "units_answered"),)),
    "fct_participants": MartSpec(key=("unit_year_id",), counts=("participants_total", "age_over_45", "edu_higher"), in_set={"unit_type": UNIT_TYPES}),
    "fct_participant_services": MartSpec(key=("unit_id", "reporting_year", "service"), counts=("persons",)),
    "rpt_participants_by_type": MartSpec(key=("reporting_year", "region_code", "unit_type"), counts=("participants_total", "participants_with_demographics"), pairs_a_le_b=(("participants_with_demographics", "participants_total"),)),
    "rpt_participant_structure": MartSpec(key=("reporting_year", "region_code", "unit_type", "dimension", "category"), shares=("share_pct",), counts=("persons",), in_set={"dimension": ["category", "age_band", "education"]}, pairs_a_le_b=(("persons", "base_persons"),)),
    "fct_outcomes": MartSpec(key=("unit_year_id",), shares=("independence_rate_pct",), counts=("completed_positively", "independent_total", "employed_total"), pairs_a_le_b=(("independent_total", "completed_positively"),)),
    "rpt_outcomes_by_type": MartSpec(key=("reporting_year", "region_code", "unit_type"), shares=("independence_rate_pct",), pairs_a_le_b=(("independent_total", "completed_positively"),)),
    "rpt_outcomes_by_form": MartSpec(key=("reporting_year", "region_code", "unit_type", "outcome", "form"), shares=("share_pct",), counts=("persons",), pairs_a_le_b=(("persons", "outcome_total"),)),
    "fct_finance": MartSpec(key=("unit_year_id",), counts=("funding_total_pln", "staff_total", "volunteers")),
    "fct_staff_roles": MartSpec(key=("unit_id", "reporting_year", "role"), counts=("persons",)),
    "fct_projects": MartSpec(key=("project_year_id",), counts=("participants", "amount_pln")),
    "rpt_funding_by_source": MartSpec(key=("reporting_year", "region_code", "unit_type", "funding_source"), shares=("share_pct",), counts=("amount_pln",)),
    "rpt_staff_by_role": MartSpec(key=("reporting_year", "region_code", "unit_type", "role"), counts=("persons",)),
    "rpt_finance_by_type": MartSpec(key=("reporting_year", "region_code", "unit_type"), counts=("staff_total", "projects", "project_amount_pln")),
    "rpt_indicators": MartSpec(key=("reporting_year", "region_code", "unit_type", "indicator_id"), in_set={"value_unit": ["units", "persons", "pct", "PLN", "count", "powiats"], "unit_type": UNIT_TYPES}),
    "rpt_indicators_by_unit": MartSpec(key=("reporting_year", "subject_kind", "subject_id", "indicator_id"), counts=("value",), in_set={"subject_kind": ["unit", "project"], "value_unit": ["persons", "count", "PLN"], "unit_type": UNIT_TYPES}),
    "rpt_indicator_changes": MartSpec(key=("statistics_source", "geography_code", "unit_type", "indicator_id", "reporting_year", "base_year"), in_set={"statistics_source": ["regional_survey", "statistics_poland"], "unit_type": [*UNIT_TYPES, "ALL"]}, rows_when=None),
    "rpt_region_vs_country": MartSpec(key=("reporting_year", "region_code", "unit_type", "regional_indicator_id"), shares=("region_share_pct",), counts=("regional_value", "national_value"), pairs_a_le_b=(("regional_value", "national_value"),), rows_when=None),
    "fct_national_statistics": MartSpec(key=("reporting_year", "geography_code", "unit_type", "measure"), in_set={"area": ["units", "participants", "outcomes", "finance"], "geography_level": ["country", "voivodship"], "provenance": ["published", "derived"], "unit_type": [*UNIT_TYPES, "ALL"]}, rows_when="national"),
    **{f"rpt_national_{area}": MartSpec(key=("reporting_year", "geography_code", "unit_type", "measure"), counts=("value",), in_set={"unit_type": [*UNIT_TYPES, "ALL"]}, rows_when=None) for area in ("units", "participants", "outcomes", "finance")},
    "rpt_reconciliation": MartSpec(key=("reporting_year", "figure_id"), in_set={"classification": ["matches", "differs_by_rounding", "contradicts_data", "not_computable"], "unit_type": UNIT_TYPES}, rows_when="published_figures"),
}


def build_suite(mart: str, min_rows: int = 1):
    """The ExpectationSuite of one mart (GE is imported lazily: it takes ~3 s to import)."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    spec = MARTS[mart]
    suite = gx.ExpectationSuite(name=f"{mart}_suite")
    suite.add_expectation(gxe.ExpectTableRowCountToBeBetween(min_value=min_rows))
    for column in spec.key:
        suite.add_expectation(gxe.ExpectColumnValuesToNotBeNull(column=column))
    if len(spec.key) == 1:
        suite.add_expectation(gxe.ExpectColumnValuesToBeUnique(column=spec.key[0]))
    else:
        suite.add_expectation(gxe.ExpectCompoundColumnsToBeUnique(column_list=list(spec.key)))
    for column in spec.shares:
        suite.add_expectation(gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0, max_value=100))
    for column in spec.counts:
        suite.add_expectation(gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0))
    for column, allowed in spec.in_set.items():
        suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column=column, value_set=allowed))
    for smaller, larger in spec.pairs_a_le_b:
        suite.add_expectation(gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=larger, column_B=smaller, or_equal=True, ignore_row_if="either_value_is_missing"))
    return suite
