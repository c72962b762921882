"""Publish the marts of the working warehouse as one release, named by its content, swapped in atomically.

Layout of the published folder (REINTEGRATION_PUBLISHED_DIR, default published/):

    releases/<digest>/reintegration.duckdb  the public tables (public_tables.py), confidential cells hidden
    releases/<digest>/parquet/<schema>.<table>.parquet
    releases/<digest>/docs/index.html       the dbt docs (data dictionary), one static page
    releases/<digest>/manifest.json         digest, when, which years, which tables with row counts
    current -> releases/<digest>            a symlink, replaced by rename: the atomic swap
    reintegration.duckdb -> current/reintegration.duckdb

A release is named by the digest of what it holds (every table's column types and rows, and the
docs page), so publishing the same content again is a no-op: no file is written and `current`
stays. A BI tool opens published/reintegration.duckdb read-only (or current/parquet/*). A release
is written completely in a temporary folder, renamed to its name, and only then is `current`
swapped to it in one rename, so a reader sees the old release or the new one, never a mix; a
reader that still holds the old file keeps reading it (the last KEEP releases stay on disk); and
the working warehouse is never opened by a reader, so a reader never blocks a run. Nothing is
published unless every check of the run has passed and the release passes the confidentiality
audit (audit.py), and a run that fails leaves the folder untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from .. import settings
from ..versions import of_package, table_digest
from .audit import Audit, audit_release
from .datapackage import write_datapackage
from .descriptions import TableDoc, release_docs, write_comments
from .disclosure import threshold
from .provenance import declarations, statement
from .public_tables import amount_dominance, source_tables, suppressed_cells, write_public_tables
from .release_notes import CHANGES, changed_files, extract_files, notes, version, write_changes
from .spreadsheets import CSV_DIR, WRITTEN_FOR, write_csv, write_workbooks
from .status_flags import flags, previous_values, provisional_extracts

KEEP = 3  # releases kept, for readers still reading an older one
DUCKDB_FILE = "reintegration.duckdb"
# The same tables in DuckDB 1.4's storage format (the long-term-support line), for BI drivers and
# tools that bundle an older DuckDB: DuckDB 2.0's own file is unreadable to them ("version 999").
DUCKDB_V1_FILE = "reintegration-v1.duckdb"
DUCKDB_V1_STORAGE = "v1.4.0"


@dataclass(frozen=True)
class Release:
    path: Path
    tables: dict[str, int]  # "schema.table" -> rows
    years: list[int]
    seconds: float
    unchanged: bool = False  # the content was already the current release: nothing was written
    disclosure: dict = field(default_factory=dict)  # threshold, cells, suppressed per year and kind


class DisclosureError(RuntimeError):
    """The release would disclose a confidential cell: it is not published."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("not published: the release would disclose confidential cells; " + " | ".join(problems))


def _swap_symlink(link: Path, target: str) -> None:
    """Point `link` at `target` atomically: a new symlink renamed over the old one."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(target)
    os.replace(temporary, link)


def _prune(releases: Path, keep: str) -> None:
    """Keep the KEEP newest releases (and the one just made current); drop unfinished folders."""
    for unfinished in releases.glob(".*.tmp"):
        shutil.rmtree(unfinished, ignore_errors=True)
    finished = [p for p in releases.iterdir() if p.is_dir() and (p / "manifest.json").is_file()]
    finished.sort(key=lambda p: (p / "manifest.json").stat().st_mtime)
    for old in finished[:-KEEP]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def content_digest(conn: duckdb.DuckDBPyConnection, tables: list[tuple[str, str]], docs_page: Path | None) -> str:
    """sha256 of every source table's name, column types and rows (in any order), of the code and
    threshold that make them public, and of the docs page: by the dbt project version it was
    generated for when it says (the page's bytes carry the time dbt generated it, and a page made
    again for the same project is the same documentation), else by its bytes."""
    digest = hashlib.sha256(f"{of_package('published')}\0{threshold()}\0".encode())
    for schema, table in tables:
        digest.update(f"{table_digest(conn, schema, table)}\0".encode())
    if docs_page is not None and docs_page.is_file():
        made_for = docs_page.with_name(settings.DOCS_VERSION_FILE)
        digest.update(made_for.read_bytes() if made_for.is_file() else docs_page.read_bytes())
    return digest.hexdigest()[:16]


def publish(
    conn: duckdb.DuckDBPyConnection, published: Path, docs_page: Path | None = None, dbt_manifest: Path | None = None
) -> Release:
    """Make the public release of the working warehouse (conn), in every format, and swap it in."""
    started = time.perf_counter()
    tables_found = source_tables(conn)
    name = content_digest(conn, tables_found, docs_page)
    releases = published / "releases"
    release = releases / name
    current = published / "current"
    if (release / "manifest.json").is_file():  # this content was published before
        manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
        unchanged = current.is_symlink() and os.readlink(current) == f"releases/{name}"
        if not unchanged:
            _swap_symlink(current, f"releases/{name}")
        _link_duckdb_file(published)
        seconds = time.perf_counter() - started
        return Release(
            release, manifest["tables"], manifest["years"], seconds, unchanged, manifest.get("disclosure", {})
        )
    building = releases / f".{name}.{os.getpid()}.tmp"
    if building.exists():
        shutil.rmtree(building)
    (building / "parquet").mkdir(parents=True)
    published_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    manifest = dbt_manifest or settings.dbt_target_dir() / "manifest.json"
    provenance = statement(declarations(conn))
    before = current.resolve() if current.is_symlink() and (current / "manifest.json").is_file() else None
    previous = json.loads((before / "manifest.json").read_text(encoding="utf-8")) if before else None
    extracts = extract_files(conn)
    # which files changed; None when the release before did not record its files (made by older code)
    files = changed_files(previous["extracts"], extracts) if previous and "extracts" in previous else None
    try:
        previous_db = before / DUCKDB_FILE if before else None
        tables, years, checked, changes, docs = _write_tables(
            conn, tables_found, building, manifest, previous_db, files
        )
        books_before = (before, previous.get("xlsx", {})) if before and previous else None
        formats = _write_formats(building, name, published_at, checked, docs, provenance, books_before)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)  # nothing half-written stays behind
        raise
    if docs_page is not None and docs_page.is_file():
        (building / "docs").mkdir()
        shutil.copy(docs_page, building / "docs" / "index.html")
    written = {
        "release": name,
        "version": version(published_at, name),
        "published_at": published_at,
        "previous": previous["release"] if previous else None,
        "changes": changes,
        "extracts": extracts,
        "years": years,
        "provenance": provenance,
        "tables": tables,
        "duckdb": DUCKDB_FILE,
        "duckdb_v1": DUCKDB_V1_FILE,
        "parquet": "parquet/<schema>.<table>.parquet",
        "docs": "docs/index.html",
        **formats,
        "disclosure": {"threshold": checked.threshold, "cells": checked.cells, "suppressed": checked.hidden},
    }
    (building / "manifest.json").write_text(json.dumps(written, indent=2), encoding="utf-8")
    (building / "release_notes.md").write_text(notes(written, previous, changes, files), encoding="utf-8")
    os.replace(building, release)  # the release folder appears whole under its name
    _swap_symlink(current, f"releases/{name}")  # the one atomic step readers see
    _link_duckdb_file(published)
    _prune(releases, keep=name)
    seconds = time.perf_counter() - started
    return Release(path=release, tables=tables, years=years, seconds=seconds, disclosure=written["disclosure"])


def _write_formats(
    release: Path,
    name: str,
    published_at: str,
    checked: Audit,
    docs: dict[str, TableDoc],
    provenance: str,
    previous: tuple[Path, dict] | None,
) -> dict:
    """The audited release file again as CSV for Polish Excel, XLSX workbooks (one per year, a year
    unchanged since the `previous` release (its folder and manifest["xlsx"]) linked from there) and
    datapackage.json."""
    database = release / DUCKDB_FILE
    csv_files = {path.stem: f"{CSV_DIR}/{path.name}" for path in write_csv(database, release / CSV_DIR)}
    about = [
        ("provenance", provenance),
        (
            "x",
            f"withheld: describes fewer than {checked.threshold} persons or units, or one unit gives more than "
            "three quarters of the amount, or would let such a figure be recovered",
        ),
        (".", "no data"),
        (
            "p, r, b",
            "beside a shown value (column flag): provisional, revised since the release before, break in series",
        ),
    ]
    books = write_workbooks(
        database, release, [(WRITTEN_FOR[0], name), (WRITTEN_FOR[1], published_at)], docs, about, previous
    )
    write_datapackage(database, release, name, docs, csv_files, provenance)
    return {
        "xlsx": books,
        "csv": f"{CSV_DIR}/<schema>.<table>.csv",
        "datapackage": "datapackage.json",
        "notes": "release_notes.md",
    }


def _link_duckdb_file(published: Path) -> None:
    for name in (DUCKDB_FILE, DUCKDB_V1_FILE):
        if not (published / name).is_symlink():
            _swap_symlink(published / name, f"current/{name}")


def _write_v1_copy(database: Path) -> Path:
    """A copy of the release file that DuckDB 1.4 and later open (COPY FROM DATABASE, ~0.1 s)."""
    copy = database.with_name(DUCKDB_V1_FILE)
    with duckdb.connect() as conn:
        conn.execute(f"attach '{database.as_posix()}' as release_db (read_only)")
        conn.execute(f"attach '{copy.as_posix()}' as v1 (storage_version '{DUCKDB_V1_STORAGE}')")
        conn.execute("copy from database release_db to v1")
    return copy


def _write_tables(
    conn: duckdb.DuckDBPyConnection,
    tables_found: list[tuple[str, str]],
    release: Path,
    dbt_manifest: Path,
    previous_db: Path | None,
    files: dict[str, list[str]] | None,
) -> tuple[dict[str, int], list[int], Audit, dict[str, int], dict[str, TableDoc]]:
    database = release / DUCKDB_FILE
    tables: dict[str, int] = {}
    dominance = amount_dominance(conn)
    cells = suppressed_cells(conn, dominance=dominance)
    cells["flag"] = flags(cells, provisional_extracts(conn), previous_values(previous_db))
    conn.execute(f"attach '{database.as_posix()}' as release_db (read_write)")  # also from a read-only warehouse
    try:
        write_public_tables(conn, "release_db", tables_found, cells)
        changes = write_changes(conn, "release_db", previous_db, files or {})
        docs = release_docs(conn, "release_db", dbt_manifest)
        write_comments(conn, "release_db", docs)
        for schema, table in [*tables_found, tuple(CHANGES.split("."))]:
            name = f"{schema}.{table}"
            tables[name] = conn.execute(f'select count(*) from release_db."{schema}"."{table}"').fetchone()[0]
            parquet = (release / "parquet" / f"{name}.parquet").as_posix()
            conn.execute(f'copy release_db."{schema}"."{table}" to \'{parquet}\' (format parquet)')
        yearly = [
            f"select reporting_year from release_db.{name}"
            for name in ("marts.rpt_indicators", "marts.fct_national_statistics")
            if name in tables
        ]
        years = (
            [
                row[0]
                for row in conn.execute(
                    f"select distinct reporting_year from ({' union all '.join(yearly)}) order by 1"
                ).fetchall()
            ]
            if yearly
            else []
        )
        conn.execute("checkpoint release_db")
    finally:
        conn.execute("detach release_db")
    checked = audit_release(database, dominance=dominance)
    if not checked.passed:
        raise DisclosureError(checked.problems)
    _write_v1_copy(database)
    return tables, years, checked, changes, docs
