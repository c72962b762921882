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

from . import settings
from .definitions import WAREHOUSE_JOB, build_definitions
from .extracts.registry import EXTRACTS
from .keys import FINDINGS_KEY, raw_key
from .orchestrate.partitions import register_years


def failed_checks(result: dg.ExecuteInProcessResult) -> list[str]:
    messages = []
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed:
            key = evaluation.asset_key.to_user_string()
            messages.append(f"[{key} :: {evaluation.check_name}] {evaluation.description}")
    return messages


def failed_steps(result: dg.ExecuteInProcessResult) -> list[str]:
    """Steps that failed for another reason than a failed blocking check, with their error."""
    messages = []
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            if error and "DagsterAssetCheckFailedError" not in (error.cls_name or ""):
                messages.append(f"[step {event.step_key}] {error.message.strip()}")
    return messages


# The console shows our summary; Dagster's own event log (every step, with stack traces) stays in
# DAGSTER_HOME and in the UI (`make ui`). REINTEGRATION_LOG_LEVEL=DEBUG brings it back here.
QUIET = {"loggers": {"console": {"config": {"log_level": os.environ.get("REINTEGRATION_LOG_LEVEL", "CRITICAL")}}}}


def run(years: list[str] | None = None) -> int:
    found = settings.years_found()
    years = years or found
    if not years:
        print(f"no year folders (e.g. 2024/) in {settings.extracts_dir()}", file=sys.stderr)
        return 2
    unknown = sorted(set(years) - set(found))
    if unknown:
        print(f"no extract folder for {', '.join(unknown)} in {settings.extracts_dir()}", file=sys.stderr)
        return 2
    defs = build_definitions()
    job = defs.resolve_job_def(WAREHOUSE_JOB)
    os.environ.setdefault("DAGSTER_HOME", str(settings.REPO_ROOT / "dagster_home"))
    instance = dg.DagsterInstance.get()
    register_years(instance, years)
    gated_inputs = [*(raw_key(spec.name) for spec in EXTRACTS), FINDINGS_KEY]
    for position, year in enumerate(years):
        last = position == len(years) - 1
        print(f"{year}: ingesting{' and building the warehouse' if last else ''} ...", flush=True)
        result = job.execute_in_process(
            partition_key=year,
            instance=instance,
            raise_on_error=False,
            asset_selection=None if last else gated_inputs,
            run_config=QUIET,
        )
        problems = failed_checks(result) + failed_steps(result)
        if problems or not result.success:
            print(f"{year}: stopped by a failed check; nothing downstream was run.", file=sys.stderr)
            for message in problems or ["a step failed; see the run's logs"]:
                print(message, file=sys.stderr)
            return 1
    print(f"warehouse built: {settings.warehouse_path()} (years {', '.join(years)})")
    for line in summary(years):
        print(line)
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
