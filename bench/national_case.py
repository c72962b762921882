"""The national-scale case of `make bench`: all 16 voivodships x 4 unit types at unit level over 10
synthetic years, through the whole pipeline and as one plain DuckDB script.

The 10 years are synthetic: each is a copy of the shipped (generated) 2022 or 2023 deliveries of
the 16 offices, placed under the years 2014-2023 of a temporary extracts folder; no other file.
The plain script (bench/national_plain.sql) reads the same files and computes the same national
measures for every geography, without the gates, checks, findings and publishing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "seeds" / "extracts"
YEARS = range(2014, 2024)
PLAIN_SQL = Path(__file__).resolve().parent / "national_plain.sql"
POWIATS = REPO / "seeds" / "reference" / "powiats.csv"


def synthetic_extracts(root: Path) -> Path:
    """10 year folders, each holding the 16 offices' deliveries of 2022 (even years) or 2023 (odd)."""
    for year in YEARS:
        shutil.copytree(SHIPPED / str(2022 + year % 2) / "national", root / str(year) / "national")
    return root


CHILD = (
    "import sys, duckdb\n"
    "conn = duckdb.connect(sys.argv[1])\n"
    "conn.execute(open(sys.argv[2], encoding='utf-8').read())\n"
    "print(conn.execute('select count(*) from national_measures').fetchone()[0])\n"
)


def timed_plain(extracts: Path, warehouse: Path) -> tuple[float, int, str]:
    """Wall seconds of the plain script in a child process (a new DuckDB file), its exit code and
    output. The script's two paths are filled in first."""
    script = warehouse.with_suffix(".sql")
    sql = PLAIN_SQL.read_text(encoding="utf-8").format(root=extracts.as_posix(), powiats=POWIATS.as_posix())
    script.write_text(sql, encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(warehouse), str(script)], capture_output=True, text=True)
    return time.perf_counter() - start, done.returncode, (done.stdout + done.stderr)[-3000:]
