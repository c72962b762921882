"""Ingest one extract of one year: find, read, validate, then load only if valid.

Pure of Dagster, so it is tested directly; the asset in assets.py only wires it in. Every loaded
row keeps `_source_row`, its line in the file, so that consistency findings can name it. An
optional extract absent from the year folder loads as no rows: removing the file removes its rows.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from ..extracts.readers import (
    SUPPORTED_SUFFIXES,
    ExtractReadError,
    ensure_inside,
    find_delivery_files,
    find_extract_file,
    read_extract,
    sha256_of,
)
from ..extracts.registry import EXTRACTS, NATIONAL_FOLDER, REGISTER, UNIT_LEVEL, ExtractSpec
from ..extracts.validator import Problem, ValidationReport, source_row, validate_extract
from ..year_rows import now_utc
from .deliveries import ingest_deliveries
from .loader import LoadRecord, log_load, register_units, replace_year
from .outcome import IngestOutcome, load_absent


def ingest_extract(spec: ExtractSpec, year: str, extracts_root: Path, conn: duckdb.DuckDBPyConnection) -> IngestOutcome:
    if spec.per_voivodship:
        return ingest_deliveries(spec, year, extracts_root, conn)
    folder = extracts_root / year
    if not _present(folder, spec.name) and (not spec.required or not _unit_level_year(folder)):
        if spec is REGISTER and not _any_extract(folder):
            return _rejected(
                spec,
                year,
                conn,
                f"{folder}: no extract files (expected register.csv and the "
                "answers for a year with unit-level data, or regional_totals.csv / national.csv "
                "for a year known only in total)",
            )
        return load_absent(spec, year, conn)
    path: Path | None = None
    digest = encoding = None
    try:
        path = ensure_inside(find_extract_file(folder, spec.name), extracts_root)
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
        if report.passed:
            report.frame = _with_source_rows(spec, report.frame, raw)
    except ExtractReadError as error:
        file_name = path.name if path else f"{spec.name}.csv"
        report = ValidationReport(
            file=file_name, problems=[Problem(file_name, None, None, "a readable extract", str(error))]
        )
    record = LoadRecord(
        reporting_year=int(year),
        extract_name=spec.name,
        file_name=str(path) if path else None,
        file_sha256=digest,
        row_count=None if report.frame is None else len(report.frame),
        encoding=encoding,
        status="loaded" if report.passed else "rejected",
        problem_count=len(report.problems),
        loaded_at=now_utc(),
    )
    if report.passed:
        replace_year(conn, spec.name, int(year), report.frame, record)
    else:
        log_load(conn, record)
    return IngestOutcome(report=report, record=record, path=path)


def _present(folder: Path, stem: str) -> bool:
    return any((folder / f"{stem}{suffix}").is_file() for suffix in SUPPORTED_SUFFIXES)


def _any_extract(folder: Path) -> bool:
    return any(_present(folder, spec.name) for spec in EXTRACTS if not spec.per_voivodship) or any(
        find_delivery_files(folder / NATIONAL_FOLDER, spec.name) for spec in EXTRACTS if spec.per_voivodship
    )


def _unit_level_year(folder: Path) -> bool:
    """A year with unit-level data (any of register, answers, projects) needs all of them; a year
    known only in total (earlier years, national statistics) has none of them."""
    return any(_present(folder, spec.name) for spec in UNIT_LEVEL)


def _rejected(spec: ExtractSpec, year: str, conn: duckdb.DuckDBPyConnection, why: str) -> IngestOutcome:
    file_name = f"{spec.name}.csv"
    report = ValidationReport(file=file_name, problems=[Problem(file_name, None, None, "a readable extract", why)])
    record = LoadRecord(
        reporting_year=int(year),
        extract_name=spec.name,
        file_name=None,
        file_sha256=None,
        row_count=None,
        encoding=None,
        status="rejected",
        problem_count=1,
        loaded_at=now_utc(),
    )
    log_load(conn, record)
    return IngestOutcome(report=report, record=record, path=None)


_ABSENT_DTYPES = {"int": "Int64", "decimal": "Float64", "bool": "boolean"}


def _with_source_rows(spec: ExtractSpec, frame: pd.DataFrame, raw) -> pd.DataFrame:
    # an optional column the file leaves out is loaded empty, so that the raw table always has the
    # format's columns and a check or model reading one finds nulls, not a missing column
    absent = {
        column: pd.Series(pd.NA, index=frame.index, dtype=_ABSENT_DTYPES.get(kind, "string"))
        for column, kind in spec.kinds().items()
        if column not in frame.columns
    }
    frame = frame.assign(**absent)[[*frame.columns, *absent]]
    if spec.derive is not None:
        frame = spec.derive(frame)
    return frame.assign(_source_row=pd.array([source_row(i, raw) for i in frame.index], dtype="Int64"))
