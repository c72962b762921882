"""Load a validated extract into the raw schema: exactly one reporting year, atomically.

Rerunning a year replaces that year's rows and nothing else (delete + insert in one
transaction), so a crash mid-load leaves the previous rows. Every attempt, loaded or rejected, is
logged in raw.extract_loads with the file's name, sha256 and row count. Identifiers come from the
extract registry (a whitelist) and are quoted; values always go in as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from ..extracts.registry import EXTRACTS_BY_NAME
from ..year_rows import replace_year_rows

LOAD_LOG_DDL = """
create table if not exists raw.extract_loads (
    reporting_year integer not null,
    extract_name varchar not null,
    file_name varchar,
    file_sha256 varchar,
    row_count integer,
    encoding varchar,
    status varchar not null,
    problem_count integer not null,
    loaded_at timestamp with time zone not null
)
"""


@dataclass(frozen=True)
class LoadRecord:
    reporting_year: int
    extract_name: str
    file_name: str | None
    file_sha256: str | None
    row_count: int | None
    encoding: str | None
    status: str  # loaded | rejected
    problem_count: int
    loaded_at: datetime


def _identifier(name: str) -> str:
    if name not in EXTRACTS_BY_NAME:
        raise ValueError(f"not an extract table: {name!r}")
    return f'raw."{name}"'


def _add_missing_columns(conn: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """A newer extract format may add columns; older years then read as missing, never zero."""
    existing = {
        row[0]
        for row in conn.execute(
            "select column_name from information_schema.columns where table_schema = 'raw' and table_name = ?",
            [table.split('"')[1]],
        ).fetchall()
    }
    for column in frame.columns:
        if column not in existing:
            sql_type = {"Int64": "bigint", "Float64": "double", "boolean": "boolean"}.get(
                str(frame[column].dtype), "varchar"
            )
            conn.execute(f'alter table {table} add column "{column}" {sql_type}')  # noqa: S608 - whitelisted


def replace_year(
    conn: duckdb.DuckDBPyConnection,
    name: str,
    year: int,
    frame: pd.DataFrame,
    record: LoadRecord,
    offices: list[str] | None = None,
) -> None:
    """Replace `year` in raw.<name> with `frame` and log it, in one transaction; with `offices`,
    only those voivodship offices' rows of the year (`frame` then carries `_source_file` and
    `_source_sha256` per delivery)."""
    table = _identifier(name)
    # typed even when empty or absent, so that a table first created by an absent extract is right
    rows = frame.assign(reporting_year=year)
    if "_source_file" not in rows.columns:
        rows = rows.assign(
            _source_file=pd.Series([record.file_name] * len(frame), index=frame.index, dtype="string"),
            _source_sha256=pd.Series([record.file_sha256] * len(frame), index=frame.index, dtype="string"),
        )
    rows = rows.assign(
        _loaded_at=pd.Series([record.loaded_at] * len(frame), index=frame.index, dtype="datetime64[us, UTC]")
    )
    conn.execute("create schema if not exists raw")
    conn.execute(LOAD_LOG_DDL)

    def prepare(view: str) -> None:
        conn.execute(f"create table if not exists {table} as select * from {view} limit 0")  # noqa: S608 - a whitelisted extract table
        _add_missing_columns(conn, table, rows)

    replace_year_rows(
        conn,
        table,
        year,
        rows,
        prepare=prepare,
        also=lambda: log_load(conn, record, in_transaction=True),
        offices=offices,
    )


def log_load(conn: duckdb.DuckDBPyConnection, record: LoadRecord, in_transaction: bool = False) -> None:
    if not in_transaction:
        conn.execute("create schema if not exists raw")
        conn.execute(LOAD_LOG_DDL)
    conn.execute(
        "insert into raw.extract_loads values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            record.reporting_year,
            record.extract_name,
            record.file_name,
            record.file_sha256,
            record.row_count,
            record.encoding,
            record.status,
            record.problem_count,
            record.loaded_at,
        ],
    )


def register_units(conn: duckdb.DuckDBPyConnection, year: int) -> dict[str, str] | None:
    """unit_id -> unit_type of the year's loaded register, or None if none is loaded."""
    exists = conn.execute(
        "select count(*) from information_schema.tables where table_schema = 'raw' and table_name = 'register'"
    ).fetchone()[0]
    if not exists:
        return None
    rows = conn.execute("select unit_id, unit_type from raw.register where reporting_year = ?", [year]).fetchall()
    return dict(rows) if rows else None


def loaded_deliveries(conn: duckdb.DuckDBPyConnection, name: str, year: int) -> dict[str, str]:
    """voivodship office -> sha256 of its delivery loaded for the year (empty if none is)."""
    exists = conn.execute(
        "select count(*) from information_schema.tables where table_schema = 'raw' and table_name = ?", [name]
    ).fetchone()[0]
    if not exists:
        return {}
    rows = conn.execute(
        f"select voivodship_teryt, any_value(_source_sha256) from {_identifier(name)} "  # noqa: S608 - whitelisted
        "where reporting_year = ? group by voivodship_teryt",
        [year],
    ).fetchall()
    return dict(rows)
