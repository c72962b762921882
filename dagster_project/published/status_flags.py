"""The status of every published value, in its `flag` column: Statistics Poland's signs for a
value that is not shown ("znaki umowne": `x` withheld, `.` no data) and, for a value that is
shown, Eurostat's observation status codes, as many as apply, in this order:

- `p` provisional: computed from a unit-level extract its year declares provisional
  (provenance.csv, column status): the source will still correct it;
- `r` revised: the release before published a different value for the same cell;
- `b` break in series: the cell is made differently from the same cell a year before (typed from
  a publication one year, computed from unit-level extracts the next, or from extracts of another
  provenance), so the change between the two years is partly the change of method.

A hidden cell is only `x`: its status would tell about a value no one may see.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from .disclosure import CELL_KEY
from .provenance import computed_from

CONFIDENTIAL, NO_DATA = "x", "."  # Statistics Poland's signs
PROVISIONAL, REVISED, BREAK = "p", "r", "b"
LEGEND = (
    "x: withheld to keep statistical confidentiality (suppression says why); '.': no data; a shown "
    "value may carry p (provisional: its source will still correct it), r (revised: the release "
    "before published another value) and b (break in series: made differently from the year before, "
    "e.g. typed from a report then computed from units); empty: a final value."
)


def provisional_extracts(conn: duckdb.DuckDBPyConnection) -> set[tuple[int, str]]:
    """(year, extract) of every extract its year declares provisional."""
    has_status = conn.execute(
        "select count(*) from duckdb_columns() where database_name = current_database() "
        "and schema_name = 'raw' and table_name = 'provenance' and column_name = 'status'"
    ).fetchone()[0]
    if not has_status:  # no year has declared a status: every extract is final
        return set()
    rows = conn.execute("select reporting_year, extract from raw.provenance where status = 'provisional'").fetchall()
    return {(int(year), extract) for year, extract in rows}


def previous_values(previous: Path | None) -> dict[tuple, float]:
    """The values the release before published (hidden cells are NULL there), by cell key."""
    if previous is None:
        return {}
    with duckdb.connect(str(previous), read_only=True) as conn:  # a hidden value is NULL there
        rows = conn.execute(
            "select reporting_year, statistics_source, geography_code, unit_type, indicator_id, value "
            "from marts.rpt_indicators where value is not null"
        ).fetchall()
    return {tuple(row[:-1]): row[-1] for row in rows}


def _differs(old: float | None, new: float) -> bool:
    return old is not None and abs(old - new) > 1e-9 * max(1.0, abs(old), abs(new))


def _method(provenance: str) -> str:
    """How a value is made: from a publication (typed, or derived from a printed change) or from
    unit-level extracts of one provenance."""
    return "publication" if provenance in ("typed_total", "derived") else provenance


def flags(cells: pd.DataFrame, provisional: set[tuple[int, str]], previous: dict[tuple, float]) -> list[str | None]:
    """The flag of each cell (suppressed, with its `kind` and `provenance` as published), in order."""
    keys = list(zip(*(cells[k] for k in CELL_KEY), strict=True))
    made = dict(zip(keys, cells.provenance, strict=True))
    result: list[str | None] = []
    for key, value, suppression, kind, provenance in zip(
        keys, cells.value, cells.suppression, cells.kind, cells.provenance, strict=True
    ):
        if suppression is not None and pd.notna(suppression):
            result.append(CONFIDENTIAL)
            continue
        if value is None or pd.isna(value):
            result.append(NO_DATA)
            continue
        year, source = int(key[0]), key[1]
        status = ""
        if provenance.startswith("computed_from_") and any(
            (year, extract) in provisional for extract in computed_from(source, kind)
        ):
            status += PROVISIONAL
        if _differs(previous.get(key), float(value)):
            status += REVISED
        before = made.get((year - 1, *key[1:]))
        if before is not None and _method(before) != _method(provenance):
            status += BREAK
        result.append(status or None)
    return result
