"""Where things are. Read at run time, never at import time.

One environment variable names the warehouse file for both Python and dbt
(`dbt/profiles.yml` reads the same variable with the same in-repo default), and one names the
folder of yearly extracts, so a user points the pipeline at their own data without editing code.
"""

from __future__ import annotations

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


def published_dir() -> Path:
    """Where checked marts are published for BI tools (read-only for them; swapped atomically)."""
    return Path(os.environ.get(PUBLISHED_ENV) or DEFAULT_PUBLISHED_DIR).resolve()


def years_found(root: Path | None = None) -> list[str]:
    """Reporting years present as four-digit folders in the extracts location, oldest first."""
    root = root or extracts_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and _YEAR_FOLDER.match(p.name))
