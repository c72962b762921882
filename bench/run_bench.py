"""`make bench`: cold end-to-end materialisations, wall seconds and peak RSS.

Two runs: 2024 alone (one unit-level year), then every shipped year (2015-2024, as `make run`).
Each runs `python -m dagster_project.run` in a child process on a new, empty warehouse file and a
temporary DAGSTER_HOME (cold: no previous runs, no warehouse), and reports the child's wall time
and peak resident memory. Targets on the 2-core machine: < 60 s and < 1.5 GB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS, TARGET_RSS_MB = 60.0, 1536.0


def timed_run(years: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS (MB) of the child, exit code and the end of its stderr."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "dagster_home"
        home.mkdir()
        (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        env = os.environ | {
            "DAGSTER_HOME": str(home),
            "REINTEGRATION_WAREHOUSE": str(Path(tmp) / "bench.duckdb"),
        }
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "dagster_project.run", *years],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wall = time.perf_counter() - start
    # ru_maxrss of children is the largest child so far (KiB on Linux)
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return wall, peak_mb, done.returncode, done.stderr[-3000:]


def main() -> int:
    ok = True
    for label, years in (("2024", ["2024"]), ("all years (2015-2024)", [])):
        wall, peak_mb, code, stderr = timed_run(years)
        if code != 0:
            print(stderr, file=sys.stderr)
            print(f"bench: the run of {label} failed (exit {code})", file=sys.stderr)
            return 1
        print(
            f"cold end-to-end {label}: wall {wall:.1f} s (target < {TARGET_SECONDS:.0f} s), "
            f"peak RSS {peak_mb:.0f} MB (target < {TARGET_RSS_MB:.0f} MB)"
        )
        ok = ok and wall < TARGET_SECONDS and peak_mb < TARGET_RSS_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
