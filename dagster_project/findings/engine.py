"""Run the consistency registry (checks.py) on a year, apply the analysts' acknowledgements, keep the result.

Pure of Dagster (the asset in assets.py wires it in), so it is tested directly. A finding's id is
`<check id>:<subject>`, stable from run to run, which is what an acknowledgement names. An open
error blocks the year; an acknowledged one does not and stays listed with who accepted it and why;
an acknowledgement that matches no finding is itself reported, so that a fixed or renamed finding
never leaves a silent exemption behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

import duckdb
import pandas as pd

from ..year_rows import now_utc, replace_year_rows
from .checks import CHECKS
from .shapes import SQL_DIR, Check

TABLE = "findings.fct_findings"
VIEWS_DIR = SQL_DIR / "views"
FINDING_SQL_COLUMNS = ["subject", "unit_id", "source_rows", "columns", "expected", "found", "extract"]
STALE_ACK_CHECK = "acknowledgements.stale"
# every column of findings.fct_findings, with what it holds (the UI's column schema, the release's
# data dictionary and spreadsheets read these)
COLUMN_DESCRIPTIONS = {
    "finding_id": "<check>:<subject>, stable from run to run: what an acknowledgement names.",
    "reporting_year": "The reporting year whose extracts the finding is about.",
    "check_id": "The consistency check that found it (findings/checks.py or a .sql file).",
    "severity": "error (blocks the year until fixed or acknowledged) or warning.",
    "description": "What the check verifies, in one sentence.",
    "unit_id": "The unit the finding is about, where it is about one.",
    "extract": "The extract file the finding points into.",
    "source_rows": "The rows of that file (as numbered in it).",
    "columns": "The columns of those rows.",
    "expected": "What the check expected.",
    "found": "What it found instead.",
    "message": "The whole finding in one line, as make run prints it.",
    "status": "open, or acknowledged in the year's acknowledgements.csv.",
    "acknowledged_by": "Who acknowledged it.",
    "acknowledged_on": "When it was acknowledged.",
    "acknowledgement_reason": "Why it was accepted.",
    "blocking": "True for an open error: the year does not go on to dbt.",
    "detected_at": "When the run that found it ran.",
}
COLUMNS = list(COLUMN_DESCRIPTIONS)
DDL = f"""
create table if not exists {TABLE} (
    finding_id varchar not null, reporting_year integer not null, check_id varchar not null,
    severity varchar not null, description varchar not null, unit_id varchar, extract varchar,
    source_rows varchar, columns varchar, expected varchar, found varchar, message varchar not null,
    status varchar not null, acknowledged_by varchar, acknowledged_on varchar,
    acknowledgement_reason varchar, blocking boolean not null,
    detected_at timestamp with time zone not null
)
"""


@dataclass(frozen=True)
class YearFindings:
    year: int
    frame: pd.DataFrame  # COLUMNS, one row per finding
    skipped: list[str]  # checks that could not run (a table they read is missing), with why
    # what the cross-year checks compared the year with: the previous year's loads, or that none was
    previous_year: list[str] = field(default_factory=list)

    @property
    def open_errors(self) -> pd.DataFrame:
        return self.frame[self.frame["blocking"]]

    def count(self, severity: str, status: str) -> int:
        frame = self.frame
        return int(((frame["severity"] == severity) & (frame["status"] == status)).sum())


def _file_names(conn: duckdb.DuckDBPyConnection, year: int) -> dict[str, str]:
    """extract name -> file name of its last successful load for the year."""
    rows = conn.execute(
        """select extract_name, arg_max(file_name, loaded_at) from raw.extract_loads
           where reporting_year = ? and status = 'loaded' group by extract_name""",
        [year],
    ).fetchall()
    return {name: PurePath(path).name for name, path in rows if path}


def previous_year_read(conn: duckdb.DuckDBPyConnection, year: int, checks: tuple[Check, ...] = CHECKS) -> list[str]:
    """The previous year's loads that the cross-year checks read, said out loud: a change to that
    year changes this year's findings, so the findings name the file and content they compared."""
    extracts = sorted({check.extract for check in checks if check.reads_previous_year})
    if not extracts:
        return []
    rows = conn.execute(
        """select extract_name, arg_max(file_name, loaded_at), arg_max(file_sha256, loaded_at)
           from raw.extract_loads
           where reporting_year = ? and status = 'loaded' and file_name is not null
             and list_contains(?, extract_name)
           group by extract_name order by extract_name""",
        [year - 1, extracts],
    ).fetchall()
    loaded = {name: f"{year - 1} {PurePath(path).name} (sha256 {digest[:12]})" for name, path, digest in rows}
    return [
        f"{name}: compared with {loaded[name]}"
        if name in loaded
        else f"{name}: no {year - 1} loaded; the year-over-year checks found nothing to compare"
        for name in extracts
    ]


def _run_check(conn: duckdb.DuckDBPyConnection, check: Check, year: int) -> pd.DataFrame:
    frame = conn.execute(check.sql, {"year": year, **check.params}).df()
    if "extract" not in frame.columns:
        frame["extract"] = check.extract
    return frame.assign(check_id=check.id, severity=check.severity, description=check.description)


def _message(row: pd.Series) -> str:
    rows = f"row {row.source_rows}" if "," not in str(row.source_rows) else f"rows {row.source_rows}"
    unit = f" ({row.unit_id})" if isinstance(row.unit_id, str) and row.unit_id else ""
    return (
        f"[{row.severity}] {row.finding_id}: {row.extract}, {rows}{unit}, column(s) {row.columns}: "
        f"expected {row.expected}; found {row.found}"
    )


def _create_views(conn: duckdb.DuckDBPyConnection) -> None:
    """The shared views the checks read (sql/views/<name>.sql), as temporary views of this
    connection; a view over a table not loaded is left out, and the checks that read it are skipped."""
    for path in sorted(VIEWS_DIR.glob("*.sql")):
        try:
            conn.execute(f"create or replace temp view {path.stem} as {path.read_text(encoding='utf-8')}")
        except duckdb.CatalogException:
            conn.execute(f"drop view if exists {path.stem}")


def detect(
    conn: duckdb.DuckDBPyConnection, year: int, checks: tuple[Check, ...] = CHECKS
) -> tuple[pd.DataFrame, list[str]]:
    """Every finding of the year's loaded extracts, before acknowledgements."""
    files = _file_names(conn, year)
    _create_views(conn)
    frames, skipped = [], []
    for check in checks:
        try:
            frames.append(_run_check(conn, check, year))
        except duckdb.CatalogException as error:
            skipped.append(f"{check.id}: {str(error).splitlines()[0]}")
    nonempty = [frame for frame in frames if not frame.empty]
    found = (
        pd.concat(nonempty, ignore_index=True)
        if nonempty
        else pd.DataFrame(columns=[*FINDING_SQL_COLUMNS, "check_id", "severity", "description"])
    )
    found["finding_id"] = found["check_id"] + ":" + found["subject"].astype(str)
    # an extract name becomes the file last loaded for it; a check over one office's delivery
    # (one file of many) names that file itself
    found["extract"] = found["extract"].map(
        lambda name: " / ".join(
            part if part.endswith(".csv") else files.get(part, f"{part}.csv") for part in str(name).split("|")
        )
    )
    return found.drop(columns=["subject"]), skipped


def _acknowledgements(conn: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    try:
        return conn.execute(
            """select finding_id, acknowledged_by, acknowledged_on, reason, _source_row
               from raw.acknowledgements where reporting_year = ?""",
            [year],
        ).df()
    except duckdb.CatalogException:
        return pd.DataFrame(columns=["finding_id", "acknowledged_by", "acknowledged_on", "reason", "_source_row"])


def acknowledge(found: pd.DataFrame, acks: pd.DataFrame, ack_file: str) -> pd.DataFrame:
    """Mark acknowledged findings, and report every acknowledgement that matches no finding."""
    acks = acks.rename(columns={"reason": "acknowledgement_reason"})
    merged = found.merge(acks.drop(columns=["_source_row"]), on="finding_id", how="left")
    merged["status"] = merged["acknowledged_by"].notna().map({True: "acknowledged", False: "open"})
    stale = acks[~acks["finding_id"].isin(found["finding_id"])]
    stale_rows = pd.DataFrame(
        {
            "finding_id": STALE_ACK_CHECK + ":" + stale["finding_id"],
            "check_id": STALE_ACK_CHECK,
            "severity": "warning",
            "description": "An acknowledgement names a finding that this run did not find.",
            "unit_id": None,
            "extract": ack_file,
            "source_rows": stale["_source_row"].astype(str),
            "columns": "finding_id",
            "expected": "a finding " + stale["finding_id"] + " in this year's run",
            "found": "no such finding (acknowledged by "
            + stale["acknowledged_by"]
            + " on "
            + stale["acknowledged_on"]
            + "); remove or correct the acknowledgement",
            "status": "open",
        }
    )
    out = pd.concat([merged, stale_rows], ignore_index=True) if not stale_rows.empty else merged
    out["blocking"] = (out["severity"] == "error") & (out["status"] == "open")
    return out


def evaluate(
    conn: duckdb.DuckDBPyConnection,
    year: int,
    checks: tuple[Check, ...] = CHECKS,
    detected_at: datetime | None = None,
) -> YearFindings:
    found, skipped = detect(conn, year, checks)
    ack_file = _file_names(conn, year).get("acknowledgements", "acknowledgements.csv")
    frame = acknowledge(found, _acknowledgements(conn, year), ack_file)
    frame["reporting_year"] = year
    frame["detected_at"] = detected_at or now_utc()
    frame["message"] = frame.apply(_message, axis=1) if not frame.empty else pd.Series(dtype=str)
    for column in COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    order = {"error": 0, "warning": 1}
    frame = frame.assign(_order=frame["severity"].map(order)).sort_values(
        ["blocking", "_order", "check_id", "finding_id"], ascending=[False, True, True, True]
    )
    return YearFindings(year, frame[COLUMNS].reset_index(drop=True), skipped, previous_year_read(conn, year, checks))


def replace_year(conn: duckdb.DuckDBPyConnection, findings: YearFindings) -> None:
    """Replace the year's findings in one transaction; other years stay as they were."""
    conn.execute("create schema if not exists findings")
    conn.execute(DDL)
    replace_year_rows(conn, TABLE, findings.year, findings.frame)
