"""Gate 1b as a Dagster asset: the year's consistency findings, with a blocking check.

findings/fct_findings runs the registry of checks (checks.py) over the year's raw tables once
every extract has passed pandera, writes the year's findings (acknowledged or not) to
findings.fct_findings, and evaluates the blocking check `no_open_errors`. Every dbt staging model
depends on this asset (declared once, in transform/dbt_assets.py), so an open error stops all of
dbt for the run, while the findings themselves are already written for the analyst to read.
"""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from ..extracts.registry import EXTRACTS
from ..keys import FINDINGS_KEY, FINDINGS_STAGE, NO_OPEN_ERRORS_CHECK, OWNERS, WAREHOUSE_ID, raw_key, year_gate_spec
from ..resources import warehouse_id
from ..versions import of_package, table_digest
from .checks import CHECKS
from .engine import COLUMN_DESCRIPTIONS, TABLE, YearFindings, evaluate, replace_year

MAX_LISTED = 60


def _markdown(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "none"
    lines = [
        f"- `{row.finding_id}` ({row.status}): {row.extract}, rows {row.source_rows}: "
        f"expected {row.expected}; found {row.found}"
        + (
            f" — acknowledged by {row.acknowledged_by}: {row.acknowledgement_reason}"
            if row.status == "acknowledged"
            else ""
        )
        for row in frame.head(MAX_LISTED).itertuples()
    ]
    if len(frame) > MAX_LISTED:
        lines.append(f"- ... and {len(frame) - MAX_LISTED} more in {TABLE}")
    return "\n".join(lines)


def _check_result(findings: YearFindings) -> dg.AssetCheckResult:
    frame, open_errors = findings.frame, findings.open_errors
    if open_errors.empty:
        description = (
            f"{findings.year}: no open errors ({findings.count('error', 'acknowledged')} "
            f"acknowledged, {len(frame[frame.severity == 'warning'])} warnings)"
        )
    else:
        description = (
            f"{findings.year}: {len(open_errors)} open error(s) block the year; fix the extract "
            "or acknowledge the finding id in acknowledgements.csv:\n" + "\n".join(open_errors["message"].head(20))
        )
    return dg.AssetCheckResult(
        check_name=NO_OPEN_ERRORS_CHECK,
        passed=open_errors.empty,
        severity=dg.AssetCheckSeverity.ERROR,
        description=description[:4000],
        metadata={
            "open_errors": len(open_errors),
            "acknowledged_errors": findings.count("error", "acknowledged"),
            "warnings": int((frame["severity"] == "warning").sum()),
            "open_error_findings": dg.MetadataValue.md(_markdown(open_errors)),
            "acknowledged_findings": dg.MetadataValue.md(_markdown(frame[frame.status == "acknowledged"])),
            "warning_findings": dg.MetadataValue.md(
                _markdown(frame[(frame.severity == "warning") & (frame.status == "open")])
            ),
            "checks_not_run": dg.MetadataValue.md("\n".join(f"- {s}" for s in findings.skipped) or "none"),
            "previous_year_read": dg.MetadataValue.md(
                "\n".join(f"- {line}" for line in findings.previous_year) or "none"
            ),
        },
    )


def build_findings_asset(partitions_def: dg.PartitionsDefinition) -> dg.AssetsDefinition:
    @dg.asset(
        key=FINDINGS_KEY,
        group_name=FINDINGS_STAGE,
        partitions_def=partitions_def,
        owners=OWNERS,
        deps=[raw_key(spec.name) for spec in EXTRACTS],
        description=(
            f"Consistency findings of every year: {len(CHECKS)} identities and plausibility rules "
            "(findings/checks.py) run on the year's extracts, with the analysts' "
            "acknowledgements (acknowledgements.csv) applied. Open errors block the year."
        ),
        check_specs=[
            year_gate_spec(
                NO_OPEN_ERRORS_CHECK,
                FINDINGS_KEY,
                partitions_def,
                "No open (unacknowledged) error among the year's consistency findings.",
            )
        ],
        # the checks, the registry their shapes read, and the reference data (TERYT, ...) they compare with
        code_version=of_package("findings", "extracts", "../seeds/reference"),
        kinds={"duckdb", "sql"},
        metadata={
            "dagster/table_name": TABLE,
            "dagster/column_schema": dg.TableSchema(
                columns=[dg.TableColumn(c, description=d) for c, d in COLUMN_DESCRIPTIONS.items()]
            ),
        },
    )
    def fct_findings(context: dg.AssetExecutionContext, duckdb: DuckDBResource):
        year = int(context.partition_key)
        with duckdb.get_connection() as conn:
            findings = evaluate(conn, year)
            replace_year(conn, findings)
            warehouse = warehouse_id(conn)
            # the year's findings as they read, not when they were found: the data version the dbt
            # models downstream compare, so that a corrected extract whose findings stay the same
            # makes stale only the models reading that extract (plan.py), not every model behind the gate
            content = table_digest(conn, *TABLE.split("."), year, exclude=("detected_at",))
        for message in findings.open_errors["message"]:
            context.log.error(message)
        return dg.MaterializeResult(
            data_version=dg.DataVersion(content),
            check_results=[_check_result(findings)],
            metadata={
                "dagster/row_count": len(findings.frame),
                WAREHOUSE_ID: warehouse,
                "errors_open": len(findings.open_errors),
                "errors_acknowledged": findings.count("error", "acknowledged"),
                "warnings": int((findings.frame["severity"] == "warning").sum()),
            },
        )

    return fct_findings
