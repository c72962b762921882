"""Ingest one national source of one year, delivered as one file per voivodship office.

Every delivery is read and validated on its own, so a problem names its office's file, row and
column. The year's deliveries are one gate: if any of them is bad, nothing is written and the last
good rows of every office stay. When all are good, only the offices whose file changed (by
sha256), appeared or disappeared are replaced, in one transaction: a corrected file from one
office touches that office's rows of that year and nothing else.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pandas as pd

from ..extracts.readers import ExtractReadError, ensure_inside, find_delivery_files, read_extract, sha256_of
from ..extracts.reference import VOIVODSHIPS
from ..extracts.registry import NATIONAL_FOLDER, ExtractSpec
from ..extracts.validator import Problem, ValidationReport, source_row, validate_extract
from ..year_rows import now_utc
from .loader import LoadRecord, loaded_deliveries, log_load, replace_year
from .outcome import IngestOutcome, load_absent


def ingest_deliveries(
    spec: ExtractSpec, year: str, extracts_root: Path, conn: duckdb.DuckDBPyConnection
) -> IngestOutcome:

    folder = extracts_root / year / NATIONAL_FOLDER
    label = f"{year}/{spec.file_pattern}"
    problems: list[Problem] = []
    frames: list[pd.DataFrame] = []
    digests: dict[str, str] = {}
    try:
        files = find_delivery_files(folder, spec.name)
    except ExtractReadError as error:
        files = {}
        problems.append(Problem(label, None, None, "one file per voivodship office", str(error)))
    if not files and not problems:
        return load_absent(spec, year, conn)
    for office, path in files.items():
        if office not in VOIVODSHIPS:
            problems.append(
                Problem(path.name, None, None, "a file name ending in a voivodship's TERYT code (02 ... 32)", office)
            )
            continue
        try:
            raw = read_extract(ensure_inside(path, extracts_root))
        except ExtractReadError as error:
            problems.append(Problem(path.name, None, None, "a readable extract", str(error)))
            continue
        report = validate_extract(spec, raw)
        problems += report.problems
        if not report.passed:
            continue
        frame = report.frame
        if "powiat_teryt" in frame.columns:
            problems += [
                Problem(
                    path.name, source_row(index, raw), "powiat_teryt", f"a powiat of voivodship {office}", repr(value)
                )
                for index, value in frame["powiat_teryt"].items()
                if not str(value).startswith(office)
            ]
        digests[office] = sha256_of(path)
        frames.append(
            frame.assign(
                voivodship_teryt=pd.Series(office, index=frame.index, dtype="string"),
                _source_row=pd.array([source_row(i, raw) for i in frame.index], dtype="Int64"),
                _source_file=pd.Series(str(path), index=frame.index, dtype="string"),
                _source_sha256=pd.Series(digests[office], index=frame.index, dtype="string"),
            )
        )
    rows = pd.concat(frames, ignore_index=True) if frames else None
    if rows is not None and not problems:
        problems += _ids_in_two_offices(spec, rows)
    record = LoadRecord(
        reporting_year=int(year),
        extract_name=spec.name,
        file_name=str(folder / f"{spec.name}_*"),
        file_sha256=hashlib.sha256("".join(f"{k}:{v}\n" for k, v in sorted(digests.items())).encode()).hexdigest(),
        row_count=None if rows is None else len(rows),
        encoding=None,
        status="rejected" if problems else "loaded",
        problem_count=len(problems),
        loaded_at=now_utc(),
    )
    report = ValidationReport(file=label, problems=problems, frame=None if problems else rows)
    if problems:
        log_load(conn, record)
        return IngestOutcome(report=report, record=record, path=folder)
    before = loaded_deliveries(conn, spec.name, int(year))
    changed = sorted(office for office, digest in digests.items() if before.get(office) != digest)
    offices = sorted(set(changed) | (set(before) - set(digests)))
    incoming = rows[rows["voivodship_teryt"].isin(changed)].reset_index(drop=True)
    replace_year(conn, spec.name, int(year), incoming, record, offices=offices)
    return IngestOutcome(report=report, record=record, path=folder, offices_replaced=tuple(offices))


def _ids_in_two_offices(spec: ExtractSpec, rows: pd.DataFrame) -> list[Problem]:
    """A unit belongs to one voivodship: the same REGON in two offices' files is refused."""
    twice = rows[rows.duplicated(subset=[spec.key_column], keep=False)]
    return [
        Problem(
            Path(str(row["_source_file"])).name,
            int(row["_source_row"]),
            spec.key_column,
            "a unit delivered by one office only",
            f"{row[spec.key_column]!r}, also in another office's file",
            str(row[spec.key_column]),
        )
        for _, row in twice.iterrows()
    ]
