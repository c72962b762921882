"""Resources, built from settings when the definitions load (not at import)."""

from __future__ import annotations

import functools
import importlib.metadata
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from packaging.version import Version

from . import settings

if TYPE_CHECKING:
    from dagster_dbt import DbtCliResource

_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


class WarehouseBusyError(RuntimeError):
    """Another process holds the warehouse file: said in one sentence, with who holds it."""

    def __init__(self, path: Path | str, duckdb_message: str):
        held = _HOLDER.search(duckdb_message)
        holder = f"process {held['pid']} ({held['program']})" if held else "another process"
        super().__init__(
            f"the warehouse {path} is open in {holder}, so this run cannot write to it; close it "
            f"there (a notebook, DBeaver, a DuckDB shell, another run) and run again, or read the "
            f"published release ({settings.published_dir() / 'reintegration.duckdb'}), which never "
            f"blocks a run"
        )


def connect_for_writing(path: Path | str, **config) -> duckdb.DuckDBPyConnection:
    """A read-write connection, or at once a WarehouseBusyError naming the holder: DuckDB allows
    one writing process per file, and waiting for it (dagster-duckdb retries for minutes) only
    delays the same answer."""
    try:
        return duckdb.connect(str(path), read_only=False, config=config)
    except duckdb.IOException as error:
        if "lock" in str(error):
            raise WarehouseBusyError(path, str(error)) from None
        raise


IDENTITY_TABLE = "raw.warehouse_identity"


def warehouse_id(conn: duckdb.DuckDBPyConnection) -> str:
    """The id this warehouse file was given when it was created (made now if it has none).

    Every materialisation records it, so that a Dagster instance shared by two warehouses (two
    REINTEGRATION_WAREHOUSE values, or a warehouse deleted and built again) never takes what it
    built in one for what is in the other (orchestrate/plan.py).
    """
    conn.execute("create schema if not exists raw")
    conn.execute(f"create table if not exists {IDENTITY_TABLE} (warehouse_id varchar not null, created_at timestamptz)")
    row = conn.execute(f"select warehouse_id from {IDENTITY_TABLE}").fetchone()  # noqa: S608 - a constant
    if row is None:
        row = conn.execute(
            f"insert into {IDENTITY_TABLE} select cast(uuid() as varchar), now() returning warehouse_id"  # noqa: S608
        ).fetchone()
    return row[0]


def recorded_warehouse_id(path: Path) -> str | None:
    """The id of the warehouse file at path, read without writing; None if it has none yet."""
    if not path.exists():
        return None
    try:
        conn = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as error:
        if "lock" in str(error):
            raise WarehouseBusyError(path, str(error)) from None
        raise
    with conn:
        found = conn.execute(
            "select count(*) from information_schema.tables where table_schema = 'raw' "
            "and table_name = 'warehouse_identity'"
        ).fetchone()[0]
        row = conn.execute(f"select warehouse_id from {IDENTITY_TABLE}").fetchone() if found else None  # noqa: S608
    return row[0] if row else None


class WarehouseResource(DuckDBResource):
    """The warehouse connection of every step: dagster-duckdb's resource, without its minutes of
    retries on a file another process holds."""

    @contextmanager
    def get_connection(self):
        Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        conn = connect_for_writing(self.database, custom_user_agent="dagster", **self.connection_config)
        try:
            yield conn
        finally:
            conn.close()


def duckdb_resource() -> WarehouseResource:
    """The file REINTEGRATION_WAREHOUSE names when a run starts (a Dagster EnvVar, read at each
    run, as dbt's profile reads it), the default path (settings.py) when it is not set."""
    os.environ.setdefault(settings.WAREHOUSE_ENV, str(settings.warehouse_path()))
    return WarehouseResource(database=dg.EnvVar(settings.WAREHOUSE_ENV))


def dbt_resource() -> DbtCliResource:
    # The venv's dbt, so that `dagster dev` and tests work without the venv on PATH; dbt.log as
    # text (dagster-dbt asks dbt for JSON events on stdout, which would make the file JSON too).
    executable = Path(sys.executable).parent / "dbt"
    return _dbt_resource_class()(
        project_dir=str(settings.DBT_PROJECT_DIR),
        profiles_dir=str(settings.DBT_PROJECT_DIR),
        dbt_executable=str(executable) if executable.exists() else "dbt",
        global_config_flags=["--log-format-file", "text"],
    )


@functools.cache
def _dbt_resource_class() -> type:
    from dagster_dbt import DbtCliResource  # here, not at import: an unchanged rerun never loads dbt

    class WarehouseDbtResource(DbtCliResource):
        """dagster-dbt's resource without two costs it pays on every dbt command (about 4.5 s of
        a corrected-file run here, measured with cProfile), for features this project does not use:

        - it runs `dbt --version` in a subprocess to tell dbt Core from the Fusion engine: the
          installed dbt-core package says the same at once;
        - it builds a dbt Core adapter in this process, used only by `fetch_column_metadata` and
          `fetch_row_counts` (row counts come from transform/dbt_assets.with_row_counts), the
          same way it skips the adapter for the Fusion engine.
        """

        @functools.cached_property
        def _cli_version(self) -> Version:
            return Version(importlib.metadata.version("dbt-core"))

        def _initialize_dbt_core_adapter(self, args):
            return None

    return WarehouseDbtResource
