"""The confidentiality check over a release, reading only the release file: what a reader of it
could learn. A release that fails it is not published (release.py), and the asset check
`disclosure_audit` repeats it on the published release, so the UI shows the proof.

It fails when
- a published count describes 1 .. THRESHOLD-1 persons or units, or a published share implies one;
- a published figure other than a register fact comes from fewer than THRESHOLD units;
- a published amount gives away its largest unit (more than three quarters of it, when the
  working warehouse's marts.rpt_amount_dominance is given: the release itself cannot show it);
- a relation "total = sum of parts" has exactly one hidden cell (recoverable by subtraction);
- a share or average of a hidden count is published;
- a table computed from the cells shows a value whose cell is hidden;
- the release holds a table that is not public (a per-unit mart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from .disclosure import DOMINANCE_PCT, Geography, classify, dominated, group_keys, relations, threshold
from .public_tables import CONFIDENTIAL, PUBLIC_SCHEMAS, PUBLIC_TABLES
from .release_notes import CHANGES

SHOWN = 5  # problems quoted per rule


@dataclass
class Audit:
    threshold: int
    cells: int = 0
    hidden: dict[str, int] = field(default_factory=dict)  # per year and kind of suppression
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def _describe(row) -> str:
    return (
        f"{row.reporting_year} {row.statistics_source} {row.geography_level} {row.geography_code} "
        f"{row.unit_type} {row.indicator_id} = {row.value:g}"
    )


def _report(audit: Audit, rule: str, found: list[str]) -> None:
    if found:
        more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
        audit.problems.append(f"{rule}: {len(found)} cell(s): " + "; ".join(found[:SHOWN]) + more)


def audit_release(database: Path, minimum: int | None = None, dominance: pd.DataFrame | None = None) -> Audit:
    """Check the release file `database` (a DuckDB file) for disclosure; nothing is written.
    `dominance`: the largest unit's share of each amount cell (public_tables.amount_dominance)."""
    minimum = threshold() if minimum is None else minimum
    result = Audit(minimum)
    with duckdb.connect(str(database), read_only=True) as conn:
        tables = conn.execute("select schema_name || '.' || table_name, schema_name from duckdb_tables()").fetchall()
        extra = sorted(
            name
            for name, schema in tables
            if name not in PUBLIC_TABLES and schema not in PUBLIC_SCHEMAS and name != CHANGES
        )
        if extra:
            result.problems.append(f"tables that are not public: {', '.join(extra)}")
        cells = conn.execute("select * from marts.rpt_indicators").df()
        geography = Geography.from_powiats(conn.execute("select * from reference.powiats").df())
        leaks = conn.execute(
            f"""select count(*) from marts.fct_national_statistics as n
            join marts.rpt_indicators as i on i.statistics_source = 'statistics_poland'
                and i.reporting_year = n.reporting_year and i.geography_code = n.geography_code
                and i.unit_type = n.unit_type and i.indicator_id = n.measure
            where i.flag = '{CONFIDENTIAL}' and n.value is not null"""
        ).fetchone()[0]
        if leaks:
            result.problems.append(f"marts.fct_national_statistics shows {leaks} value(s) hidden in rpt_indicators")
    cells = classify(cells)
    hidden = cells.flag.eq(CONFIDENTIAL).to_numpy()
    shown = ~hidden & cells.value.notna().to_numpy()
    result.cells = len(cells)
    counts = cells[hidden].groupby(["reporting_year", "suppression"], dropna=False).size()
    result.hidden = {f"{year} {kind}": int(n) for (year, kind), n in counts.items()}

    work = cells.work.round()
    small = shown & cells.kind.isin(["frequency", "implied"]).to_numpy() & (work > 0).to_numpy()
    small &= (work < minimum).to_numpy()
    _report(result, f"counts below {minimum}", [_describe(r) for r in cells[small].itertuples()])
    few = shown & (cells.kind != "register").to_numpy() & (cells.contributors > 0).to_numpy()
    few &= (cells.contributors < minimum).to_numpy()
    _report(result, f"figures of fewer than {minimum} units", [_describe(r) for r in cells[few].itertuples()])
    dominant = shown & dominated(cells, dominance).to_numpy()
    _report(
        result,
        f"amounts more than {DOMINANCE_PCT:g}% of which one unit gives",
        [_describe(r) for r in cells[dominant].itertuples()],
    )
    hidden_at = set(hidden.nonzero()[0].tolist())
    single = [group for group in relations(cells, geography) if sum(i in hidden_at for i in group) == 1]
    _report(
        result,
        "recoverable by subtraction (one hidden cell in a total and its parts)",
        [_describe(cells.iloc[next(i for i in group if i in hidden_at)]) for group in single],
    )
    key = group_keys(cells)
    hidden_cells = set((key + "|" + cells.indicator_id)[hidden])
    derived = [
        _describe(cells.iloc[i])
        for i, (kind, group, base) in enumerate(zip(cells.kind, key, cells.base, strict=True))
        if shown[i] and kind == "derived" and f"{group}|{base}" in hidden_cells
    ]
    _report(result, "shares or averages of a hidden count", derived)
    return result
