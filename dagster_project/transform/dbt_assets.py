"""The dbt project as Dagster assets: sources map onto the ingestion assets (raw/<table>), dbt
folders map onto asset groups, and dbt's own tests become asset checks."""

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from dagster_duckdb import DuckDBResource

from .. import settings
from ..keys import FINDINGS_KEY, OWNERS, WAREHOUSE_ID
from ..resources import dbt_resource, warehouse_id
from ..versions import code_version, combined, of_package
from .dbt_output import dbt_output


def dbt_project() -> DbtProject:
    """The dbt project, its target (manifest, partial parse state, artifacts) beside the warehouse."""
    return DbtProject(
        project_dir=settings.DBT_PROJECT_DIR,
        profiles_dir=settings.DBT_PROJECT_DIR,
        target_path=settings.dbt_target_dir(),
    )


def _newest_input_mtime() -> float:
    mtimes = [0.0]
    for path in settings.dbt_project_sources():
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        mtimes += [f.stat().st_mtime for f in files]
    return max(mtimes)


def ensure_manifest(project: DbtProject) -> Path:
    """Run `dbt parse` only when the manifest is missing or older than the dbt sources."""
    manifest = project.manifest_path
    if not manifest.exists() or manifest.stat().st_mtime < _newest_input_mtime():
        # our resource, not project.preparer: it knows the venv's dbt executable
        with dbt_output():
            dbt_resource().cli(["parse", "--quiet"], target_path=project.target_path).wait()
    return manifest


class WarehouseTranslator(DagsterDbtTranslator):
    """Groups follow the dbt folders: staging, intermediate, marts; seeds are reference data.

    The cross-year dependency, made explicit: the extracts and findings are partitioned by year,
    the dbt models are not. Every model reads all years at once (year-over-year changes, the
    region against the country), so each depends on *all* partitions of its sources
    (AllPartitionMapping) and is rebuilt over every year loaded on each run. A mart is therefore
    the same whatever order the years were loaded in, and reloading one year refreshes every
    change that involves it; at this size (a year is a few hundred rows) a full rebuild costs
    seconds, far less than the risk of an incremental cross-year state.
    """

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        """Every staging model also waits for the findings gate of every year: an open consistency
        error stops all of dbt for the run. Declared here, once, for the whole staging folder."""
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props["resource_type"] == "model" and props.get("fqn", [None, None])[1] == "staging":
            gate = dg.AssetDep(FINDINGS_KEY, partition_mapping=dg.AllPartitionMapping())
            spec = spec.replace_attributes(deps=[*spec.deps, gate])
        return spec

    def get_code_version(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        """The model's SQL (dagster-dbt's default) and its config, and the project's macros and
        dbt_project.yml, which change what every model writes without changing its SQL. A mart's
        also holds its gate, the expectations package: a changed suite rebuilds and re-checks it
        (asset checks have no code version of their own in Dagster)."""
        own = super().get_code_version(dbt_resource_props) or ""
        config = json.dumps(dbt_resource_props.get("config", {}), sort_keys=True, default=str)
        fqn = dbt_resource_props.get("fqn", [])
        gate = of_package("expectations") if len(fqn) > 2 and fqn[1] == "marts" else ""
        return combined(own, config, project_version(), gate)

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> list[str] | None:
        return OWNERS

    def get_partition_mapping(
        self, dbt_resource_props: Mapping[str, Any], dbt_parent_resource_props: Mapping[str, Any]
    ) -> dg.PartitionMapping | None:
        if dbt_parent_resource_props.get("resource_type") == "source":
            return dg.AllPartitionMapping()
        return None

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        resource_type = dbt_resource_props["resource_type"]
        if resource_type == "seed":
            return "reference"
        if resource_type == "source":
            return "raw"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "marts"


def project_version() -> str:
    """What every model shares: the macros and the project file (models carry their own SQL)."""
    return code_version(settings.DBT_PROJECT_DIR / "macros", settings.DBT_PROJECT_DIR / "dbt_project.yml")


def with_row_counts(events: list, conn, assets_def: dg.AssetsDefinition) -> Iterator:
    """The dbt events, each model's Output with `dagster/row_count` of its relation and the
    warehouse's id added (asset keys are <schema>/<relation>)."""
    warehouse = warehouse_id(conn)
    for event in events:
        if isinstance(event, dg.Output):
            schema, table = assets_def.keys_by_output_name[event.output_name].path[-2:]
            rows = conn.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]  # noqa: S608 - from asset keys
            event = event.with_metadata({**event.metadata, "dagster/row_count": rows, WAREHOUSE_ID: warehouse})
        yield event


def build_dbt_assets(project: DbtProject) -> dg.AssetsDefinition:
    ensure_manifest(project)

    @dbt_assets(
        manifest=project.manifest_path,
        project=project,
        dagster_dbt_translator=WarehouseTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)),
    )
    def warehouse_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, duckdb: DuckDBResource):
        # dbt holds the warehouse's write lock while it builds: the events are kept until it is done,
        # then each table's row count is read and added to its materialization
        with dbt_output(context.log.info):
            events = list(dbt.cli(["build"], context=context, target_path=settings.dbt_target_dir()).stream())
        with duckdb.get_connection() as conn:
            yield from with_row_counts(events, conn, context.assets_def)

    return warehouse_dbt_models
