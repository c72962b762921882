"""What a run must materialise: the assets Dagster itself judges stale or missing, and what follows them.

`python -m dagster_project.run` first records the data version of every extract file of the
years asked (raw/file_versions.py; only where it changed since it was last recorded), then asks
Dagster's stale-status resolver, the one behind "unsynced" in the UI, about every asset:

- a year's raw/<extract> or findings partition is rebuilt when it is missing, when its extract
  file has a new data version, or when its code version changed (versions.py);
- whatever lies downstream of a rebuilt asset is rebuilt with it: the year's gates, then the dbt
  models and the publication, which read every year; once the years' runs are done, Dagster is
  asked again which of those models' inputs have new data versions (shared_after_years), and only
  those models and what follows them are run;
- a dbt model is also rebuilt alone when its own SQL or config changed (dagster-dbt then runs only
  those models, and their tests);
- a record made for another warehouse file (a DAGSTER_HOME shared by two warehouses, or a
  warehouse deleted since) counts as missing: every materialisation names the warehouse it wrote
  (resources.warehouse_id).

With nothing to rebuild the run says "up to date" and writes nothing, neither to the warehouse
nor to the published folder.

The resolver is not public API in Dagster 1.13 (dagster._core); it is the same class the UI and
the sensors' stale-asset selection use, and tests/test_incremental.py pins its behaviour here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import dagster as dg
from dagster._core.asset_graph_view.asset_graph_view import AssetGraphView, TemporalContext
from dagster._core.definitions.assets.graph.base_asset_graph import BaseAssetGraph
from dagster._core.definitions.data_version import (
    DATA_VERSION_TAG,
    CachingStaleStatusResolver,
    StaleStatus,
)
from dagster._core.definitions.events import AssetKeyPartitionKey
from dagster._time import get_current_datetime

from ..extracts.registry import EXTRACTS
from ..keys import FINDINGS_KEY, WAREHOUSE_ID, extract_key, raw_key
from ..raw.file_versions import extract_versions

YEAR_KEYS = [*(raw_key(spec.name) for spec in EXTRACTS), FINDINGS_KEY]


@dataclass(frozen=True)
class Plan:
    by_year: dict[str, list[dg.AssetKey]]  # year -> its partitions to materialise, in that year's run
    shared: list[dg.AssetKey]  # the assets over all years (dbt, publish): one run after the years
    reasons: list[str] = field(default_factory=list)  # why, one line per asset that starts a rebuild

    @property
    def up_to_date(self) -> bool:
        return not self.by_year and not self.shared


def resolver(instance: dg.DagsterInstance, graph: BaseAssetGraph) -> CachingStaleStatusResolver:
    view = AssetGraphView(
        temporal_context=TemporalContext(effective_dt=get_current_datetime(), last_event_id=None),
        instance=instance,
        asset_graph=graph,
    )
    return CachingStaleStatusResolver(instance=instance, asset_graph=graph, loading_context=view)


def observe_extracts(instance: dg.DagsterInstance, graph: BaseAssetGraph, years: list[str]) -> list[str]:
    """Record the data version of each extract of each year where it differs from the last one
    recorded; returns "<year> <extract>" for each, in the order found."""
    current = resolver(instance, graph)
    changed = []
    for spec in EXTRACTS:
        key = extract_key(spec.name)
        for year, version in extract_versions(spec, years).items():
            if current.get_current_data_version(key, year).value != version:
                instance.report_runless_asset_event(
                    dg.AssetObservation(asset_key=key, partition=year, tags={DATA_VERSION_TAG: version})
                )
                changed.append(f"{year} {spec.name}")
    return changed


def _why(status: CachingStaleStatusResolver, key: dg.AssetKey, year: str | None, warehouse: str | None) -> str | None:
    """Why the asset (partition) must be rebuilt, or None when it is fresh for this warehouse."""
    state = status.get_status(key, year)
    if state == StaleStatus.MISSING:
        return "never materialised"
    if state == StaleStatus.STALE:
        causes = status.get_stale_causes(key, year)
        return "; ".join(
            cause.reason + (f" ({cause.dependency.asset_key.to_user_string()})" if cause.dependency else "")
            for cause in causes[:3]
        )
    record = status.instance_queryer.get_latest_materialization_or_observation_record(AssetKeyPartitionKey(key, year))
    entry = record.event_log_entry.asset_materialization if record else None
    recorded = entry.metadata.get(WAREHOUSE_ID) if entry else None
    if warehouse is None or recorded is None or recorded.value != warehouse:
        return "recorded for another warehouse file"
    return None


def over_all_years(graph: BaseAssetGraph) -> set[dg.AssetKey]:
    """The assets over all years (dbt models, publication, reports): not partitioned by year."""
    return {key for key in graph.materializable_asset_keys if not graph.get(key).is_partitioned}


def downstream(graph: BaseAssetGraph, roots: Iterable[dg.AssetKey], within: set[dg.AssetKey]) -> set[dg.AssetKey]:
    """The roots (those within `within`) and every asset of `within` they feed, transitively."""
    found, frontier = set(), [key for key in roots if key in within]
    while frontier:
        key = frontier.pop()
        if key not in found:
            found.add(key)
            frontier.extend(child for child in graph.get(key).child_keys if child in within)
    return found


def plan(
    defs: dg.Definitions,
    instance: dg.DagsterInstance,
    years: list[str],
    warehouse: str | None,
    everything: bool = False,
) -> Plan:
    """What to materialise for `years` on the warehouse whose id is `warehouse` (None: a new file)."""
    graph = defs.resolve_asset_graph()
    status = resolver(instance, graph)
    shared_keys = over_all_years(graph)
    reasons: list[str] = []
    by_year: dict[str, list[dg.AssetKey]] = {}
    for year in years:
        roots = []
        for key in YEAR_KEYS:
            why = "asked for every asset" if everything else _why(status, key, year, warehouse)
            if why:
                roots.append(key)
                reasons.append(f"{year} {key.to_user_string()}: {why}")
        if roots:
            by_year[year] = sorted(downstream(graph, roots, set(YEAR_KEYS)))
    followers = {child for keys in by_year.values() for key in keys for child in graph.get(key).child_keys}
    shared_roots = set(shared_keys) if everything else followers & shared_keys
    following = downstream(graph, shared_roots, shared_keys)
    for key in sorted(shared_keys - following):  # not rebuilt anyway: its own code, or a new warehouse
        why = _why(status, key, None, warehouse)
        if why:
            shared_roots.add(key)
            reasons.append(f"{key.to_user_string()}: {why}")
    shared = sorted(downstream(graph, shared_roots, shared_keys))
    return Plan(by_year=by_year, shared=shared, reasons=reasons)


def shared_after_years(defs: dg.Definitions, instance: dg.DagsterInstance, warehouse: str | None) -> list[dg.AssetKey]:
    """The assets over all years to rebuild once the stale years' runs are done, asked of Dagster
    again: before, everything the rebuilt partitions feed had to be counted in; now their new data
    versions are recorded, and a dbt model whose inputs all kept theirs is fresh. The findings of a
    year carry the version of their content (findings/assets.py), so a corrected extract makes
    stale the models that read it, and what follows them, not every model behind the gate."""
    graph = defs.resolve_asset_graph()
    status = resolver(instance, graph)
    shared_keys = over_all_years(graph)
    roots = {key for key in shared_keys if _why(status, key, None, warehouse)}
    return sorted(downstream(graph, roots, shared_keys))
