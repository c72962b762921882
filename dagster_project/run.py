"""`make run`: bring the warehouse up to date with the extracts of every year found.

Only what is stale is materialised (orchestrate/plan.py): each year whose extracts or gate code
changed is ingested and gated (pandera, then the consistency findings) in its own partition run;
then one run rebuilds the dbt models that follow, runs their mart checks and publishes. With
nothing stale it says "up to date" and writes nothing; `--all` rebuilds everything. A failed check
stops the command with its message (file, row, column) and a non-zero exit; the warehouse keeps
the last good data of every year.
"""

from __future__ import annotations

import argparse
import os
import sys

import dagster as dg
from dagster._utils.error import SerializableErrorInfo

from . import settings
from .expectations.run_suite import warm_up
from .orchestrate.console import RunConsole, console_logger
from .orchestrate.partitions import register_years
from .orchestrate.plan import Plan, observe_extracts, plan, shared_after_years
from .orchestrate.run_lock import RunInProgressError, exclusive_run
from .orchestrate.up_to_date import fingerprint, forget, is_remembered, remember
from .resources import WarehouseBusyError, connect_for_writing, recorded_warehouse_id


def failed_checks(result: dg.ExecuteInProcessResult) -> list[str]:
    messages = []
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed:
            key = evaluation.asset_key.to_user_string()
            messages.append(f"[{key} :: {evaluation.check_name}] {evaluation.description}")
    return messages


def root_cause(error: SerializableErrorInfo) -> str:
    """What went wrong, in the words of the exception that started it: Dagster wraps a step's
    exception in "Error occurred while executing op ..."; the cause says what happened."""
    while error.cause is not None:
        error = error.cause
    message = error.message.strip()
    prefix = f"{error.cls_name}: "
    return message.split(prefix, 1)[1] if error.cls_name and prefix in message else message


def failed_steps(result: dg.ExecuteInProcessResult) -> list[str]:
    """Steps that failed for another reason than a failed blocking check, with their error."""
    messages = []
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            if error and "DagsterAssetCheckFailedError" not in (error.cls_name or ""):
                messages.append(f"[step {event.step_key}] {root_cause(error)}")
    return messages


def run_config() -> dict:
    """Dagster's console logger at REINTEGRATION_LOG_LEVEL when it is set; otherwise ours (one
    line per stage). The full event log, with stack traces, stays in DAGSTER_HOME and the UI."""
    return {"loggers": {"console": {"config": {"log_level": settings.log_level()}} if settings.log_level() else {}}}


def run(years: list[str] | None = None, everything: bool = False) -> int:
    try:
        found = settings.years_found()
    except settings.ExtractsFolderError as error:
        print(f"stopped before any step: {error}", file=sys.stderr)
        return 2
    years = years or found
    if not years:
        print(f"no year folders (e.g. 2024/) in {settings.extracts_dir()}", file=sys.stderr)
        return 2
    unknown = sorted(set(years) - set(found))
    if unknown:
        print(f"no extract folder for {', '.join(unknown)} in {settings.extracts_dir()}", file=sys.stderr)
        return 2
    warehouse = settings.warehouse_path()
    try:
        with exclusive_run(settings.run_lock_path(), warehouse):
            dagster = instance()
            if not everything and is_remembered(fingerprint(years, recorded_warehouse_id(warehouse), dagster)):
                print(UP_TO_DATE.format(years=", ".join(years), warehouse=warehouse))
                return 0
            forget()
            if everything:  # the docs page too is made again, not kept for an unchanged dbt project
                settings.dbt_docs_version_path().unlink(missing_ok=True)
            work = plan_run(dagster, years, everything)
            if work is None:
                remember(fingerprint(years, recorded_warehouse_id(warehouse), dagster))
                return 0
            connect_for_writing(warehouse).close()  # busy? say so now, before any step
            code = run_plan(*work, everything=everything)
            if code == 0:
                remember(fingerprint(years, recorded_warehouse_id(warehouse), dagster))
    except (RunInProgressError, WarehouseBusyError) as error:
        print(f"stopped before any step: {error}", file=sys.stderr)
        return 3
    if code == 0:
        for line in summary(years):
            print(line)
    return code


UP_TO_DATE = (
    "up to date: the extracts of {years} and the code are as they were when {warehouse} was built; "
    "nothing to do (--all rebuilds everything)"
)


def instance() -> dg.DagsterInstance:
    os.environ.setdefault("DAGSTER_HOME", str(settings.REPO_ROOT / "dagster_home"))
    return dg.DagsterInstance.get()


def plan_run(dagster: dg.DagsterInstance, years: list[str], everything: bool):
    """Observe the extracts and ask Dagster what is stale: (definitions, instance, plan), or None
    (after saying so) when nothing is. The definitions are loaded here, not at import: an
    unchanged rerun never needs them."""
    from .definitions import build_definitions

    defs = build_definitions()
    register_years(dagster, years)
    changed = observe_extracts(dagster, defs.resolve_asset_graph(), years)
    work = plan(defs, dagster, years, recorded_warehouse_id(settings.warehouse_path()), everything)
    if work.up_to_date:
        print(UP_TO_DATE.format(years=", ".join(years), warehouse=settings.warehouse_path()))
        return None
    if changed:
        print(
            f"extracts changed since they were last seen: {', '.join(changed[:12])}"
            + (f" and {len(changed) - 12} more" if len(changed) > 12 else "")
        )
    why: dict[str, list[str]] = {}
    for reason in work.reasons:
        asset, cause = reason.split(": ", 1)
        why.setdefault(cause, []).append(asset)
    for cause, assets in why.items():
        more = f" and {len(assets) - MAX_LISTED} more" if len(assets) > MAX_LISTED else ""
        print(f"to rebuild, {cause}: {', '.join(assets[:MAX_LISTED])}{more}")
    return defs, dagster, work


MAX_LISTED = 6  # assets named per cause in the console; plan.reasons holds them all


def run_plan(defs: dg.Definitions, dagster: dg.DagsterInstance, work: Plan, everything: bool = False) -> int:
    """One run per stale year (its gates), then one run of the shared assets (dbt, checks, publish)
    that are stale once the years are done (all of them with --all)."""
    from .definitions import WAREHOUSE_JOB

    job = defs.resolve_job_def(WAREHOUSE_JOB)
    years = list(work.by_year)
    all_years = settings.years_found()
    span = all_years[0] if len(all_years) == 1 else f"{all_years[0]}-{all_years[-1]}"
    runs = [(year, year, work.by_year[year]) for year in years]
    if work.shared:
        runs.append((None, span, work.shared))
    for partition, label, selection in runs:
        if partition is None:
            if years and not everything:
                selection = shared_after_years(defs, dagster, recorded_warehouse_id(settings.warehouse_path()))
                if not selection:
                    print(f"{span}: the years rebuilt changed nothing the models read; nothing more to build")
                    break
            warm_up()  # the mart checks' library, imported while dbt builds the marts in its own process
        handler = None if settings.log_level() else RunConsole(label, span)
        if handler is None:
            print(f"{label}: {'ingesting' if partition else 'building the warehouse'} ...", flush=True)
        try:
            result = (
                job if handler is None else job.with_logger_defs({"console": console_logger(handler)})
            ).execute_in_process(
                partition_key=partition,
                instance=dagster,
                raise_on_error=False,
                asset_selection=selection,
                run_config=run_config(),
            )
        finally:
            if handler is not None:
                handler.end()
        checks, steps = failed_checks(result), failed_steps(result)
        if checks or steps or not result.success:
            if checks:
                print(f"{label}: stopped by a failed check; nothing downstream was run.", file=sys.stderr)
            else:
                print(f"{label}: stopped by an error (not a check); nothing downstream was run.", file=sys.stderr)
            for message in checks + steps or ["a step failed; see the run's logs (make ui)"]:
                print(message, file=sys.stderr)
            print(f"the run's full log: `make ui`, run {result.run_id}", file=sys.stderr)
            return 1
    print(f"warehouse built: {settings.warehouse_path()} (years rebuilt: {', '.join(years) or 'none'})")
    if not settings.log_level() and work.shared:
        print(f"dbt's output: {settings.dbt_output_path()}; dbt's log: {settings.dbt_log_path()}")
    return 0


def summary(years: list[str]) -> list[str]:
    """Per year: the findings by severity and status, and how the published report reconciles."""
    import duckdb

    lines = []
    with duckdb.connect(str(settings.warehouse_path()), read_only=True) as conn:
        for year in years:
            findings = conn.execute(
                "select severity || ' ' || status, count(*) from findings.fct_findings "
                "where reporting_year = ? group by all order by all",
                [int(year)],
            ).fetchall()
            reconciled = conn.execute(
                "select classification, count(*) from marts.rpt_reconciliation "
                "where reporting_year = ? group by all order by 2 desc",
                [int(year)],
            ).fetchall()
            lines.append(
                f"{year}: findings: "
                + (", ".join(f"{n} {kind}" for kind, n in findings) or "none")
                + " (findings.fct_findings)"
            )
            if reconciled:
                lines.append(
                    f"{year}: published figures: "
                    + ", ".join(f"{n} {kind}" for kind, n in reconciled)
                    + " (marts.rpt_reconciliation)"
                )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("years", nargs="*", help="reporting years (default: every year folder found)")
    parser.add_argument("--all", action="store_true", help="rebuild every asset, stale or not")
    arguments = parser.parse_args()
    sys.exit(run(arguments.years, everything=arguments.all))


if __name__ == "__main__":
    main()
