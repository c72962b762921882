"""Files and folders as real offices send them, through the functions that ingest them: legal but
unusual files load, and every other one ends in one message naming the file, the line and the
column, with nothing loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dagster_project import settings
from dagster_project.extracts.polish import AmbiguousNumber, parse_number
from dagster_project.extracts.readers import read_extract
from dagster_project.extracts.registry import EXTRACTS, REGISTER
from dagster_project.extracts.validator import validate_extract
from dagster_project.raw.ingestion import ingest_extract
from dagster_project.run import run

from .conftest import SEED_EXTRACTS, point_at, set_cell

SPECS = {spec.name: spec for spec in EXTRACTS}
NATIONAL_2021 = SEED_EXTRACTS / "2021" / "national.csv"


def _ingest(name: str, year: str, root: Path, tmp_path: Path):
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as conn:
        outcome = ingest_extract(SPECS[name], year, root, conn)
        tables = {row[0] for row in conn.execute("select table_name from information_schema.tables").fetchall()}
        rows = conn.execute(f"select count(*) from raw.{name}").fetchone()[0] if name in tables else 0
    return outcome, rows


def test_an_unquoted_separator_in_a_note_is_refused_with_its_line(tmp_path):
    """Pandas took the extra field as an index and the error reporting itself crashed; now the
    line and the column after which the extra field stands are named, and nothing is loaded."""
    root = tmp_path / "extracts"
    (root / "2021").mkdir(parents=True)
    lines = NATIONAL_2021.read_text(encoding="utf-8").splitlines()
    lines[1] += "; w tym 12 nowych"  # an unquoted ';' in the note of the first data row
    (root / "2021" / "national.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    outcome, rows = _ingest("national", "2021", root, tmp_path)

    assert not outcome.loaded and rows == 0
    message = outcome.report.message()
    assert "national.csv: line 2, after the last column (note): 9 fields where the header has 8" in message
    assert "found 'w tym 12 nowych'" in message and "must be quoted" in message


def test_legal_but_unusual_csv_loads(tmp_path):
    """A BOM, a quoted separator, a quoted line break, a blank line and Excel's trailing empty
    columns: all legal CSV; each record keeps the line it starts on."""
    path = tmp_path / "projects.csv"
    path.write_bytes(
        "\ufeffproject_id;funder;note;;\r\n"
        'P1;"Gmina Ełk; Powiat Ełcki";"two\r\nlines";;\r\n'
        "\r\n"
        "P2;PFRON;plain;;\r\n".encode("utf-8")
    )

    raw = read_extract(path)

    assert list(raw.frame.columns) == ["project_id", "funder", "note"]
    assert raw.frame.to_dict("records") == [
        {"project_id": "P1", "funder": "Gmina Ełk; Powiat Ełcki", "note": "two\r\nlines"},
        {"project_id": "P2", "funder": "PFRON", "note": "plain"},
    ]
    assert raw.lines == (2, 5)


def test_a_register_saved_from_excel_with_real_date_and_number_cells_loads(tmp_path):
    """Excel keeps dates as date cells and W-M's TERYT codes (28xx) as numbers: a date cell is a
    date, a number cell its number."""
    register = read_extract(SEED_EXTRACTS / "2024" / "register.csv").frame
    dates = ["status_granted_date", "status_expiry_date"]
    typed = register.assign(
        **{column: pd.to_datetime(register[column]) for column in dates},
        powiat_teryt=pd.to_numeric(register["powiat_teryt"]),
    )
    path = tmp_path / "register.xlsx"
    typed.to_excel(path, index=False)

    raw = read_extract(path)
    report = validate_extract(REGISTER, raw)

    assert report.passed, report.message()
    assert raw.frame.loc[0, "status_granted_date"] == "2018-05-09"
    for column in [*dates, "powiat_teryt"]:
        assert report.frame[column].astype(str).tolist() == register[column].astype(str).tolist()


def test_an_amount_with_a_dot_before_three_digits_is_not_read_as_a_fraction(tmp_path):
    with pytest.raises(AmbiguousNumber):
        parse_number("1.234 zł")
    assert parse_number("0.125") == 0.125 and parse_number("1.234,50 zł") == 1234.5
    folder = tmp_path / "2024"
    shutil.copytree(SEED_EXTRACTS / "2024", folder)
    first = read_extract(folder / "projects.csv").frame.iloc[0]
    set_cell(folder / "projects.csv", first["project_id"], "amount_pln", "1.234 zł")

    report = validate_extract(SPECS["projects"], read_extract(folder / "projects.csv"))

    assert not report.passed
    expected = (
        f"projects.csv, row 2 ({first['project_id']}), column amount_pln: expected an amount (e.g. 1 234,56 zł; "
        "b.d. for no data), not a dot before three digits (1.234: 1 234 or 1,234?); found '1.234 zł'"
    )
    assert expected in report.message()


def test_a_link_leading_outside_the_extracts_folder_is_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.copy(NATIONAL_2021, outside / "national.csv")
    root = tmp_path / "extracts"
    (root / "2021").mkdir(parents=True)
    (root / "2021" / "national.csv").symlink_to(outside / "national.csv")

    outcome, rows = _ingest("national", "2021", root, tmp_path)

    assert not outcome.loaded and rows == 0
    assert f"a link to {outside / 'national.csv'}, outside the extracts folder {root}" in outcome.report.message()


def test_two_files_claiming_one_extract_are_refused(tmp_path):
    root = tmp_path / "extracts"
    (root / "2021").mkdir(parents=True)
    shutil.copy(NATIONAL_2021, root / "2021" / "national.csv")
    pd.read_csv(NATIONAL_2021, sep=";", dtype=str).to_excel(root / "2021" / "national.xlsx", index=False)

    outcome, rows = _ingest("national", "2021", root, tmp_path)

    assert not outcome.loaded and rows == 0
    assert "both national.csv and national.xlsx exist; keep only one" in outcome.report.message()


@pytest.mark.parametrize("name", ["2024_old", "2204", "1024"])
def test_a_folder_that_is_not_a_plausible_year_stops_the_run(name, tmp_path, monkeypatch, capsys):
    root = tmp_path / "extracts"
    shutil.copytree(SEED_EXTRACTS / "2021", root / "2021")
    (root / name).mkdir()
    point_at(monkeypatch, root, tmp_path / "warehouse.duckdb")

    assert run([]) == 2

    err = capsys.readouterr().err
    assert f"stopped before any step: {root / name}: not a reporting year folder (expected a year from 1990" in err
    assert not (tmp_path / "warehouse.duckdb").exists()


def test_a_year_folder_linked_from_elsewhere_is_refused(tmp_path):
    shutil.copytree(SEED_EXTRACTS / "2021", tmp_path / "elsewhere" / "2021")
    root = tmp_path / "extracts"
    root.mkdir()
    (root / "2021").symlink_to(tmp_path / "elsewhere" / "2021")

    with pytest.raises(settings.ExtractsFolderError, match="outside the extracts folder"):
        settings.years_found(root)


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_a_number_of_processes_that_is_not_one_or_more_is_refused_by_name(value, monkeypatch):
    monkeypatch.setenv(settings.PROCESSES_ENV, value)
    with pytest.raises(ValueError, match=f"REINTEGRATION_PROCESSES='{value}': expected a whole number of processes"):
        settings.processes()


def test_the_processes_default_to_the_cpus_the_run_may_use(monkeypatch):
    import os

    monkeypatch.delenv(settings.PROCESSES_ENV)
    assert settings.processes() == len(os.sched_getaffinity(0))
    monkeypatch.setenv(settings.PROCESSES_ENV, "3")
    assert settings.processes() == 3
