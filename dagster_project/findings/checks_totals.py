"""The consistency checks of what is published or given in total: the printed report's figures
against each other, their counts and the register; the national statistics' parts against their
wholes; the regional totals against the unit-level answers; and each extract's rows against the
year's expected_rows.csv."""

from __future__ import annotations

from ..extracts.reference import reference_path
from ..extracts.registry import EXTRACTS
from .shapes import Check, one_off, rows_as_expected

MEASURES = reference_path("national_measures.csv").as_posix()

TOTALS_CHECKS: tuple[Check, ...] = (
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
        "published.change_vs_levels",
        "A printed change disagrees with the levels of its two years (printed, or typed from a release).",
        "warning",
        "published_figures",
        "published_change_vs_levels.sql",
    ),
    one_off(
        "published.breakdown_sum",
        "The printed shares of one breakdown sum past 100 % (or, every category printed, short of it) by "
        "more than their rounding allows.",
        "error",
        "published_figures",
        "published_breakdown_sum.sql",
    ),
    one_off(
        "published.average_vs_total",
        "A printed average per unit lies outside its printed total over the printed units (at printed precision).",
        "error",
        "published_figures",
        "published_average_vs_total.sql",
    ),
    one_off(
        "published.change_in_average",
        "A printed change in an average per unit disagrees with the printed changes of its total and units.",
        "error",
        "published_figures",
        "published_change_in_average.sql",
    ),
    one_off(
        "published.parts_vs_whole",
        "The printed counts of a complete breakdown cannot sum to a printing of their whole (at printed precision).",
        "error",
        "published_figures",
        "published_parts_vs_whole.sql",
    ),
    one_off(
        "published.share_of_whole_count",
        "A printed share of a printed count of units or persons that no whole number of them gives.",
        "warning",
        "published_figures",
        "published_share_of_whole_count.sql",
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
        "national.series_jump",
        "A year of a national series more than a quarter away from both its neighbours, in the same direction.",
        "warning",
        "national",
        "national_series_jump.sql",
        measures=MEASURES,
    ),
    one_off(
        "national.base_changed",
        "A national total (or share of it) covers other unit types than the year before: no change is computed.",
        "warning",
        "national",
        "national_base_changed.sql",
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
    # -- the national sources against each other and against the regional centre ----------------
    one_off(
        "national.reported_not_registered",
        "A unit the ministry's report or the office's ZAZ file gives is not in the year's register as that type.",
        "error",
        "mrips_cis",
        "national_reported_not_registered.sql",
    ),
    one_off(
        "national.registered_without_report",
        "An active unit of the register sent no report for the year (the release does not count it).",
        "warning",
        "uw_register",
        "national_registered_without_report.sql",
    ),
    one_off(
        "national.zaz_disabled_above_employees",
        "A ZAZ with more employees with disabilities than employees (or disabled women than women).",
        "error",
        "uw_zaz",
        "national_zaz_disabled_above_employees.sql",
    ),
    one_off(
        "national.regional_vs_national_units",
        "A voivodship's units of one type counted differently by its regional centre and by the national register.",
        "warning",
        "regional_totals",
        "national_regional_vs_national_units.sql",
    ),
    one_off(
        "regional_totals.reported_vs_computed",
        "A regional total differs from the sum of the same year's unit-level extracts.",
        "error",
        "regional_totals",
        "regional_reported_vs_computed.sql",
    ),
    one_off(
        "published.share_out_of_range",
        "A printed share outside 0-100%.",
        "warning",
        "published_figures",
        "published_share_out_of_range.sql",
    ),
    rows_as_expected("expected_rows.extracts", [spec.name for spec in EXTRACTS]),
)
