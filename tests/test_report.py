"""The generated reports, as a reader opens them: the site's pages in headless Chromium (Debian's)
with their figures in Polish or English format and their charts drawn, the PDFs read back by
pdftotext, and the same bytes from a second build. Screenshots in test-artifacts/."""

from __future__ import annotations

import json
import shutil
import subprocess

import duckdb
import pytest

from dagster_project import settings
from dagster_project.report.build import build_site, publish_reports
from dagster_project.report.numbers import number

from .test_ui import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS


@pytest.fixture(scope="module")
def site(shipped_release):
    return publish_reports(shipped_release.path.parent.parent)


def _cell(release, year, source, geography, unit_type, indicator):
    with duckdb.connect(str(release / "reintegration.duckdb"), read_only=True) as conn:
        return conn.execute(
            "select value, value_unit, flag from marts.rpt_indicators where reporting_year = ? "
            "and statistics_source = ? and geography_code = ? and unit_type = ? and indicator_id = ?",
            [year, source, geography, unit_type, indicator],
        ).fetchone()


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield launched.new_page(viewport={"width": 1200, "height": 1600})
        launched.close()


def test_the_site_holds_every_report_of_the_release(site):
    assert site.built and site.pages == [
        *("national-2022", "national-2022-pl", "national-2023", "national-2023-pl"),
        "regional-28-2024",
    ]
    for page in site.pages:
        assert (site.path / f"{page}.html").is_file() and (site.path / "pdf" / f"{page}.pdf").is_file()
    assert (site.path.parent.parent / "report").resolve() == site.path
    assert not publish_reports(site.path.parent.parent).built  # once per release


def test_the_regional_page_shows_the_releases_figures_in_polish(site, shipped_release, browser):
    browser.goto((site.path / "regional-28-2024.html").as_uri())
    text = _plain(browser.inner_text("body"))
    browser.screenshot(path=str(ARTIFACTS / "report_regional.png"), full_page=False)
    for unit_type, indicator in (
        ("CIS", "participants_total"),
        ("CIS", "independence_rate_pct"),
        ("CIS", "funding_total_pln"),
        ("KIS", "participants_category_homeless"),
    ):
        value, unit, flag = _cell(shipped_release.path, 2024, "regional_survey", "28", unit_type, indicator)
        printed = _plain(number(value, unit, "pl_PL", flag))
        assert printed in text, (indicator, printed)
    value, _, flag = _cell(shipped_release.path, 2024, "regional_survey", "28", "KIS", "participants_category_homeless")
    assert flag == "x" and value is None  # withheld in the release, and so "x" on the page
    assert "," in _plain(
        number(*_cell(shipped_release.path, 2024, "regional_survey", "28", "CIS", "independence_rate_pct")[:2], "pl_PL")
    )
    assert "wyliczonych z wygenerowanych danych jednostkowych" in text  # never presented as the units' own data
    assert "Centra i kluby integracji społecznej w województwie warmińsko-mazurskim w 2024 r." in text
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        change = conn.execute(
            "select base_year, base_value, pct_change from marts.rpt_indicator_changes where reporting_year = 2024 "
            "and statistics_source = 'regional_survey' and unit_type = 'CIS' and indicator_id = 'participants_total' "
            "and is_previous_year"
        ).fetchone()
    participants = _plain(
        number(*_cell(shipped_release.path, 2024, "regional_survey", "28", "CIS", "participants_total")[:2], "pl_PL")
    )
    sentence = (
        f"Uczestnicy CIS: {participants} ({change[0]} r.: {_plain(number(change[1], 'persons', 'pl_PL'))}; "
        f"zmiana: +{_plain(number(change[2], 'pct', 'pl_PL'))})"
    )
    assert sentence in text  # the report's "2712, co stanowi 40-procentowy wzrost", from the release
    assert "zmiana łączy dwa sposoby liczenia" in text  # 2023 typed from its report, 2024 computed
    assert "Liczby niezgodne z danymi" in text and "Region na tle kraju" in text
    assert browser.locator("figure svg").count() >= 3


def _largest_subregion(release, year: int) -> tuple[str, float]:
    with duckdb.connect(str(release / "reintegration.duckdb"), read_only=True) as conn:
        return conn.execute(
            "select geography_name, value from marts.rpt_indicators where reporting_year = ? "
            "and geography_level = 'subregion' and unit_type = 'ALL' and indicator_id = 'units_active' "
            "order by value desc, geography_name limit 1",
            [year],
        ).fetchone()


def test_the_national_page_draws_its_graph_and_maps(site, shipped_release, browser):
    browser.goto((site.path / "national-2023.html").as_uri())
    browser.screenshot(path=str(ARTIFACTS / "report_national.png"), full_page=True)
    text = _plain(browser.inner_text("body"))
    total = number(*_cell(shipped_release.path, 2023, "statistics_poland", "PL", "ALL", "units_active")[:2], "en_GB")
    assert f"In 2023, {total} units were active" in text
    assert browser.locator("figure svg").count() == 3  # graph 1, the voivodship and the subregion map
    graph = browser.locator("figure").nth(0).inner_html()
    assert graph.count("<path") > 10 and "2015" in graph and "2023" in graph
    tiles = browser.locator("figure").nth(1).inner_html()
    for name in ("warmińsko-mazurskie", "mazowieckie", "zachodniopomorskie", "podkarpackie"):
        assert name in tiles
    name, value = _largest_subregion(shipped_release.path, 2023)
    assert f"The largest number of units were in the subregions {name} ({value:.0f})" in text
    subregion_map = browser.locator("figure").nth(2)
    subregion_map.screenshot(path=str(ARTIFACTS / "report_national_subregions.png"))
    drawn = subregion_map.inner_html()
    assert name in drawn and drawn.count("<path") >= 73 + 16  # a tile per subregion, an outline per voivodship
    assert browser.locator("table").nth(1).locator("tbody tr").count() == 73


def test_the_national_release_reads_in_polish_too(site, shipped_release, browser):
    browser.goto((site.path / "national-2023-pl.html").as_uri())
    assert browser.locator("html").get_attribute("lang") == "pl"
    text = _plain(browser.inner_text("body"))
    participants = number(
        *_cell(shipped_release.path, 2023, "statistics_poland", "PL", "CIS", "participants")[:2], "pl_PL"
    )
    share = _cell(shipped_release.path, 2023, "statistics_poland", "PL", "ZAZ", "employees_disabled_share_pct")
    assert f"Uczestnicy CIS: {_plain(participants)}" in text and "," in _plain(number(*share[:2], "pl_PL"))
    assert _plain(number(*share[:2], "pl_PL")) in text
    assert (
        "Tablica 2. Aktywne jednostki według podregionów i rodzajów" in text and "Najwięcej jednostek działało" in text
    )
    browser.get_by_text("English version").click()
    assert browser.url.endswith("national-2023.html")


def test_the_pdfs_are_tagged_and_read_back_with_their_figures(site, shipped_release):
    pdf = site.path / "pdf" / "regional-28-2024.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    assert int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))) >= 3
    text = _plain(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    assert "Centra i kluby integracji społecznej w" in text and "warmińsko-mazurskie" in text
    value, unit, flag = _cell(shipped_release.path, 2024, "regional_survey", "28", "CIS", "participants_total")
    assert _plain(number(value, unit, "pl_PL", flag)) in text
    national = subprocess.run(
        ["pdftotext", str(site.path / "pdf" / "national-2023.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Graph 1. Active units by type" in national


def test_a_second_build_gives_the_same_bytes(site, tmp_path, monkeypatch):
    """Built again, with the PDFs written by two processes this time (the site: by one, conftest)."""
    again = tmp_path / "again"
    again.mkdir()
    monkeypatch.setenv(settings.PROCESSES_ENV, "2")
    build_site(site.path.parent.parent / "current", again)
    for page in site.pages:
        assert (again / f"{page}.html").read_bytes() == (site.path / f"{page}.html").read_bytes()
        assert (again / "pdf" / f"{page}.pdf").read_bytes() == (site.path / "pdf" / f"{page}.pdf").read_bytes()
    shutil.rmtree(again)


def test_a_page_whose_figures_did_not_change_is_not_drawn_again(site, shipped_release, tmp_path):
    from dagster_project.report.build import PAGES, _regional_data, page_digest

    again = tmp_path / "again"
    again.mkdir()
    build_site(site.path.parent.parent / "current", again, before=site.path)
    for page in site.pages:  # the same release: every page taken as it was written
        assert (again / f"{page}.html").samefile(site.path / f"{page}.html")
        assert (again / "pdf" / f"{page}.pdf").samefile(site.path / "pdf" / f"{page}.pdf")
    written = json.loads((again / PAGES).read_text())
    assert {page["written_for"] for page in written.values()} == {shipped_release.path.name}

    about = json.loads((shipped_release.path / "manifest.json").read_text())
    with duckdb.connect(str(shipped_release.path / "reintegration.duckdb"), read_only=True) as conn:
        data = _regional_data(conn, "28", "warmińsko-mazurskie", 2024)
    assert page_digest(data, about) == written["regional-28-2024"]["digest"]
    cells = data["cells"].copy()
    cells.loc[cells.indicator_id == "participants_total", "value"] += 1  # a corrected answer
    assert page_digest({**data, "cells": cells}, about) != written["regional-28-2024"]["digest"]
    assert page_digest(data, {**about, "release": "another", "published_at": "later"}) == page_digest(data, about)
