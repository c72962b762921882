"""Statistical disclosure control of the published cells: which figures of `marts.rpt_indicators`
may be published, and which must be shown as `x` (confidential).

The rule is the law's (art. 38 of the act on public statistics, and Statistics Poland's practice):
no published figure may describe fewer than THRESHOLD (3) persons or units. No maintained Python
library does cell suppression on a long table like ours (pytauargus wraps the Tau-Argus engine, is
beta, breaks on non-ASCII codes and writes into the working directory), so the rules are kept
small, explicit and tested against worked examples (tests/test_disclosure.py):

- primary: a count of persons (or of units with a surveyed characteristic, or of things counted
  in units' answers) of 1 .. THRESHOLD-1; a share whose implied count (share x its declared base)
  is such a count; and every characteristic of a cell that fewer than THRESHOLD units contribute
  to (a powiat with two CIS: their participants, costs and shares are theirs alone);
- secondary: a suppressed cell must not be recoverable by subtraction. Each relation "a total is
  the sum of its parts" (the types of an 'ALL' cell; the voivodships of the country, the powiats
  and the subregions of a voivodship, the powiats of a subregion; the parts of a declared
  breakdown) that has exactly one suppressed cell gets a second one: its smallest published part,
  or its total; the smallest relations first, repeated until no relation has a single suppressed cell;
- dominance: an amount (PLN) more than three quarters of which one unit gives (the law's second
  rule) is withheld too, from marts.rpt_amount_dominance, the largest unit's share of each amount
  cell, which only the working warehouse holds;
- derived: a share or per-unit average of a suppressed count is suppressed with it.

Register facts (units registered or active, their founders, statuses, ranks: public registers)
are never suppressed. Amounts (PLN) also follow their units (the contributor rule) and are
secondary complements like counts.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

THRESHOLD_ENV = "REINTEGRATION_DISCLOSURE_THRESHOLD"
DEFAULT_THRESHOLD = 3
DOMINANCE_PCT = 75.0  # an amount more than this share of which one unit gives is withheld
CELL_KEY = ["reporting_year", "statistics_source", "geography_code", "unit_type", "indicator_id"]

# Public registers: how many units are registered or active, by founder, status, place; never confidential.
REGISTER = re.compile(
    r"^(units_(active|inactive|not_active|suspended.*|registered.*|status_expiring_.*|founder_.*|rank|answered|"
    r"not_answered|local_government|non_profit|company|social_cooperative|other_sector)"
    r"|share_of_national_units_pct|(voivodships|subregions|powiats)_.*)$"
)
FREQUENCY_UNITS = {"persons", "count", "units"}  # counts: a 1 or 2 describes one or two
MAGNITUDE_UNITS = {"PLN"}  # amounts: additive, confidential when few units contribute
# The units that contribute to a cell, per source: the cell with this indicator, same key otherwise.
CONTRIBUTORS = {"statistics_poland": "units_active", "regional_survey": "units_answered"}
# Shares whose count is not published: the base their implied count is computed from.
SHARE_BASES = {
    re.compile(r"^participants_.+_share_pct$"): "participants",
    re.compile(r"^employees_disabled_share_pct$"): "employees",
}
# Breakdowns: a total and the prefix of its parts (kept as relations; a relation that does not
# hold exactly only suppresses a little more).
BREAKDOWNS = {
    "participants_with_demographics": ("participants_age_band_", "participants_education_"),
    "independent_total": ("economic_independence_",),
    "employed_total": ("took_up_work_",),
    "staff_total": ("staff_role_",),
    "funding_total_pln": ("funding_",),
}
DERIVED_SUFFIXES = ("_share_pct", "_per_unit_pln", "_per_unit")
DERIVED_BASES = {  # rates not named after their count
    "independence_rate_pct": "independent_total",
    "cost_pfron_share_pct": "cost_total_pln",
}


def threshold() -> int:
    """The smallest count that may be published (REINTEGRATION_DISCLOSURE_THRESHOLD, default 3)."""
    raw = os.environ.get(THRESHOLD_ENV) or str(DEFAULT_THRESHOLD)
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{THRESHOLD_ENV}={raw!r}: expected a whole number of persons or units, at least 1")
    return int(raw)


@dataclass(frozen=True)
class Geography:
    """Which geography lies in which: powiat -> voivodship, powiat -> subregion, subregion -> voivodship."""

    powiat_voivodship: dict[str, str]
    powiat_subregion: dict[str, str]
    subregion_voivodship: dict[str, str]

    @classmethod
    def from_powiats(cls, powiats: pd.DataFrame) -> Geography:
        return cls(
            dict(zip(powiats.powiat_teryt, powiats.voivodship_teryt, strict=True)),
            dict(zip(powiats.powiat_teryt, powiats.subregion_code, strict=True)),
            dict(zip(powiats.subregion_code, powiats.voivodship_teryt, strict=True)),
        )

    def parents(self, level: str, code: str) -> list[str]:
        """The geographies whose total this one is a part of."""
        if level == "powiat":
            return [p for p in (self.powiat_voivodship.get(code), self.powiat_subregion.get(code)) if p]
        if level == "subregion":
            return [p for p in (self.subregion_voivodship.get(code),) if p]
        if level == "voivodship":
            return ["PL"]
        return []


def _kind(indicator: str, value_unit: str, indicators: set[str]) -> str:
    if REGISTER.match(indicator):
        return "register"
    if _base_of(indicator, indicators):
        return "derived"
    if indicator.endswith(DERIVED_SUFFIXES):  # an average or share whose count is not a cell
        return "implied" if _implied_base(indicator) else "other"
    if value_unit in FREQUENCY_UNITS:
        return "frequency"
    if value_unit in MAGNITUDE_UNITS:
        return "magnitude"
    return "other"


def _base_of(indicator: str, indicators: set[str]) -> str | None:
    """The count a share or average is computed from, when it is itself a published cell."""
    if DERIVED_BASES.get(indicator) in indicators:
        return DERIVED_BASES[indicator]
    for suffix in DERIVED_SUFFIXES:
        if indicator.endswith(suffix):
            stem = indicator.removesuffix(suffix)
            for base in (stem, f"{stem}_pln", f"{stem}_total_pln", f"{stem}s"):
                if base in indicators and base != indicator:
                    return base
    return None


def _implied_base(indicator: str) -> str | None:
    return next((base for pattern, base in SHARE_BASES.items() if pattern.match(indicator)), None)


def group_keys(cells: pd.DataFrame) -> pd.Series:
    """year|source|geography|type of each cell: the cells of one geography and unit type."""
    parts = [cells[c].astype(str) for c in CELL_KEY[:-1]]
    return parts[0] + "|" + parts[1] + "|" + parts[2] + "|" + parts[3]


def classify(cells: pd.DataFrame) -> pd.DataFrame:
    """The cells with `kind` (register, frequency, magnitude, implied, derived, other), `base`
    (the cell a derived or implied one is computed from) and `work` (the count or amount the
    rules look at: for an implied share, the count it implies)."""
    cells = cells.reset_index(drop=True).copy()
    text = [
        c for c in ("statistics_source", "geography_level", "geography_code", "unit_type", "indicator_id") if c in cells
    ]
    cells[text] = cells[text].astype(object)  # plain Python strings: iterated row by row below
    indicators = set(cells.indicator_id)
    cells["kind"] = pd.Series(
        dtype=object,
        data=[_kind(i, u or "", indicators) for i, u in zip(cells.indicator_id, cells.value_unit, strict=True)],
    )
    cells["base"] = pd.Series(
        dtype=object,
        data=[
            _base_of(i, indicators) if k == "derived" else _implied_base(i) if k == "implied" else None
            for i, k in zip(cells.indicator_id, cells.kind, strict=True)
        ],
    )
    key = group_keys(cells)
    value_of = dict(zip(key + "|" + cells.indicator_id, cells.value, strict=True))
    base_value = [value_of.get(f"{k}|{b}") if b else None for k, b in zip(key, cells.base, strict=True)]
    cells["work"] = [
        (v * b / 100 if (b is not None and v is not None and pd.notna(v) and pd.notna(b)) else None)
        if kind == "implied"
        else v
        for v, b, kind in zip(cells.value, base_value, cells.kind, strict=True)
    ]
    contributor = [CONTRIBUTORS.get(s) for s in cells.statistics_source]
    cells["contributors"] = [value_of.get(f"{k}|{c}") if c else None for k, c in zip(key, contributor, strict=True)]
    cells["_key"] = key.astype(object)
    return cells


def relations(cells: pd.DataFrame, geography: Geography) -> list[list[int]]:
    """Every 'total = sum of parts' among the additive cells, as lists of row positions (total first)."""
    additive = cells[cells.kind.isin(["frequency", "magnitude", "implied"])]
    position = {
        (year, source, code, unit_type, indicator): i
        for i, year, source, code, unit_type, indicator in zip(
            additive.index,
            additive.reporting_year,
            additive.statistics_source,
            additive.geography_code,
            additive.unit_type,
            additive.indicator_id,
            strict=True,
        )
    }
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, row in zip(additive.index, additive.itertuples(index=False), strict=True):
        year, source, code, unit_type, indicator = (
            row.reporting_year,
            row.statistics_source,
            row.geography_code,
            row.unit_type,
            row.indicator_id,
        )
        for parent in geography.parents(row.geography_level, code):
            groups[("geo", year, source, parent, unit_type, indicator, row.geography_level)].append(i)
        if unit_type != "ALL":
            groups[("type", year, source, code, indicator)].append(i)
        for total, prefixes in BREAKDOWNS.items():
            prefix = next((p for p in prefixes if indicator.startswith(p)), None)
            if prefix and indicator != total and not indicator.endswith("_share_pct"):
                groups[("breakdown", year, source, code, unit_type, total, prefix)].append(i)
    found = []
    for group, parts in groups.items():
        if group[0] == "geo":
            _, year, source, parent, unit_type, indicator, _level = group
            total = position.get((year, source, parent, unit_type, indicator))
        elif group[0] == "type":
            _, year, source, code, indicator = group
            total = position.get((year, source, code, "ALL", indicator))
        else:
            _, year, source, code, unit_type, indicator, _prefix = group
            total = position.get((year, source, code, unit_type, indicator))
        if total is not None and len(parts) >= 1:
            found.append([total, *parts])
    return found


def dominated(cells: pd.DataFrame, dominance: pd.DataFrame | None) -> pd.Series:
    """Which classified amount cells one unit gives more than DOMINANCE_PCT percent of, from
    `dominance` (CELL_KEY and largest_unit_share_pct, as marts.rpt_amount_dominance holds them)."""
    if dominance is None or dominance.empty:
        return pd.Series(False, index=cells.index)
    share = dict(
        zip(group_keys(dominance) + "|" + dominance.indicator_id, dominance.largest_unit_share_pct, strict=True)
    )
    largest = (group_keys(cells) + "|" + cells.indicator_id).map(share)
    return cells.kind.eq("magnitude") & largest.gt(DOMINANCE_PCT)


def suppress(
    cells: pd.DataFrame, geography: Geography, minimum: int | None = None, dominance: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The cells with `suppression`: None (published), 'primary', 'dominance', 'secondary' or
    'derived'. `dominance`: the largest unit's share of each amount cell (see `dominated`)."""
    minimum = threshold() if minimum is None else minimum
    # in key order: which complement a secondary suppression takes (the smallest, the first of
    # equals) must not depend on the order the rows came in; the same data, the same release
    cells = classify(cells.sort_values(CELL_KEY, kind="stable"))
    status: dict[int, str] = {}
    small = cells.kind.isin(["frequency", "implied"]) & (cells.work.round() > 0) & (cells.work.round() < minimum)
    few_units = (cells.kind != "register") & (cells.contributors > 0) & (cells.contributors < minimum)
    for i in cells.index[dominated(cells, dominance)]:
        status[i] = "dominance"
    for i in cells.index[small | few_units]:
        status[i] = "primary"
    # the smallest relations first: a complement taken there (a powiat beside its neighbour in a
    # subregion) often also protects the larger ones, which then need no complement of their own
    groups = sorted(relations(cells, geography), key=len)
    work = cells.work.fillna(0).abs()
    changed = True
    while changed:
        changed = False
        for group in groups:
            hidden = [i for i in group if i in status]
            if len(hidden) != 1:
                continue
            candidates = sorted(group[1:], key=lambda i: (work[i] == 0, work[i], i))
            complement = next((i for i in candidates if i not in status), None)
            if complement is None and group[0] not in status:
                complement = group[0]
            if complement is not None:
                status[complement] = "secondary"
                changed = True
    position = dict(zip(cells._key + "|" + cells.indicator_id, cells.index, strict=True))
    for i, kind, key, base in zip(cells.index, cells.kind, cells._key, cells.base, strict=True):
        if i not in status and kind == "derived" and position.get(f"{key}|{base}") in status:
            status[i] = "derived"
    cells["suppression"] = [status.get(i) for i in cells.index]
    return cells.drop(columns=["_key"])
