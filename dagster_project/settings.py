"""Where things are. Read at run time, never at import time.

One environment variable names the warehouse file for both Python and dbt
(`dbt/profiles.yml` reads the same variable with the same in-repo default), and one names the
folder of yearly extracts, so a user points the pipeline at their own data without editing code.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = REPO_ROOT / "dbt"

EXTRACTS_ENV = "REINTEGRATION_EXTRACTS_DIR"
WAREHOUSE_ENV = "REINTEGRATION_WAREHOUSE"
DEFAULT_EXTRACTS_DIR = REPO_ROOT / "seeds" / "extracts"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "reintegration.duckdb"
PUBLISHED_ENV = "REINTEGRATION_PUBLISHED_DIR"
DEFAULT_PUBLISHED_DIR = REPO_ROOT / "published"

_YEAR_FOLDER = re.compile(r"^\d{4}$")


def extracts_dir() -> Path:
    """The folder holding one sub-folder per reporting year."""
    return Path(os.environ.get(EXTRACTS_ENV) or DEFAULT_EXTRACTS_DIR).resolve()


def warehouse_path() -> Path:
    """The DuckDB warehouse file (its folder is created on first use)."""
    return Path(os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).resolve()


def work_dir() -> Path:
    """What a run writes beside its warehouse and nowhere else: dbt's target (manifest, partial
    parse state, artifacts, dbt.log), the dbt docs and the run lock. It follows the warehouse, so
    two warehouses built from one checkout (a test and `make run`) never share dbt's files, and a
    run never writes into the source tree."""
    warehouse = warehouse_path()
    return warehouse.with_name(warehouse.stem + ".work")


def dbt_target_dir() -> Path:
    """dbt's target-path for every invocation on this warehouse (one folder, so partial parsing
    carries over from run to run)."""
    return work_dir() / "dbt-target"


def run_lock_path() -> Path:
    """Held by the run that writes this warehouse (orchestrate/run_lock.py)."""
    return work_dir() / "run.lock"


def dbt_docs_dir() -> Path:
    """Where `dbt docs generate` writes the docs published with each release."""
    return work_dir() / "dbt-docs"


def dbt_project_sources() -> list[Path]:
    """The files dbt parses and documents: what makes a new manifest, a new docs page, a new run."""
    parts = [DBT_PROJECT_DIR / name for name in ("models", "macros", "tests", "dbt_project.yml")]
    return [*parts, REPO_ROOT / "seeds" / "reference"]


DOCS_VERSION_FILE = "project_version.txt"  # beside the docs page: the dbt project version it describes


def dbt_docs_version_path() -> Path:
    """The dbt project version the docs page in dbt_docs_dir() was generated for."""
    return dbt_docs_dir() / DOCS_VERSION_FILE


def dbt_log_path() -> Path:
    """dbt's own log of its invocations on this warehouse, as text (dagster-dbt points DBT_LOG_PATH
    at the target folder)."""
    return dbt_target_dir() / "dbt.log"


def dbt_output_path() -> Path:
    """dbt's console output of every run on this warehouse, appended (the console of `make run`
    shows progress instead)."""
    return work_dir() / "dbt-output.log"


LOG_LEVEL_ENV = "REINTEGRATION_LOG_LEVEL"


def log_level() -> str | None:
    """REINTEGRATION_LOG_LEVEL: unset, `make run` shows one line per stage; set (e.g. DEBUG), it
    shows Dagster's event log at that level and dbt's own output instead."""
    return os.environ.get(LOG_LEVEL_ENV) or None


PROCESSES_ENV = "REINTEGRATION_PROCESSES"


def processes() -> int:
    """REINTEGRATION_PROCESSES: how many processes write the workbooks and the PDFs (parallel.py);
    default: the CPUs this process may run on (a container's limit, not the host's count)."""
    raw = os.environ.get(PROCESSES_ENV) or ""
    if raw and (not raw.isdigit() or int(raw) < 1):
        raise ValueError(f"{PROCESSES_ENV}={raw!r}: expected a whole number of processes, at least 1")
    return int(raw) if raw else len(os.sched_getaffinity(0))


def published_dir() -> Path:
    """Where checked marts are published for BI tools (read-only for them; swapped atomically)."""
    return Path(os.environ.get(PUBLISHED_ENV) or DEFAULT_PUBLISHED_DIR).resolve()


FIRST_YEAR = 1990  # the first occupational therapy workshops (WTZ) date from the early 1990s


class ExtractsFolderError(ValueError):
    """The extracts folder holds something that is not a reporting year's folder."""


def years_found(root: Path | None = None) -> list[str]:
    """Reporting years present as folders in the extracts location, oldest first. Every folder
    there must be a plausible year inside the location: a folder `2024_old` or `2204`, or a year
    folder that is a link elsewhere, is refused rather than silently skipped or read."""
    root = root or extracts_dir()
    if not root.is_dir():
        return []
    last = dt.date.today().year + 1
    years = []
    for path in sorted(root.iterdir()):
        if path.name.startswith(".") or not path.is_dir():
            continue
        if not _YEAR_FOLDER.match(path.name) or not FIRST_YEAR <= int(path.name) <= last:
            raise ExtractsFolderError(
                f"{path}: not a reporting year folder (expected a year from {FIRST_YEAR} to {last}, "
                "such as 2024); rename it or move it out of the extracts folder"
            )
        if not path.resolve().is_relative_to(root.resolve()):
            raise ExtractsFolderError(
                f"{path}: a link to {path.resolve()}, outside the extracts folder {root} (expected the "
                "year's folder itself; copy it in)"
            )
        years.append(path.name)
    return years
