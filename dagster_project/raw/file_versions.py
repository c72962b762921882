"""The data version of an extract in a year folder: what Dagster compares to know a year is stale.

The digest of the bytes of every file that makes the extract (`<name>.csv|xlsx`, or an office's
deliveries `national/<name>_<TT>.csv|xlsx`), by name and content, or "absent" when the year has
none. Read by the observable source assets extracts/<name> (the UI's "Observe" button) and by
`python -m dagster_project.run` before it decides what to rebuild. The files are only hashed
here, never parsed: a file that cannot be read still gets a version, and the ingestion that
follows says what is wrong with it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import dagster as dg

from .. import settings
from ..extracts.readers import SUPPORTED_SUFFIXES, sha256_of
from ..extracts.registry import NATIONAL_FOLDER, ExtractSpec

ABSENT = "absent"


def extract_files(spec: ExtractSpec, folder: Path) -> list[Path]:
    if spec.per_voivodship:
        national = folder / NATIONAL_FOLDER
        if not national.is_dir():
            return []
        return [
            path
            for path in sorted(national.iterdir())
            if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and path.stem.startswith(f"{spec.name}_")
        ]
    return [
        folder / f"{spec.name}{suffix}" for suffix in SUPPORTED_SUFFIXES if (folder / f"{spec.name}{suffix}").is_file()
    ]


def extract_version(spec: ExtractSpec, folder: Path) -> str:
    files = extract_files(spec, folder)
    if not files:
        return ABSENT
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"{path.relative_to(folder).as_posix()}\0{sha256_of(path)}\0".encode())
    return digest.hexdigest()[:16]


def extract_versions(spec: ExtractSpec, years: list[str] | None = None) -> dict[str, str]:
    """year -> data version of the extract, for the given years (default: every year folder)."""
    root = settings.extracts_dir()
    return {year: extract_version(spec, root / year) for year in years or settings.years_found(root)}


def observe(spec: ExtractSpec) -> dg.DataVersionsByPartition:
    return dg.DataVersionsByPartition({year: dg.DataVersion(v) for year, v in extract_versions(spec).items()})
