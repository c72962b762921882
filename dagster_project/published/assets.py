"""The `published/warehouse` asset: runs last, only when every upstream asset and every blocking
check of the run has passed, and publishes the marts for BI tools (release.py)."""

from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from .. import settings
from ..keys import FINDINGS_KEY, OWNERS, PUBLISHED_KEY, PUBLISHED_STAGE, WAREHOUSE_ID
from ..resources import warehouse_id
from ..transform.dbt_output import dbt_output
from ..versions import code_version, of_package
from .release import DUCKDB_V1_FILE, DisclosureError, publish

CONFIDENTIALITY_CHECK = "confidentiality"


def docs_for_this_project(dbt: DbtCliResource, log) -> Path:
    """The dbt docs page, generated again only when the dbt project changed since it was made: the
    page describes models, columns and types, none of which a change of data alters."""
    docs = settings.dbt_docs_dir()
    page, made_for = docs / "static_index.html", settings.dbt_docs_version_path()
    version = code_version(*settings.dbt_project_sources())
    if page.is_file() and made_for.is_file() and made_for.read_text() == version:
        return page
    log("dbt docs generate (the dbt project changed)")
    with dbt_output():
        dbt.cli(["docs", "generate", "--static"], target_path=docs, raise_on_error=True).wait()
    made_for.write_text(version)
    return page


def build_publish_asset(dbt_assets: dg.AssetsDefinition) -> dg.AssetsDefinition:
    marts = sorted(key for key in dbt_assets.keys if key.path[0] == "marts")

    @dg.asset(
        key=PUBLISHED_KEY,
        group_name=PUBLISHED_STAGE,
        owners=OWNERS,
        deps=[*marts, dg.AssetDep(FINDINGS_KEY, partition_mapping=dg.AllPartitionMapping())],
        kinds={"duckdb", "parquet"},
        code_version=of_package("published"),
        check_specs=[
            dg.AssetCheckSpec(
                CONFIDENTIALITY_CHECK,
                asset=PUBLISHED_KEY,
                blocking=True,
                description="The release, read as a reader would (published/audit.py): no published count "
                "below the threshold, no figure of fewer units, no hidden cell recoverable by subtraction, "
                "no share of a hidden count, no table that is not public. A release that fails is not published.",
            )
        ],
        description=(
            "The checked marts of every year, safe to publish (confidential cells hidden, marked x; "
            "no per-unit mart), for BI tools: a read-only DuckDB file (published/reintegration.duckdb, "
            "and reintegration-v1.duckdb for DuckDB 1.4 readers), Parquet per table "
            "(published/current/parquet) and the dbt docs (published/current/docs/index.html), "
            "swapped in atomically after every check of the run and the confidentiality audit passed."
        ),
    )
    def published_warehouse(context: dg.AssetExecutionContext, duckdb: DuckDBResource, dbt: DbtCliResource):
        docs_page = docs_for_this_project(dbt, context.log.info)
        with duckdb.get_connection() as conn:
            try:
                release = publish(conn, settings.published_dir(), docs_page)
            except DisclosureError as refused:
                yield dg.AssetCheckResult(
                    check_name=CONFIDENTIALITY_CHECK,
                    passed=False,
                    metadata={"problems": dg.MetadataValue.md("\n".join(f"- {p}" for p in refused.problems))},
                    description=str(refused),
                )
                raise
            warehouse = warehouse_id(conn)
        if release.unchanged:
            context.log.info(f"the marts are as published in {release.path}: no new release")
        else:
            context.log.info(f"published {len(release.tables)} tables in {release.seconds:.2f} s to {release.path}")
        audited = dg.AssetCheckResult(
            check_name=CONFIDENTIALITY_CHECK,
            passed=True,
            description=f"audited when {release.path.name} was published: nothing disclosed",
            metadata={
                "threshold": release.disclosure.get("threshold"),
                "cells_suppressed": dg.MetadataValue.json(release.disclosure.get("suppressed", {})),
            },
        )
        yield dg.MaterializeResult(
            check_results=[audited],
            metadata={
                "release": str(release.path),
                "new_release": not release.unchanged,
                "years": ", ".join(map(str, release.years)),
                "tables": len(release.tables),
                "dagster/row_count": sum(release.tables.values()),
                "publish_seconds": round(release.seconds, 3),
                "duckdb_file": str(settings.published_dir() / "reintegration.duckdb"),
                "duckdb_v1_file": str(settings.published_dir() / DUCKDB_V1_FILE),
                "disclosure_threshold": release.disclosure.get("threshold"),
                "cells_suppressed": dg.MetadataValue.json(release.disclosure.get("suppressed", {})),
                WAREHOUSE_ID: warehouse,
            },
        )

    return published_warehouse
