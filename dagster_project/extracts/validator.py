"""Gate 1: validate one extract and say, in plain words, every row and column that fails.

Order: the header (missing or unknown columns), then each cell's Polish-formatted value, then the
pandera model (ranges, codes, uniqueness, partitions), then the references to the register. The
result is a report, not an exception: the ingestion asset records it as a blocking check, and a
failed report means the file is not loaded, so the warehouse keeps that year's last good data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from .models import ROW_RULES
from .polish import normalise
from .readers import RawExtract
from .registry import ExtractSpec

MAX_LISTED = 200  # problems listed in a message; the count is always complete


@dataclass(frozen=True)
class Problem:
    """One failing place of a file: row (file line) and column where they apply."""

    file: str
    row: int | None
    column: str | None
    expected: str
    found: str
    key: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}" + (f" ({self.key})" if self.key else ""))
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: expected {self.expected}; found {self.found}"


@dataclass
class ValidationReport:
    file: str
    problems: list[Problem] = field(default_factory=list)
    frame: pd.DataFrame | None = None  # the typed, validated rows when there are no problems

    @property
    def passed(self) -> bool:
        return not self.problems

    def message(self) -> str:
        if self.passed:
            return f"{self.file}: valid"
        lines = [f"{self.file}: {len(self.problems)} problem(s); the file was not loaded"]
        ordered = sorted(self.problems, key=lambda p: (p.row or 0, p.column or ""))
        lines += [f"  - {problem}" for problem in ordered[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(f"  ... and {len(self.problems) - MAX_LISTED} more")
        return "\n".join(lines)


def source_row(index: object, raw: RawExtract) -> int | None:
    """The file line of a data row: what every message and fct_findings call 'row'."""
    try:
        position = int(index)  # type: ignore[arg-type]
        return raw.lines[position] if raw.lines else position + 1 + raw.header_rows
    except (TypeError, ValueError):
        return None


def _key(frame: pd.DataFrame, index: object, key_column: str) -> str | None:
    if key_column not in frame.columns or index is None or pd.isna(index):  # type: ignore[arg-type]
        return None
    value = frame[key_column].get(index)
    return None if value is None or pd.isna(value) else str(value)


def _show(value: object) -> str:
    """A failing value as an analyst reads it: text quoted, numbers plain."""
    if isinstance(value, str):
        return repr(value)
    item = getattr(value, "item", None)  # numpy scalars
    return str(item() if callable(item) else value)


def _describe_check(check: str) -> str:
    """Pandera check names, said the way an analyst reads them."""
    replacements = {
        "greater_than_or_equal_to(0)": "a count of 0 or more",
        "field_uniqueness": "a value unique in the file",
        "column_in_dataframe": "this column (required)",
        "column_in_schema": "no column of this name (not in the extract format)",
        "not_nullable": "a value (the column is required)",
    }
    if check in replacements:
        return replacements[check]
    if check.startswith("isin("):
        return "one of " + check[len("isin(") : -1]
    if check.startswith("str_matches("):
        return "text matching " + check[len("str_matches(") : -1]
    return check


def _header_problems(spec: ExtractSpec, raw: RawExtract) -> list[Problem]:
    present = list(raw.frame.columns)
    expected = spec.columns
    problems = [
        Problem(raw.path.name, None, column, "this column (required by the extract format)", "no such column")
        for column in spec.required_columns
        if column not in present
    ]
    problems += [
        Problem(raw.path.name, None, column, "only the columns of the extract format", "an unknown column")
        for column in present
        if column not in expected
    ]
    duplicated = sorted({c for c in present if present.count(c) > 1})
    problems += [Problem(raw.path.name, None, c, "each column once", "a repeated column") for c in duplicated]
    return problems


def _pandera_problems(spec: ExtractSpec, frame: pd.DataFrame, raw: RawExtract) -> list[Problem]:
    try:
        spec.model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    else:
        return []
    problems = []
    seen_rows: set[tuple[object, str]] = set()
    for case in cases.itertuples(index=False):
        check = str(case.check)
        if check.startswith(("dtype(", "coerce_dtype(")):
            continue  # cells were typed by normalise(); its problems are already listed
        index = case.index
        # a whole-frame check names the schema as its column: not a column, even when a column
        # has the extract's name (provenance.csv's `provenance`)
        column = None if case.schema_context == "DataFrameSchema" else case.column
        if check in ROW_RULES:
            if (index, check) in seen_rows:
                continue  # pandera lists a row-wise failure once per column: say it once
            seen_rows.add((index, check))
            rule = ROW_RULES[check]
            found = ", ".join(f"{c}={_show(frame.at[index, c])}" for c in rule.columns if c in frame.columns)
            problems.append(
                Problem(
                    raw.path.name,
                    source_row(index, raw),
                    None,
                    rule.rule,
                    found,
                    _key(frame, index, spec.key_column),
                )
            )
            continue
        problems.append(
            Problem(
                raw.path.name,
                source_row(index, raw),
                column,
                _describe_check(check),
                _show(case.failure_case),
                _key(frame, index, spec.key_column),
            )
        )
    return problems


def _register_problems(
    spec: ExtractSpec, frame: pd.DataFrame, raw: RawExtract, register: Mapping[str, str]
) -> list[Problem]:
    problems = []
    for index, unit_id in frame["unit_id"].items():
        if unit_id is None or pd.isna(unit_id):
            continue
        unit_type = register.get(unit_id)
        if unit_type is None:
            problems.append(
                Problem(
                    raw.path.name,
                    source_row(index, raw),
                    "unit_id",
                    "a unit in that year's register.csv",
                    f"{unit_id!r}, not registered",
                )
            )
        elif spec.unit_type and unit_type != spec.unit_type:
            problems.append(
                Problem(
                    raw.path.name,
                    source_row(index, raw),
                    "unit_id",
                    f"a registered {spec.unit_type}",
                    f"{unit_id!r}, registered as {unit_type}",
                )
            )
    return problems


def validate_extract(spec: ExtractSpec, raw: RawExtract, register: Mapping[str, str] | None = None) -> ValidationReport:
    """Every problem of one extract; `register` maps unit_id -> unit_type for the same year."""
    report = ValidationReport(file=raw.path.name)
    report.problems = _header_problems(spec, raw)
    if report.problems:
        return report
    frame, cell_problems = normalise(raw.frame, spec.kinds())
    report.problems += [
        Problem(
            raw.path.name,
            source_row(p.index, raw),
            p.column,
            p.expected,
            repr(p.found),
            _key(frame, p.index, spec.key_column),
        )
        for p in cell_problems
    ]
    report.problems += _pandera_problems(spec, frame, raw)
    if spec.references_register and register is not None:
        report.problems += _register_problems(spec, frame, raw, register)
    if report.passed:
        report.frame = spec.model.validate(frame)
    return report
