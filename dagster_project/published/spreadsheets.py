"""The release for analysts who live in Excel: one workbook (XLSX) and CSV files Polish Excel opens
as they are.

- `reintegration.xlsx`: a first sheet `opis` (what the release is, the signs, and every column of
  every table with its description), then one sheet per public table; numbers are numbers with
  Excel number formats (shown with the reader's separators: 1 234,56 in a Polish Excel), years
  without a thousands separator, and a withheld value is the sign `x` (Statistics Poland's sign
  for a figure withheld to keep confidentiality), a value the data does not have `.`.
  `fct_national_statistics` is not a sheet: its rows are the `statistics_poland` rows of
  `rpt_indicators` (it is in the CSV files, the Parquet and the DuckDB file); nor is a table of
  more than MAX_SHEET_ROWS rows, which the cover sheet lists.
- `csv/<schema>.<table>.csv`: `;`-separated, UTF-8 with a byte-order mark (so Excel reads the
  Polish letters), decimal comma, the same `x` and `.` signs.

Both are written from the release file itself, so they hold exactly what the release holds.
"""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import pandas as pd
import xlsxwriter

from .descriptions import TableDoc
from .public_tables import CONFIDENTIAL, MASKED_COLUMNS, NO_DATA

WORKBOOK = "reintegration.xlsx"
CSV_DIR = "csv"
SPREADSHEET_SCHEMAS = ("marts", "findings", "release")  # the reference tables are in Parquet and the DuckDB file
NOT_SHEETS = {"marts.fct_national_statistics": "not a sheet: its rows are rpt_indicators' statistics_poland rows"}
# A sheet holds at most this many rows: a longer table (many years of every powiat) would take
# minutes to write and is no table to read in Excel; it stays in the CSV, Parquet and DuckDB files,
# and the cover sheet says so. (Excel's own limit is 1 048 576 rows.)
MAX_SHEET_ROWS = 100_000
FORMATS = {"count": "#,##0", "amount": "#,##0.00", "share": "0.00", "year": "0", "number": "#,##0.####"}
UNIT_FORMAT = {"persons": "count", "units": "count", "count": "count", "PLN": "amount", "pct": "share"}


def _tables(conn: duckdb.DuckDBPyConnection) -> list[str]:
    rows = conn.execute(
        "select schema_name || '.' || table_name from duckdb_tables() "
        f"where schema_name in {SPREADSHEET_SCHEMAS!r} order by schema_name <> 'marts', schema_name, table_name"
    ).fetchall()
    return [row[0] for row in rows]


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _sign(flag: object) -> str:
    return CONFIDENTIAL if flag == CONFIDENTIAL else NO_DATA


def _number_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c]) and frame[c].dtype != bool]


def _format_of(column: str, unit: object) -> str:
    if column.endswith("year") or column in ("source_row", "printed_decimals"):
        return "year"
    if column.endswith("_pct") or column == "pp_change":
        return "share"
    return UNIT_FORMAT.get(str(unit), "number")


def _cover(book, bold, about: list[tuple[str, str]], tables: list[str], docs: dict[str, TableDoc]) -> None:
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    cover = book.add_worksheet("opis")
    cover.set_column(0, 0, 28)
    cover.set_column(1, 1, 30)
    cover.set_column(2, 2, 110)
    row = 0
    for label, text in about:
        cover.write(row, 0, label, bold)
        cover.write(row, 1, text)
        row += 1
    row += 1
    cover.write_row(row, 0, ["sheet (table)", "column", "description"], bold)
    for table in tables:
        doc = docs.get(table, TableDoc())
        row += 1
        cover.write(row, 0, table.split(".")[1], bold)
        cover.write(row, 2, doc.description, wrap)
        for column, text in doc.columns.items():
            row += 1
            cover.write_row(row, 0, [table.split(".")[1], column, text])


def write_workbook(database: Path, target: Path, docs: dict[str, TableDoc], about: list[tuple[str, str]]) -> Path:
    """The release as one XLSX workbook (see the module's docstring)."""
    with duckdb.connect(str(database), read_only=True) as conn:
        rows = {t: conn.execute(f"select count(*) from {t}").fetchall()[0][0] for t in _tables(conn)}
        tables = [t for t in rows if t not in NOT_SHEETS and rows[t] <= MAX_SHEET_ROWS]
        about = [
            *about,
            *[
                (t.split(".")[1], "not a sheet: its rows are rpt_indicators' statistics_poland rows")
                for t in NOT_SHEETS
            ],
            *[
                (t.split(".")[1], f"not a sheet: {rows[t]:,} rows; in csv/{t}.csv, parquet/ and the DuckDB file")
                for t in rows
                if rows[t] > MAX_SHEET_ROWS
            ],
        ]
        book = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_numbers": False})
        book.set_properties({"title": "Reintegration statistics: public release"})
        bold = book.add_format({"bold": True})
        formats = {name: book.add_format({"num_format": code}) for name, code in FORMATS.items()}
        sign_format = book.add_format({"align": "right"})
        _cover(book, bold, about, tables, docs)
        for table in tables:
            frame = conn.execute(f"select * from {table}").df()
            sheet = book.add_worksheet(table.split(".")[1][:31])
            sheet.write_row(0, 0, list(frame.columns), bold)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
            numbers, masked = set(_number_columns(frame)), set(MASKED_COLUMNS.get(table, ()))
            units = frame["value_unit"].tolist() if "value_unit" in frame else [None] * len(frame)
            flags = frame["flag"].tolist() if "flag" in frame else [None] * len(frame)
            columns = [(c, column, column in numbers, column in masked) for c, column in enumerate(frame.columns)]
            rows = zip(*(frame[column].tolist() for column in frame.columns), strict=True)
            for r, values in enumerate(rows, start=1):
                unit, flag = units[r - 1], flags[r - 1]
                for (c, column, number, withheld), value in zip(columns, values, strict=True):
                    if _missing(value):
                        if withheld:
                            sheet.write_string(r, c, _sign(flag), sign_format)
                    elif number:
                        sheet.write_number(r, c, value, formats[_format_of(column, unit)])
                    else:
                        sheet.write(r, c, value if isinstance(value, (bool, str)) else str(value))
        book.close()
    return target


def _polish(value: object, flag: object, withheld: bool) -> str:
    if _missing(value):
        return _sign(flag) if withheld else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g").replace(".", ",")
    return str(value)


def write_csv(database: Path, folder: Path) -> list[Path]:
    """Every table of the release as a CSV file for Polish Excel (see the module's docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with duckdb.connect(str(database), read_only=True) as conn:
        for table in _tables(conn):
            frame = conn.execute(f"select * from {table}").df()
            flags = frame["flag"].tolist() if "flag" in frame else [None] * len(frame)
            masked = MASKED_COLUMNS.get(table, ())
            for column in {*_number_columns(frame), *masked}:
                withheld = column in masked
                frame[column] = [_polish(v, f, withheld) for v, f in zip(frame[column].tolist(), flags, strict=True)]
            path = folder / f"{table}.csv"
            frame.to_csv(path, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n")
            written.append(path)
    return written
