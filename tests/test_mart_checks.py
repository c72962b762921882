"""The mart gate through Dagster: every mart's Great Expectations check, evaluated in one step,
blocks publishing when one fails, and reuses a passed verdict when nothing it depends on changed."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import duckdb

from dagster_project import settings
from dagster_project.definitions import build_definitions
from dagster_project.keys import EXPECTATIONS_CHECK, PUBLISHED_KEY
from dagster_project.published.assets import CONFIDENTIALITY_CHECK

INDICATORS, UNITS = dg.AssetKey(["marts", "rpt_indicators"]), dg.AssetKey(["marts", "dim_units"])


def _checks_and_publish(instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    """The checks of two marts and the publication after them, as a run that rebuilt them runs them."""
    job = build_definitions().resolve_implicit_global_asset_job_def()
    subset = job.get_subset(
        asset_selection={PUBLISHED_KEY},
        asset_check_selection={
            dg.AssetCheckKey(PUBLISHED_KEY, CONFIDENTIALITY_CHECK),
            *(dg.AssetCheckKey(key, EXPECTATIONS_CHECK) for key in (INDICATORS, UNITS)),
        },
    )
    return subset.execute_in_process(instance=instance, raise_on_error=False)


def test_a_failed_mart_check_blocks_publishing_and_an_unchanged_mart_is_not_validated_again(built_2021):
    published = Path(os.environ[settings.PUBLISHED_ENV])
    current = os.readlink(published / "current")
    with duckdb.connect(str(built_2021)) as conn:  # a key seen twice, as a faulty model would leave it
        conn.execute("insert into marts.rpt_indicators select * from marts.rpt_indicators limit 1")

    result = _checks_and_publish(dg.DagsterInstance.get())

    assert not result.success
    verdicts = {e.asset_key: e for e in result.get_asset_check_evaluations() if e.check_name == EXPECTATIONS_CHECK}
    assert set(verdicts) == {INDICATORS, UNITS}
    failed = verdicts[INDICATORS]
    assert not failed.passed and "expect_compound_columns_to_be_unique" in failed.description
    assert verdicts[UNITS].passed and verdicts[UNITS].description.startswith("not validated again")
    assert not [e for e in result.get_asset_materialization_events() if e.asset_key == PUBLISHED_KEY]
    assert os.readlink(published / "current") == current  # the last good release stays
