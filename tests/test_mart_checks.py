"""The mart gate through Dagster: every mart's Great Expectations check, evaluated in one step,
blocks publishing when one fails, and reuses a passed verdict when nothing it depends on changed."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

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


def test_a_mart_is_read_in_chunks_with_its_text_as_categories(monkeypatch):
    """The frame the suite validates: the same rows whatever the chunks, text as categoricals over
    every chunk's values, a chunk of only nulls kept as nulls, DECIMAL as numbers."""
    from dagster_project.expectations import run_suite

    conn = duckdb.connect()
    conn.execute(
        "create schema marts; create table marts.dim_units as select i as n, "
        "case when i < 5000 then null else 'x' || (i % 7) end as t, 1.5::decimal(10, 2) as d from range(30000) t(i)"
    )
    monkeypatch.setattr(run_suite, "CHUNK_VECTORS", 1)  # 2 048 rows a chunk: the first two hold only nulls
    frame = run_suite.read_mart(conn, "dim_units")
    assert len(frame) == 30000 and frame["n"].tolist() == list(range(30000))
    assert isinstance(frame["t"].dtype, pd.CategoricalDtype) and frame["t"].isna().sum() == 5000
    assert sorted(frame["t"].cat.categories) == [f"x{i}" for i in range(7)]
    assert frame["t"].iloc[29999] == "x" + str(29999 % 7) and frame["d"].dtype == "float64"
    conn.execute("create or replace table marts.dim_units as select 1 as n where false")
    assert run_suite.read_mart(conn, "dim_units").shape == (0, 1)
