"""The `published/warehouse` asset: runs last, only when every upstream asset and every blocking
check of the run has passed, and publishes the marts for BI tools (release.py)."""

import dagster as dg
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from .. import settings
from ..keys import FINDINGS_KEY, OWNERS, PUBLISHED_KEY, PUBLISHED_STAGE
from ..transform.dbt_output import dbt_output
from .release import publish


def build_publish_asset(dbt_assets: dg.AssetsDefinition) -> dg.AssetsDefinition:
    marts = sorted(key for key in dbt_assets.keys if key.path[0] == "marts")

    @dg.asset(
        key=PUBLISHED_KEY,
        group_name=PUBLISHED_STAGE,
        owners=OWNERS,
        deps=[*marts, dg.AssetDep(FINDINGS_KEY, partition_mapping=dg.AllPartitionMapping())],
        kinds={"duckdb", "parquet"},
        description=(
            "The checked marts of every year, published for BI tools: a read-only DuckDB file "
            "(published/reintegration.duckdb), Parquet per mart (published/current/parquet) and the "
            "dbt docs (published/current/docs/index.html), swapped in atomically after every check "
            "of the run passed."
        ),
    )
    def published_warehouse(context: dg.AssetExecutionContext, duckdb: DuckDBResource, dbt: DbtCliResource):
        with dbt_output():
            dbt.cli(["docs", "generate", "--static"], target_path=settings.dbt_docs_dir(), raise_on_error=True).wait()
        docs_page = settings.dbt_docs_dir() / "static_index.html"
        with duckdb.get_connection() as conn:
            release = publish(conn, settings.published_dir(), docs_page)
        context.log.info(f"published {len(release.tables)} tables in {release.seconds:.2f} s to {release.path}")
        return dg.MaterializeResult(metadata={
            "release": str(release.path),
            "years": ", ".join(map(str, release.years)),
            "tables": len(release.tables),
            "dagster/row_count": sum(release.tables.values()),
            "publish_seconds": round(release.seconds, 3),
            "duckdb_file": str(settings.published_dir() / "reintegration.duckdb"),
        })

    return published_warehouse
