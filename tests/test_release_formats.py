"""The release in the formats its readers open: the XLSX workbook (openpyxl, as Excel would read
it), CSV for Polish Excel, datapackage.json, and the descriptions inside the DuckDB file."""

from __future__ import annotations

import csv
import json

import duckdb
import openpyxl
import pandas as pd
import pytest


@pytest.fixture(scope="module")
def release_tables(shipped_release) -> dict[str, pd.DataFrame]:
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        return {
            name: conn.execute(f"select * from {name}").df()
            for name in ("marts.rpt_indicators", "marts.dim_units", "marts.rpt_reconciliation")
        }


def test_the_workbook_holds_every_public_table_with_descriptions_signs_and_number_formats(
    shipped_release, release_tables
):
    manifest = json.loads((shipped_release.path / "manifest.json").read_text())
    years = sorted(int(y) for y in manifest["xlsx"])
    assert years == sorted(release_tables["marts.rpt_indicators"].reporting_year.unique().tolist())
    path = shipped_release.path / manifest["xlsx"]["2023"]["file"]
    assert path == shipped_release.path / "xlsx" / "reintegration-2023.xlsx"
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "opis"
    assert {"rpt_indicators", "dim_units", "rpt_reconciliation", "fct_findings"} <= set(book.sheetnames)
    assert "fct_national_statistics" not in book.sheetnames  # the same rows as rpt_indicators'
    described = {(row[0], row[1]): row[2] for row in book["opis"].iter_rows(values_only=True) if row[1]}
    assert described[("rpt_indicators", "flag")].startswith("The status of the value. x: withheld")
    assert "Stable indicator name" in described[("rpt_indicators", "indicator_id")]

    cover = {row[0]: row[1] for row in book["opis"].iter_rows(values_only=True) if row[0]}
    assert cover["year"] == "2023" and cover["written for release"] == shipped_release.path.name
    indicators = release_tables["marts.rpt_indicators"]
    indicators = indicators[indicators.reporting_year == 2023].reset_index(drop=True)  # the year's rows only
    sheet = book["rpt_indicators"]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    assert list(header) == list(indicators.columns)
    values = [row[header.index("value")] for row in rows]
    assert len(values) == len(indicators)
    assert values.count("x") == (indicators.flag == "x").sum() > 0
    assert values.count(".") == (indicators.flag == ".").sum()
    numbers = [v for v in values if isinstance(v, float | int)]
    assert sum(numbers) == pytest.approx(indicators.value.sum())
    book.close()

    formats = openpyxl.load_workbook(shipped_release.path / "xlsx" / "reintegration-2024.xlsx")["rpt_indicators"]
    indicators = release_tables["marts.rpt_indicators"]
    indicators = indicators[indicators.reporting_year == 2024].reset_index(drop=True)
    column = list(indicators.columns).index("value") + 1
    by_unit = {}
    for r in range(2, 400):
        unit = formats.cell(r, list(indicators.columns).index("value_unit") + 1).value
        cell = formats.cell(r, column)
        if isinstance(cell.value, float | int):
            by_unit.setdefault(unit, cell.number_format)
    assert by_unit["persons"] == "#,##0" and by_unit["PLN"] == "#,##0.00" and by_unit["pct"] == "0.00"
    assert formats.cell(2, 1).number_format == "0"  # a year, never 2 024


def test_the_csv_files_open_in_polish_excel_as_they_are(shipped_release, release_tables):
    path = shipped_release.path / "csv" / "marts.rpt_indicators.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # UTF-8 with BOM, Windows lines
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    indicators = release_tables["marts.rpt_indicators"]
    assert len(rows) == len(indicators)
    assert sum(row["value"] == "x" for row in rows) == (indicators.flag == "x").sum()
    shares = [row["value"] for row in rows if row["value_unit"] == "pct" and row["flag"] == ""]
    assert shares and all("." not in v for v in shares) and any("," in v for v in shares)  # decimal comma
    assert "warmińsko-mazurskie" in raw.decode("utf-8-sig")
    read = pd.read_csv(path, sep=";", decimal=",", na_values=["x", "."], keep_default_na=False, encoding="utf-8-sig")
    assert read["value"].sum() == pytest.approx(indicators.value.sum())


def test_the_datapackage_describes_every_file_with_its_fields(shipped_release):
    package = json.loads((shipped_release.path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == shipped_release.path.name
    assert any(source["title"].startswith("2024 regional_survey") for source in package["sources"])
    national = [source for source in package["sources"] if "statistics_poland" in source["title"]]
    assert national and {source["path"] for source in national} == {"https://stat.gov.pl/en/"}
    assert "Own study based on figures from Statistics Poland" in package["description"]
    names = {resource["name"] for resource in package["resources"]}
    assert {"marts_rpt_indicators", "marts_rpt_indicators_parquet", "reference_powiats_parquet"} <= names
    assert not any(name.startswith(("information_schema", "main_", "pg_catalog")) for name in names)
    for resource in package["resources"]:
        assert (shipped_release.path / resource["path"]).is_file(), resource["path"]
        if resource["format"] == "csv":
            with (shipped_release.path / resource["path"]).open(encoding="utf-8-sig") as handle:
                header = handle.readline().strip().split(";")
            assert header == [field["name"] for field in resource["schema"]["fields"]]
            assert resource["schema"]["missingValues"] == ["", "x", "."]
    indicators = next(r for r in package["resources"] if r["name"] == "marts_rpt_indicators")
    fields = {f["name"]: f for f in indicators["schema"]["fields"]}
    assert fields["value"]["type"] == "number" and fields["value"]["decimalChar"] == ","
    assert fields["reporting_year"]["type"] == "integer"
    assert all(f.get("description") for f in fields.values())


def test_every_public_column_carries_its_description_in_the_duckdb_file(shipped_release):
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        missing = conn.execute(
            "select schema_name || '.' || table_name || '.' || column_name from duckdb_columns() "
            "where not internal and schema_name in ('marts', 'findings') and coalesce(comment, '') = ''"
        ).fetchall()
        tables = conn.execute("select count(*) from duckdb_tables() where coalesce(comment, '') = ''").fetchone()[0]
    assert missing == [] and tables == 0


def test_a_table_too_long_for_a_sheet_is_named_on_the_cover_instead(shipped_release, tmp_path, monkeypatch):
    from dagster_project.published import spreadsheets

    monkeypatch.setattr(spreadsheets, "MAX_SHEET_ROWS", 1_000)
    target = spreadsheets.write_workbook(
        shipped_release.path / "reintegration.duckdb", tmp_path / "book.xlsx", {}, [("release", "test")]
    )
    book = openpyxl.load_workbook(target, read_only=True)
    assert "rpt_indicators" not in book.sheetnames and "dim_units" in book.sheetnames
    cover = {row[0]: row[1] for row in book["opis"].iter_rows(values_only=True) if row[0]}
    assert (
        cover["rpt_indicators"].startswith("not a sheet: ")
        and "csv/marts.rpt_indicators.csv" in cover["rpt_indicators"]
    )
    book.close()


def test_the_working_warehouse_carries_the_mart_descriptions_too(marts):
    undescribed = marts.execute(
        "select table_name || '.' || column_name from duckdb_columns() "
        "where schema_name = 'marts' and coalesce(comment, '') = ''"
    ).fetchall()
    assert undescribed == []  # dbt persist_docs: an analyst's SQL client shows what a column holds
    comment = marts.execute(
        "select comment from duckdb_columns() where table_name = 'fct_finance' and column_name = 'staff_total'"
    ).fetchone()[0]
    assert comment.startswith("Staff in total as the unit stated it")


def _release_file(path, values: dict[int, float]):
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema marts")
        conn.execute(
            "create table marts.rpt_indicators (reporting_year integer, indicator_id varchar, value double, "
            "value_unit varchar, flag varchar)"
        )
        for year, value in values.items():
            conn.execute(
                "insert into marts.rpt_indicators values (?, 'participants', ?, 'persons', null)", [year, value]
            )
    return path


def test_a_year_whose_rows_did_not_change_keeps_its_workbook(tmp_path):
    from dagster_project.published.spreadsheets import write_workbooks

    about = [("x", "withheld")]
    first, second = tmp_path / "first", tmp_path / "second"
    database = _release_file(tmp_path / "first.duckdb", {2023: 100.0, 2024: 200.0})
    books = write_workbooks(database, first, [("written for release", "first"), ("published", "t1")], {}, about)
    assert sorted(books) == ["2023", "2024"] and {b["written_for"] for b in books.values()} == {"first"}

    corrected = _release_file(tmp_path / "second.duckdb", {2023: 100.0, 2024: 201.0})  # a 2024 cell corrected
    again = write_workbooks(
        corrected, second, [("written for release", "second"), ("published", "t2")], {}, about, (first, books)
    )
    assert again["2023"] == books["2023"] and (second / again["2023"]["file"]).samefile(first / books["2023"]["file"])
    assert again["2024"]["written_for"] == "second" and again["2024"]["digest"] != books["2024"]["digest"]
    sheet = openpyxl.load_workbook(second / again["2024"]["file"], read_only=True)["rpt_indicators"]
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [201]
    cover = dict(
        r[:2] for r in openpyxl.load_workbook(second / again["2023"]["file"]).active.iter_rows(values_only=True) if r[0]
    )
    assert cover["written for release"] == "first" and cover["year"] == "2023"  # as written, and says so


def test_text_that_looks_like_a_formula_or_a_link_stays_text_in_the_workbook(tmp_path):
    """A note typed into an extract as "=1+1", "@SUM(A1)" or a web address is shown as that text:
    never a live formula (formula injection) or a hyperlink in a workbook published to the public."""
    from dagster_project.published.spreadsheets import write_workbook

    database = tmp_path / "release.duckdb"
    with duckdb.connect(str(database)) as conn:
        conn.execute("create schema findings")
        conn.execute(
            "create table findings.fct_findings as select 2024 as reporting_year, '=1+1' as message, "
            "'https://example.org/x' as extract, '@SUM(A1)' as found, '' as unit_id"
        )
    book = openpyxl.load_workbook(write_workbook(database, tmp_path / "book.xlsx", {}, [("release", "test")], 2024))
    _, *cells = book["fct_findings"][2]
    assert [(cell.value, cell.data_type) for cell in cells] == [
        ("=1+1", "s"),
        ("https://example.org/x", "s"),
        ("@SUM(A1)", "s"),
        (None, "n"),  # an empty text stays an empty cell
    ]
    assert all(cell.hyperlink is None for cell in cells)
