"""Statistical confidentiality of the public release: worked examples of the suppression rules, the
audit failing on crafted releases that leak, and a leaking release refused before it is published."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from dagster_project import settings
from dagster_project.definitions import WAREHOUSE_JOB, build_definitions
from dagster_project.keys import PUBLISHED_KEY
from dagster_project.published import release as release_module
from dagster_project.published.audit import audit_release
from dagster_project.published.disclosure import THRESHOLD_ENV, Geography, suppress
from dagster_project.published.release import DisclosureError, publish

POWIATS = pd.DataFrame(
    {
        "powiat_teryt": ["2801", "2802", "2803", "2804"],
        "voivodship_teryt": ["28"] * 4,
        "subregion_code": ["PL621", "PL621", "PL622", "PL622"],
    }
)
GEOGRAPHY = Geography.from_powiats(POWIATS)
LEVEL = {"PL": "country", "28": "voivodship", "PL621": "subregion", "PL622": "subregion"}


def _cells(rows: list[tuple[str, str, str, float]]) -> pd.DataFrame:
    """(geography, unit type, indicator, value) of Statistics Poland's 2023 figures, as rpt_indicators holds them."""
    units = {
        "units_active": "units",
        "participants": "persons",
        "participants_per_unit": "persons",
        "cost_total_pln": "PLN",
        "cost_per_unit_pln": "PLN",
    }
    return pd.DataFrame(
        [
            {
                "reporting_year": 2023,
                "statistics_source": "statistics_poland",
                "geography_level": LEVEL.get(code, "powiat"),
                "geography_code": code,
                "unit_type": unit_type,
                "indicator_id": indicator,
                "value": value,
                "value_unit": units.get(indicator, "pct"),
            }
            for code, unit_type, indicator, value in rows
        ]
    )


# CIS participants in four powiats of one voivodship; 2804 has two CIS only.
#              2801  2802  2803  2804 | PL621 PL622 | 28   PL
# participants    2    10    20     6 |   12    26  | 38   38
WORKED = [
    *[(code, "CIS", "participants", v) for code, v in [("2801", 2), ("2802", 10), ("2803", 20), ("2804", 6)]],
    *[(code, "CIS", "units_active", v) for code, v in [("2801", 3), ("2802", 4), ("2803", 5), ("2804", 2)]],
    ("PL621", "CIS", "participants", 12),
    ("PL622", "CIS", "participants", 26),
    ("28", "CIS", "participants", 38),
    ("PL", "CIS", "participants", 38),
    *[(code, "CIS", "units_active", v) for code, v in [("PL621", 7), ("PL622", 7), ("28", 14), ("PL", 14)]],
    ("2802", "CIS", "participants_per_unit", 2.5),
    ("2802", "CIS", "participants_homeless_share_pct", 20.0),  # 2 of 10 participants
    ("2803", "CIS", "participants_homeless_share_pct", 50.0),  # 10 of 20
    ("2804", "CIS", "participants_per_unit", 3.0),
]


def _status(cells: pd.DataFrame) -> dict[tuple[str, str], str | None]:
    return {
        (c, i): None if pd.isna(s) else s
        for c, i, s in zip(cells.geography_code, cells.indicator_id, cells.suppression, strict=True)
    }


def test_the_worked_example_is_suppressed_as_worked_out_by_hand():
    status = _status(suppress(_cells(WORKED), GEOGRAPHY, minimum=3))
    assert status[("2801", "participants")] == "primary"  # 2 persons
    assert status[("2804", "participants")] == "primary"  # 6 persons, but in 2 CIS only
    assert status[("2804", "participants_per_unit")] == "primary"  # and all else of those 2 CIS
    assert status[("2802", "participants_homeless_share_pct")] == "primary"  # implies 2 homeless persons
    assert status[("2803", "participants_homeless_share_pct")] is None  # implies 10
    # 28 = 2801 + 2802 + 2803 + 2804 already has two hidden; PL621 = 2801 + 2802 has one: 2802 goes,
    # and with it its average; PL622 = 2803 + 2804 has one: 2803 goes
    assert status[("2802", "participants")] == "secondary"
    assert status[("2802", "participants_per_unit")] == "derived"
    assert status[("2803", "participants")] == "secondary"
    # the totals stay published: each relation now has two hidden parts (12 - ? - ? is not one number)
    assert {status[(c, "participants")] for c in ("PL621", "PL622", "28", "PL")} == {None}
    # a register fact is never hidden, however small
    assert {status[(c, "units_active")] for c in ("2801", "2802", "2803", "2804")} == {None}


def test_a_threshold_of_one_hides_nothing_and_a_higher_one_hides_more():
    assert suppress(_cells(WORKED), GEOGRAPHY, minimum=1).suppression.isna().all()
    at_3 = suppress(_cells(WORKED), GEOGRAPHY, minimum=3).suppression.notna().sum()
    at_7 = suppress(_cells(WORKED), GEOGRAPHY, minimum=7).suppression.notna().sum()
    assert at_7 > at_3


# WTZ costs (PLN) in the same powiats, every cell of at least 3 units; in 2802 one WTZ spends 80 of 100.
#                 2801  2802  2803  2804 | PL621 PL622 | 28
# cost_total_pln   300   100   200   400 |   400   600 | 1000
AMOUNTS = [
    *[(code, "WTZ", "units_active", 3) for code in ("2801", "2802", "2803", "2804")],
    *[(code, "WTZ", "units_active", v) for code, v in [("PL621", 6), ("PL622", 6), ("28", 12)]],
    *[(c, "WTZ", "cost_total_pln", v) for c, v in [("2801", 300), ("2802", 100), ("2803", 200), ("2804", 400)]],
    *[(c, "WTZ", "cost_total_pln", v) for c, v in [("PL621", 400), ("PL622", 600), ("28", 1000)]],
    ("2802", "WTZ", "cost_per_unit_pln", 100 / 3),
]
LARGEST_SHARE = {"2801": 40.0, "2802": 80.0, "2803": 50.0, "2804": 34.0, "PL621": 30.0, "PL622": 33.3, "28": 12.0}


def _dominance(shares: dict[str, float]) -> pd.DataFrame:
    """rpt_amount_dominance for the WTZ costs: the largest unit's share of each geography's amount."""
    return pd.DataFrame(
        [
            {
                "reporting_year": 2023,
                "statistics_source": "statistics_poland",
                "geography_code": code,
                "unit_type": "WTZ",
                "indicator_id": "cost_total_pln",
                "largest_unit_share_pct": share,
            }
            for code, share in shares.items()
        ]
    )


def test_an_amount_one_unit_dominates_is_withheld_with_what_would_give_it_away():
    status = _status(suppress(_cells(AMOUNTS), GEOGRAPHY, minimum=3, dominance=_dominance(LARGEST_SHARE)))
    assert status[("2802", "cost_total_pln")] == "dominance"  # one WTZ gives 80 % of it
    assert status[("2802", "cost_per_unit_pln")] == "derived"  # 100 / 3 gives the amount back
    # PL621 = 2801 + 2802 would give 2802 back: its other part goes; 28 has two hidden parts then
    assert status[("2801", "cost_total_pln")] == "secondary"
    assert {status[(c, "cost_total_pln")] for c in ("2803", "2804", "PL621", "PL622", "28")} == {None}
    at_three_quarters = {**LARGEST_SHARE, "2802": 75.0}  # the law: more than three quarters
    assert suppress(_cells(AMOUNTS), GEOGRAPHY, 3, _dominance(at_three_quarters)).suppression.isna().all()
    assert suppress(_cells(AMOUNTS), GEOGRAPHY, 3).suppression.isna().all()  # no unit data: nothing to see


def _release(path: Path, cells: pd.DataFrame, extra_table: str | None = None) -> Path:
    """A crafted release file: rpt_indicators as published (hidden values NULL with flag x)."""
    published = cells.assign(  # noqa: F841 (read by DuckDB below, by its name)
        value=cells.value.where(cells.suppression.isna()),
        flag=cells.suppression.map(lambda s: "x" if pd.notna(s) else None),
    )[[*_cells(WORKED).columns, "suppression", "flag"]]
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema marts; create schema reference")
        conn.execute("create table marts.rpt_indicators as select * from published")
        conn.execute("create table reference.powiats as select * from POWIATS")
        conn.execute(
            "create table marts.fct_national_statistics as select reporting_year, geography_code, unit_type, "
            "indicator_id as measure, value from published"
        )
        if extra_table:
            conn.execute(f"create table {extra_table} as select 'CIS01' as unit_id, 2 as cat_homeless")
    return path


def test_the_audit_passes_the_suppressed_example(tmp_path):
    checked = audit_release(_release(tmp_path / "ok.duckdb", suppress(_cells(WORKED), GEOGRAPHY, 3)), 3)
    assert checked.passed, checked.problems
    assert checked.hidden == {"2023 primary": 4, "2023 secondary": 2, "2023 derived": 1}


def test_the_audit_fails_a_release_that_leaks_a_small_cell(tmp_path):
    cells = suppress(_cells(WORKED), GEOGRAPHY, 3)
    cells.loc[(cells.geography_code == "2801") & (cells.indicator_id == "participants"), "suppression"] = None
    checked = audit_release(_release(tmp_path / "leak.duckdb", cells), 3)
    assert not checked.passed
    assert any(
        p.startswith("counts below 3: 1 cell(s): 2023 statistics_poland powiat 2801 CIS participants = 2")
        for p in checked.problems
    ), checked.problems


def test_the_audit_fails_a_release_where_a_hidden_cell_is_recoverable_by_subtraction(tmp_path):
    cells = suppress(_cells(WORKED), GEOGRAPHY, 3)
    secondary = (cells.geography_code == "2803") & (cells.indicator_id == "participants")
    cells.loc[secondary, "suppression"] = None  # PL622 26 - 2803 20 = 6: 2804 recovered
    checked = audit_release(_release(tmp_path / "recoverable.duckdb", cells), 3)
    assert [p.split(":")[0] for p in checked.problems] == [
        "recoverable by subtraction (one hidden cell in a total and its parts)"
    ]
    assert "2804 CIS participants" in checked.problems[0]


def test_the_audit_fails_a_release_with_a_per_unit_mart_or_a_share_of_a_hidden_count(tmp_path):
    cells = suppress(_cells(WORKED), GEOGRAPHY, 3)
    cells.loc[cells.suppression == "derived", "suppression"] = None
    checked = audit_release(_release(tmp_path / "unit.duckdb", cells, extra_table="marts.fct_participants"), 3)
    rules = [p.split(":")[0] for p in checked.problems]
    assert rules == ["tables that are not public", "shares or averages of a hidden count"]
    assert "marts.fct_participants" in checked.problems[0]


def test_the_audit_fails_a_release_that_publishes_a_dominated_amount(tmp_path):
    dominance = _dominance(LARGEST_SHARE)
    cells = suppress(_cells(AMOUNTS), GEOGRAPHY, 3)  # suppressed without the units' data
    checked = audit_release(_release(tmp_path / "dominated.duckdb", cells), 3, dominance=dominance)
    assert [p.split(":")[0] for p in checked.problems] == ["amounts more than 75% of which one unit gives"]
    assert "2802 WTZ cost_total_pln = 100" in checked.problems[0]
    safe = suppress(_cells(AMOUNTS), GEOGRAPHY, 3, dominance)
    checked = audit_release(_release(tmp_path / "safe.duckdb", safe), 3, dominance=dominance)
    assert checked.passed, checked.problems
    assert checked.hidden == {"2023 dominance": 1, "2023 secondary": 1, "2023 derived": 1}


def test_the_shipped_release_is_safe_and_holds_no_per_unit_mart(built_warehouse, shipped_release):
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        small_by_unit = conn.execute(
            "select count(*) from marts.rpt_indicators_by_unit "
            "where indicator_id like 'cat_%' and value > 0 and value < 3"
        ).fetchone()[0]
    assert small_by_unit > 100  # the working file keeps them for the analysts
    release = shipped_release
    database = release.path / "reintegration.duckdb"
    checked = audit_release(database)
    assert checked.passed, checked.problems
    assert not {"marts.rpt_indicators_by_unit", "marts.fct_participants", "marts.fct_finance"} & set(release.tables)
    with duckdb.connect(str(database), read_only=True) as conn:
        hidden = conn.execute(
            "select count(*), count(value), count(*) filter (where suppression is null) "
            "from marts.rpt_indicators where flag = 'x'"
        ).fetchone()
        assert hidden[0] > 0 and hidden[1:] == (0, 0)  # a marker, never a value, never unexplained
        shown_small = conn.execute(
            "select count(*) from marts.rpt_indicators where value_unit = 'persons' "
            "and indicator_id not like '%per_unit' and value > 0 and value < 3"
        ).fetchone()[0]
        assert shown_small == 0
        # one KIS gave all of the KIS projects' 1 000 PLN of 2024: withheld, though 42 KIS answered
        dominated = conn.execute(
            "select suppression from marts.rpt_indicators where reporting_year = 2024 and unit_type = 'KIS' "
            "and indicator_id = 'project_amount_pln'"
        ).fetchall()
        assert dominated == [("dominance",)]
        quoted = conn.execute(
            "select count(*) from findings.fct_findings where unit_id is not null and found is not null"
        ).fetchone()[0]
        assert quoted == 0


def test_a_release_that_would_leak_is_not_published(built_warehouse, shipped_release, tmp_path, monkeypatch):
    published = tmp_path / "published"
    shipped = shipped_release.path.parent.parent  # its release current (reports built beside it: not needed)
    shutil.copytree(shipped, published, symlinks=True, ignore=shutil.ignore_patterns("report", "reports"))
    with duckdb.connect(str(built_warehouse), read_only=True) as conn:
        before = (os.readlink(published / "current"), sorted(p.name for p in (published / "releases").iterdir()))
        monkeypatch.setattr(release_module, "threshold", lambda: 99)  # a new release, same cells...
        monkeypatch.setattr(
            "dagster_project.published.public_tables.suppress",
            lambda cells, geography, minimum=None, dominance=None: suppress(cells, geography, minimum=1),  # none hidden
        )
        with pytest.raises(DisclosureError, match="counts below 3"):
            publish(conn, published)
    after = (os.readlink(published / "current"), sorted(p.name for p in (published / "releases").iterdir()))
    assert after == before  # nothing half-written, the last release still current


OLDER_DUCKDB = r"""
import duckdb, json, sys
with duckdb.connect(sys.argv[1], read_only=True) as conn:
    rows = conn.execute("select count(*), count(*) filter (where flag = 'x') from marts.rpt_indicators").fetchone()
    print(json.dumps({"version": duckdb.__version__, "rows": rows}))
"""


def test_an_older_duckdb_opens_the_releases_v1_copy(shipped_release):
    """DuckDB 1.4 (installed apart by `make setup`, as a BI driver that lags would bundle it)
    cannot open DuckDB 2.0's file, and opens the copy with the same rows."""
    lts = settings.REPO_ROOT / ".venv" / "duckdb-lts"
    assert (lts / "duckdb").is_dir(), "run `make setup`: it installs DuckDB 1.4 into .venv/duckdb-lts"
    env = {**os.environ, "PYTHONPATH": str(lts)}

    def open_with_lts(name: str) -> subprocess.CompletedProcess:
        path = str(shipped_release.path / name)
        return subprocess.run([sys.executable, "-c", OLDER_DUCKDB, path], env=env, capture_output=True, text=True)

    opened = open_with_lts("reintegration-v1.duckdb")
    assert opened.returncode == 0, opened.stderr
    seen = json.loads(opened.stdout)
    assert seen["version"].startswith("1.4.")
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        expected = conn.execute(
            "select count(*), count(*) filter (where flag = 'x') from marts.rpt_indicators"
        ).fetchone()
    assert tuple(seen["rows"]) == expected
    refused = open_with_lts("reintegration.duckdb")
    assert refused.returncode != 0 and "version" in refused.stderr.lower()


def _publish_asset_alone(instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    job = build_definitions().resolve_job_def(WAREHOUSE_JOB)
    return job.execute_in_process(instance=instance, raise_on_error=False, asset_selection=[PUBLISHED_KEY])


def test_the_ui_shows_the_confidentiality_check_and_a_refused_release_fails_it(built_2021, monkeypatch):
    published = Path(os.environ[settings.PUBLISHED_ENV])
    before = os.readlink(published / "current")
    instance = dg.DagsterInstance.ephemeral()

    with monkeypatch.context() as patch:
        patch.setenv(THRESHOLD_ENV, "1000000")  # every count is now "small"...
        patch.setattr(
            "dagster_project.published.public_tables.suppress",
            lambda cells, geography, minimum=None, dominance=None: suppress(
                cells, geography, minimum=1
            ),  # ...and none is hidden
        )
        refused = _publish_asset_alone(instance)
    assert not refused.success
    [evaluation] = refused.get_asset_check_evaluations()
    assert evaluation.check_name == "confidentiality" and not evaluation.passed
    assert "counts below 1000000" in evaluation.metadata["problems"].value
    assert os.readlink(published / "current") == before  # the last release stays

    passed = _publish_asset_alone(instance)
    assert passed.success
    [evaluation] = passed.get_asset_check_evaluations()
    assert evaluation.passed and evaluation.metadata["threshold"].value == 3


def test_the_suppression_does_not_depend_on_the_order_of_the_rows():
    """Two equal complements (2802 and 2803 both 10): the same one is taken whatever the row order."""
    geography = Geography.from_powiats(POWIATS.assign(subregion_code="PL621"))
    rows = [
        *[(code, "CIS", "participants", v) for code, v in [("2801", 2), ("2802", 10), ("2803", 10)]],
        *[(code, "CIS", "units_active", 3) for code in ("2801", "2802", "2803")],
        ("PL621", "CIS", "participants", 22),
        ("28", "CIS", "participants", 22),
    ]
    chosen = set()
    for order in (slice(None), slice(None, None, -1)):
        status = _status(suppress(_cells(rows).iloc[order].reset_index(drop=True), geography, 3))
        chosen.add(tuple(code for code in ("2802", "2803") if status[(code, "participants")] == "secondary"))
    assert len(chosen) == 1 and len(next(iter(chosen))) == 1
