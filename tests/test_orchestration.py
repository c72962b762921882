"""The yearly schedule and the new-extract sensor, evaluated as Dagster evaluates them, on real
files in a temporary extracts folder."""

from __future__ import annotations

import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg
import pytest

from dagster_project.definitions import WAREHOUSE_JOB, build_definitions
from dagster_project.orchestrate.partitions import YEARS

from .conftest import SEED_EXTRACTS, failed_check_messages, point_at, run_year


@pytest.fixture
def extracts(tmp_path, monkeypatch):
    root = tmp_path / "extracts"
    (root / "2024").mkdir(parents=True)
    for name in ("register.csv", "cis_answers.csv", "kis_answers.csv", "projects.csv"):
        shutil.copy(SEED_EXTRACTS / "2024" / name, root / "2024" / name)
    point_at(monkeypatch, root, tmp_path / "warehouse.duckdb")
    return root


@pytest.fixture
def defs():
    return build_definitions()


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


def _evaluate_schedule(defs, instance, when: datetime):
    schedule = defs.resolve_schedule_def("yearly_warehouse")
    context = dg.build_schedule_context(
        instance=instance, scheduled_execution_time=when, repository_def=defs.get_repository_def()
    )
    return schedule.evaluate_tick(context)


def test_the_schedule_runs_the_previous_year_on_1_march_in_warsaw(defs, extracts, instance):
    schedule = defs.resolve_schedule_def("yearly_warehouse")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 6 1 3 *", "Europe/Warsaw")
    assert schedule.job_name == WAREHOUSE_JOB

    result = _evaluate_schedule(defs, instance, datetime(2025, 3, 1, 6, 0, tzinfo=ZoneInfo("Europe/Warsaw")))

    [request] = result.run_requests
    assert request.partition_key == "2024"
    assert request.asset_selection is None  # the whole job: every asset downstream of the year
    assert instance.has_dynamic_partition(YEARS.name, "2024")
    job = defs.resolve_job_def(WAREHOUSE_JOB)
    keys = {key.to_user_string() for key in job.asset_layer.selected_asset_keys}
    assert {
        "raw/register",
        "findings/fct_findings",
        "marts/rpt_indicators",
        "marts/rpt_reconciliation",
    } <= keys


def test_the_schedule_skips_a_year_whose_extracts_have_not_arrived(defs, extracts, instance):
    result = _evaluate_schedule(defs, instance, datetime(2026, 3, 1, 6, 0, tzinfo=ZoneInfo("Europe/Warsaw")))
    assert not result.run_requests
    assert "no extract folder" in result.skip_message and "2025" in result.skip_message


def _tick(defs, instance, cursor):
    sensor = defs.resolve_sensor_def("new_extracts")
    context = dg.build_sensor_context(instance=instance, cursor=cursor, repository_def=defs.get_repository_def())
    with dg.partition_loading_context(dynamic_partitions_store=instance):  # as the daemon does
        return sensor.evaluate_tick(context)


def test_the_sensor_requests_a_year_only_when_its_extracts_are_new_or_changed(defs, extracts, instance):
    first = _tick(defs, instance, None)  # turned on: every year folder is new to it
    assert [r.partition_key for r in first.run_requests] == ["2024"]
    assert instance.has_dynamic_partition(YEARS.name, "2024")

    unchanged = _tick(defs, instance, first.cursor)
    assert unchanged.run_requests == []

    (extracts / "2024" / "projects.csv").touch()  # touched, same content: nothing to do
    assert _tick(defs, instance, unchanged.cursor).run_requests == []

    projects = extracts / "2024" / "projects.csv"  # one funder's name corrected
    projects.write_bytes(projects.read_bytes().replace(b"Fundacja Egger", b"Fundacja EGGER"))
    changed = _tick(defs, instance, unchanged.cursor)
    assert [r.partition_key for r in changed.run_requests] == ["2024"]
    assert changed.run_requests[0].run_key != first.run_requests[0].run_key

    shutil.copytree(SEED_EXTRACTS / "2023", extracts / "2023")  # a new year folder
    added = _tick(defs, instance, changed.cursor)
    assert [r.partition_key for r in added.run_requests] == ["2023"]
    assert instance.has_dynamic_partition(YEARS.name, "2023")

    assert _tick(defs, instance, added.cursor).run_requests == []


def test_the_sensor_turned_on_after_a_run_starts_from_what_the_warehouse_loaded(defs, extracts, instance):
    """Right after `make run` the first tick requests nothing; a delivery corrected since runs its year."""
    shutil.copytree(SEED_EXTRACTS / "2023", extracts / "2023")
    for year in ("2023", "2024"):
        assert run_year(year, raw_only=True).success

    assert _tick(defs, instance, None).run_requests == []

    delivery = extracts / "2023" / "national" / "pfron_wtz_28.csv"
    delivery.write_bytes(delivery.read_bytes() + b"\r\n")  # saved again by the office, one more line end
    assert [r.partition_key for r in _tick(defs, instance, None).run_requests] == ["2023"]


def test_the_ui_records_each_year_and_says_when_a_file_was_not_delivered(extracts, instance):
    """Checks are recorded against their year's partition (not "Partition —"), and an optional
    extract the year did not deliver says so instead of `file: null`."""
    shutil.copytree(SEED_EXTRACTS / "2024", extracts / "2024", dirs_exist_ok=True)
    result = run_year("2024", gated_only=True, instance=instance)
    assert result.success, failed_check_messages(result)

    evaluations = result.get_asset_check_evaluations()
    assert {e.check_name for e in evaluations} == {"valid_extract", "no_open_errors"}
    assert {e.partition for e in evaluations} == {"2024"}

    national = instance.get_latest_materialization_event(dg.AssetKey(["raw", "national"]))
    metadata = national.asset_materialization.metadata
    assert national.asset_materialization.partition == "2024"
    assert metadata["status"].value == "absent"
    assert metadata["file"].value.startswith("none (no national.csv (or .xlsx) for 2024: an optional extract")
    assert metadata["dagster/row_count"].value == 0
    check = next(e for e in evaluations if e.asset_key == dg.AssetKey(["raw", "national"]))
    assert check.description.startswith("nothing to validate: no national.csv")

    register = instance.get_latest_materialization_event(dg.AssetKey(["raw", "register"]))
    assert register.asset_materialization.metadata["status"].value == "loaded"
    assert register.asset_materialization.metadata["file"].value.endswith("2024/register.csv")
