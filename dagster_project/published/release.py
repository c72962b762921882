"""Publish the marts of the working warehouse as one release, swapped in atomically.

Layout of the published folder (REINTEGRATION_PUBLISHED_DIR, default published/):

    releases/<stamp>/reintegration.duckdb   every mart (schemas marts, findings) as tables
    releases/<stamp>/parquet/<schema>.<table>.parquet
    releases/<stamp>/docs/index.html        the dbt docs (data dictionary), one static page
    releases/<stamp>/manifest.json          when, which years, which tables with row counts
    current -> releases/<stamp>             a symlink, replaced by rename: the atomic swap
    reintegration.duckdb -> current/reintegration.duckdb

A BI tool opens published/reintegration.duckdb read-only (or current/parquet/*). A release is
written completely before `current` is swapped to it in one rename, so a reader sees the old
release or the new one, never a mix; a reader that still holds the old file keeps reading it (the
last KEEP releases stay on disk); and the working warehouse is never opened by a reader, so a
reader never blocks a run. Nothing is published unless every check of the run has passed, and a
run that fails leaves the folder untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

SCHEMAS = ("marts", "findings")
KEEP = 3  # releases kept, for readers still reading an older one
DUCKDB_FILE = "reintegration.duckdb"


@dataclass(frozen=True)
class Release:
    path: Path
    tables: dict[str, int]  # "schema.table" -> rows
    years: list[int]
    seconds: float


def _tables(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    return conn.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_catalog = current_database() and table_type = 'BASE TABLE' "
        f"and table_schema in {SCHEMAS!r} order by 1, 2").fetchall()


def _swap_symlink(link: Path, target: str) -> None:
    """Point `link` at `target` atomically: a new symlink renamed over the old one."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(target)
    os.replace(temporary, link)


def _prune(releases: Path, keep: set[str]) -> None:
    stamps = sorted(p.name for p in releases.iterdir() if p.is_dir())
    for stamp in stamps[:-KEEP]:
        if stamp not in keep:
            shutil.rmtree(releases / stamp, ignore_errors=True)


def publish(conn: duckdb.DuckDBPyConnection, published: Path, docs_page: Path | None = None) -> Release:
    """Copy every mart of the working warehouse (conn) into a new release and swap it in."""
    started = time.perf_counter()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    releases = published / "releases"
    release = releases / stamp
    (release / "parquet").mkdir(parents=True)
    database = release / DUCKDB_FILE
    tables: dict[str, int] = {}
    conn.execute(f"attach '{database.as_posix()}' as release_db")
    try:
        for schema, table in _tables(conn):
            name = f"{schema}.{table}"
            conn.execute(f'create schema if not exists release_db."{schema}"')
            conn.execute(f'create table release_db."{schema}"."{table}" as select * from "{schema}"."{table}"')
            tables[name] = conn.execute(f'select count(*) from release_db."{schema}"."{table}"').fetchone()[0]
            parquet = (release / "parquet" / f"{name}.parquet").as_posix()
            conn.execute(f"copy \"{schema}\".\"{table}\" to '{parquet}' (format parquet)")
        yearly = [f"select reporting_year from release_db.{name}" for name in
                  ("marts.rpt_indicators", "marts.fct_national_statistics") if name in tables]
        years = [row[0] for row in conn.execute(
            f"select distinct reporting_year from ({' union all '.join(yearly)}) order by 1").fetchall()] if yearly else []
        conn.execute("checkpoint release_db")
    finally:
        conn.execute("detach release_db")
    if docs_page is not None and docs_page.is_file():
        (release / "docs").mkdir()
        shutil.copy(docs_page, release / "docs" / "index.html")
    seconds = time.perf_counter() - started
    (release / "manifest.json").write_text(json.dumps({
        "published_at": stamp, "years": years, "tables": tables,
        "duckdb": DUCKDB_FILE, "parquet": "parquet/<schema>.<table>.parquet", "docs": "docs/index.html",
    }, indent=2), encoding="utf-8")
    _swap_symlink(published / "current", f"releases/{stamp}")  # the one atomic step
    if not (published / DUCKDB_FILE).is_symlink():
        _swap_symlink(published / DUCKDB_FILE, f"current/{DUCKDB_FILE}")
    _prune(releases, keep={stamp})
    return Release(path=release, tables=tables, years=years, seconds=seconds)
