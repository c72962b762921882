"""`make bench`: what an analyst waits for, measured side by side in one table.

Every case runs `python -m dagster_project.run` in a child process, with its own temporary
extracts folder, warehouse, published folder and DAGSTER_HOME (a copy of dagster_home/dagster.yaml):

  shipped data (every shipped year, 2015-2024, as `make run`):
    cold            a new warehouse and an empty DAGSTER_HOME
    unchanged       the same command again: nothing changed
    corrected file  one cell of 2024/cis_answers.csv changed (CIS03's volunteers, +1), as an
                    analyst fixing a typo would
  national case (bench/national_case.py: 16 voivodships x 4 unit types x 10 synthetic years):
    cold, unchanged, and the same national measures as one plain DuckDB script
    (bench/national_plain.sql), with the ratio of the cold run to it

Wall seconds and the peak RSS of each child (its own, from wait4), and for the reruns whether the
warehouse file and the published folder were written. Targets on the 2-core machine: cold < 60 s
and < 1.5 GB; unchanged <= 5 s with no write; corrected file <= 15 s; national within 3x of the
plain script. The figures are printed; no test asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from bench.national_case import YEARS, synthetic_extracts, timed_plain

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "seeds" / "extracts"
UNITS_PER_YEAR = "select reporting_year, value from {table} where geography_code = 'PL' and unit_type = 'ALL' "
TARGET_COLD_S, TARGET_RSS_MB, TARGET_UNCHANGED_S, TARGET_CORRECTED_S, TARGET_RATIO = 60.0, 1536.0, 5.0, 15.0, 3.0


@dataclass
class Case:
    label: str
    wall: float
    peak_mb: float
    wrote: str = ""  # for reruns: what was written
    target: str = ""
    met: bool | None = None


class Workspace:
    """One extracts folder, warehouse, published folder and DAGSTER_HOME, run again and again."""

    def __init__(self, root: Path, extracts: Path):
        self.root, self.extracts = root, extracts
        self.home = root / "dagster_home"
        self.home.mkdir(parents=True)
        shutil.copy(REPO / "dagster_home" / "dagster.yaml", self.home / "dagster.yaml")
        self.warehouse, self.published = root / "bench.duckdb", root / "published"

    def run(self, *arguments: str) -> tuple[float, float]:
        """Wall seconds and peak RSS (MB) of one `python -m dagster_project.run` in a child."""
        env = os.environ | {
            "DAGSTER_HOME": str(self.home),
            "REINTEGRATION_WAREHOUSE": str(self.warehouse),
            "REINTEGRATION_PUBLISHED_DIR": str(self.published),
            "REINTEGRATION_EXTRACTS_DIR": str(self.extracts),
        }
        log = self.root / "run.log"
        with log.open("w") as out:
            start = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-m", "dagster_project.run", *arguments], env=env, cwd=REPO, stdout=out, stderr=out
            )
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            print(log.read_text()[-3000:], file=sys.stderr)
            raise SystemExit(f"bench: `run {' '.join(arguments)}` in {self.root} failed (exit {child.returncode})")
        return wall, usage.ru_maxrss / 1024  # KiB on Linux

    def state(self) -> tuple[float, tuple[str, ...]]:
        """The warehouse file's modification time and the published folder's releases."""
        releases = self.published / "releases"
        names = tuple(sorted(p.name for p in releases.iterdir())) if releases.is_dir() else ()
        return self.warehouse.stat().st_mtime, names

    def rerun(self, label: str, target_s: float) -> Case:
        before = self.state()
        wall, peak = self.run()
        after = self.state()
        written = [
            what
            for what, changed in (("warehouse", before[0] != after[0]), ("new release", before[1] != after[1]))
            if changed
        ]
        wrote = ", ".join(written) or "nothing"
        unchanged = "unchanged" in label
        met = wall <= target_s and (written == [] if unchanged else True)
        return Case(label, wall, peak, wrote, f"<= {target_s:.0f} s" + (", no write" if unchanged else ""), met)


def correct_one_cell(path: Path, unit: str, column: str) -> None:
    """Add 1 to one count of a `;`-separated extract, keeping its encoding, BOM and line ends."""
    data = path.read_bytes()
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    lines = data.split(newline)
    header = lines[0].decode("utf-8-sig").split(";")
    for i, line in enumerate(lines[1:], start=1):
        cells = line.decode("utf-8").split(";")
        if cells[0] == unit:
            cells[header.index(column)] = str(int(cells[header.index(column)]) + 1)
            lines[i] = ";".join(cells).encode("utf-8")
            path.write_bytes(newline.join(lines))
            return
    raise SystemExit(f"bench: {unit} not in {path}")


def _cold(label: str, wall: float, peak: float) -> Case:
    return Case(
        label,
        wall,
        peak,
        "",
        f"< {TARGET_COLD_S:.0f} s, < {TARGET_RSS_MB:.0f} MB",
        wall < TARGET_COLD_S and peak < TARGET_RSS_MB,
    )


def shipped_cases(tmp: Path, cold_flags: list[str]) -> list[Case]:
    shutil.copytree(SHIPPED, tmp / "extracts")
    space = Workspace(tmp / "shipped", tmp / "extracts")
    cases = [_cold("all shipped years: cold", *space.run(*cold_flags))]
    cases.append(space.rerun("all shipped years: unchanged rerun", TARGET_UNCHANGED_S))
    correct_one_cell(tmp / "extracts" / "2024" / "cis_answers.csv", "CIS03", "volunteers")
    cases.append(space.rerun("all shipped years: one corrected file", TARGET_CORRECTED_S))
    return cases


def _units_per_year(path: Path, table: str) -> dict[int, float]:
    with duckdb.connect(str(path), read_only=True) as conn:
        sql = UNITS_PER_YEAR.format(table=table) + "and measure = 'units_active'"
        return dict(conn.execute(sql).fetchall())


def national_cases(tmp: Path, cold_flags: list[str]) -> list[Case]:
    extracts = synthetic_extracts(tmp / "national-extracts")
    space = Workspace(tmp / "national", extracts)
    cold = _cold(f"national ({len(YEARS)} years x 16 voivodships x 4 types): cold", *space.run(*cold_flags))
    unchanged = space.rerun("national: unchanged rerun", TARGET_UNCHANGED_S)
    plain_wall, plain_code, plain_out = timed_plain(extracts, tmp / "plain.duckdb")
    if plain_code != 0:
        raise SystemExit(f"bench: the plain DuckDB script failed:\n{plain_out}")
    ours = _units_per_year(space.warehouse, "marts.fct_national_statistics")
    plain = _units_per_year(tmp / "plain.duckdb", "national_measures")
    if ours != plain or len(ours) != len(YEARS):
        raise SystemExit(f"bench: the two computations disagree: {ours} vs {plain}")
    ratio = cold.wall / plain_wall
    script = Case(
        "national: the same measures, one plain DuckDB script",
        plain_wall,
        0.0,
        f"ratio of the cold run to it: {ratio:.0f}x",
        f"cold <= {TARGET_RATIO:.0f}x",
        ratio <= TARGET_RATIO,
    )
    return [cold, unchanged, script]


def table(cases: list[Case]) -> str:
    lines = ["| case | wall | peak RSS | written | target | met |", "|---|---:|---:|---|---|---|"]
    for case in cases:
        rss = f"{case.peak_mb:,.0f} MB" if case.peak_mb else "-"
        met = "-" if case.met is None else ("yes" if case.met else "no")
        lines.append(f"| {case.label} | {case.wall:.1f} s | {rss} | {case.wrote or '-'} | {case.target} | {met} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-flags", default="--all", help="arguments of the cold runs (default: --all)")
    parser.add_argument("--shipped-only", action="store_true", help="skip the national case")
    arguments = parser.parse_args()
    flags = arguments.cold_flags.split()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        cases = shipped_cases(Path(tmp), flags)
        if not arguments.shipped_only:
            cases += national_cases(Path(tmp), flags)
    print(table(cases))
    return 0 if all(case.met is not False for case in cases) else 1


if __name__ == "__main__":
    sys.exit(main())
