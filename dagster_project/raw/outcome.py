"""What one ingestion attempt ends in, and the load of an extract a year did not deliver.

Shared by the single-file path (ingestion.py) and the per-office path (deliveries.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from ..extracts.registry import ExtractSpec
from ..extracts.validator import ValidationReport
from ..year_rows import now_utc
from .loader import LoadRecord, replace_year


@dataclass(frozen=True)
class IngestOutcome:
    report: ValidationReport
    record: LoadRecord
    path: Path | None
    offices_replaced: tuple[str, ...] = ()  # per-office deliveries: the offices whose rows were rewritten
    warehouse_id: str | None = None  # resources.warehouse_id of the warehouse it was loaded into

    @property
    def loaded(self) -> bool:
        return self.record.status in ("loaded", "absent")


def load_absent(spec: ExtractSpec, year: str, conn: duckdb.DuckDBPyConnection) -> IngestOutcome:
    """An optional extract not delivered this year: its rows for the year are removed."""
    empty = pd.DataFrame(
        {
            name: pd.Series(dtype="string" if str(column.dtype) in ("str", "object") else str(column.dtype))
            for name, column in spec.model.to_schema().columns.items()
        }
    )
    if spec.derive is not None:
        empty = spec.derive(empty)
    if spec.per_voivodship:  # the office a delivery came from, as a loaded delivery carries it
        empty = empty.assign(voivodship_teryt=pd.Series(dtype="string"))
    empty = empty.assign(_source_row=pd.array([], dtype="Int64"))
    record = LoadRecord(
        reporting_year=int(year),
        extract_name=spec.name,
        file_name=None,
        file_sha256=None,
        row_count=0,
        encoding=None,
        status="absent",
        problem_count=0,
        loaded_at=now_utc(),
    )
    replace_year(conn, spec.name, int(year), empty, record)
    report = ValidationReport(file=f"{spec.name}.csv", problems=[], frame=empty)
    return IngestOutcome(report=report, record=record, path=None)
