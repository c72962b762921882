"""Dagster's last "up to date" verdict, remembered, so that an unchanged rerun costs about a second.

Asking Dagster's stale-status resolver (plan.py) costs seconds: loading the definitions imports
dbt and parses the manifest, and the resolver queries the event log some hundred times. Its
verdict is a function of the extract files, the code, the warehouse file and the event log, so
after a run that brought every asked year up to date (or a plan that found nothing to do) the
verdict is stored with a digest of exactly those inputs:

- the years asked and the data version of each of their extract files (raw/file_versions.py);
- the source of the code location and of the dbt project (a digest of every file);
- the warehouse's id (resources.warehouse_id: a new or different file is never up to date);
- the event log's last record id: any materialisation or observation since, from the UI, the
  sensor or a test, makes the digest differ and the resolver is asked again.

The next run computes the same digest without importing dbt; if it is the one stored, nothing is
stale and nothing is written. Any difference only means the resolver decides, as without this file.
"""

from __future__ import annotations

import hashlib
import json

import dagster as dg

from .. import settings
from ..extracts.registry import EXTRACTS
from ..raw.file_versions import extract_versions
from ..versions import PACKAGE, code_version

VERDICT_FILE = "up-to-date.json"


def _code() -> str:
    return code_version(PACKAGE, *settings.dbt_project_sources(), settings.DBT_PROJECT_DIR / "profiles.yml")


def fingerprint(years: list[str], warehouse: str | None, instance: dg.DagsterInstance) -> str:
    """A digest of everything the verdict depends on (see the module's docstring)."""
    inputs = {
        "years": sorted(years),
        "extracts": {spec.name: extract_versions(spec, sorted(years)) for spec in EXTRACTS},
        "code": _code(),
        "warehouse": warehouse,
        "event_log": instance.event_log_storage.get_maximum_record_id(),
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def is_remembered(digest: str) -> bool:
    path = settings.work_dir() / VERDICT_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("fingerprint") == digest
    except (OSError, ValueError):
        return False


def remember(digest: str) -> None:
    path = settings.work_dir() / VERDICT_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"fingerprint": digest}), encoding="utf-8")
    temporary.replace(path)


def forget() -> None:
    (settings.work_dir() / VERDICT_FILE).unlink(missing_ok=True)
