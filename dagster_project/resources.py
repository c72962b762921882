"""Resources, built from settings when the definitions load (not at import)."""

from __future__ import annotations

import sys
from pathlib import Path

from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from . import settings


def duckdb_resource() -> DuckDBResource:
    path = settings.warehouse_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return DuckDBResource(database=str(path))


def dbt_resource() -> DbtCliResource:
    # The venv's dbt, so that `dagster dev` and tests work without the venv on PATH.
    executable = Path(sys.executable).parent / "dbt"
    return DbtCliResource(
        project_dir=str(settings.DBT_PROJECT_DIR),
        profiles_dir=str(settings.DBT_PROJECT_DIR),
        dbt_executable=str(executable) if executable.exists() else "dbt",
    )
