"""A mart's rows per year against the year's expected_rows.csv (loaded as raw.expected_rows): the
part of the mart gate that grows with the data. A year not listed there is held only to the
suite's "rows whenever the mart's source is loaded"."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class RowCount:
    year: int
    expected: int
    found: int

    @property
    def success(self) -> bool:
        return self.expected == self.found


def row_counts(conn: duckdb.DuckDBPyConnection, mart: str) -> list[RowCount]:
    """Every year for which expected_rows.csv lists marts.<mart>, with the rows the mart holds."""
    try:
        expected = conn.execute(
            "select reporting_year, expected_rows from raw.expected_rows where table_name = ? order by 1",
            [f"marts.{mart}"],
        ).fetchall()
    except duckdb.CatalogException:  # no year has delivered an expected_rows.csv yet
        return []
    if not expected:
        return []
    found = dict(
        conn.execute(
            f'select reporting_year, count(*) from marts."{mart}" group by all'  # noqa: S608 - a mart name
        ).fetchall()
    )
    return [RowCount(int(year), int(rows), int(found.get(year, 0))) for year, rows in expected]


def markdown(counts: list[RowCount]) -> str:
    if not counts:
        return "no year lists this mart in expected_rows.csv"
    lines = ["| year | expected | found |", "|---|---|---|"]
    lines += [f"| {c.year} | {c.expected} | {c.found}{'' if c.success else ' ✗'} |" for c in counts]
    return "\n".join(lines)
