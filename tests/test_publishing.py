"""BI-safe publishing: a reader polling the published marts throughout runs never errors and only
sees complete years; a run stopped at a gate leaves the published files byte-identical."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from .conftest import SEED_EXTRACTS, failed_check_messages, point_at, run_year

# A BI tool in another process: opens the published file read-only every 50 ms and checks that
# what it sees is whole - every unit-level year's register agrees with its indicators (the active
# units by type), and every year of the units has its indicators.
READER = r'''
import duckdb, json, sys, time
from pathlib import Path

published, out, stop = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
seen, errors, polls = [], [], 0
deadline = time.time() + 600
while not stop.exists() and time.time() < deadline:
    database = published / "reintegration.duckdb"
    if database.exists():
        polls += 1
        try:
            with duckdb.connect(str(database), read_only=True) as con:
                years = [r[0] for r in con.execute(
                    "select distinct reporting_year from marts.rpt_indicators order by 1").fetchall()]
                unbalanced = con.execute("""
                    select reporting_year, unit_type from (
                        select reporting_year, unit_type, count(*) filter (where is_active) as active
                        from marts.dim_units group by all) as units
                    full join (
                        select reporting_year, unit_type, value as active from marts.rpt_indicators
                        where statistics_source = 'regional_survey' and indicator_id = 'units_active'
                            and geography_level = 'voivodship') as totals using (reporting_year, unit_type)
                    where units.active is distinct from totals.active""").fetchall()
                without_indicators = con.execute(
                    "select distinct reporting_year from marts.dim_units "
                    "except select reporting_year from marts.rpt_indicators").fetchall()
            if unbalanced or without_indicators:
                errors.append(f"incomplete year: {unbalanced} {without_indicators}")
            if not seen or seen[-1] != years:
                seen.append(years)
        except Exception as error:  # any error at all is a failure of publishing
            errors.append(repr(error))
    time.sleep(0.05)
out.write_text(json.dumps({"seen": seen, "errors": errors, "polls": polls}))
'''


def _published_bytes(published: Path) -> dict[str, str]:
    """Every file and link of the published folder, by path: sha256 of files, target of links."""
    state = {}
    for path in sorted(published.rglob("*")):
        relative = str(path.relative_to(published))
        if path.is_symlink():
            state[relative] = "-> " + str(path.readlink())
        elif path.is_file():
            state[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


@pytest.fixture(scope="module")
def _published_2024_setting(tmp_path_factory) -> Path:
    """2024 built and published once for the module; its tests run in the order of the file: the
    ones that only read it, the one whose run stops at a gate (and restores its file), and last the
    one that publishes more years."""
    root = tmp_path_factory.mktemp("published_2024")
    shutil.copytree(SEED_EXTRACTS, root / "extracts")
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_at(monkeypatch, root / "extracts", root / "warehouse.duckdb")
        result = run_year("2024")
    assert result.success, failed_check_messages(result)
    return root


@pytest.fixture
def published_2024(_published_2024_setting, monkeypatch):
    root = _published_2024_setting
    point_at(monkeypatch, root / "extracts", root / "warehouse.duckdb")
    return root / "extracts", root / "published"


def test_a_run_stopped_at_a_gate_leaves_the_published_marts_byte_identical(published_2024):
    extracts, published = published_2024
    before = _published_bytes(published)
    cis = extracts / "2024" / "cis_answers.csv"
    good = cis.read_bytes()
    cis.write_bytes(good.replace(b"\r\nCIS12;53;", b"\r\nCIS12;54;"))  # 54 participants, ages sum to 53

    result = run_year("2024")
    cis.write_bytes(good)

    assert not result.success
    assert any("kis.age_bands" in m or "cis.age_bands:CIS12" in m for m in failed_check_messages(result))
    assert _published_bytes(published) == before


def test_the_release_holds_every_mart_as_duckdb_parquet_and_the_data_dictionary(published_2024):
    _, published = published_2024
    manifest = json.loads((published / "current" / "manifest.json").read_text())
    assert manifest["years"] == [2024]
    assert {"marts.rpt_indicators", "marts.rpt_reconciliation", "findings.fct_findings"} <= set(manifest["tables"])
    with duckdb.connect(str(published / "reintegration.duckdb"), read_only=True) as con:
        for name, rows in manifest["tables"].items():
            assert con.execute(f"select count(*) from {name}").fetchone()[0] == rows
            parquet = published / "current" / "parquet" / f"{name}.parquet"
            assert con.execute(f"select count(*) from '{parquet}'").fetchone()[0] == rows
    page = (published / "current" / "docs" / "index.html").read_text(encoding="utf-8")
    assert "rpt_reconciliation" in page and "<html" in page.lower()


def test_a_reader_polling_through_runs_never_errors_and_sees_only_whole_years(published_2024, tmp_path):
    extracts, published = published_2024
    out, stop = tmp_path / "reader.json", tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(published), str(out), str(stop)])
    try:
        time.sleep(1.0)
        result = run_year("2023")  # one more publication while the reader reads
        assert result.success, failed_check_messages(result)
        time.sleep(1.0)
    finally:
        stop.touch()
        reader.wait(timeout=60)
    report = json.loads(out.read_text())

    assert report["errors"] == []
    assert report["polls"] > 20
    assert report["seen"] == [[2024], [2023, 2024]]
