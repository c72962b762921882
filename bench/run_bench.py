"""`make bench`: cold end-to-end materialisations, wall seconds and peak RSS.

Three runs of `python -m dagster_project.run`, each in a child process on a new, empty warehouse
file and a temporary DAGSTER_HOME (cold: no previous runs, no warehouse):
  - 2024 alone (one unit-level year of one region);
  - every shipped year (2015-2024, as `make run`);
  - the national case: 16 voivodships x 4 unit types at unit level over 10 synthetic years
    (bench/national_case.py), side by side with the same national measures computed by one plain
    DuckDB script (bench/national_plain.sql), and the ratio of the two.
Targets on the 2-core machine: < 60 s and < 1.5 GB each; the national case within 3x of the plain
script. The figures are printed; no test asserts a timing.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from bench.national_case import YEARS, synthetic_extracts, timed_plain

TARGET_SECONDS, TARGET_RSS_MB, TARGET_RATIO = 60.0, 1536.0, 3.0
UNITS_PER_YEAR = "select reporting_year, value from {table} where geography_code = 'PL' and unit_type = 'ALL' "


def timed_run(years: list[str], workdir: Path, extracts: Path | None = None) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS (MB) of the child, exit code and the end of its stderr. The warehouse
    is left in workdir/bench.duckdb."""
    home = workdir / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "REINTEGRATION_WAREHOUSE": str(workdir / "bench.duckdb"),
        "REINTEGRATION_PUBLISHED_DIR": str(workdir / "published"),
    }
    if extracts is not None:
        env["REINTEGRATION_EXTRACTS_DIR"] = str(extracts)
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


def _units_per_year(path: Path, table: str) -> dict[int, float]:
    with duckdb.connect(str(path), read_only=True) as conn:
        sql = UNITS_PER_YEAR.format(table=table) + "and measure = 'units_active'"
        return dict(conn.execute(sql).fetchall())


def _line(label: str, wall: float, peak_mb: float) -> str:
    return (
        f"cold end-to-end {label}: wall {wall:.1f} s (target < {TARGET_SECONDS:.0f} s), "
        f"peak RSS {peak_mb:.0f} MB (target < {TARGET_RSS_MB:.0f} MB)"
    )


def national_case() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        extracts = synthetic_extracts(work / "extracts")
        (work / "run").mkdir()
        wall, peak_mb, code, stderr = timed_run([], work / "run", extracts)
        if code != 0:
            print(stderr, file=sys.stderr)
            raise SystemExit(f"bench: the national case failed (exit {code})")
        plain_wall, plain_code, plain_out = timed_plain(extracts, work / "plain.duckdb")
        if plain_code != 0:
            raise SystemExit(f"bench: the plain DuckDB script failed:\n{plain_out}")
        ours = _units_per_year(work / "run" / "bench.duckdb", "marts.fct_national_statistics")
        plain = _units_per_year(work / "plain.duckdb", "national_measures")
        if ours != plain or len(ours) != len(YEARS):
            raise SystemExit(f"bench: the two computations disagree: {ours} vs {plain}")
    ratio = wall / plain_wall
    print(_line(f"national, {len(YEARS)} synthetic years x 16 voivodships x 4 types", wall, peak_mb))
    print(
        f"  the same national measures as one plain DuckDB script: wall {plain_wall:.1f} s; "
        f"ratio {ratio:.0f}x (target <= {TARGET_RATIO:.0f}x); active units per year agree"
    )
    return wall < TARGET_SECONDS and peak_mb < TARGET_RSS_MB and ratio <= TARGET_RATIO


def main() -> int:
    ok = True
    for label, years in (("2024", ["2024"]), ("all years (2015-2024)", [])):
        with tempfile.TemporaryDirectory() as tmp:
            wall, peak_mb, code, stderr = timed_run(years, Path(tmp))
        if code != 0:
            print(stderr, file=sys.stderr)
            print(f"bench: the run of {label} failed (exit {code})", file=sys.stderr)
            return 1
        print(_line(label, wall, peak_mb))
        ok = ok and wall < TARGET_SECONDS and peak_mb < TARGET_RSS_MB
    ok = national_case() and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
