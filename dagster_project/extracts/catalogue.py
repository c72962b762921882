"""The indicator catalogue (seeds/reference/indicators.csv) as the extracts see it: which
indicator ids a published figure or a regional total may name. The marts join the same file for
each indicator's unit, area and labels, so an id is spelt one way everywhere; an id the catalogue
does not know is refused at the gate with its row, instead of silently reconciling nothing."""

from __future__ import annotations

from functools import cache

from .reference import reference_rows

CATALOGUE = "indicators.csv"


@cache
def _families() -> tuple[dict[str, str], dict[str, str]]:
    """(indicator id -> scope, indicator id -> breakdown) of every catalogued indicator."""
    rows = reference_rows(CATALOGUE)
    return (
        {row["indicator_id"]: row["scope"] for row in rows},
        {row["indicator_id"]: row["breakdown"] for row in rows if row["breakdown"]},
    )


def is_catalogued(indicator_id: str, per_subject: bool = False) -> bool:
    """Whether the id names a catalogued indicator: itself, or `<indicator>_<value>` of an indicator
    with a breakdown (units_registered_powiat_2801). per_subject: about one unit or project
    (rpt_indicators_by_unit) rather than the region (rpt_indicators)."""
    scopes, breakdowns = _families()
    wanted = {"unit", "both"} if per_subject else {"region", "both"}
    if scopes.get(indicator_id) in wanted:
        return True
    return not per_subject and any(
        indicator_id.startswith(family + "_") and len(indicator_id) > len(family) + 1 for family in breakdowns
    )


def region_indicator_ids() -> set[str]:
    """Every catalogued indicator of the region (without breakdown values)."""
    scopes, _ = _families()
    return {indicator for indicator, scope in scopes.items() if scope in ("region", "both")}
