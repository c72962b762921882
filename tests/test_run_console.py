"""`python -m dagster_project.run` as an analyst meets it: a warehouse someone else has open, a
second run, a step that fails for another reason than a check, and the console in between."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dagster_project import settings
from dagster_project.orchestrate.run_lock import exclusive_run
from dagster_project.run import run

from .conftest import SEED_EXTRACTS, point_at

HOLD = (
    "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); print('open', flush=True); "
    "time.sleep(120)"
)


@pytest.fixture
def one_year(tmp_path, monkeypatch) -> Path:
    """2021 (known only in total: a run of seconds) in a fresh folder, warehouse and DAGSTER_HOME."""
    extracts, warehouse = tmp_path / "extracts", tmp_path / "warehouse.duckdb"
    shutil.copytree(SEED_EXTRACTS / "2021", extracts / "2021")
    point_at(monkeypatch, extracts, warehouse)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(settings.REPO_ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return warehouse


def test_a_warehouse_open_elsewhere_stops_the_run_at_once_naming_the_holder(one_year, capsys):
    duckdb.connect(str(one_year)).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(one_year)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert run(["2021"]) == 3
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert f"stopped before any step: the warehouse {one_year} is open in process {holder.pid} (" in err
    assert "close it there" in err and "or read the published release" in err
    assert "failed check" not in err


def test_a_second_run_says_a_run_is_in_progress(one_year, capsys):
    with exclusive_run(settings.run_lock_path(), one_year):
        assert run(["2021"]) == 3
    err = capsys.readouterr().err
    assert f"stopped before any step: a run on {one_year} is in progress (process {os.getpid()}, started " in err


def test_the_console_shows_stages_and_a_failed_step_is_reported_as_what_it_is(one_year, capsys):
    """The published folder is a file: publishing fails with the operating system's words, after
    every stage before it showed one line; dbt's ~230 lines went to a file."""
    published = Path(os.environ[settings.PUBLISHED_ENV])
    published.write_text("not a folder\n")

    assert run(["2021"]) == 1

    out, err = capsys.readouterr()
    for stage in ("ingest and gate: done in", "findings: done in", "dbt build: done in", "mart checks: done in"):
        assert f"2021 {stage}" in err, err
    assert "models and tests)" in err.split("2021 dbt build: done in", 1)[1].splitlines()[0]
    assert "2021 publish: failed in" in err
    assert "2021: stopped by an error (not a check); nothing downstream was run." in err
    assert f"[step published__warehouse] [Errno 20] Not a directory: '{published}/releases/" in err
    assert "failed check" not in err and "Error occurred while executing" not in err
    assert "START sql table model" not in out + err
    assert "OK created sql table model marts.rpt_indicators" in settings.dbt_output_path().read_text()


def test_log_level_debug_brings_dbt_own_output_back_to_the_console(one_year, monkeypatch, capfd):
    monkeypatch.setenv(settings.LOG_LEVEL_ENV, "DEBUG")

    assert run(["2021"]) == 0

    out, err = capfd.readouterr()
    assert "OK created sql table model marts.rpt_indicators" in out + err
    assert "DEBUG" in out + err  # Dagster's own console logger, at the level asked for
    assert not settings.dbt_output_path().exists()
    assert "dbt's output:" not in out
