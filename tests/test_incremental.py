"""Only what is stale is rebuilt, the Dagster way: extract files have data versions, assets code
versions, and `python -m dagster_project.run` asks Dagster what is unsynced.

One cold run of 2021 (a year known only in total: seconds), then Dagster's verdict on each kind
of change, and one corrected file run for real."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster._core.definitions.data_version import StaleStatus

from dagster_project import settings
from dagster_project.definitions import build_definitions
from dagster_project.keys import FINDINGS_KEY, raw_key
from dagster_project.orchestrate import up_to_date
from dagster_project.orchestrate.plan import observe_extracts, plan, resolver
from dagster_project.published.release import publish
from dagster_project.resources import dbt_resource, recorded_warehouse_id
from dagster_project.run import run

from .conftest import correct_2021_national

NATIONAL = "2021/national.csv"


def _published(published: Path) -> tuple[str, tuple[str, ...]]:
    releases = tuple(sorted(p.name for p in (published / "releases").iterdir()))
    return os.readlink(published / "current"), releases


def _verdict(years: list[str], warehouse_id: str | None = None):
    """Dagster's verdict, as `run` asks it, without running anything."""
    defs = build_definitions()
    instance = dg.DagsterInstance.get()
    observe_extracts(instance, defs.resolve_asset_graph(), years)
    warehouse_id = warehouse_id or recorded_warehouse_id(settings.warehouse_path())
    return plan(defs, instance, years, warehouse_id), defs, instance


def test_an_unchanged_rerun_is_up_to_date_and_writes_nothing(built_2021, capsys):
    published = Path(os.environ[settings.PUBLISHED_ENV])
    before = (built_2021.stat().st_mtime_ns, _published(published))
    events = dg.DagsterInstance.get().event_log_storage.get_maximum_record_id()

    assert run(["2021"]) == 0  # the remembered verdict
    up_to_date.forget()
    assert run(["2021"]) == 0  # Dagster's resolver asked again: the same verdict

    out = capsys.readouterr().out
    assert out.count("up to date: the extracts of 2021 and the code are as they were when") == 2
    assert "ingest" not in out and "dbt" not in out
    assert (built_2021.stat().st_mtime_ns, _published(published)) == before
    assert dg.DagsterInstance.get().event_log_storage.get_maximum_record_id() == events


def test_dagster_knows_what_each_change_makes_stale(built_2021):
    extracts = settings.extracts_dir()
    work, _, _ = _verdict(["2021"])
    assert work.up_to_date, work.reasons

    # a file saved again with the same bytes is not new; changed bytes are
    national = extracts / NATIONAL
    national.write_bytes(national.read_bytes())
    assert _verdict(["2021"])[0].up_to_date
    national.write_bytes(national.read_bytes() + b"\n")
    work, defs, instance = _verdict(["2021"])
    status = resolver(instance, defs.resolve_asset_graph())
    assert status.get_status(raw_key("national"), "2021") == StaleStatus.STALE  # "unsynced" in the UI
    assert work.reasons == ["2021 raw/national: has a new dependency data version (extracts/national)"]
    assert work.by_year == {"2021": [FINDINGS_KEY, raw_key("national")]}
    assert dg.AssetKey(["published", "warehouse"]) in work.shared
    assert dg.AssetKey(["staging", "stg_raw__national"]) in work.shared
    national.write_bytes(national.read_bytes()[:-1])  # back as it was loaded: nothing stale
    assert _verdict(["2021"])[0].up_to_date

    # new code of the ingestion: every extract of the year is stale
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("dagster_project.raw.assets.CODE_VERSION", "changed")
        work = _verdict(["2021"])[0]
    assert {reason.split(":")[1] for reason in work.reasons} == {" has a new code version"}
    assert len(work.by_year["2021"]) == 16

    # the same DAGSTER_HOME, another warehouse file: nothing it recorded holds for that one
    work = _verdict(["2021"], warehouse_id="another-warehouse")[0]
    assert "2021 raw/national: recorded for another warehouse file" in work.reasons
    assert len(work.by_year["2021"]) == 16


def test_a_corrected_file_rebuilds_its_year_and_publishes_a_release_that_names_it(built_2021, capsys, monkeypatch):
    """One analyst's correction, run for real: only its year's extract is ingested again; the new
    release is named by its content, its notes name the file, and a year whose figures did not
    change keeps its workbook. Put back, the file gives the first release again (not a new one);
    that second run is at REINTEGRATION_LOG_LEVEL=DEBUG, which brings dbt's own lines back."""
    published = Path(os.environ[settings.PUBLISHED_ENV])
    first, _ = _published(published)
    first_manifest = json.loads((published / "current" / "manifest.json").read_text())
    national = settings.extracts_dir() / NATIONAL
    text = national.read_text(encoding="utf-8")

    correct_2021_national()
    assert run(["2021"]) == 0
    out, err = capsys.readouterr()
    assert "extracts changed since they were last seen: 2021 national" in out
    assert "2021 ingest and gate: done in" in err and "(1 step)" in err.split("2021 ingest and gate")[1]
    # the findings read the same: only the models reading national.csv and what follows them run
    built, of_all = map(int, re.search(r"2021 dbt build: done in .* \((\d+) of (\d+) models", err).groups())
    assert built == of_all and built < 40, err
    corrected, releases = _published(published)
    assert corrected != first and len(releases) == 2
    with duckdb.connect(str(published / "reintegration.duckdb"), read_only=True) as conn:
        notes = conn.execute("select note from marts.fct_national_statistics where note like '%(corrected)'")
        assert len(notes.fetchall()) == 1
    _assert_the_notes_name_the_corrected_file(published / "current", first_manifest)

    national.write_text(text, encoding="utf-8")  # back to the first content: its release again, not a new one
    monkeypatch.setenv(settings.LOG_LEVEL_ENV, "DEBUG")
    dbt_output_before = settings.dbt_output_path().stat().st_size
    assert run(["2021"]) == 0
    assert _published(published) == (first, releases)
    manifest = json.loads((published / "current" / "manifest.json").read_text())
    assert manifest["release"] == Path(first).name
    out, err = capsys.readouterr()
    assert "OK created sql table model marts." in out + err  # dbt's own lines, on the console
    assert "DEBUG" in out + err  # Dagster's own console logger, at the level asked for
    assert settings.dbt_output_path().stat().st_size == dbt_output_before  # ...and not in the file
    assert "dbt's output:" not in out


def _assert_the_notes_name_the_corrected_file(current: Path, first: dict) -> None:
    manifest = json.loads((current / "manifest.json").read_text())
    assert manifest["previous"] == first["release"] and manifest["version"].endswith(manifest["release"][:8])
    assert manifest["extracts"]["2021"]["national.csv"] != first["extracts"]["2021"]["national.csv"]
    text = (current / "release_notes.md").read_text()
    assert f"# Release {manifest['version']}" in text
    assert "Extract files changed:\n- 2021: national.csv" in text
    assert "Cells withheld (`x`)" in text and "## Provenance" in text
    with duckdb.connect(str(current / "reintegration.duckdb"), read_only=True) as conn:
        assert conn.execute("select count(*) from release.changes").fetchone()[0] == sum(manifest["changes"].values())
    # a note reworded changes no figure: the year's workbook is the one written for the release before
    book = manifest["xlsx"]["2021"]
    assert book == first["xlsx"]["2021"] and book["written_for"] == first["release"]
    assert (current / book["file"]).samefile(current.parent / "releases" / first["release"] / book["file"])


def test_publishing_the_same_content_again_writes_nothing(built_2021, tmp_path):
    with duckdb.connect(str(built_2021)) as conn:
        first = publish(conn, tmp_path / "published")
        mtimes = {p: p.stat().st_mtime_ns for p in first.path.rglob("*")}
        again = publish(conn, tmp_path / "published")
    assert not first.unchanged and again.unchanged and again.path == first.path
    assert {p: p.stat().st_mtime_ns for p in first.path.rglob("*")} == mtimes


def test_a_reference_table_that_gained_a_column_is_reloaded_whole(built_2021):
    """A warehouse built before a seed CSV gained a column: dbt would truncate the old table and
    copy the CSV into its old columns, and fail; the seeds are reloaded whole instead."""
    with duckdb.connect(str(built_2021)) as conn:
        conn.execute("alter table reference.national_measures drop column label_pl")
    dbt = dbt_resource()
    seed = ["seed", "--select", "national_measures"]
    dbt.cli(seed, target_path=settings.dbt_target_dir(), raise_on_error=True).wait()
    with duckdb.connect(str(built_2021), read_only=True) as conn:
        columns = [row[0] for row in conn.execute("describe reference.national_measures").fetchall()]
    assert "label_pl" in columns


def test_the_event_log_written_through_kept_open_connections_is_dagsters_own(built_2021):
    """dagster.yaml names our event log class (orchestrate/event_log.py); what it wrote during the
    runs of 2021 reads the same through Dagster's own class, as the UI and the daemon may read it."""
    from dagster._core.storage.event_log import ConsolidatedSqliteEventLogStorage

    from dagster_project.orchestrate.event_log import KeptOpenSqliteEventLogStorage

    ours = dg.DagsterInstance.get().event_log_storage
    assert isinstance(ours, KeptOpenSqliteEventLogStorage)
    theirs = ConsolidatedSqliteEventLogStorage(base_dir=os.environ["DAGSTER_HOME"])
    for key in (dg.AssetKey(["published", "warehouse"]), raw_key("national")):
        written = ours.fetch_materializations(key, limit=5).records
        assert written and [r.storage_id for r in written] == [
            r.storage_id for r in theirs.fetch_materializations(key, limit=5).records
        ]
    assert ours.get_maximum_record_id() == theirs.get_maximum_record_id()


def test_new_ingestion_code_that_loads_the_same_rows_rebuilds_nothing_after_the_year(built_2021, capsys, monkeypatch):
    """The ingestion's code changed (every extract of 2021 is stale and is loaded again), but the
    rows it loads are the same: no dbt model reads anything new, so none is run and no release made."""
    published = Path(os.environ[settings.PUBLISHED_ENV])
    before = _published(published)
    monkeypatch.setattr("dagster_project.raw.assets.CODE_VERSION", "refactored")
    up_to_date.forget()  # the files of the code did not change: ask Dagster, not the remembered verdict

    assert run(["2021"]) == 0

    out, err = capsys.readouterr()
    assert "2021 ingest and gate: done in" in err
    assert "the years rebuilt changed nothing the models read; nothing more to build" in out
    assert "dbt build" not in err and _published(published) == before
