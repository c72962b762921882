"""Codes kept in one place: the reference tables in seeds/reference, which dbt loads as seeds
and the marts join to. The extract models read their allowed codes from the same files, so a
new unit type, status or founder sector is one line in one CSV."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from .. import settings

REFERENCE = settings.REPO_ROOT / "seeds" / "reference"


def reference_path(file: str) -> Path:
    return REFERENCE / file


@cache
def reference_rows(file: str) -> tuple[dict[str, str], ...]:
    with reference_path(file).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def codes(file: str, column: str) -> list[str]:
    """The values of one column of a reference table, in file order."""
    return [row[column] for row in reference_rows(file)]


UNIT_TYPES = codes("unit_types.csv", "unit_type")
ALL_TYPES = "ALL"  # national statistics also give figures for the four types together
FOUNDER_SECTORS = codes("founder_sectors.csv", "founder_sector")
ACTIVITY_STATUSES = codes("activity_statuses.csv", "activity_status")
SUSPENSION_REASONS = codes("suspension_reasons.csv", "suspension_reason")
VOIVODSHIPS = codes("voivodships.csv", "voivodship_teryt")
NATIONAL_MEASURES = codes("national_measures.csv", "measure")
UNIT_ID = r"^(" + "|".join(UNIT_TYPES) + r")\d{2,3}$"
