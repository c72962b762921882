"""The release for analysts who live in Excel: one workbook (XLSX) and CSV files Polish Excel opens
as they are.

- `xlsx/reintegration-<year>.xlsx`, one workbook per reporting year: a first sheet `opis` (what
  the release is, the signs, and every column of every table with its description), then one
  sheet per public table with that year's rows; numbers are numbers with
  Excel number formats (shown with the reader's separators: 1 234,56 in a Polish Excel), years
  without a thousands separator, and a withheld value is the sign `x` (Statistics Poland's sign
  for a figure withheld to keep confidentiality), a value the data does not have `.`.
  `fct_national_statistics` is not a sheet: its rows are the `statistics_poland` rows of
  `rpt_indicators` (it is in the CSV files, the Parquet and the DuckDB file); nor is a table of
  more than MAX_SHEET_ROWS rows, which the cover sheet lists.
- `csv/<schema>.<table>.csv`, written by DuckDB: `;`-separated, UTF-8 with a byte-order mark (so
  Excel reads the Polish letters), decimal comma, the same `x` and `.` signs.

Both are written from the release file itself, so they hold exactly what the release holds.

A workbook per year, because a year is what an analyst opens (and 20 years of every powiat would
not fit one sheet), and because a year whose rows did not change need not be written again: each
workbook is named in the manifest with the digest of what it holds (the year's rows of every
sheet, the descriptions and the cover's text), and a release whose year has the digest of the
release before's takes that file as it is (a hard link), the release it was written for named on
its cover. Writing every cell of a national year takes ten seconds; a corrected file of one year
then costs only that year's workbook.
"""

from __future__ import annotations

import codecs
import json
import math
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import xlsxwriter

from ..files import link_or_copy
from ..parallel import run_all
from ..versions import combined, of_package
from .descriptions import TableDoc
from .public_tables import CONFIDENTIAL, MASKED_COLUMNS, NO_DATA

WORKBOOK_DIR = "xlsx"
CSV_DIR = "csv"
WRITTEN_FOR = ("written for release", "published")  # the cover's lines naming the release it was written for
SPREADSHEET_SCHEMAS = ("marts", "findings", "release")  # the reference tables are in Parquet and the DuckDB file
NOT_SHEETS = {"marts.fct_national_statistics": "not a sheet: its rows are rpt_indicators' statistics_poland rows"}
# A sheet holds at most this many rows: a longer table (many years of every powiat) would take
# minutes to write and is no table to read in Excel; it stays in the CSV, Parquet and DuckDB files,
# and the cover sheet says so. (Excel's own limit is 1 048 576 rows.)
MAX_SHEET_ROWS = 100_000
FORMATS = {"count": "#,##0", "amount": "#,##0.00", "share": "0.00", "year": "0", "number": "#,##0.####"}
# Rows written as they stream (a national year is a million cells); and text is text: a value from
# an extract that starts with "=" or looks like a link stays the text it was (XlsxWriter's defaults
# would write it as a live formula, or a hyperlink).
WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}
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


def workbook_name(year: int) -> str:
    return f"{WORKBOOK_DIR}/reintegration-{year}.xlsx"


def _yearly(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    schema, name = table.split(".")
    return bool(
        conn.execute(
            "select count(*) from duckdb_columns() where schema_name = ? and table_name = ? "
            "and column_name = 'reporting_year'",
            [schema, name],
        ).fetchone()[0]
    )


def _rows_of(conn: duckdb.DuckDBPyConnection, table: str, year: int | None) -> str:
    """The SELECT of a table's rows of `year` (all rows of a table that has no year, or for None)."""
    if year is not None and _yearly(conn, table):
        return f"select * from {table} where reporting_year = {int(year)}"  # noqa: S608 - a release table
    return f"select * from {table}"  # noqa: S608 - a release table


def workbook_years(database: Path) -> list[int]:
    """Every reporting year of the release's spreadsheet tables."""
    with duckdb.connect(str(database), read_only=True) as conn:
        yearly = [t for t in _tables(conn) if _yearly(conn, t)]
        union = " union ".join(f"select distinct reporting_year from {t}" for t in yearly)  # noqa: S608
        return [row[0] for row in conn.execute(f"select * from ({union}) order by 1").fetchall()] if yearly else []


def workbook_digest(database: Path, year: int, docs: dict[str, TableDoc], about: list[tuple[str, str]]) -> str:
    """What the year's workbook holds: its tables' rows of the year, the descriptions, the cover's
    text but the release it is written for, and the code that writes it."""
    with duckdb.connect(str(database), read_only=True) as conn:
        parts = []
        for table in (t for t in _tables(conn) if t not in NOT_SHEETS):
            rows = _rows_of(conn, table, year)
            digest = conn.execute(  # the rows in any order: the same rows, the same sheet
                f"select count(*), md5(coalesce(string_agg(h, '' order by h), '')) from "
                f"(select md5(cast(t as varchar)) as h from ({rows}) as t)"
            ).fetchone()
            parts.append(f"{table}:{digest[0]}:{digest[1]}")
    described = json.dumps({t: [d.description, d.columns] for t, d in sorted(docs.items())}, sort_keys=True)
    cover = json.dumps([line for line in about if line[0] not in WRITTEN_FOR])
    return combined(of_package("published"), str(year), described, cover, *parts)


def write_workbooks(
    database: Path,
    release: Path,
    written_for: list[tuple[str, str]],
    docs: dict[str, TableDoc],
    about: list[tuple[str, str]],
    previous: tuple[Path, dict] | None = None,
) -> dict[str, dict[str, str]]:
    """A workbook per reporting year in `release`/xlsx/, its cover naming the release it is
    `written_for` (WRITTEN_FOR lines), then `about`; a year whose digest is that of the `previous`
    release's workbook (its folder and manifest["xlsx"]) is linked from there, as written then."""
    before_folder, before_books = previous if previous else (None, {})
    books, to_write = {}, []
    for year in workbook_years(database):
        name, digest = workbook_name(year), workbook_digest(database, year, docs, about)
        target = release / name
        target.parent.mkdir(parents=True, exist_ok=True)
        old = before_books.get(str(year)) if isinstance(before_books, dict) else None
        if old and old.get("digest") == digest and before_folder and (before_folder / old["file"]).is_file():
            link_or_copy(before_folder / old["file"], target)  # the same bytes, not written again
            books[str(year)] = old
        else:
            to_write.append((database, target, docs, [("year", str(year)), *written_for, *about], year))
            books[str(year)] = {"file": name, "digest": digest, "written_for": written_for[0][1]}
    run_all(write_workbook, to_write)  # a national year is ten seconds of XlsxWriter: one per core
    return dict(sorted(books.items()))


def write_workbook(
    database: Path, target: Path, docs: dict[str, TableDoc], about: list[tuple[str, str]], year: int | None = None
) -> Path:
    """One XLSX workbook of the release: its rows of `year`, or every row (see the module's docstring)."""
    with duckdb.connect(str(database), read_only=True) as conn:
        rows = {
            t: conn.execute(f"select count(*) from ({_rows_of(conn, t, year)})").fetchall()[0][0] for t in _tables(conn)
        }
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
        book = xlsxwriter.Workbook(str(target), WORKBOOK_OPTIONS)
        book.set_properties({"title": "Reintegration statistics: public release"})
        bold = book.add_format({"bold": True})
        formats = {name: book.add_format({"num_format": code}) for name, code in FORMATS.items()}
        sign_format = book.add_format({"align": "right"})
        _cover(book, bold, about, tables, docs)
        for table in tables:
            frame = conn.execute(_rows_of(conn, table, year)).df()
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
                    elif isinstance(value, bool):
                        sheet.write_boolean(r, c, value)
                    elif value != "":  # an empty text stays an empty cell
                        sheet.write_string(r, c, value if isinstance(value, str) else str(value))
        book.close()
    return target


NUMERIC = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
           "FLOAT", "DOUBLE", "DECIMAL")  # fmt: skip


def _csv_select(conn: duckdb.DuckDBPyConnection, table: str) -> str:
    """The SELECT that writes a table the way Polish Excel reads it: numbers with a decimal comma
    and up to 15 significant digits (2712, 21,6530..., never 2712.0), a withheld value as its sign
    (x or .), booleans as True/False."""
    schema, name = table.split(".")
    columns = conn.execute(
        "select column_name, data_type from duckdb_columns() where schema_name = ? and table_name = ? "
        "order by column_index",
        [schema, name],
    ).fetchall()
    masked = MASKED_COLUMNS.get(table, ())
    flagged = any(column == "flag" for column, _ in columns)
    sign = (
        f"case when flag = '{CONFIDENTIAL}' then '{CONFIDENTIAL}' else '{NO_DATA}' end" if flagged else f"'{NO_DATA}'"
    )
    expressions = []
    for column, data_type in columns:
        quoted = f'"{column}"'
        missing = sign if column in masked else "null"
        if data_type.split("(")[0] in NUMERIC:
            text = f"replace(printf('%.15g', cast({quoted} as double)), '.', ',')"
        elif data_type == "BOOLEAN":
            text = f"case when {quoted} then 'True' else 'False' end"
        elif column in masked:
            text = f"cast({quoted} as varchar)"
        else:
            expressions.append(quoted)
            continue
        expressions.append(f"case when {quoted} is null then {missing} else {text} end as {quoted}")
    return f"select {', '.join(expressions)} from {table}"  # noqa: S608 - the release's own catalog


def write_csv(database: Path, folder: Path) -> list[Path]:
    """Every table of the release as a CSV file for Polish Excel (see the module's docstring),
    written by DuckDB itself (ten years of every powiat took pandas 13 s and 1.8 GB), then given the
    byte-order mark Excel needs to read UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with duckdb.connect(str(database), read_only=True) as conn:
        for table in _tables(conn):
            path, body = folder / f"{table}.csv", folder / f".{table}.csv"
            conn.execute(
                f"copy ({_csv_select(conn, table)}) to '{body.as_posix()}' "
                "(format csv, delimiter ';', header, new_line '\\r\\n')"
            )
            with path.open("wb") as target, body.open("rb") as source:
                target.write(codecs.BOM_UTF8)
                shutil.copyfileobj(source, target)
            body.unlink()
            written.append(path)
    return written
