"""`python -m dagster_project.run` as an analyst meets it: a warehouse someone else has open, a
second run, a step that fails for another reason than a check, and the console in between (at
REINTEGRATION_LOG_LEVEL=DEBUG: tests/test_incremental.py, the corrected file put back)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from dagster_project import settings
from dagster_project.orchestrate.run_lock import exclusive_run
from dagster_project.run import run

from .conftest import correct_2021_national

HOLD = (
    "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); print('open', flush=True); "
    "time.sleep(120)"
)


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


def test_the_console_shows_stages_and_a_failed_step_is_reported_as_what_it_is(built_2021, capsys):
    """A corrected file of a built year; the published folder is a file: publishing fails with the
    operating system's words, after every stage before it showed one line; dbt's lines went to a file."""
    published = Path(os.environ[settings.PUBLISHED_ENV])
    shutil.rmtree(published)
    published.write_text("not a folder\n")
    correct_2021_national()
    dbt_output_before = settings.dbt_output_path().stat().st_size

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
    with settings.dbt_output_path().open(encoding="utf-8") as dbt_output:
        dbt_output.seek(dbt_output_before)
        assert "OK created sql table model marts." in dbt_output.read()
