"""Where every published value comes from, so that no reader takes a generated figure for a unit's
own data. The year folders declare their unit-level extracts' provenance (provenance.csv:
delivered, published or generated; an extract not listed was delivered), and every value of the
release says which of these it is:

- `typed_total`: a total typed from a printed report or release (a year known only in total);
- `derived`: a release's earlier level worked out from a printed change;
- `computed_from_delivered_units`: computed from the units' own answers or records;
- `computed_from_published_units`: computed from per-unit values taken from a publication;
- `computed_from_generated_units`: computed from generated per-unit values (made up to reproduce
  published totals): a true total at best, never any unit's own data.

A figure computed from several extracts takes the least reliable of them (generated, then
delivered, then published). A register fact (units registered, active, by founder or status) is
computed from the register alone; any other figure also from the answers or reports.
"""

from __future__ import annotations

import duckdb
import pandas as pd

REGIONAL_REGISTER = ("register",)
REGIONAL_ANSWERS = ("register", "cis_answers", "kis_answers", "projects")
NATIONAL = ("uw_register", "uw_zaz", "mrips_cis", "mrips_kis", "pfron_wtz")
ORDER = ("generated", "delivered", "published")  # the least reliable first


def declarations(conn: duckdb.DuckDBPyConnection) -> dict[tuple[int, str], tuple[str, str]]:
    """(year, extract) -> (provenance, note), as the year folders declare them."""
    exists = conn.execute(
        "select count(*) from duckdb_tables() where schema_name = 'raw' and table_name = 'provenance'"
    ).fetchone()[0]
    if not exists:
        return {}
    rows = conn.execute("select reporting_year, extract, provenance, note from raw.provenance").fetchall()
    return {(int(year), extract): (provenance, note) for year, extract, provenance, note in rows}


def computed_from(source: str, kind: str) -> tuple[str, ...]:
    """The unit-level extracts a computed cell of `source` and disclosure kind is computed from."""
    if source == "statistics_poland":
        return NATIONAL
    return REGIONAL_REGISTER if kind == "register" else REGIONAL_ANSWERS


def _computed(year: int, extracts: tuple[str, ...], declared: dict) -> str:
    kinds = {declared.get((year, extract), ("delivered", ""))[0] for extract in extracts}
    return "computed_from_" + next(kind for kind in ORDER if kind in kinds) + "_units"


def cell_provenance(cells: pd.DataFrame, declared: dict) -> list[str]:
    """The provenance of each classified cell (disclosure.classify), in the order of `cells`."""
    result = []
    for year, source, kind, provenance in zip(
        cells.reporting_year, cells.statistics_source, cells.kind, cells.provenance, strict=True
    ):
        if provenance == "published":
            result.append("typed_total")
        elif provenance != "computed":
            result.append(provenance)
        else:
            result.append(_computed(int(year), computed_from(source, kind), declared))
    return result


def statement(declared: dict) -> str:
    """What the release's front page says about generated and published unit-level data."""
    by_kind: dict[str, dict[int, list[str]]] = {}
    for (year, extract), (provenance, _) in sorted(declared.items()):
        by_kind.setdefault(provenance, {}).setdefault(year, []).append(extract)
    parts = []
    for kind, label in (("generated", "GENERATED (not any unit's own data)"), ("published", "taken from publications")):
        if kind in by_kind:
            years = "; ".join(f"{year}: {', '.join(extracts)}" for year, extracts in by_kind[kind].items())
            parts.append(f"Unit-level extracts {label}: {years}.")
    if not parts:
        return "Every unit-level extract was delivered by the units."
    return (
        " ".join(parts)
        + " Figures computed from them say so in their provenance column "
        + "(computed_from_generated_units, computed_from_published_units); no per-unit value is published."
    )
