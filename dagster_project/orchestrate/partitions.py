"""Reporting years as Dagster partitions.

Dynamic, not static: a year exists as soon as its folder appears in the extracts location, while
the code location keeps running. The sensor and the schedule register a year when they request
it; `python -m dagster_project.run` registers the years it is asked to build.
"""

from __future__ import annotations

import dagster as dg

YEARS = dg.DynamicPartitionsDefinition(name="reporting_year")


def register_years(instance: dg.DagsterInstance, years: list[str]) -> None:
    """Make sure every year is a partition of the instance (idempotent)."""
    missing = [year for year in years if not instance.has_dynamic_partition(YEARS.name, year)]
    if missing:
        instance.add_dynamic_partitions(YEARS.name, missing)
