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

from .conftest import SEED_EXTRACTS, parsed_manifest


def _env(root: Path) -> dict[str, str]:
    return os.environ | {
        settings.EXTRACTS_ENV: str(root / "extracts"),
        settings.WAREHOUSE_ENV: str(root / "warehouse.duckdb"),
        settings.PUBLISHED_ENV: str(root / "published"),
        "DAGSTER_HOME": str(root / "dagster_home"),
    }


def _run(root: Path, kill_after: str | None = None, delay: float = 0.0) -> int:
    """`python -m dagster_project.run 2021` in its own process group; with kill_after, the whole
    group (the run and its dbt) gets SIGKILL `delay` seconds after the console printed that line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.run", "2021"],
        env=_env(root),
        cwd=settings.REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    if kill_after is None:
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        return process.returncode
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


def test_a_run_killed_during_dbt_or_publishing_keeps_the_last_good_release(tmp_path):
    """One good run; a run killed while dbt builds; one killed while it publishes (2 s after the
    mart checks, while dbt writes the docs); then a run that completes."""
    shutil.copytree(SEED_EXTRACTS / "2021", tmp_path / "extracts" / "2021")
    (tmp_path / "dagster_home").mkdir()
    shutil.copy(settings.REPO_ROOT / "dagster_home" / "dagster.yaml", tmp_path / "dagster_home")
    target = tmp_path / "warehouse.work" / "dbt-target"
    target.mkdir(parents=True)
    shutil.copy(parsed_manifest(), target / "manifest.json")
    _run(tmp_path)
    good = _release(tmp_path)

    for kill_after, delay in (("2021 findings: done", 3.0), ("2021 mart checks: done", 2.0)):
        assert _run(tmp_path, kill_after, delay) == -signal.SIGKILL, kill_after
        assert _release(tmp_path) == good, kill_after  # the last good release, whole, still published

    assert _run(tmp_path) == 0  # the run lock died with the runs; DuckDB recovered its file
    link, manifest = _release(tmp_path)
    assert link != good[0] and manifest["years"] == [2021]
