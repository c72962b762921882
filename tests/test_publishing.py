"""BI-safe publishing: a reader polling the published marts throughout a publication never errors
and only sees complete years; a run stopped at a gate leaves the published files byte-identical."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dagster_project import settings

from .conftest import failed_check_messages, publish_warehouse, run_year

# A BI tool in another process: opens the published file read-only every 100 ms and checks that
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
    time.sleep(0.1)
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


@pytest.fixture
def published_2021(built_2021) -> tuple[Path, Path]:
    """A copy of the session's built 2021 setting (`python -m dagster_project.run 2021`, released)."""
    return settings.extracts_dir(), Path(os.environ[settings.PUBLISHED_ENV])


def test_a_run_stopped_at_a_gate_leaves_the_published_marts_byte_identical(published_2021):
    extracts, published = published_2021
    before = _published_bytes(published)
    national = extracts / "2021" / "national.csv"
    good = national.read_bytes()
    national.write_bytes(good.replace(b"\nPL;CIS;units_active;201;", b"\nPL;CIS;units_active;-201;"))

    result = run_year("2021")

    assert not result.success
    assert any("national.csv" in m and "value" in m for m in failed_check_messages(result))
    assert _published_bytes(published) == before


def test_the_release_holds_every_mart_as_duckdb_parquet_and_the_data_dictionary(published_2021):
    _, published = published_2021
    manifest = json.loads((published / "current" / "manifest.json").read_text())
    assert manifest["years"] == [2021]
    assert {"marts.rpt_indicators", "marts.rpt_reconciliation", "findings.fct_findings"} <= set(manifest["tables"])
    assert manifest["tables"]["marts.rpt_indicators"] > 0
    with duckdb.connect(str(published / "reintegration.duckdb"), read_only=True) as con:
        for name, rows in manifest["tables"].items():
            assert con.execute(f"select count(*) from {name}").fetchone()[0] == rows
            parquet = published / "current" / "parquet" / f"{name}.parquet"
            assert con.execute(f"select count(*) from '{parquet}'").fetchone()[0] == rows
    page = (published / "current" / "docs" / "index.html").read_text(encoding="utf-8")
    assert "rpt_reconciliation" in page and "<html" in page.lower()


def test_a_reader_polling_through_a_publication_never_errors_and_sees_only_whole_years(
    published_2021, built_warehouse, tmp_path
):
    """While a BI tool polls the release, the warehouse of every shipped year (2024 and 2023 with
    their units) is published over the release of 2021: the reader sees one, then the other."""
    _, published = published_2021
    out, stop = tmp_path / "reader.json", tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(published), str(out), str(stop)])
    try:
        time.sleep(1.0)
        release = publish_warehouse(built_warehouse, published)
        assert not release.unchanged
        time.sleep(1.0)
    finally:
        stop.touch()
        reader.wait(timeout=60)
    report = json.loads(out.read_text())

    assert report["errors"] == []
    assert report["polls"] > 20
    assert report["seen"] == [[2021], [2015, 2021, 2022, 2023, 2024]]
