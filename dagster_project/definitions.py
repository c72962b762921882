"""Assembles the code location; everything it assembles lives in the area modules.

Loaded lazily through @dg.definitions, so parsing dbt happens when Dagster loads the location,
never at import. Years are dynamic partitions (orchestrate/partitions.py): a new year folder needs
no reload of the location.
"""

from __future__ import annotations

import dagster as dg

from .expectations.asset_checks import build_mart_checks
from .findings.assets import build_findings_asset
from .orchestrate.partitions import YEARS
from .orchestrate.schedule import build_yearly_schedule
from .orchestrate.sensor import build_extract_sensor
from .published.assets import build_publish_asset
from .raw.assets import build_extract_assets, build_extract_file_specs
from .report.assets import report_site
from .resources import dbt_resource, duckdb_resource
from .transform.dbt_assets import build_dbt_assets, dbt_project

WAREHOUSE_JOB = "warehouse_job"


def build_definitions() -> dg.Definitions:
    partitions = YEARS
    project = dbt_project()
    dbt_assets = build_dbt_assets(project)
    warehouse_job = dg.define_asset_job(
        WAREHOUSE_JOB,
        selection=dg.AssetSelection.all(),
        description="A reporting year's extracts, gated by pandera and by the consistency findings, "
        "then every dbt model and mart check.",
    )
    return dg.Definitions(
        assets=[
            *build_extract_file_specs(partitions),
            *build_extract_assets(partitions),
            build_findings_asset(partitions),
            dbt_assets,
            build_publish_asset(dbt_assets),
            report_site,
        ],
        asset_checks=build_mart_checks(dbt_assets, project.manifest_path),
        jobs=[warehouse_job],
        schedules=[build_yearly_schedule(warehouse_job)],
        sensors=[build_extract_sensor(warehouse_job)],
        resources={"duckdb": duckdb_resource(), "dbt": dbt_resource()},
        executor=dg.in_process_executor,
    )


@dg.definitions
def defs() -> dg.Definitions:
    return build_definitions()
