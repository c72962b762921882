"""The whole country from the offices' deliveries: the generator's files, the per-office gate and
replacement, and the release on 2023 computed from the units."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

import duckdb
import pytest

from dagster_project import settings
from dagster_project.extracts.registry import EXTRACTS_BY_NAME
from dagster_project.raw.ingestion import ingest_extract

SEEDS = settings.REPO_ROOT / "seeds" / "extracts"
GENERATOR = settings.REPO_ROOT / "seeds" / "generator" / "generate_national.py"
REGISTER = EXTRACTS_BY_NAME["uw_register"]


def test_generator_reproduces_the_shipped_national_deliveries(tmp_path: Path):
    written = runpy.run_path(str(GENERATOR))["write_all"](tmp_path)
    assert len(written) == 2 * 5 * 16
    for path in written:
        shipped = SEEDS / path.relative_to(tmp_path)
        assert path.read_bytes() == shipped.read_bytes(), shipped


@pytest.fixture
def deliveries(tmp_path: Path) -> tuple[Path, duckdb.DuckDBPyConnection]:
    root = tmp_path / "extracts"
    shutil.copytree(SEEDS / "2023" / "national", root / "2023" / "national")
    conn = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    outcome = ingest_extract(REGISTER, "2023", root, conn)
    assert outcome.loaded and len(outcome.offices_replaced) == 16
    yield root, conn
    conn.close()


def _rows_by_office(conn) -> dict[str, list[tuple]]:
    rows = conn.execute(
        "select voivodship_teryt, regon, unit_type, active_31_dec, _loaded_at from raw.uw_register "
        "where reporting_year = 2023 order by all"
    ).fetchall()
    offices: dict[str, list[tuple]] = {}
    for row in rows:
        offices.setdefault(row[0], []).append(row)
    return offices


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode("cp1250")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("cp1250"))


def test_a_corrected_delivery_replaces_only_its_offices_rows(deliveries):
    root, conn = deliveries
    before = _rows_by_office(conn)
    lubuskie = root / "2023" / "national" / "uw_register_08.csv"
    _edit(lubuskie, ";tak\r\n", ";nie\r\n")  # the office corrects one unit's activity

    outcome = ingest_extract(REGISTER, "2023", root, conn)

    assert outcome.loaded and outcome.offices_replaced == ("08",)
    after = _rows_by_office(conn)
    assert {office: rows for office, rows in after.items() if office != "08"} == {
        office: rows for office, rows in before.items() if office != "08"
    }  # every other office's rows, load time included, untouched
    assert sum(not row[3] for row in after["08"]) == sum(not row[3] for row in before["08"]) + 1


def test_a_bad_delivery_is_refused_by_file_row_and_column_and_nothing_is_written(deliveries):
    root, conn = deliveries
    before = _rows_by_office(conn)
    podlaskie = root / "2023" / "national" / "uw_register_20.csv"
    first_regon = podlaskie.read_bytes().decode("cp1250").splitlines()[1].split(";")[0]
    broken = first_regon[:-1] + str((int(first_regon[-1]) + 1) % 10)
    _edit(podlaskie, first_regon, broken)

    outcome = ingest_extract(REGISTER, "2023", root, conn)

    assert not outcome.loaded
    message = outcome.report.message()
    assert "uw_register_20.csv, row 2" in message
    assert f"a REGON whose last digit is its check digit; found regon='{broken}'" in message
    assert _rows_by_office(conn) == before


def test_a_delivery_outside_its_voivodship_is_refused(deliveries):
    root, conn = deliveries
    lubuskie = root / "2023" / "national" / "uw_register_08.csv"
    text = lubuskie.read_bytes().decode("cp1250")
    powiat = text.splitlines()[1].split(";")[3]
    _edit(lubuskie, f";{powiat};", ";2861;")  # a powiat of Warmińsko-Mazurskie in Lubuskie's file

    outcome = ingest_extract(REGISTER, "2023", root, conn)

    assert not outcome.loaded
    assert "uw_register_08.csv, row 2" in outcome.report.message()
    assert "column powiat_teryt: expected a powiat of voivodship 08" in outcome.report.message()


# The release on 2023, computed from the units: (year, geography, unit type, measure, printed
# value, decimals printed). Rounded the way it was printed.
RELEASE = [
    (2023, "PL", "ALL", "units_active", 1246, 0),
    (2023, "PL", "CIS", "units_active", 208, 0),
    (2023, "PL", "KIS", "units_active", 164, 0),
    (2023, "PL", "ZAZ", "units_active", 141, 0),
    (2023, "PL", "WTZ", "units_active", 733, 0),
    (2022, "PL", "ALL", "units_active", 1263, 0),
    (2022, "PL", "KIS", "units_active", 191, 0),
    (2022, "PL", "WTZ", "units_active", 729, 0),
    (2023, "PL", "ALL", "units_founder_non_profit_share_pct", 69.3, 1),
    (2023, "PL", "CIS", "units_founder_non_profit", 139, 0),
    (2023, "PL", "CIS", "units_founder_local_government_share_pct", 27.9, 1),
    (2023, "PL", "KIS", "units_founder_local_government_share_pct", 76.8, 1),
    (2023, "PL", "WTZ", "units_founder_non_profit_share_pct", 81.3, 1),
    (2023, "30", "ALL", "share_of_national_units_pct", 11.5, 1),
    (2023, "24", "CIS", "share_of_national_units_pct", 14.9, 1),
    (2023, "28", "KIS", "share_of_national_units_pct", 13.4, 1),
    (2023, "14", "WTZ", "share_of_national_units_pct", 12.0, 1),
    (2023, "30", "ALL", "units_rank", 1, 0),
    (2023, "PL622", "ALL", "units_active", 37, 0),
    (2023, "PL812", "ALL", "units_active", 36, 0),
    (2023, "PL721", "ALL", "units_active", 36, 0),
    (2023, "PL", "ALL", "subregions_unchanged", 40, 0),
    (2023, "PL", "ALL", "subregions_up", 20, 0),
    (2023, "PL", "ALL", "subregions_down", 13, 0),
    (2023, "PL", "KIS", "voivodships_down", 10, 0),
    (2023, "PL", "ALL", "beneficiaries", 49_000, -2),
    (2023, "PL", "CIS", "participants", 13_000, -2),
    (2023, "PL", "CIS", "participants_per_unit", 63, 0),
    (2022, "PL", "CIS", "participants_per_unit", 61, 0),
    (2023, "PL", "CIS", "participants_long_term_unemployed_share_pct", 30.5, 1),
    (2022, "PL", "CIS", "participants_long_term_unemployed_share_pct", 32.1, 1),
    (2023, "PL", "CIS", "participants_addicted_share_pct", 14.4, 1),
    (2023, "PL", "KIS", "participants_started", 7_300, -2),
    (2023, "PL", "KIS", "participants_completed", 6_100, -2),
    (2023, "PL", "ZAZ", "employees", 9_200, -2),
    (2023, "PL", "ZAZ", "employees_disabled_share_pct", 76.9, 1),
    (2023, "PL", "ZAZ", "employees_disabled_per_unit", 50, 0),
    (2023, "PL", "WTZ", "participants", 29_000, -2),
    (2023, "PL", "WTZ", "participants_per_unit", 39, 0),
    (2023, "18", "WTZ", "participants_per_unit", 50, 0),
    (2023, "16", "WTZ", "participants_per_unit", 32, 0),
    (2023, "PL", "CIS", "cost_per_unit_pln", 989_000, -3),
    (2022, "PL", "WTZ", "cost_total_pln", 836_000_000, -6),
    (2022, "PL", "WTZ", "cost_pfron_share_pct", 88.7, 1),
    (2022, "PL", "WTZ", "cost_per_unit_pln", 1_147_000, -3),
    # W-M agrees with its regional report where both count the same thing
    (2023, "28", "CIS", "units_active", 13, 0),
    (2022, "28", "CIS", "units_active", 10, 0),
    (2023, "28", "CIS", "participants", 1927, 0),
]


@pytest.mark.parametrize(("year", "geography", "unit_type", "measure", "printed", "decimals"), RELEASE)
def test_the_release_is_computed_from_the_units(marts, year, geography, unit_type, measure, printed, decimals):
    row = marts.execute(
        "select round(value, ?), value_source from marts.fct_national_statistics where reporting_year = ? "
        "and geography_code = ? and unit_type = ? and measure = ?",
        [decimals, year, geography, unit_type, measure],
    ).fetchone()
    assert row is not None, (year, geography, unit_type, measure)
    assert row[1] == "administrative_sources"
    assert row[0] == pytest.approx(printed)  # rounded half away from zero, as printed


def test_every_geography_runs_through_the_same_mart(marts):
    levels = dict(
        marts.execute(
            "select geography_level, count(distinct geography_code) from marts.fct_national_statistics "
            "where reporting_year = 2023 and measure = 'units_active' group by all"
        ).fetchall()
    )
    assert levels["country"] == 1 and levels["voivodship"] == 16 and levels["subregion"] == 73
    assert 300 < levels["powiat"] <= 380


def test_the_release_reconciles(marts):
    counts = dict(
        marts.execute(
            "select classification, count(*) from marts.rpt_reconciliation where reporting_year = 2023 group by all"
        ).fetchall()
    )
    computable = sum(counts.values()) - counts["not_computable"]
    assert counts["matches"] == computable - 8
    differing = dict(
        marts.execute(
            "select classification, list(figure_id order by figure_id) from marts.rpt_reconciliation "
            "where reporting_year = 2023 and classification in ('contradicts_data', 'differs_by_rounding') "
            "group by all"
        ).fetchall()
    )
    # the beneficiary shares (58.8, 16.7, 11.3 %) sum to 86.8 %; "almost 49.0 thousand" though the
    # types at their printed averages are at least 49 000; "over 206 million" though 989 thousand in
    # 208 CIS is 205.7 million; "6 more ZAZ than in 2021" against the 2021 release's 133; "39 per WTZ,
    # 1 more" against 28.7 thousand in 729 WTZ in 2022; 2.9 % of 141 ZAZ is no whole number of ZAZ
    assert differing == {
        "contradicts_data": ["F004", "F041", "F042", "F043", "F071", "F095", "F130"],
        "differs_by_rounding": ["F100"],
    }
    explained = dict(
        marts.execute(
            "select figure_id, explained_by from marts.rpt_reconciliation where reporting_year = 2023 "
            "and classification in ('contradicts_data', 'differs_by_rounding')"
        ).fetchall()
    )
    assert explained == {
        "F004": "published.parts_vs_whole:F004,F060,F097,F127 (error, acknowledged)",
        "F041": "published.breakdown_sum:F041,F042,F043 (error, acknowledged); "
        "published.share_vs_count:F041 (error, acknowledged)",
        "F042": "published.breakdown_sum:F041,F042,F043 (error, acknowledged); "
        "published.share_vs_count:F042 (error, acknowledged)",
        "F043": "published.breakdown_sum:F041,F042,F043 (error, acknowledged); "
        "published.share_vs_count:F043 (error, acknowledged)",
        "F071": "published.average_vs_total:F072,F071 (error, acknowledged)",
        "F095": "published.change_vs_levels:F095 (warning, open)",
        "F100": "published.share_of_whole_count:F100,F093 (warning, open)",
        "F130": "published.change_in_average:F130,F129,F128,F113 (error, acknowledged)",
    }


def test_a_printed_approximation_is_carried_and_compared_as_worded(marts):
    rows = marts.execute(
        "select figure_id, approximation, classification, classification_reason from marts.rpt_reconciliation "
        "where reporting_year = 2023 and approximation is not null order by figure_id"
    ).fetchall()
    assert rows == [
        ("F004", "almost", "contradicts_data", "computed 49042.0, printed almost 49,0 tys."),
        ("F071", "over", "contradicts_data", "computed 205712000.0, printed over 206 mln zł"),
        ("F107", "over", "matches", "computed 9220.0 is over the printed value"),
    ]


CHANGES = [
    # figure, printed change, base year, computed at the printed precision
    ("F002", -17, 2022, -17),
    ("F074", -27, 2022, -27),
    ("F075", -14.1, 2022, -14.1),
    ("F036", 4, 2022, 4),  # Częstochowski subregion
    ("F089", -7, 2022, -7),  # KIS in Śląskie
    ("F066", -1.6, 2022, -1.6),  # percentage points of a share
    ("F108", 6.7, 2022, 6.7),
    ("F128", 300, 2022, 300),  # 0,3 tys.
]


@pytest.mark.parametrize(("figure_id", "printed", "base_year", "computed"), CHANGES)
def test_a_printed_change_is_computed_between_its_two_years(marts, figure_id, printed, base_year, computed):
    row = marts.execute(
        "select printed_value, base_year, computed_at_printed_precision, classification "
        "from marts.rpt_reconciliation where reporting_year = 2023 and figure_id = ?",
        [figure_id],
    ).fetchone()
    assert row == (pytest.approx(printed), base_year, pytest.approx(computed), "matches")


def test_a_change_against_a_value_derived_from_it_confirms_nothing(marts):
    """2015's 1,189 units were derived from "57 more than in 2015": the change only gives back 57."""
    classification, reason = marts.execute(
        "select classification, classification_reason from marts.rpt_reconciliation "
        "where reporting_year = 2023 and figure_id = 'F003'"
    ).fetchone()
    assert classification == "not_computable" and reason.startswith("circular:")
    circular = marts.execute(
        "select is_circular from marts.rpt_indicator_changes where statistics_source = 'statistics_poland' "
        "and geography_code = 'PL' and unit_type = ? and indicator_id = 'units_active' "
        "and reporting_year = 2023 and base_year = ?",
        ["ALL", 2015],
    ).fetchone()
    assert circular == (True,)
    assert marts.execute(
        "select is_circular from marts.rpt_indicator_changes where statistics_source = 'statistics_poland' "
        "and geography_code = 'PL' and unit_type = 'ALL' and indicator_id = 'units_active' "
        "and reporting_year = 2023 and base_year = 2021"
    ).fetchone() == (False,)


def test_a_published_value_supersedes_a_derived_one_on_the_record(marts):
    """2021's ZAZ: the 2021 release prints 133; "6 more than in 2021" in the 2023 release implies 135."""
    assert marts.execute(
        "select value, provenance from marts.fct_national_statistics where reporting_year = 2021 "
        "and geography_code = 'PL' and unit_type = 'ZAZ' and measure = 'units_active'"
    ).fetchone() == (133, "published")
    record = marts.execute(
        "select value, provenance, release_year, record_status, superseded_by from marts.fct_release_values "
        "where reporting_year = 2021 and unit_type = 'ZAZ' and measure = 'units_active' order by record_status"
    ).fetchall()
    assert record == [
        (133, "published", 2021, "current", None),
        (135, "derived", 2023, "superseded", "published in the 2021 release"),
    ]
