"""A run killed with `kill -9` while dbt builds and while it publishes, as a real subprocess: the
last good release stays published and whole, and the next run completes the warehouse."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from dagster_project import settings
from dagster_project.run import run

from .conftest import point_run_at


def _killed(kill_after: str, delay: float) -> int:
    """`python -m dagster_project.run 2021 --all` on the setting this process's environment points at,
    in its own process group; the whole group (the run and its dbt) killed with SIGKILL `delay`
    seconds after the console printed `kill_after` (with --all: the year is up to date, and only a
    full rebuild reaches dbt and publishing)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.run", "2021", "--all"],
        cwd=settings.REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    for line in process.stderr:
        if kill_after in line:
            time.sleep(delay)
            os.killpg(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=60)
    return process.returncode


def _release(root: Path) -> tuple[str, dict]:
    """The release `current` points at, and its manifest; every table it lists opens with its rows."""
    current = root / "published" / "current"
    manifest = json.loads((current / "manifest.json").read_text())
    with duckdb.connect(str(root / "published" / "reintegration.duckdb"), read_only=True) as conn:
        for table, rows in manifest["tables"].items():
            assert conn.execute(f"select count(*) from {table}").fetchone()[0] == rows  # noqa: S608
    return os.readlink(current), manifest


def test_a_run_killed_during_dbt_or_publishing_keeps_the_last_good_release(_built_2021_setting, tmp_path, monkeypatch):
    """From a good run of 2021 (the session's, copied); a run killed while dbt builds; one killed
    while it publishes (2 s after the mart checks, while dbt writes the docs); then a run that
    completes (in this process: what is tested of it is what the killed runs left)."""
    shutil.copytree(_built_2021_setting, tmp_path, symlinks=True, dirs_exist_ok=True)
    point_run_at(monkeypatch, tmp_path)  # this process's environment, which the killed runs inherit
    good = _release(tmp_path)

    for kill_after, delay in (("2021 findings: done", 3.0), ("2021 mart checks: done", 2.0)):
        assert _killed(kill_after, delay) == -signal.SIGKILL, kill_after
        assert _release(tmp_path) == good, kill_after  # the last good release, whole, still published

    # the run lock died with the runs, DuckDB recovered its file, and what the killed runs left
    # half done is stale to Dagster: the next run completes it; the content is the good release's,
    # so the release is the same one (releases are named by their content)
    assert run(["2021"]) == 0
    assert _release(tmp_path) == good
