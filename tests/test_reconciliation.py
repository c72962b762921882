"""Reconciliation of printed figures with the warehouse (marts.rpt_reconciliation)."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from .conftest import SEED_EXTRACTS, failed_check_messages, point_at, run_extracts

HEADER = (
    "figure_id;chapter;location;measure;unit_type;subject_id;indicator_id;printed;"
    "count_figure_id;base_figure_id;not_computable_reason"
)
# figure -> (row of published_figures.csv, expected classification)
CRAFTED = {
    "F001": ("F001;1.2;text;CIS participants;CIS;;participants_total;2712;;;", "matches"),
    "F002": (
        "F002;1.2;text;CIS 45+ share, truncated;CIS;;participants_age_band_over_45_share_pct;37,8%;;;",
        "differs_by_rounding",
    ),
    "F003": (
        "F003;1.2;text;CIS 45+ share at 2 decimals;CIS;;participants_age_band_over_45_share_pct;37,87%;;;",
        "matches",
    ),
    "F004": (
        "F004;1.4;text;Labour Fund share rounded to whole percent;CIS;;funding_labour_fund_share_pct;80%;;;",
        "matches",
    ),
    "F005": (
        "F005;2.2;text;KIS long-term unemployed, mistyped;KIS;;participants_category_long_term_unemployed;294;;;",
        "contradicts_data",
    ),
    "F006": (
        "F006;1.4;text;Voivodship budget share;CIS;;funding_voivodship_budget_share_pct;0,12%;;;",
        "contradicts_data",
    ),
    "F007": ("F007;1.4;text;A count one off;CIS;;staff_total;141;;;", "contradicts_data"),
    "F008": (
        "F008;1.1;text;New IPZS in CIS Olsztyn;CIS;CIS14;;76;;;Not asked in the questionnaire.",
        "not_computable",
    ),
    "F009": ("F009;1.1;text;ZAZ participants;ZAZ;;participants_total;120;;;", "not_computable"),
    "F010": ("F010;1.1;text;Participants of CIS Pisz;CIS;CIS09;participants_total;209;;;", "matches"),
    "F011": (
        "F011;1.4;Tabela nr 2;Participants of a project;CIS;P2024-01;project_participants;30;;;",
        "matches",
    ),
    "F012": ("F012;1.4;text;Funding in total;CIS;;funding_total_pln;47 180 355,67 zł;;;", "matches"),
    "F013": (
        "F013;1.4;text;ESWiP's projects, one grosz off;CIS;CIS12;project_amount_pln;611 900,01 zł;;;",
        "contradicts_data",
    ),
}


CRAFTED_ROWS = "(select * from marts.rpt_reconciliation where reporting_year = 2024)"  # 2023's are the shipped ones


@pytest.fixture(scope="module")
def crafted(tmp_path_factory, built_warehouse):
    """The shipped warehouse, its 2024 report's figures replaced by the crafted ones, reloaded as
    `make run` would: published_figures, the findings, and the models that read the figures."""
    root = tmp_path_factory.mktemp("crafted")
    extracts, warehouse = root / "extracts", root / "warehouse.duckdb"
    shutil.copytree(SEED_EXTRACTS, extracts)
    shutil.copy(built_warehouse, warehouse)
    rows = [HEADER, *(row for row, _ in CRAFTED.values())]
    (extracts / "2024" / "published_figures.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_at(monkeypatch, extracts, warehouse)
        result = run_extracts("2024", ["published_figures"])
    assert result.success, failed_check_messages(result)
    conn = duckdb.connect(str(warehouse), read_only=True)
    yield conn
    conn.close()


def test_crafted_figures_are_classified(crafted):
    got = dict(crafted.execute(f"select figure_id, classification from {CRAFTED_ROWS}").fetchall())
    assert got == {figure: expected for figure, (_, expected) in CRAFTED.items()}


def test_classification_says_why(crafted):
    reasons = dict(crafted.execute(f"select figure_id, classification_reason from {CRAFTED_ROWS}").fetchall())
    assert reasons["F008"] == "Not asked in the questionnaire."
    assert reasons["F009"] == "indicator participants_total has no value for ZAZ in 2024"
    assert reasons["F006"] == "computed 0.1895, printed 0,12%"
    row = crafted.execute(
        "select printed_decimals, computed_value, computed_at_printed_precision, difference "
        f"from {CRAFTED_ROWS} where figure_id = 'F002'"
    ).fetchone()
    assert row[0] == 1 and row[1] == pytest.approx(37.8687, abs=1e-4) and row[2] == 37.9
    assert row[3] == pytest.approx(0.0687, abs=1e-4)


def test_acknowledgements_of_figures_no_longer_printed_are_reported(crafted):
    """The shipped acknowledgements name figures of the real report, absent from this file."""
    stale = crafted.execute(
        "select count(*), bool_and(not blocking) from findings.fct_findings "
        "where check_id = 'acknowledgements.stale' and reporting_year = 2024"
    ).fetchone()
    assert stale == (11, True)


# --- the real 2024 report --------------------------------------------------------------------------

CONTRADICTIONS_2024 = {
    # figure: (printed, computed)
    "F056": ("26,5%", 8.89),  # 241 with lower secondary education
    "F098": ("0,12%", 0.19),  # voivodship budget's share of CIS funding
    "F106": ("0,12%", 0.19),  # the same in chart 4
    "F207": ("11", 10.0),  # KIS in powiat olsztyński
    "F210": ("4", 5.0),  # powiats without a KIS
    "F227": ("294", 289.0),  # KIS long-term unemployed
    "F375": ("3", 4.0),  # KIS working with church organisations (chart 12)
    "F415": ("28,11%", 42.34),  # KIS participants over 45 (summary)
    "F417": ("19,8%", 29.79),  # KIS participants with basic vocational education (summary)
}


def test_2024_report_contradictions(marts):
    rows = marts.execute(
        "select figure_id, printed, round(computed_value, 2) from marts.rpt_reconciliation "
        "where reporting_year = 2024 and classification = 'contradicts_data'"
    ).fetchall()
    assert {figure: (printed, value) for figure, printed, value in rows} == CONTRADICTIONS_2024
    rounding = marts.execute(
        "select figure_id from marts.rpt_reconciliation where reporting_year = 2024 "
        "and classification = 'differs_by_rounding' order by 1"
    ).fetchall()
    assert rounding == [("F041",), ("F052",)]  # 37,8% for 37,87%; 26,9% for 26,99%


def test_2024_every_non_match_is_explained_by_a_finding(marts):
    unexplained = marts.execute(
        "select figure_id from marts.rpt_reconciliation "
        "where reporting_year = 2024 and classification in ('contradicts_data', 'differs_by_rounding') "
        "and explained_by is null"
    ).fetchall()
    assert unexplained == []


def test_2024_at_least_95_percent_of_printed_figures_are_computable(marts):
    total, computable, reproduced, without_reason = marts.execute(
        "select count(*), count(*) filter (where classification <> 'not_computable'), "
        "count(*) filter (where classification = 'matches'), "
        "count(*) filter (where classification = 'not_computable' and classification_reason is null) "
        "from marts.rpt_reconciliation where reporting_year = 2024"
    ).fetchone()
    assert total == 424
    assert computable / total >= 0.95
    assert reproduced == 403
    assert without_reason == 0
