"""The Dagster UI, as an analyst opens it: the webserver on 127.0.0.1 through workspace.yaml, the
lineage and the checks looked at in headless Chromium (Debian's, installed by `make browser`;
no browser is downloaded). Screenshots are kept in test-artifacts/."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from dagster_project import settings

from .conftest import point_run_at

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = settings.REPO_ROOT / "test-artifacts"
FLOW = ["extracts", "raw", "findings", "staging", "intermediate", "marts", "published"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the webserver exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise AssertionError(f"the webserver did not answer {url} within {seconds} s")


@pytest.fixture(scope="module")
def ui(_built_2021_setting, tmp_path_factory):
    """The webserver serving a copy of the session's built 2021 setting: a DAGSTER_HOME with the
    real runs of `python -m dagster_project.run 2021` in it (extracts, warehouse, release)."""
    assert CHROMIUM.exists(), "Debian's chromium is needed for the UI test: run `make browser`"
    root = tmp_path_factory.mktemp("ui") / "setting"
    shutil.copytree(_built_2021_setting, root, symlinks=True)
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_run_at(monkeypatch, root)
        env = dict(os.environ)
    port = _free_port()
    server = subprocess.Popen(
        [
            str(Path(os.sys.executable).parent / "dagster-webserver"),
            "-w",
            "workspace.yaml",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        cwd=settings.REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/server_info", server)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def _open(page, url: str) -> None:
    """Go to a page and close Dagster's newsletter dialog if it shows: it comes some seconds after
    the first visit, so the first page waits for it a little; after that it is closed at once
    wherever it is found (it may come on any page and would cover the screenshot)."""
    from playwright.sync_api import TimeoutError as NoDialog

    page.goto(url, wait_until="networkidle", timeout=90_000)
    skip = page.get_by_role("button", name="Skip")
    first = not getattr(page, "_visited", False)
    page._visited = True
    try:
        skip.wait_for(timeout=3_000 if first else 1)
        skip.click()
    except NoDialog:
        pass


@pytest.fixture(scope="module")
def page(ui):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        yield page
        browser.close()


def test_the_lineage_reads_as_one_grouped_flow(ui, page):
    _open(page, f"{ui}/asset-groups")
    page.get_by_text("published", exact=True).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "asset_lineage.png"))
    text = page.inner_text("body")
    assert "Global asset lineage" in text
    for group in FLOW:
        assert group in text.split(), group


def test_the_catalog_lists_the_assets_with_their_descriptions(ui, page):
    page.set_viewport_size({"width": 1600, "height": 7000})  # the list renders only what is in view
    _open(page, f"{ui}/assets?view=flat")
    page.get_by_text("published / warehouse").first.wait_for(timeout=60_000)
    text = page.inner_text("body")
    for asset in (
        "extracts / register",
        "raw / register",
        "findings / fct_findings",
        "marts / rpt_indicators",
        "marts / rpt_reconciliation",
        "marts / rpt_indicator_changes",
        "published / warehouse",
    ):
        assert asset in text, asset
    assert "The published report reconciled with the warehouse" in text
    page.screenshot(path=str(ARTIFACTS / "asset_catalog.png"))
    page.set_viewport_size({"width": 1600, "height": 1000})


def test_the_checks_show_their_results_and_metadata(ui, page):
    _open(page, f"{ui}/assets/findings/fct_findings?view=checks")
    page.get_by_text("no_open_errors").first.wait_for(timeout=60_000)
    page.get_by_text("2021: no open errors").first.wait_for(timeout=60_000)
    text = page.inner_text("body")
    assert "Passed" in text and "blocking" in text
    assert "acknowledged_errors" in text and "open_error_findings" in text
    assert re.search(r"Partition\s+2021", text), "the check is recorded against its year, not 'Partition —'"
    page.screenshot(path=str(ARTIFACTS / "findings_check.png"))

    _open(page, f"{ui}/assets/marts/rpt_indicators?view=checks")
    page.get_by_text("expectations", exact=True).first.click(timeout=60_000)
    page.get_by_text("expectations passed").first.wait_for(timeout=60_000)
    assert re.search(r"expectations passed on [1-9][\d ]* rows", page.inner_text("body"))
    page.screenshot(path=str(ARTIFACTS / "mart_check.png"))
