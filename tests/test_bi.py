"""A real BI tool on the public release: Datasette started as `make bi` starts it, opened in
headless Chromium (Debian's), asked SQL through its API. Screenshots in test-artifacts/."""

from __future__ import annotations

import json
import subprocess
import urllib.parse
import urllib.request

import duckdb
import pytest

from dagster_project.published.datasette_site import DATABASE, build_site, command

from .test_ui import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS, _free_port, _wait_until_up


@pytest.fixture(scope="module")
def datasette(shipped_release):
    published = shipped_release.path.parent.parent
    database, metadata = build_site(published)
    port = _free_port()
    server = subprocess.Popen(command(database, metadata, port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{url}/-/versions.json", server, seconds=60)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _sql(url: str, query: str) -> list[list]:
    address = f"{url}/{DATABASE}.json?" + urllib.parse.urlencode({"sql": query, "_shape": "array", "_nl": "on"})
    with urllib.request.urlopen(address, timeout=30) as response:
        return [list(row.values()) for row in map(json.loads, response.read().decode().splitlines())]


def test_datasette_answers_sql_over_the_release_and_nothing_more(datasette, shipped_release):
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        expected = conn.execute(
            "select count(*), count(*) filter (where flag = 'x'), sum(value) from marts.rpt_indicators"
        ).fetchone()
    [[rows, hidden, total]] = _sql(datasette, "select count(*), sum(flag = 'x'), sum(value) from rpt_indicators")
    assert (rows, hidden) == expected[:2] and total == pytest.approx(expected[2])
    tables = {row[0] for row in _sql(datasette, "select name from sqlite_master where type = 'table'")}
    assert "rpt_indicators" in tables and "dim_units" in tables
    assert not {"rpt_indicators_by_unit", "fct_participants", "fct_finance"} & tables


def test_datasette_shows_the_figures_with_their_descriptions_in_a_browser(datasette):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1100})
        page.goto(f"{datasette}/", wait_until="networkidle")
        text = page.inner_text("body")
        assert "rpt_indicators" in text and "Reintegration statistics" in text
        assert "Unit-level extracts GENERATED (not any unit's own data)" in text  # the front page says so
        page.screenshot(path=str(ARTIFACTS / "datasette_database.png"))

        page.goto(
            f"{datasette}/{DATABASE}/rpt_indicators?reporting_year=2024&geography_level=voivodship"
            "&indicator_id__startswith=participants_category&_facet=flag",
            wait_until="networkidle",
        )
        text = page.inner_text("body")
        assert "Headline indicators of every geography" in text  # the table's description
        assert "participants_category_homeless" in text and "warmińsko-mazurskie" in text
        page.screenshot(path=str(ARTIFACTS / "datasette_indicators.png"))  # the descriptions

        columns = "".join(f"&_col={c}" for c in ("indicator_id", "unit_type", "value", "value_unit", "flag"))
        page.goto(
            f"{datasette}/{DATABASE}/rpt_indicators?reporting_year=2024&geography_level=voivodship"
            f"&indicator_id__startswith=participants_category&value_unit=persons&_size=20{columns}",
            wait_until="networkidle",
        )
        table = page.locator("table.rows-and-columns")
        assert "participants_category_released_prisoners" in table.inner_text()
        table.screenshot(path=str(ARTIFACTS / "datasette_withheld_cells.png"))
        browser.close()
