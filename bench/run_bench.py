"""`make bench`: the cold end-to-end 2024 materialisation, wall seconds and peak RSS.

Runs `python -m dagster_project.run` in a child process on a new, empty warehouse file and a
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


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "dagster_home"
        home.mkdir()
        (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        env = os.environ | {
            "DAGSTER_HOME": str(home),
            "REINTEGRATION_WAREHOUSE": str(Path(tmp) / "bench.duckdb"),
        }
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "dagster_project.run", "2024"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
        print(f"bench: the run failed (exit {done.returncode})", file=sys.stderr)
        return 1
    print(f"cold end-to-end 2024: wall {wall:.1f} s (target < {TARGET_SECONDS:.0f} s), "
          f"peak RSS {peak_mb:.0f} MB (target < {TARGET_RSS_MB:.0f} MB)")
    return 0 if wall < TARGET_SECONDS and peak_mb < TARGET_RSS_MB else 1


if __name__ == "__main__":
    sys.exit(main())
