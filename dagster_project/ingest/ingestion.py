"""Ingest one extract of one year: find, read, validate, then load only if valid.

Pure of Dagster, so it is tested directly; the asset in assets.py only wires it in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..validate.report import Problem, ValidationReport, validate_extract
from .extracts import ExtractSpec
from .loader import LoadRecord, log_load, now_utc, register_units, replace_year, sha256_of
from .readers import ExtractReadError, find_extract_file, read_extract


@dataclass(frozen=True)
class IngestOutcome:
    report: ValidationReport
    record: LoadRecord
    path: Path | None

    @property
    def loaded(self) -> bool:
        return self.record.status == "loaded"


def ingest_extract(spec: ExtractSpec, year: str, extracts_root: Path,
                   conn: duckdb.DuckDBPyConnection) -> IngestOutcome:
    folder = extracts_root / year
    path: Path | None = None
    digest = encoding = None
    try:
        path = find_extract_file(folder, spec.name)
        digest = sha256_of(path)
        raw = read_extract(path)
        encoding = raw.encoding
        register = None
        if spec.references_register:
            register = register_units(conn, int(year))
            if register is None:
                raise ExtractReadError(
                    f"{path}: cannot check unit ids: register.csv of {year} is not loaded "
                    "(load it first; it may have failed its own check)"
                )
        report = validate_extract(spec, raw, register)
    except ExtractReadError as error:
        file_name = path.name if path else f"{spec.name}.csv"
        report = ValidationReport(file=file_name, problems=[
            Problem(file_name, None, None, "a readable extract", str(error))
        ])
    record = LoadRecord(
        reporting_year=int(year), extract_name=spec.name,
        file_name=str(path) if path else None, file_sha256=digest,
        row_count=None if report.frame is None else len(report.frame), encoding=encoding,
        status="loaded" if report.passed else "rejected",
        problem_count=len(report.problems), loaded_at=now_utc(),
    )
    if report.passed:
        replace_year(conn, spec.name, int(year), report.frame, record)
    else:
        log_load(conn, record)
    return IngestOutcome(report=report, record=record, path=path)
