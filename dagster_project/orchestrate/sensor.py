"""The new-extract sensor: a new year folder, or an extract whose content changed, requests a run
of that year only; an unchanged folder requests nothing.

The cursor holds, per year, the sha256 of every extract file (register.csv, national.xlsx, ...).
Content, not modification time: a file copied again unchanged does not trigger a run. Each run
request's run_key is the year and the hash of its files, so the same state is never run twice.
When the sensor is first turned on, every year folder is new to it and is requested once: the
warehouse then matches the folder, whatever happened while the sensor was off.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import dagster as dg

from .. import settings
from ..extracts.readers import SUPPORTED_SUFFIXES, find_delivery_files, sha256_of
from ..extracts.registry import EXTRACTS, NATIONAL_FOLDER
from .partitions import register_years

EXTRACT_FILES = {f"{spec.name}{suffix}" for spec in EXTRACTS for suffix in SUPPORTED_SUFFIXES}
DELIVERIES = [spec for spec in EXTRACTS if spec.per_voivodship]


def folder_state(root: Path) -> dict[str, dict[str, str]]:
    """year -> {extract file name: sha256} for every year folder under root, the offices'
    deliveries in national/ included (a corrected delivery reruns its year)."""
    state = {}
    for year in settings.years_found(root):
        folder = root / year
        state[year] = {
            path.name: sha256_of(path)
            for path in sorted(folder.iterdir())
            if path.is_file() and path.name in EXTRACT_FILES
        }
        for spec in DELIVERIES:
            for path in find_delivery_files(folder / NATIONAL_FOLDER, spec.name).values():
                state[year][f"{NATIONAL_FOLDER}/{path.name}"] = sha256_of(path)
    return state


def _state_key(year: str, files: dict[str, str]) -> str:
    digest = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    return f"{year}:{digest}"


def build_extract_sensor(job: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    @dg.sensor(
        name="new_extracts",
        job=job,
        minimum_interval_seconds=60,
        description="A new year folder or a changed extract (by sha256) runs that year.",
    )
    def new_extracts(context: dg.SensorEvaluationContext) -> dg.SensorResult:
        seen = json.loads(context.cursor) if context.cursor else {}
        current = folder_state(settings.extracts_dir())
        changed = sorted(year for year, files in current.items() if files and seen.get(year) != files)
        register_years(context.instance, changed)  # before the requests name them as partitions
        requests = [
            dg.RunRequest(
                run_key=_state_key(year, current[year]),
                partition_key=year,
                tags={"reintegration/trigger": "new or changed extracts"},
            )
            for year in changed
        ]
        if changed:
            context.log.info(f"changed or new year folders: {', '.join(changed)}")
        return dg.SensorResult(run_requests=requests, cursor=json.dumps(current, sort_keys=True))

    return new_extracts
