"""One Great Expectations suite per mart, built in Python from a small spec per mart.

Each mart states its share columns (0-100), its count columns (>= 0) and any domain rules; its
key (unique, not null) is the one its dbt YAML tests, read from the manifest (mart_keys.py), and
its row count is checked against the expected row counts of the year (expected_rows.py). The
suite is generated from that, so every mart gets the same baseline and the differences are
visible in one table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..extracts.reference import ACTIVITY_STATUSES, ALL_TYPES, UNIT_TYPES

GEOGRAPHY_LEVELS = ["country", "voivodship", "subregion", "powiat"]


@dataclass(frozen=True)
class MartSpec:
    shares: tuple[str, ...] = ()
    counts: tuple[str, ...] = ()
    in_set: dict[str, list[Any]] = field(default_factory=dict)
    pairs_a_le_b: tuple[tuple[str, str], ...] = ()  # column A <= column B where both are given
    # the mart must have rows whenever this raw table has rows (unit-level marts: the register;
    # national marts: the national extract); None: it may be empty
    rows_when: str | None = "register"


MARTS: dict[str, MartSpec] = {
    "dim_units": MartSpec(in_set={"unit_type": UNIT_TYPES, "activity_status": ACTIVITY_STATUSES}),
    "rpt_units_by_type": MartSpec(
        counts=("units_registered", "units_active", "units_answered"),
        pairs_a_le_b=(("units_active", "units_registered"), ("units_answered", "units_registered")),
    ),
    "rpt_units_by_powiat": MartSpec(
        counts=("units_registered", "units_active"), pairs_a_le_b=(("units_active", "units_registered"),)
    ),
    "rpt_units_by_status_expiry": MartSpec(counts=("units",)),
    "rpt_survey_answers": MartSpec(
        counts=("units_yes", "units_answered"), pairs_a_le_b=(("units_yes", "units_answered"),)
    ),
    "fct_participants": MartSpec(
        counts=("participants_total", "age_over_45", "edu_higher"), in_set={"unit_type": UNIT_TYPES}
    ),
    "fct_participant_services": MartSpec(counts=("persons",)),
    "rpt_participants_by_type": MartSpec(
        counts=("participants_total", "participants_with_demographics"),
        pairs_a_le_b=(("participants_with_demographics", "participants_total"),),
    ),
    "rpt_participant_structure": MartSpec(
        shares=("share_pct",),
        counts=("persons",),
        in_set={"dimension": ["category", "age_band", "education"]},
        pairs_a_le_b=(("persons", "base_persons"),),
    ),
    "fct_outcomes": MartSpec(
        shares=("independence_rate_pct",),
        counts=("completed_positively", "independent_total", "employed_total"),
        pairs_a_le_b=(("independent_total", "completed_positively"),),
    ),
    "rpt_outcomes_by_type": MartSpec(
        shares=("independence_rate_pct",), pairs_a_le_b=(("independent_total", "completed_positively"),)
    ),
    "rpt_outcomes_by_form": MartSpec(
        shares=("share_pct",), counts=("persons",), pairs_a_le_b=(("persons", "outcome_total"),)
    ),
    "fct_finance": MartSpec(counts=("funding_total_pln", "staff_total", "volunteers")),
    "fct_staff_roles": MartSpec(counts=("persons",)),
    "fct_projects": MartSpec(counts=("participants", "amount_pln")),
    "rpt_funding_by_source": MartSpec(shares=("share_pct",), counts=("amount_pln",)),
    "rpt_staff_by_role": MartSpec(counts=("persons",)),
    "rpt_finance_by_type": MartSpec(counts=("staff_total", "projects", "project_amount_pln")),
    "rpt_indicators": MartSpec(
        in_set={
            "statistics_source": ["regional_survey", "statistics_poland"],
            "geography_level": GEOGRAPHY_LEVELS,
            "value_unit": [
                *("units", "persons", "pct", "PLN", "count", "powiats"),
                *("rank", "voivodships", "subregions", "units per 100k"),
            ],
            "unit_type": [*UNIT_TYPES, ALL_TYPES],
        }
    ),
    "rpt_indicators_by_unit": MartSpec(
        counts=("value",),
        in_set={
            "subject_kind": ["unit", "project"],
            "value_unit": ["persons", "count", "PLN"],
            "unit_type": UNIT_TYPES,
        },
    ),
    "rpt_indicator_changes": MartSpec(
        in_set={
            "statistics_source": ["regional_survey", "statistics_poland"],
            "unit_type": [*UNIT_TYPES, ALL_TYPES],
        },
        rows_when=None,
    ),
    "rpt_region_vs_country": MartSpec(
        shares=("region_share_pct",),
        counts=("regional_value", "national_value"),
        pairs_a_le_b=(("regional_value", "national_value"),),
        rows_when=None,
    ),
    "fct_national_statistics": MartSpec(
        in_set={
            "area": ["units", "participants", "outcomes", "finance"],
            "geography_level": GEOGRAPHY_LEVELS,
            "provenance": ["computed", "published", "derived"],
            "value_source": ["administrative_sources", "release_total"],
            "unit_type": [*UNIT_TYPES, ALL_TYPES],
        },
        rows_when="national",
    ),
    "fct_release_values": MartSpec(
        in_set={
            "provenance": ["published", "derived"],
            "record_status": ["current", "superseded"],
            "unit_type": [*UNIT_TYPES, ALL_TYPES],
        },
        rows_when="national",
    ),
    "rpt_amount_dominance": MartSpec(
        shares=("largest_unit_share_pct",),
        counts=("contributing_units", "amount_pln", "largest_unit_pln"),
        pairs_a_le_b=(("largest_unit_pln", "amount_pln"),),
        in_set={
            "statistics_source": ["regional_survey", "statistics_poland"],
            "unit_type": [*UNIT_TYPES, ALL_TYPES],
        },
        rows_when=None,
    ),
    "rpt_reconciliation": MartSpec(
        in_set={
            "classification": ["matches", "differs_by_rounding", "contradicts_data", "not_computable"],
            "unit_type": [*UNIT_TYPES, ALL_TYPES],
        },
        rows_when="published_figures",
    ),
}


def build_suite(mart: str, key: tuple[str, ...], min_rows: int = 1):
    """The ExpectationSuite of one mart (GE is imported lazily: it takes ~3 s to import)."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    spec = MARTS[mart]
    suite = gx.ExpectationSuite(name=f"{mart}_suite")
    suite.add_expectation(gxe.ExpectTableRowCountToBeBetween(min_value=min_rows))
    for column in key:
        suite.add_expectation(gxe.ExpectColumnValuesToNotBeNull(column=column))
    if len(key) == 1:
        suite.add_expectation(gxe.ExpectColumnValuesToBeUnique(column=key[0]))
    else:
        suite.add_expectation(gxe.ExpectCompoundColumnsToBeUnique(column_list=list(key)))
    for column in spec.shares:
        suite.add_expectation(gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0, max_value=100))
    for column in spec.counts:
        suite.add_expectation(gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0))
    for column, allowed in spec.in_set.items():
        suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column=column, value_set=allowed))
    for smaller, larger in spec.pairs_a_le_b:
        suite.add_expectation(
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=larger, column_B=smaller, or_equal=True, ignore_row_if="either_value_is_missing"
            )
        )
    return suite
