"""The shared vocabulary of the asset graph: one word per stage, used alike for the package, the
Dagster group, the asset key prefix and the warehouse schema, and who owns the assets.

    extracts -> raw -> findings -> staging -> intermediate -> marts -> published

(staging, intermediate and marts are dbt's folders and schemas, wired in transform/; the mart
gate is the asset check `expectations`, from the package of that name). Every module imports
its keys from here, never from another stage's module, so imports run one way: down the flow.
"""

from __future__ import annotations

import warnings

import dagster as dg

OWNERS = ["team:reintegration-analysts"]

EXTRACTS_STAGE = "extracts"
RAW_STAGE = "raw"
FINDINGS_STAGE = "findings"
PUBLISHED_STAGE = "published"
REPORT_STAGE = "report"

FINDINGS_KEY = dg.AssetKey([FINDINGS_STAGE, "fct_findings"])
PUBLISHED_KEY = dg.AssetKey([PUBLISHED_STAGE, "warehouse"])
REPORT_KEY = dg.AssetKey([REPORT_STAGE, "site"])

# the blocking checks of the three gates
VALID_EXTRACT_CHECK = "valid_extract"  # pandera, on each raw/<extract>
NO_OPEN_ERRORS_CHECK = "no_open_errors"  # the consistency findings, on findings/fct_findings
EXPECTATIONS_CHECK = "expectations"  # Great Expectations, on each mart


def year_gate_spec(
    name: str, asset: dg.AssetKey, partitions_def: dg.PartitionsDefinition, description: str
) -> dg.AssetCheckSpec:
    """A blocking gate evaluated once per year, recorded against that year's partition.

    Without `partitions_def` Dagster records the check of a partitioned asset as unpartitioned: the
    UI shows "Partition —" and plots all years as one series. The parameter is a preview in
    Dagster 1.13 and warns so on every load, which tells a user nothing they can act on.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.PreviewWarning)
        return dg.AssetCheckSpec(
            name, asset=asset, blocking=True, description=description, partitions_def=partitions_def
        )


def extract_key(name: str) -> dg.AssetKey:
    """The extract file itself (an external asset): extracts/<name>."""
    return dg.AssetKey([EXTRACTS_STAGE, name])


def raw_key(name: str) -> dg.AssetKey:
    """The extract loaded into the warehouse: raw/<name>, the same key as its dbt source."""
    return dg.AssetKey([RAW_STAGE, name])


# the metadata key of every materialisation naming the warehouse it wrote (resources.warehouse_id)
WAREHOUSE_ID = "warehouse_id"

# the dbt step's progress, as it logs it and as the console of `make run` reads it
DBT_PROGRESS = "dbt: {done} of {total} models and tests done"
