"""Resources, built from settings when the definitions load (not at import)."""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from pathlib import Path

import duckdb
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from . import settings

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


class WarehouseResource(DuckDBResource):
    """The warehouse connection of every step: dagster-duckdb's resource, without its minutes of
    retries on a file another process holds."""

    @contextmanager
    def get_connection(self):
        conn = connect_for_writing(self.database, custom_user_agent="dagster", **self.connection_config)
        try:
            yield conn
        finally:
            conn.close()


def duckdb_resource() -> WarehouseResource:
    path = settings.warehouse_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return WarehouseResource(database=str(path))


def dbt_resource() -> DbtCliResource:
    # The venv's dbt, so that `dagster dev` and tests work without the venv on PATH; dbt.log as
    # text (dagster-dbt asks dbt for JSON events on stdout, which would make the file JSON too).
    executable = Path(sys.executable).parent / "dbt"
    return DbtCliResource(
        project_dir=str(settings.DBT_PROJECT_DIR),
        profiles_dir=str(settings.DBT_PROJECT_DIR),
        dbt_executable=str(executable) if executable.exists() else "dbt",
        global_config_flags=["--log-format-file", "text"],
    )
