"""The mart gate as blocking asset checks: each mart's Great Expectations suite, keyed as its dbt
YAML declares, and its rows per year against the year's expected_rows.csv."""

from pathlib import Path

import dagster as dg
from dagster_dbt import get_asset_key_for_model
from dagster_duckdb import DuckDBResource

from ..keys import EXPECTATIONS_CHECK
from .expected_rows import markdown, row_counts
from .mart_keys import mart_keys
from .run_suite import expected_min_rows, read_mart, validate_mart
from .suites import MARTS


def build_mart_check(mart: str, key: tuple[str, ...], dbt_assets: dg.AssetsDefinition) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        name=EXPECTATIONS_CHECK,
        asset=get_asset_key_for_model([dbt_assets], mart),
        blocking=True,
        description=f"Great Expectations suite {mart}_suite: key ({', '.join(key)}), ranges, codes, pair "
        "rules; and the rows of each year listed in its expected_rows.csv.",
    )
    def _mart_check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb.get_connection() as conn:
            frame = read_mart(conn, mart)
            min_rows = expected_min_rows(conn, mart)
            counts = row_counts(conn, mart)
        outcome = validate_mart(mart, frame, key, min_rows)
        failed = outcome.failures()
        wrong_counts = [count for count in counts if not count.success]
        problems = [f"{f['expectation']} on {f['column']} (observed {f['observed']})" for f in failed]
        problems += [f"{c.year}: {c.found} rows, expected_rows.csv says {c.expected}" for c in wrong_counts]
        return dg.AssetCheckResult(
            passed=outcome.success and not wrong_counts,
            description=(
                f"{len(outcome.results)} expectations passed on {outcome.rows} rows"
                + (f"; rows as expected in {len(counts)} year(s)" if counts else "")
                if not problems
                else f"{len(problems)} of {len(outcome.results) + len(counts)} expectations failed: "
                + "; ".join(problems)
            ),
            metadata={
                "rows": outcome.rows,
                "expectations": len(outcome.results),
                "failed": len(failed),
                "results": dg.MetadataValue.md(outcome.markdown()),
                "rows_per_year": dg.MetadataValue.md(markdown(counts)),
            },
        )

    return _mart_check


def build_mart_checks(dbt_assets: dg.AssetsDefinition, manifest: Path) -> list[dg.AssetChecksDefinition]:
    keys = mart_keys(manifest)
    missing = sorted(set(MARTS) - set(keys))
    if missing:
        raise ValueError(
            f"{manifest}: no unique or unique_combination_of_columns test on {', '.join(missing)}; "
            "declare each mart's key in its dbt YAML"
        )
    return [build_mart_check(mart, keys[mart], dbt_assets) for mart in MARTS]
