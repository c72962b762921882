"""`make run`: materialise every asset for every year found, the way the yearly job does.

Each year's extracts are ingested and gated (pandera, then the consistency findings) in their own
partition run; once every year passed, one run rebuilds the dbt models over all years and runs
the mart checks. A failed check stops the command with its message (file, row, column) and a
non-zero exit; the warehouse keeps the last good data of every year.
"""

from __future__ import annotations

import argparse
import os
import sys

import dagster as dg
from dagster._utils.error import SerializableErrorInfo

from . import settings
from .definitions import WAREHOUSE_JOB, build_definitions
from .extracts.registry import EXTRACTS
from .keys import FINDINGS_KEY, raw_key
from .orchestrate.console import RunConsole, console_logger
from .orchestrate.partitions import register_years
from .orchestrate.run_lock import RunInProgressError, exclusive_run
from .resources import WarehouseBusyError, connect_for_writing


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


def run(years: list[str] | None = None) -> int:
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
            connect_for_writing(warehouse).close()  # busy? say so now, before any step
            code = run_years(years)
    except (RunInProgressError, WarehouseBusyError) as error:
        print(f"stopped before any step: {error}", file=sys.stderr)
        return 3
    if code == 0:
        for line in summary(years):
            print(line)
    return code


def run_years(years: list[str]) -> int:
    defs = build_definitions()
    job = defs.resolve_job_def(WAREHOUSE_JOB)
    os.environ.setdefault("DAGSTER_HOME", str(settings.REPO_ROOT / "dagster_home"))
    instance = dg.DagsterInstance.get()
    register_years(instance, years)
    gated_inputs = [*(raw_key(spec.name) for spec in EXTRACTS), FINDINGS_KEY]
    for position, year in enumerate(years):
        last = position == len(years) - 1
        span = year if len(years) == 1 else f"{years[0]}-{year}"
        handler = None if settings.log_level() else RunConsole(year, span)
        if handler is None:
            print(f"{year}: ingesting{' and building the warehouse' if last else ''} ...", flush=True)
        try:
            result = (
                job if handler is None else job.with_logger_defs({"console": console_logger(handler)})
            ).execute_in_process(
                partition_key=year,
                instance=instance,
                raise_on_error=False,
                asset_selection=None if last else gated_inputs,
                run_config=run_config(),
            )
        finally:
            if handler is not None:
                handler.end()
        checks, steps = failed_checks(result), failed_steps(result)
        if checks or steps or not result.success:
            if checks:
                print(f"{year}: stopped by a failed check; nothing downstream was run.", file=sys.stderr)
            else:
                print(f"{year}: stopped by an error (not a check); nothing downstream was run.", file=sys.stderr)
            for message in checks + steps or ["a step failed; see the run's logs (make ui)"]:
                print(message, file=sys.stderr)
            print(f"the run's full log: `make ui`, run {result.run_id}", file=sys.stderr)
            return 1
    print(f"warehouse built: {settings.warehouse_path()} (years {', '.join(years)})")
    if not settings.log_level():
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
    sys.exit(run(parser.parse_args().years))


if __name__ == "__main__":
    main()
