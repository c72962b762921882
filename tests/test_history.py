"""Many years and two geographies: the changes the 2024 report and the GUS 2023 release state are
computed by the marts; a partial year stays partial; the marts do not depend on load order."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from .conftest import SEED_EXTRACTS, failed_check_messages, point_at, run_year


def change(marts, source, geography, unit_type, indicator, year, base_year):
    row = marts.execute(
        "select abs_change, pct_change, pp_change from marts.rpt_indicator_changes "
        "where statistics_source = ? and geography_code = ? and unit_type = ? and indicator_id = ? "
        "and reporting_year = ? and base_year = ?",
        [source, geography, unit_type, indicator, year, base_year],
    ).fetchall()
    assert len(row) == 1, (source, geography, unit_type, indicator, year, base_year, row)
    return row[0]


# (unit type, indicator, year, base year) -> the change as printed: (abs, pct, pp) at printed precision
REGIONAL_STATED = {
    ("CIS", "participants_total", 2024, 2023): (785, 40.7, None),  # "40-procentowy wzrost" (2712 vs 1927)
    ("CIS", "independence_rate_pct", 2024, 2023): (None, None, -11.14),  # "spadł o 11,14 punktu procentowego"
    ("CIS", "economic_independence_open_market_share_pct", 2024, 2023): (
        None,
        None,
        -3.82,
    ),  # "spadł o 3,82 pp"
    ("CIS", "units_registered", 2024, 2023): (1, None, None),  # "o jedno więcej niż rok wcześniej"
    ("CIS", "units_registered", 2023, 2022): (3, None, None),  # 10 in 2022, 13 in 2023
    ("KIS", "units_registered", 2024, 2023): (-2, None, None),  # "o dwa mniej w porównaniu do 2023 roku"
    ("KIS", "participants_total", 2024, 2023): (14, None, None),  # 739 -> 753
    ("KIS", "employed_total", 2024, 2023): (-5, None, None),  # 238 -> 233, "niewielki spadek"
}
NATIONAL_STATED = {
    ("ALL", 2023, 2022): (-17, None),  # "17 less than in 2022"
    ("KIS", 2023, 2022): (-27, -14.1),  # "decreased by 27 units (14.1%)"
    ("ALL", 2023, 2015): (57, 4.8),  # "increased by 57 units, i.e. by 4.8%"
    ("CIS", 2023, 2015): (None, 48.6),
    ("ZAZ", 2023, 2015): (None, 45.4),
    ("WTZ", 2023, 2015): (None, 4.9),
    ("KIS", 2023, 2015): (None, -35.2),
    ("WTZ", 2023, 2022): (4, None),  # "increased by 4 units"
}


@pytest.mark.parametrize("key", list(REGIONAL_STATED), ids=lambda k: f"{k[0]}-{k[1]}-{k[2]}-{k[3]}")
def test_the_2024_reports_stated_changes(marts, key):
    unit_type, indicator, year, base = key
    abs_change, pct_change, pp_change = change(marts, "regional_survey", "28", unit_type, indicator, year, base)
    want_abs, want_pct, want_pp = REGIONAL_STATED[key]
    if want_abs is not None:
        assert abs_change == want_abs
    if want_pct is not None:
        assert round(pct_change, 1) == want_pct
    if want_pp is not None:
        assert round(pp_change, 2) == want_pp
        assert abs_change == pytest.approx(pp_change)


@pytest.mark.parametrize("key", list(NATIONAL_STATED), ids=lambda k: f"{k[0]}-{k[1]}-{k[2]}")
def test_the_gus_releases_stated_changes(marts, key):
    unit_type, year, base = key
    abs_change, pct_change, _ = change(marts, "statistics_poland", "PL", unit_type, "units_active", year, base)
    want_abs, want_pct = NATIONAL_STATED[key]
    if want_abs is not None:
        assert abs_change == want_abs
    if want_pct is not None:
        assert round(pct_change, 1) == want_pct


def test_the_regions_share_of_the_country(marts):
    rows = dict(
        marts.execute(
            "select regional_indicator_id, round(region_share_pct, 2) from marts.rpt_region_vs_country "
            "where reporting_year = 2023 and unit_type = 'CIS'"
        ).fetchall()
    )
    assert rows == {"units_registered": 6.25, "participants_total": 14.82}  # 13 of 208; 1927 of 13 000


def test_a_partial_year_shows_missing_not_zero(marts):
    """2021 collected CIS participants and KIS people taking up work, nothing else."""
    rows = marts.execute(
        "select unit_type, indicator_id, value, value_source from marts.rpt_indicators "
        "where reporting_year = 2021 and statistics_source = 'regional_survey' order by all"
    ).fetchall()
    assert rows == [
        ("CIS", "participants_total", 1164.0, "reported_total"),
        ("KIS", "employed_total", 423.0, "reported_total"),
    ]
    # 2023's table 1 says b.d. for independent people with disabilities: no row, no change against it
    assert not marts.execute(
        "select * from marts.rpt_indicators where reporting_year = 2023 and indicator_id = 'independent_disabled'"
    ).fetchall()
    assert not marts.execute(
        "select * from marts.rpt_indicator_changes where indicator_id = 'independent_disabled' and base_year = 2023"
    ).fetchall()
    # no unit-level rows are invented for years known only in total
    assert marts.execute("select count(*) from marts.dim_units where reporting_year < 2024").fetchone()[0] == 0
    # and the national layer has no 2024: nothing is compared with it
    assert not marts.execute("select * from marts.rpt_region_vs_country where reporting_year = 2024").fetchall()


def test_every_national_area_covers_all_four_unit_types_in_the_one_indicators_mart(marts):
    types = dict(
        marts.execute(
            "select area, list(distinct unit_type order by unit_type) from marts.fct_national_statistics "
            "where reporting_year = 2023 and area in ('units', 'participants', 'finance') group by area"
        ).fetchall()
    )
    assert types["units"] == ["ALL", "CIS", "KIS", "WTZ", "ZAZ"]
    assert set(types["participants"]) >= {"CIS", "KIS", "WTZ", "ZAZ"}
    assert marts.execute(
        "select round(value, -2), label_pl from marts.rpt_indicators where reporting_year = 2023 "
        "and statistics_source = 'statistics_poland' and area = 'outcomes' "
        "and geography_code = 'PL' and unit_type = 'KIS' and indicator_id = 'participants_completed'"
    ).fetchone() == (6100.0, "osoby, które ukończyły zajęcia (KIS)")
    # every geography level runs through the same mart
    assert marts.execute(
        "select list(distinct geography_level order by geography_level) from marts.rpt_indicators "
        "where reporting_year = 2023 and statistics_source = 'statistics_poland'"
    ).fetchone() == (["country", "powiat", "subregion", "voivodship"],)


MARTS_COMPARED = (
    "rpt_indicators",
    "rpt_indicator_changes",
    "fct_national_statistics",
    "rpt_region_vs_country",
    "rpt_reconciliation",
    "dim_units",
    "rpt_participant_structure",
)


def _snapshot(warehouse) -> dict[str, list]:
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        marts = {name: conn.execute(f"select * from marts.{name} order by all").fetchall() for name in MARTS_COMPARED}
        marts["findings"] = conn.execute(
            "select * exclude (detected_at) from findings.fct_findings order by all"
        ).fetchall()
        return marts
    finally:
        conn.close()


def test_load_order_and_reloads_do_not_change_the_marts(tmp_path, monkeypatch, built_warehouse):
    """The warehouse `make run` builds (2015-2024 in order), then 2023 ingested again after 2024,
    and 2024 reloaded on its own with the graph built up to the checked marts: the same marts.
    Every cross-year mart is rebuilt over all years loaded, never appended to; a year reloaded
    replaces its rows. (The release is not what is compared here: test_publishing, test_incremental.)"""
    extracts, warehouse = tmp_path / "extracts", tmp_path / "warehouse.duckdb"
    shutil.copytree(SEED_EXTRACTS, extracts)
    shutil.copy(built_warehouse, warehouse)
    point_at(monkeypatch, extracts, warehouse)
    for year, up_to_marts in (("2023", False), ("2024", True)):
        result = run_year(year, gated_only=not up_to_marts, marts_only=up_to_marts)
        assert result.success, failed_check_messages(result)
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        loaded = conn.execute("select reporting_year from raw.extract_loads order by loaded_at desc limit 1")
        assert loaded.fetchone() == (2024,)
    assert _snapshot(warehouse) == _snapshot(built_warehouse)


def test_every_mart_depends_on_all_years_of_its_partitioned_inputs():
    """The cross-year dependency is explicit in the asset graph: unpartitioned dbt models read every
    year partition of the extracts and findings (AllPartitionMapping)."""
    import dagster as dg

    from dagster_project.definitions import build_definitions

    graph = build_definitions().resolve_asset_graph()
    edges = [
        (node.key, parent)
        for node in graph.asset_nodes
        if node.partitions_def is None
        for parent in node.parent_keys
        if graph.get(parent).partitions_def is not None
    ]
    assert edges, "the dbt models hang off the partitioned extracts"
    assert {type(graph.get_partition_mapping(child, parent)) for child, parent in edges} == {dg.AllPartitionMapping}
