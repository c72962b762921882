"""A real BI tool on the public release: Datasette (https://datasette.io, the choice of PUDL and
many open-data publishers), installed from PyPI and running offline. It browses, filters, facets
and charts nothing by itself but answers any SQL over the release, and exports CSV and JSON.

Datasette reads SQLite, so the current release is copied once into SQLite (cached per release,
`<published>/datasette/<release>/`, written beside and renamed in whole), with a metadata file
that carries every table's and column's description from the release file's own comments. It
serves only the public release, never the working warehouse.

    make bi    # or: .venv/bin/python -m dagster_project.published.datasette_site [--port 8001]

Why not the others: Evidence downloads a DuckDB-WASM extension at build time and cannot open a
DuckDB 2.0 file (README); Apache Superset installs from PyPI only with extra pins and is far
heavier; Metabase needs a Java runtime and a community driver that is not on PyPI or Debian.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb

from .. import settings
from .release import DUCKDB_FILE
from .status_flags import LEGEND

DATABASE = "reintegration"  # the database's name in Datasette's URLs: /reintegration/rpt_indicators
SQLITE_TYPES = {"INTEGER": "INTEGER", "BIGINT": "INTEGER", "DOUBLE": "REAL", "BOOLEAN": "INTEGER"}


def current_release(published: Path) -> Path:
    current = published / "current"
    if not (current / DUCKDB_FILE).is_file():
        raise SystemExit(f"no release in {published}: run `make run` first")
    return current.resolve()


def _copy_tables(release: Path, target: Path) -> dict:
    """Every table of the release into the SQLite file `target`; returns Datasette's metadata."""
    tables_meta = {}
    with duckdb.connect(str(release / DUCKDB_FILE), read_only=True) as source, sqlite3.connect(target) as sink:
        tables = source.execute(
            "select schema_name, table_name, comment from duckdb_tables() order by schema_name, table_name"
        ).fetchall()
        for schema, table, comment in tables:
            columns = source.execute(
                "select column_name, data_type, comment from duckdb_columns() "
                "where schema_name = ? and table_name = ? order by column_index",
                [schema, table],
            ).fetchall()
            definition = ", ".join(f'"{name}" {SQLITE_TYPES.get(kind, "TEXT")}' for name, kind, _ in columns)
            sink.execute(f'create table "{table}" ({definition})')
            cursor = source.execute(f'select * from "{schema}"."{table}"')  # the release's own table names
            marks = ", ".join("?" * len(columns))
            while rows := cursor.fetchmany(10_000):
                sink.executemany(f'insert into "{table}" values ({marks})', [[_plain(v) for v in r] for r in rows])
            tables_meta[table] = {
                "description": f"{schema}.{table}: {comment or ''}",
                "columns": {name: text for name, _, text in columns if text},
            }
        sink.commit()
    return tables_meta


def _plain(value: object) -> object:
    """What SQLite stores: text for dates, timestamps and lists."""
    return value if value is None or isinstance(value, int | float | str) else str(value)


def build_site(published: Path) -> tuple[Path, Path]:
    """The SQLite copy and metadata of the current release, made once per release."""
    release = current_release(published)
    folder = published / "datasette" / release.name
    database, metadata = folder / f"{DATABASE}.sqlite", folder / "metadata.json"
    if database.is_file() and metadata.is_file():
        return database, metadata
    building = folder.with_name(f".{release.name}.{os.getpid()}.tmp")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    tables = _copy_tables(release, building / database.name)
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    (building / metadata.name).write_text(
        json.dumps(
            {
                "title": "Reintegration statistics (CIS, KIS, ZAZ, WTZ): public release",
                "description": (
                    f"Release {release.name}, published {manifest['published_at']}, years "
                    f"{', '.join(map(str, manifest['years']))}. The flag column: {LEGEND} "
                    + manifest.get("provenance", "")
                ),
                "source": "the reintegration statistics warehouse",
                "databases": {DATABASE: {"tables": tables}},
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    os.replace(building, folder)
    for older in folder.parent.iterdir():  # one copy: the current release's (a server still
        if older != folder:  # reading an older one keeps its open file)
            shutil.rmtree(older, ignore_errors=True)
    return database, metadata


def command(database: Path, metadata: Path, port: int) -> list[str]:
    """The Datasette command serving the copy read-only (immutable) on 127.0.0.1."""
    datasette = Path(sys.executable).with_name("datasette")
    return [
        str(datasette),
        "serve",
        "--immutable",
        str(database),
        "--metadata",
        str(metadata),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--setting",
        "default_page_size",
        "50",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Datasette on the current public release")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    database, metadata = build_site(settings.published_dir())
    print(f"Datasette on http://127.0.0.1:{args.port}/{DATABASE} (the release in {database.parent})", flush=True)
    return subprocess.call(command(database, metadata, args.port))


if __name__ == "__main__":
    raise SystemExit(main())
