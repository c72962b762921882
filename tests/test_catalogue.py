"""Every fact declared once: column groups (extract fields -> dbt vars), the indicator catalogue
(the ids extracts may name, the units and labels marts carry), mart keys (dbt YAML -> Great
Expectations) and expected row counts (year folder -> findings and mart gate)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest
import yaml

from dagster_project import settings
from dagster_project.expectations.expected_rows import row_counts
from dagster_project.expectations.mart_keys import mart_keys
from dagster_project.expectations.suites import MARTS
from dagster_project.extracts.catalogue import is_catalogued, region_indicator_ids
from dagster_project.extracts.column_groups import column_groups, render
from dagster_project.extracts.readers import read_extract
from dagster_project.extracts.registry import EXTRACTS_BY_NAME
from dagster_project.extracts.validator import validate_extract
from dagster_project.findings.engine import evaluate
from dagster_project.raw.ingestion import ingest_extract

from .conftest import SEED_EXTRACTS, parsed_manifest, read_lines, write_lines

DBT_PROJECT = settings.DBT_PROJECT_DIR / "dbt_project.yml"


def test_dbt_column_groups_are_the_extract_fields_groups():
    declared = yaml.safe_load(DBT_PROJECT.read_text(encoding="utf-8"))["vars"]["column_groups"]
    assert declared == column_groups(), (
        "dbt/dbt_project.yml's column_groups differ from the extract fields; paste this under vars:\n" + render()
    )


def test_column_groups_hold_what_the_identities_sum():
    cis = EXTRACTS_BY_NAME["cis_answers"]
    assert cis.group("age_bands") == ["age_under_25", "age_25_35", "age_36_45", "age_over_45"]
    assert len(cis.group("funding_sources")) == 7 and all(c.startswith("fund_") for c in cis.group("funding_sources"))
    assert "indep_disabled" not in cis.group("independence_forms")  # "of which", not a form
    assert EXTRACTS_BY_NAME["kis_answers"].group("categories")[-1] == "cat_elderly"


def test_every_regional_total_column_is_a_catalogued_indicator():
    measures = set(EXTRACTS_BY_NAME["regional_totals"].columns) - {"voivodship_teryt", "unit_type", "source"}
    assert measures and measures <= region_indicator_ids()


@pytest.mark.parametrize(
    ("indicator_id", "per_subject", "known"),
    [
        ("participants_total", False, True),
        ("participants_total", True, True),  # also per unit
        ("units_registered_powiat_2801", False, True),  # a breakdown of units_registered_powiat
        ("units_registered_powiat_", False, False),
        ("independence_rate_pct", True, False),  # a regional rate, not a unit's answer
        ("participants_totl", False, False),
    ],
)
def test_catalogue_knows_an_indicator_by_its_scope(indicator_id, per_subject, known):
    assert is_catalogued(indicator_id, per_subject) is known


def test_a_printed_figure_naming_an_unknown_indicator_is_refused_with_its_row(tmp_path):
    path = tmp_path / "published_figures.csv"
    lines = read_lines(SEED_EXTRACTS / "2024" / "published_figures.csv")
    header = lines[0].split(";")
    cells = lines[1].split(";")
    cells[header.index("indicator_id")] = "participants_totl"
    write_lines(path, [lines[0], ";".join(cells), lines[2]])

    report = validate_extract(EXTRACTS_BY_NAME["published_figures"], read_extract(path))

    assert not report.passed
    message = report.message()
    assert "row 2" in message and "indicator catalogue" in message and "participants_totl" in message


def test_every_mart_gets_its_key_from_its_dbt_yaml():
    keys = mart_keys(parsed_manifest())
    assert set(MARTS) <= set(keys)
    assert keys["dim_units"] == ("unit_year_id",)
    assert keys["rpt_indicators"] == (
        "reporting_year",
        "statistics_source",
        "geography_code",
        "unit_type",
        "types_covered",
        "indicator_id",
    )


def test_built_indicators_carry_unit_area_and_labels_from_the_catalogue(marts):
    unlabelled = marts.execute(
        "select count(*) from marts.rpt_indicators where value_unit is null or area is null or label_pl is null"
    ).fetchone()[0]
    assert unlabelled == 0
    assert marts.execute(
        "select value_unit, indicator_family, label_en from marts.rpt_indicators "
        "where reporting_year = 2024 and unit_type = 'KIS' and indicator_id = 'units_registered_powiat_2814'"
    ).fetchone() == (
        "units",
        "units_registered_powiat",
        "Registered units in the powiat (id ends in its TERYT code)",
    )


def _evaluate(extracts: Path, year: str = "2024", previous: str | None = None):
    conn = duckdb.connect(":memory:")
    for loaded_year in [y for y in (previous, year) if y]:
        for spec in EXTRACTS_BY_NAME.values():
            assert ingest_extract(spec, loaded_year, extracts, conn).loaded
    findings = evaluate(conn, int(year))
    return conn, findings


@pytest.fixture
def extracts(tmp_path) -> Path:
    shutil.copytree(SEED_EXTRACTS, tmp_path / "extracts")
    return tmp_path / "extracts"


def test_a_mart_is_held_to_the_rows_of_each_listed_year():
    conn = duckdb.connect(":memory:")
    conn.execute("create schema raw; create schema marts")
    conn.execute("create table marts.dim_units as select * from (values (2023), (2024), (2024)) as t(reporting_year)")
    conn.execute(
        "create table raw.expected_rows as select * from (values "
        "(2023, 'marts.dim_units', 1), (2024, 'marts.dim_units', 3)) as t(reporting_year, table_name, expected_rows)"
    )

    counts = {c.year: (c.expected, c.found, c.success) for c in row_counts(conn, "dim_units")}

    assert counts == {2023: (1, 1, True), 2024: (3, 2, False)}
    assert row_counts(conn, "fct_outcomes") == []  # no year lists it: only the suite's minimum applies


def test_findings_say_which_previous_year_they_compared(extracts):
    _, alone = _evaluate(extracts)
    assert alone.previous_year == [
        "cis_answers: no 2023 loaded; the year-over-year checks found nothing to compare",
        "kis_answers: no 2023 loaded; the year-over-year checks found nothing to compare",
    ]
    shutil.rmtree(extracts / "2023")
    shutil.copytree(extracts / "2024", extracts / "2023")
    (extracts / "2023" / "expected_rows.csv").unlink()

    _, compared = _evaluate(extracts, previous="2023")

    assert compared.previous_year[0].startswith("cis_answers: compared with 2023 cis_answers.csv (sha256 ")


FILLER = {"the", "of", "a", "in", "number", "pln", "share", "pct", "per", "count"}


def _restates(column: str, description: str) -> bool:
    """'Staff total.' for staff_total: a description that only says the column's name again."""
    words = set(re.findall(r"[a-z0-9]+", description.lower()))
    named = set(column.lower().split("_"))
    return not words or (len(words) <= len(named) + 1 and words <= named | FILLER)


def test_every_mart_column_says_more_than_its_name():
    assert _restates("staff_total", "Staff total.") and not _restates(
        "staff_total", "Staff in total as stated (persons)."
    )
    restating = []
    for path in sorted((settings.DBT_PROJECT_DIR / "models" / "marts").rglob("_*__models.yml")):
        for model in yaml.safe_load(path.read_text(encoding="utf-8"))["models"]:
            restating += [
                f"{model['name']}.{column['name']}: {column.get('description')!r}"
                for column in model.get("columns", [])
                if _restates(column["name"], column.get("description") or "")
            ]
    assert not restating, "describe what the column holds, not its name again:\n" + "\n".join(restating)


def test_no_model_reads_the_load_columns_left_out_of_the_raw_data_versions(marts):
    """raw/assets.py leaves where and when a row was loaded out of a raw partition's data version,
    on the word that no dbt model reads them: no staging, intermediate or mart relation has them."""
    from dagster_project.raw.assets import LOAD_COLUMNS

    found = marts.execute(
        "select table_schema || '.' || table_name || '.' || column_name from information_schema.columns "
        f"where table_schema not in ('raw', 'findings') and column_name in {LOAD_COLUMNS}"
    ).fetchall()
    assert found == []
