"""Great Expectations suites as blocking asset checks on the dbt marts."""


import dagster as dg
from dagster_dbt import get_asset_key_for_model
from dagster_duckdb import DuckDBResource

from ..keys import EXPECTATIONS_CHECK
from .run_suite import expected_min_rows, read_mart, validate_mart
from .suites import MARTS


def build_mart_check(mart: str, dbt_assets: dg.AssetsDefinition) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        name=EXPECTATIONS_CHECK,
        asset=get_asset_key_for_model([dbt_assets], mart),
        blocking=True,
        description=f"Great Expectations suite {mart}_suite: key, ranges, codes, pair rules.",
    )
    def _mart_check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as conn:
            frame = read_mart(conn, mart)
            min_rows = expected_min_rows(conn, mart)
        outcome = validate_mart(mart, frame, min_rows)
        failed = outcome.failures()
        return dg.AssetCheckResult(
            passed=outcome.success,
            description=(f"{len(outcome.results)} expectations passed on {outcome.rows} rows"
                         if outcome.success else
                         f"{len(failed)} of {len(outcome.results)} expectations failed: "
                         + "; ".join(f"{f['expectation']} on {f['column']} (observed {f['observed']})" for f in failed)),
            metadata={
                "rows": outcome.rows,
                "expectations": len(outcome.results),
                "failed": len(failed),
                "results": dg.MetadataValue.md(outcome.markdown()),
            },
        )

    return _mart_check


def build_mart_checks(dbt_assets: dg.AssetsDefinition) -> list[dg.AssetChecksDefinition]:
    return [build_mart_check(mart, dbt_assets) for mart in MARTS]
