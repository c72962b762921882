"""`make run`: materialise every asset for every year found, the way the yearly job does.

Each year's extracts are ingested and gated (pandera, then the consistency findings) in their own
partition run; once every year passed, one run rebuilds the dbt models over all years and runs the mart checks. A failed check
stops the command with its message (file, row, column) and a non-zero exit; the warehouse keeps
the last good data of every year.
"""

from __future__ import annotations

import argparse
import os
import sys

import dagster as dg

from . import settings
from .definitions import WAREHOUSE_JOB, build_definitions
from .ingest.assets import raw_key
from .ingest.extracts import EXTRACTS
from .validate.assets import FINDINGS_KEY


def failed_checks(result: dg.ExecuteInProcessResult) -> list[str]:
    messages = []
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed:
            key = evaluation.asset_key.to_user_string()
            messages.append(f"[{key} :: {evaluation.check_name}] {evaluation.description}")
    return messages


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
    gated_inputs = [*(raw_key(spec.name) for spec in EXTRACTS), FINDINGS_KEY]
    for position, year in enumerate(years):
        last = position == len(years) - 1
        print(f"{year}: ingesting{' and building the warehouse' if last else ''} ...", flush=True)
        result = job.execute_in_process(
            partition_key=year, instance=instance, raise_on_error=False,
            asset_selection=None if last else gated_inputs,
        )
        problems = failed_checks(result)
        if problems or not result.success:
            print(f"{year}: stopped by a failed check; nothing downstream was run.", file=sys.stderr)
            for message in problems or ["a step failed; see the run's logs"]:
                print(message, file=sys.stderr)
            return 1
    print(f"warehouse built: {settings.warehouse_path()} (years {', '.join(years)})")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("years", nargs="*", help="reporting years (default: every year folder found)")
    sys.exit(run(parser.parse_args().years))


if __name__ == "__main__":
    main()
