"""The status flags of published values: provisional, revised and break in series beside the signs
for withheld (x) and missing (.) values, worked out on crafted cells through the functions that
publish them, declared the way a year folder declares them, and seen in the shipped release."""

from __future__ import annotations

import duckdb
import pandas as pd

from dagster_project.extracts.readers import read_extract
from dagster_project.extracts.registry import EXTRACTS
from dagster_project.extracts.validator import validate_extract
from dagster_project.published.status_flags import flags, previous_values, provisional_extracts

from .conftest import SEED_EXTRACTS

PROVENANCE = next(spec for spec in EXTRACTS if spec.name == "provenance")


def _cells(rows: list[tuple]) -> pd.DataFrame:
    """(year, source, indicator, value, suppression, kind, provenance) of region 28's CIS."""
    frame = pd.DataFrame(
        rows,
        columns=["reporting_year", "statistics_source", "indicator_id", "value", "suppression", "kind", "provenance"],
    )
    return frame.assign(geography_code="28", unit_type="CIS")


CELLS = _cells(
    [
        (2023, "regional_survey", "participants_total", 1927.0, None, "frequency", "typed_total"),
        (2024, "regional_survey", "participants_total", 2712.0, None, "frequency", "computed_from_delivered_units"),
        (2023, "regional_survey", "units_registered", 13.0, None, "register", "typed_total"),
        (2024, "regional_survey", "units_registered", 14.0, None, "register", "derived"),
        (
            2024,
            "regional_survey",
            "participants_homeless",
            None,
            "primary",
            "frequency",
            "computed_from_delivered_units",
        ),
        (2024, "regional_survey", "volunteers", None, None, "frequency", "computed_from_delivered_units"),
        (2024, "regional_survey", "staff_total", 120.0, None, "frequency", "computed_from_delivered_units"),
    ]
)


def _flag(result: list, indicator: str, year: int = 2024) -> str | None:
    return dict(zip(zip(CELLS.reporting_year, CELLS.indicator_id, strict=True), result, strict=True))[(year, indicator)]


def test_each_flag_is_worked_out_from_what_the_cell_is_made_of():
    previous = {(2024, "regional_survey", "28", "CIS", "staff_total"): 118.0}
    result = flags(CELLS, {(2024, "cis_answers")}, previous)
    # typed in 2023, computed from the units in 2024: a break; and computed from a provisional extract
    assert _flag(result, "participants_total") == "pb"
    assert _flag(result, "participants_total", 2023) is None  # the first year of its series
    assert _flag(result, "units_registered") is None  # typed, then derived from a printed change: one method
    assert _flag(result, "staff_total") == "pr"  # the release before published 118
    assert _flag(result, "participants_homeless") == "x"  # a withheld value says nothing more
    assert _flag(result, "volunteers") == "."
    assert _flag(flags(CELLS, set(), {}), "staff_total") is None  # final, and nothing published before
    same = {(2024, "regional_survey", "28", "CIS", "staff_total"): 120.0 + 1e-12}
    assert _flag(flags(CELLS, set(), same), "staff_total") is None  # the same value is no revision


def test_the_values_of_the_release_before_are_read_as_it_published_them(tmp_path):
    before = tmp_path / "before.duckdb"
    with duckdb.connect(str(before)) as conn:
        conn.execute("create schema marts")
        conn.execute(
            "create table marts.rpt_indicators as select * from (values "
            "(2024, 'regional_survey', '28', 'CIS', 'staff_total', 118.0, null), "
            "(2024, 'regional_survey', '28', 'CIS', 'participants_homeless', null, 'x')) "
            "as t(reporting_year, statistics_source, geography_code, unit_type, indicator_id, value, flag)"
        )
    assert previous_values(before) == {(2024, "regional_survey", "28", "CIS", "staff_total"): 118.0}
    assert previous_values(None) == {}


def test_a_year_declares_an_extract_provisional_in_its_provenance_file(tmp_path):
    folder = tmp_path / "2024"
    folder.mkdir()
    shipped = (SEED_EXTRACTS / "2024" / "provenance.csv").read_text(encoding="utf-8").splitlines()
    declared = [
        shipped[0] + ";status",
        *(line + (";provisional" if line.startswith("cis_") else ";") for line in shipped[1:]),
    ]
    (folder / "provenance.csv").write_text("\n".join(declared) + "\n", encoding="utf-8")
    report = validate_extract(PROVENANCE, read_extract(folder / "provenance.csv"))
    assert report.passed, report.message()
    with duckdb.connect() as conn:
        conn.execute("create schema raw")
        frame = report.frame.assign(reporting_year=2024)  # noqa: F841 (read by DuckDB below)
        conn.execute("create table raw.provenance as select * from frame")
        assert provisional_extracts(conn) == {(2024, "cis_answers")}

    (folder / "provenance.csv").write_text("\n".join([*declared[:2], declared[2].replace(";provisional", ";maybe")]))
    report = validate_extract(PROVENANCE, read_extract(folder / "provenance.csv"))
    assert "provenance.csv, row 3 (cis_answers), column status: expected one of" in report.message()


def test_a_warehouse_whose_years_declare_no_status_has_nothing_provisional():
    with duckdb.connect() as conn:
        conn.execute("create schema raw")
        conn.execute("create table raw.provenance (reporting_year integer, extract varchar, provenance varchar)")
        assert provisional_extracts(conn) == set()


def test_the_shipped_release_flags_the_regional_series_where_the_method_changed(shipped_release):
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        by_flag = dict(
            conn.execute("select coalesce(flag, ''), count(*) from marts.rpt_indicators group by 1").fetchall()
        )
        broken = conn.execute(
            "select reporting_year, provenance from marts.rpt_indicators where flag = 'b' "
            "and statistics_source = 'regional_survey' and unit_type = 'CIS' and indicator_id = 'participants_total'"
        ).fetchall()
    assert set(by_flag) <= {"", "x", ".", "b", "p", "r", "pb", "pr", "rb", "prb"}
    assert broken == [(2024, "computed_from_generated_units")]  # 2023 was typed from the report
