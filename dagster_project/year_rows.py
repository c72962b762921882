"""Replace one reporting year's rows of a warehouse table, atomically.

Raw extracts and consistency findings are both kept per year and rewritten per year: a run for
one year deletes and inserts that year's rows in one transaction, so a crash leaves the previous
rows, and other years are never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import duckdb
import pandas as pd


def now_utc() -> datetime:
    """When a load or a finding was written (timezone-aware, UTC)."""
    return datetime.now(UTC)


def replace_year_rows(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    year: int,
    rows: pd.DataFrame,
    prepare: Callable[[str], None] | None = None,
    also: Callable[[], None] | None = None,
    offices: list[str] | None = None,
) -> None:
    """Delete `year` from `table` and insert `rows`, in one transaction.

    `prepare(view)` runs first inside the transaction (create or widen the table from the view of
    the incoming rows); `also()` runs before the commit (e.g. log the load in the same transaction).
    With `offices`, only the rows of those voivodship offices (column voivodship_teryt) of the year
    are deleted: the deliveries of the other offices stay exactly as they were.
    """
    conn.register("incoming_rows", rows)
    try:
        conn.execute("begin transaction")
        if prepare is not None:
            prepare("incoming_rows")
        if offices is None:
            conn.execute(f"delete from {table} where reporting_year = ?", [year])  # noqa: S608 - callers pass a fixed table
        else:
            conn.execute(
                f"delete from {table} where reporting_year = ? and list_contains(?, voivodship_teryt)",  # noqa: S608 - callers pass a fixed table
                [year, offices],
            )
        conn.execute(f"insert into {table} by name select * from incoming_rows")  # noqa: S608 - callers pass a fixed table
        if also is not None:
            also()
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    finally:
        conn.unregister("incoming_rows")
