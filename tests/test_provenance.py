"""Provenance a reader cannot miss: every published value says whether it was typed from a report,
derived, or computed from delivered, published or generated unit data, and the release's front
pages say which extracts are generated."""

from __future__ import annotations

import json

import duckdb
import openpyxl
import pandas as pd

from dagster_project.published.provenance import cell_provenance, statement


def _cells(rows):
    return pd.DataFrame(rows, columns=["reporting_year", "statistics_source", "kind", "provenance"])


def test_each_value_takes_the_least_reliable_provenance_of_what_it_is_computed_from():
    declared = {
        (2024, "register"): ("published", "the report's annex"),
        (2024, "cis_answers"): ("generated", "spread from totals"),
        (2023, "mrips_cis"): ("published", "a report"),
    }
    cells = _cells(
        [
            (2024, "regional_survey", "register", "computed"),  # the register alone: published
            (2024, "regional_survey", "frequency", "computed"),  # register and answers: generated wins
            (2025, "regional_survey", "frequency", "computed"),  # nothing declared: delivered
            (2023, "statistics_poland", "frequency", "computed"),  # one source published, four delivered
            (2021, "statistics_poland", "frequency", "published"),  # typed from the release
            (2015, "statistics_poland", "frequency", "derived"),
        ]
    )
    assert cell_provenance(cells, declared) == [
        "computed_from_published_units",
        "computed_from_generated_units",
        "computed_from_delivered_units",
        "computed_from_delivered_units",
        "typed_total",
        "derived",
    ]
    assert statement({}) == "Every unit-level extract was delivered by the units."
    said = statement(declared)
    assert "GENERATED (not any unit's own data): 2024: cis_answers." in said
    assert "taken from publications: 2023: mrips_cis; 2024: register." in said


def test_the_shipped_release_says_what_is_generated_everywhere_a_reader_looks(shipped_release):
    database = shipped_release.path / "reintegration.duckdb"
    with duckdb.connect(str(database), read_only=True) as conn:
        provenance = dict(
            conn.execute(
                "select indicator_id, provenance from marts.rpt_indicators where reporting_year = 2024 "
                "and indicator_id in ('participants_total', 'units_registered') and unit_type = 'CIS'"
            ).fetchall()
        )
        national = conn.execute(
            "select distinct provenance from marts.fct_national_statistics where reporting_year = 2023"
        ).fetchall()
        typed = conn.execute(
            "select distinct provenance from marts.rpt_indicators where reporting_year = 2021"
        ).fetchall()
        comparability = conn.execute(
            "select comparability from marts.rpt_region_vs_country "
            "where reporting_year = 2023 and regional_indicator_id = 'participants_total'"
        ).fetchone()[0]
        described = conn.execute(
            "select comment from duckdb_columns() where table_name = 'rpt_indicators' and column_name = 'provenance'"
        ).fetchone()[0]
    assert provenance == {
        "participants_total": "computed_from_generated_units",  # the 2024 answers are generated
        "units_registered": "computed_from_published_units",  # the register is the report's annex
    }
    assert national == [("computed_from_generated_units",)] and typed == [("typed_total",)]
    assert "only the participants of CIS that reported" in comparability
    assert "computed_from_generated_units" in described

    front = json.loads((shipped_release.path / "manifest.json").read_text())["provenance"]
    assert front.startswith("Unit-level extracts GENERATED (not any unit's own data): 2022:")
    assert "2024: cis_answers, kis_answers, projects" in front
    cover = openpyxl.load_workbook(shipped_release.path / "xlsx" / "reintegration-2024.xlsx", read_only=True)["opis"]
    assert ("provenance", front) in [row[:2] for row in cover.iter_rows(values_only=True)]
    package = json.loads((shipped_release.path / "datapackage.json").read_text())
    assert front in package["description"]
