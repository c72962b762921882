"""The new-extract sensor: a new year folder, or an extract whose content changed, requests a run
of that year only; an unchanged folder requests nothing.

The cursor holds, per year, the sha256 of every extract file (register.csv, national.xlsx, ...).
Content, not modification time: a file copied again unchanged does not trigger a run. Each run
request's run_key is the year and the hash of its files, so the same state is never run twice.
When the sensor is first turned on (no cursor), it starts from what the warehouse has loaded
(raw.extract_loads, and the offices' deliveries as their rows record them): right after `make run`
nothing is requested, and a file changed while the sensor was off runs its year.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import dagster as dg
import duckdb

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


LOADED_FILES = """
    select cast(reporting_year as varchar), file_name, file_sha256 from raw.extract_loads
    qualify row_number() over (partition by reporting_year, extract_name order by loaded_at desc) = 1
        and status = 'loaded' and file_name is not null and extract_name in ({names})
"""


def loaded_state(warehouse: Path) -> dict[str, dict[str, str]] | None:
    """year -> {extract file name: sha256} as the warehouse last loaded them, in folder_state's
    terms; {} for a new warehouse; None while a run holds it (the sensor then waits a tick)."""
    if not warehouse.exists():
        return {}
    try:
        conn = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.IOException:
        return None
    state: dict[str, dict[str, str]] = {}
    with conn:
        tables = {
            row[0]
            for row in conn.execute(
                "select table_name from information_schema.tables where table_schema = 'raw'"
            ).fetchall()
        }
        if "extract_loads" in tables:
            names = ", ".join(f"'{spec.name}'" for spec in EXTRACTS if not spec.per_voivodship)
            for year, file_name, digest in conn.execute(LOADED_FILES.format(names=names)).fetchall():
                state.setdefault(year, {})[Path(file_name).name] = digest
        for spec in DELIVERIES:
            if spec.name in tables:
                columns = "cast(reporting_year as varchar), _source_file, _source_sha256"
                rows = conn.execute(f"select distinct {columns} from raw.{spec.name}").fetchall()  # noqa: S608 - registry
                for year, file_name, digest in rows:
                    state.setdefault(year, {})[f"{NATIONAL_FOLDER}/{Path(file_name).name}"] = digest
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
    def new_extracts(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
        seen = json.loads(context.cursor) if context.cursor else loaded_state(settings.warehouse_path())
        if seen is None:
            return dg.SkipReason(f"{settings.warehouse_path()} is being written by a run; next tick")
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
