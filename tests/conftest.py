"""Fixtures: real DuckDB files and real extract folders in temporary directories."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from dagster_project import settings
from dagster_project.definitions import WAREHOUSE_JOB, build_definitions
from dagster_project.ingest.assets import raw_key
from dagster_project.ingest.extracts import EXTRACTS

SEED_EXTRACTS = settings.REPO_ROOT / "seeds" / "extracts"


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch):
    monkeypatch.setenv("GX_ANALYTICS_ENABLED", "False")
    monkeypatch.setenv("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")


def point_at(monkeypatch, extracts: Path, warehouse: Path) -> None:
    monkeypatch.setenv(settings.EXTRACTS_ENV, str(extracts))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))


def run_year(year: str, raw_only: bool = False) -> dg.ExecuteInProcessResult:
    """Materialise a year as the yearly job does (raw_only: just the gated ingestion)."""
    job = build_definitions().resolve_job_def(WAREHOUSE_JOB)
    return job.execute_in_process(
        partition_key=year, instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
        asset_selection=[raw_key(spec.name) for spec in EXTRACTS] if raw_only else None,
    )


def failed_check_messages(result: dg.ExecuteInProcessResult) -> list[str]:
    return [e.description or "" for e in result.get_asset_check_evaluations() if not e.passed]


def build_from_seeds(root: Path, raw_only: bool = False) -> tuple[Path, Path]:
    """Copy the shipped extracts under root and materialise 2024 into root/warehouse.duckdb."""
    extracts, warehouse = root / "extracts", root / "warehouse.duckdb"
    shutil.copytree(SEED_EXTRACTS, extracts)
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_at(monkeypatch, extracts, warehouse)
        result = run_year("2024", raw_only=raw_only)
    assert result.success, failed_check_messages(result)
    assert not failed_check_messages(result)
    return extracts, warehouse


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory) -> Path:
    """The whole graph materialised for 2024 from the shipped extracts, once per session."""
    return build_from_seeds(tmp_path_factory.mktemp("built"))[1]


@pytest.fixture
def marts(built_warehouse):
    conn = duckdb.connect(str(built_warehouse), read_only=True)
    yield conn
    conn.close()
