"""Each bad extract is a real file put in place of a good one: the run stops at gate 1 with a
message naming the file, row and column, and the year's previously loaded rows are unchanged."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from .conftest import (
    build_from_seeds,
    changed_extracts,
    failed_check_messages,
    point_at,
    read_lines,
    run_extracts,
    run_year,
    set_cell,
    write_lines,
)


def _table_fingerprint(warehouse: Path) -> dict[str, list]:
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {
            table: conn.execute(
                f"select * exclude (_loaded_at, _source_file) from raw.{table} where reporting_year = 2024 order by all"
            ).fetchall()
            for table in ("register", "cis_answers", "kis_answers", "projects")
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def good_raw(tmp_path_factory) -> tuple[Path, Path]:
    """2024 extracts and a warehouse with their raw tables loaded (ingestion only)."""
    return build_from_seeds(tmp_path_factory.mktemp("good_raw"), raw_only=True)


def wrong_encoding(folder: Path) -> None:
    path = folder / "register.csv"
    path.write_bytes(path.read_bytes().decode("cp1250").encode("iso-8859-2", errors="replace"))


def negative_count(folder: Path) -> None:
    set_cell(folder / "cis_answers.csv", "CIS03", "volunteers", "-2")


def unknown_code(folder: Path) -> None:
    path = folder / "register.csv"
    text = (
        path.read_bytes().decode("cp1250").replace(";Fundacja Żółty Szalik;non_profit;", ";Fundacja Żółty Szalik;ngo;")
    )
    path.write_bytes(text.encode("cp1250"))


def duplicated_unit(folder: Path) -> None:
    lines = read_lines(folder / "cis_answers.csv")
    write_lines(folder / "cis_answers.csv", lines[:3] + [lines[2]] + lines[3:])


def missing_column(folder: Path) -> None:
    lines = read_lines(folder / "projects.csv")
    write_lines(
        folder / "projects.csv",
        [";".join(line.split(";")[:-2] + line.split(";")[-1:]) for line in lines if line],
    )


def text_in_number(folder: Path) -> None:
    set_cell(folder / "cis_answers.csv", "CIS05", "participants_total", "sześćdziesiąt")


def empty_file(folder: Path) -> None:
    (folder / "projects.csv").write_bytes(b"")


def unregistered_unit(folder: Path) -> None:
    set_cell(folder / "kis_answers.csv", "KIS43", "unit_id", "KIS99")


def file_absent(folder: Path) -> None:
    (folder / "kis_answers.csv").unlink()


def unknown_provenance(folder: Path) -> None:
    set_cell(folder / "provenance.csv", "kis_answers", "provenance", "invented")


CASES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "unknown provenance": (
        unknown_provenance,
        ["provenance.csv, row 4 (kis_answers), column provenance: expected one of", "'invented'"],
    ),
    "wrong encoding": (wrong_encoding, ["register.csv", "wrong encoding", "line 2"]),
    "negative count": (
        negative_count,
        ["cis_answers.csv, row 4 (CIS03), column volunteers: expected a count of 0 or more; found -2"],
    ),
    "unknown category code": (
        unknown_code,
        ["register.csv, row 17 (KIS02), column founder_sector: expected one of", "'ngo'"],
    ),
    "duplicated unit id": (
        duplicated_unit,
        [
            "cis_answers.csv, row 3 (CIS02), column unit_id: expected a value unique in the file",
            "row 4 (CIS02), column unit_id",
        ],
    ),
    "missing column": (
        missing_column,
        ["projects.csv, column funder: expected this column (required by the extract format); found no such column"],
    ),
    "text in a number column": (
        text_in_number,
        [
            "cis_answers.csv, row 6 (CIS05), column participants_total: expected a whole number",
            "'sześćdziesiąt'",
        ],
    ),
    "empty file": (empty_file, ["projects.csv", "the file is empty"]),
    "unit missing from register": (
        unregistered_unit,
        [
            "kis_answers.csv, row 43, column unit_id: expected a unit in that year's register.csv; "
            "found 'KIS99', not registered"
        ],
    ),
    "file not there": (file_absent, ["kis_answers.csv: file not found"]),
}


# Two cases run the whole year, as `make run` does; the others run the job on the spoiled
# extract alone and what follows it (as `make run` does after a corrected file), through the same
# gates: the message is the extract's own either way.
WHOLE_YEAR = {"negative count", "file not there"}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_extract_stops_the_run_and_keeps_good_data(case, good_raw, tmp_path, monkeypatch):
    good_extracts, good_warehouse = good_raw
    extracts, warehouse = tmp_path / "extracts", tmp_path / "warehouse.duckdb"
    shutil.copytree(good_extracts, extracts)
    shutil.copy(good_warehouse, warehouse)
    before = _table_fingerprint(warehouse)
    spoil, expected = CASES[case]
    spoil(extracts / "2024")
    point_at(monkeypatch, extracts, warehouse)
    spoiled = [spec.name for spec in changed_extracts(extracts / "2024", good_extracts / "2024")]
    assert len(spoiled) == 1, spoiled

    result = run_year("2024") if case in WHOLE_YEAR else run_extracts("2024", spoiled)

    assert not result.success
    messages = "\n".join(failed_check_messages(result))
    for fragment in expected:
        assert fragment in messages, messages
    assert "Traceback" not in messages
    built = {e.asset_key.path[0] for e in result.get_asset_materialization_events() if e.asset_key}
    assert "marts" not in built, "nothing downstream of a failed gate may run"
    assert _table_fingerprint(warehouse) == before
