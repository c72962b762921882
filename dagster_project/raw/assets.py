"""One Dagster asset per extract, partitioned by reporting year, each gated by pandera.

Keys are raw/<extract>, the same as the dbt sources, so dbt's lineage hangs off these assets.
The blocking check `valid_extract` is evaluated in the same step as the load: a failed check
means nothing was written (the year's last good rows stay) and nothing downstream runs.
"""

import warnings
from dataclasses import replace

import dagster as dg
from dagster_duckdb import DuckDBResource

from .. import settings
from ..extracts.registry import EXTRACTS, REGISTER, ExtractSpec
from ..keys import (
    EXTRACTS_STAGE,
    OWNERS,
    RAW_STAGE,
    VALID_EXTRACT_CHECK,
    WAREHOUSE_ID,
    extract_key,
    raw_key,
    year_gate_spec,
)
from ..resources import warehouse_id
from ..versions import of_package, table_digest
from .file_versions import observe
from .ingestion import ingest_extract
from .outcome import IngestOutcome


def build_extract_file_asset(spec: ExtractSpec, partitions_def: dg.PartitionsDefinition) -> dg.SourceAsset:
    """The extract file itself, where the flow starts in the lineage: an observable source whose
    data version per year is the digest of its bytes (file_versions.py). "Observe" in the UI
    records it; a year whose file changed since it was loaded shows raw/<extract> as unsynced."""

    def _extract_file() -> dg.DataVersionsByPartition:
        return observe(spec)

    with warnings.catch_warnings():  # observable_source_asset is beta in Dagster 1.13 and says so at every load
        warnings.simplefilter("ignore", dg.BetaWarning)
        _extract_file = dg.observable_source_asset(
            key=extract_key(spec.name),
            group_name=EXTRACTS_STAGE,
            partitions_def=partitions_def,
            description=f"{spec.description} File <extracts>/<year>/{spec.file_pattern} or .xlsx"
            + (" (optional)." if not spec.required else "."),
            metadata={"dagster/column_schema": column_schema(spec), "format": "seeds/README.md"},
            tags={"dagster/kind/csv": "", "dagster/kind/xlsx": ""},
        )(_extract_file)
    return _extract_file


def build_extract_file_specs(partitions_def: dg.PartitionsDefinition) -> list:
    return [build_extract_file_asset(spec, partitions_def) for spec in EXTRACTS] + [
        dg.AssetSpec(
            raw_key("extract_loads"),
            group_name=RAW_STAGE,
            owners=OWNERS,
            kinds={"duckdb"},
            description="Every load attempt of an extract file (loaded, absent or rejected) with its sha256, "
            "written by the raw/* assets.",
            metadata={"dagster/table_name": "raw.extract_loads"},
        )
    ]


# what a raw/<extract> writes depends on the readers, the registry and its pandera models, and the loader
CODE_VERSION = of_package("extracts", "raw", "year_rows.py")


def column_schema(spec: ExtractSpec) -> dg.TableSchema:
    columns = [
        dg.TableColumn(name=name, type=str(column.dtype), description=column.description)
        for name, column in spec.model.to_schema().columns.items()
    ]
    columns.append(
        dg.TableColumn(name="reporting_year", type="integer", description="The year folder the rows came from.")
    )
    return dg.TableSchema(columns=columns)


def _absent_note(spec: ExtractSpec, year: str) -> str:
    return (
        f"no {spec.file_pattern} (or .xlsx) for {year}: an optional extract not delivered, "
        "so the year has no rows of it (any rows loaded before were removed)"
    )


def _load_metadata(spec: ExtractSpec, year: str, outcome: IngestOutcome) -> dict:
    """What the materialisation did, as the UI shows it: a file loaded, or no file and no rows."""
    record = outcome.record
    common = {
        "status": record.status,
        "dagster/row_count": record.row_count,
        "loaded_at": record.loaded_at.isoformat(),
        WAREHOUSE_ID: outcome.warehouse_id,
    }
    if record.status == "absent":
        return {**common, "file": f"none ({_absent_note(spec, year)})"}
    return {**common, "file": record.file_name, "sha256": record.file_sha256, "encoding": record.encoding}


def _check_result(spec: ExtractSpec, year: str, outcome: IngestOutcome) -> dg.AssetCheckResult:
    report = outcome.report
    absent = outcome.record.status == "absent"
    return dg.AssetCheckResult(
        check_name=VALID_EXTRACT_CHECK,
        passed=report.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        description=(f"nothing to validate: {_absent_note(spec, year)}" if absent else report.message())[:2000],
        metadata={
            "file": "none" if absent else report.file,
            "problem_count": len(report.problems),
            "problems": dg.MetadataValue.md("\n".join(f"- {problem}" for problem in report.problems[:200]) or "none"),
        },
    )


# Where a row came from and when it was loaded, beside what it says; no dbt model reads them (the
# findings, which do, run for their year anyway), so they are left out of the raw data version: a
# file saved again with other bytes but the same rows, or moved, makes no model stale.
LOAD_COLUMNS = ("_loaded_at", "_source_file", "_source_sha256")


def build_extract_asset(spec: ExtractSpec, partitions_def: dg.PartitionsDefinition) -> dg.AssetsDefinition:
    key = raw_key(spec.name)

    @dg.asset(
        key=key,
        group_name=RAW_STAGE,
        partitions_def=partitions_def,
        description=f"{spec.description} Loaded from <extracts>/<year>/{spec.file_pattern}|xlsx into raw.{spec.name}.",
        deps=[extract_key(spec.name), *([raw_key(REGISTER.name)] if spec.references_register else [])],
        owners=OWNERS,
        check_specs=[
            year_gate_spec(
                VALID_EXTRACT_CHECK,
                key,
                partitions_def,
                f"pandera: {spec.model.__name__} (types, codes, ranges, unique ids"
                + (", units in the register" if spec.references_register else "")
                + ")",
            )
        ],
        output_required=False,
        code_version=CODE_VERSION,
        kinds={"duckdb", "pandas"},
        metadata={"dagster/column_schema": column_schema(spec), "dagster/table_name": f"raw.{spec.name}"},
    )
    def _extract_asset(context: dg.AssetExecutionContext, duckdb: DuckDBResource):
        year = context.partition_key
        with duckdb.get_connection() as conn:
            outcome = ingest_extract(spec, year, settings.extracts_dir(), conn)
            outcome = replace(outcome, warehouse_id=warehouse_id(conn))
            # the rows loaded: the data version the dbt models downstream compare (plan.py)
            loaded = outcome.loaded and table_digest(conn, "raw", spec.name, int(year), exclude=LOAD_COLUMNS)
        if loaded:
            metadata = _load_metadata(spec, year, outcome)
            yield dg.MaterializeResult(data_version=dg.DataVersion(loaded), metadata=metadata)
        else:
            context.log.error(outcome.report.message())
        yield _check_result(spec, year, outcome)

    return _extract_asset


def build_extract_assets(partitions_def: dg.PartitionsDefinition) -> list[dg.AssetsDefinition]:
    return [build_extract_asset(spec, partitions_def) for spec in EXTRACTS]
