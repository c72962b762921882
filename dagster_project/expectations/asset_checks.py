"""The mart gate as blocking asset checks: each mart's Great Expectations suite, keyed as its dbt
YAML declares, and its rows per year against the year's expected_rows.csv.

A mart is validated again only when something the verdict depends on changed: its content (a
digest of its column types and rows), its suite (the code of this package), its key or its
expected rows. When all of them are as they were at a passed evaluation, the check passes again
naming that run, without loading Great Expectations: a corrected extract usually changes a few
marts, and only those are validated.
"""

from pathlib import Path

import dagster as dg
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus
from dagster_dbt import get_asset_key_for_model
from dagster_duckdb import DuckDBResource

from ..keys import EXPECTATIONS_CHECK
from ..versions import combined, of_package, table_digest
from .expected_rows import markdown, row_counts
from .mart_keys import mart_keys
from .run_suite import expected_min_rows, read_mart, validate_mart
from .suites import MARTS

SUITE_VERSION = of_package("expectations")
VERDICT_DIGEST = "verdict_digest"  # the digest of all the verdict depends on, in the evaluation's metadata


def _passed_with(instance: dg.DagsterInstance, check: dg.AssetCheckKey, digest: str) -> dg.EventLogEntry | None:
    """The latest passed evaluation of the check made on exactly this digest, if any."""
    history = instance.event_log_storage.get_asset_check_execution_history(
        check, limit=1, status={AssetCheckExecutionRecordStatus.SUCCEEDED}
    )
    for record in history:
        evaluation = record.event.asset_check_evaluation if record.event else None
        recorded = evaluation.metadata.get(VERDICT_DIGEST) if evaluation else None
        if recorded is not None and recorded.value == digest:
            return record.event
    return None


def _unchanged(check: dg.AssetCheckKey, passed: dg.EventLogEntry, digest: str) -> dg.AssetCheckResult:
    evaluation = passed.asset_check_evaluation
    return dg.AssetCheckResult(
        asset_key=check.asset_key,
        check_name=check.name,
        passed=True,
        description=f"not validated again: the mart, its suite, key and expected rows are as they were when "
        f"the check passed in run {passed.run_id[:8]} ({evaluation.description})",
        metadata={**evaluation.metadata, VERDICT_DIGEST: digest, "validated_in_run": passed.run_id},
    )


def evaluate_mart(
    conn, instance: dg.DagsterInstance, check: dg.AssetCheckKey, mart: str, key: tuple[str, ...]
) -> dg.AssetCheckResult:
    """One mart's verdict: its suite and its rows per year, or the passed verdict of an earlier
    run when nothing it depends on changed."""
    min_rows = expected_min_rows(conn, mart)
    counts = row_counts(conn, mart)
    digest = combined(table_digest(conn, "marts", mart), SUITE_VERSION, ",".join(key), str(min_rows), repr(counts))
    passed_before = _passed_with(instance, check, digest)
    if passed_before is not None:
        return _unchanged(check, passed_before, digest)
    outcome = validate_mart(mart, read_mart(conn, mart), key, min_rows)
    failed = outcome.failures()
    wrong_counts = [count for count in counts if not count.success]
    problems = [f"{f['expectation']} on {f['column']} (observed {f['observed']})" for f in failed]
    problems += [f"{c.year}: {c.found} rows, expected_rows.csv says {c.expected}" for c in wrong_counts]
    return dg.AssetCheckResult(
        asset_key=check.asset_key,
        check_name=check.name,
        passed=outcome.success and not wrong_counts,
        description=(
            f"{len(outcome.results)} expectations passed on {outcome.rows} rows"
            + (f"; rows as expected in {len(counts)} year(s)" if counts else "")
            if not problems
            else f"{len(problems)} of {len(outcome.results) + len(counts)} expectations failed: " + "; ".join(problems)
        ),
        metadata={
            "rows": outcome.rows,
            "expectations": len(outcome.results),
            "failed": len(failed),
            "results": dg.MetadataValue.md(outcome.markdown()),
            "rows_per_year": dg.MetadataValue.md(markdown(counts)),
            VERDICT_DIGEST: digest,
        },
    )


def build_mart_checks(dbt_assets: dg.AssetsDefinition, manifest: Path) -> list[dg.AssetChecksDefinition]:
    """Every mart's check in one step (Dagster's multi-asset check, subsettable): the checks of the
    marts a run rebuilt are evaluated together, on one connection, instead of one step each
    (26 steps cost some 2.5 s of Dagster's per-step overhead for a few milliseconds of work each).
    Each check stays its own blocking check on its mart, in the UI and in the run."""
    keys = mart_keys(manifest)
    missing = sorted(set(MARTS) - set(keys))
    if missing:
        raise ValueError(
            f"{manifest}: no unique or unique_combination_of_columns test on {', '.join(missing)}; "
            "declare each mart's key in its dbt YAML"
        )
    marts = {get_asset_key_for_model([dbt_assets], mart): mart for mart in MARTS}
    specs = [
        dg.AssetCheckSpec(
            EXPECTATIONS_CHECK,
            asset=asset,
            blocking=True,
            description=f"Great Expectations suite {mart}_suite: key ({', '.join(keys[mart])}), ranges, codes, "
            "pair rules; and the rows of each year listed in its expected_rows.csv.",
        )
        for asset, mart in marts.items()
    ]

    @dg.multi_asset_check(specs=specs, can_subset=True, name=f"mart_{EXPECTATIONS_CHECK}")
    def mart_expectations(context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource):
        selected = sorted(context.selected_asset_check_keys, key=lambda check: marts[check.asset_key])
        with duckdb.get_connection() as conn:
            for check in selected:
                yield evaluate_mart(conn, context.instance, check, marts[check.asset_key], keys[marts[check.asset_key]])

    return [mart_expectations]
