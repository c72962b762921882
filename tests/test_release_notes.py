"""Releases get a version, notes and a table of what changed since the release before (a real run's
notes: tests/test_incremental.py, the corrected file)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dagster_project.published.release_notes import changed_files, notes, write_changes


def _release_file(path: Path, cells: list[tuple[str, float | None, str | None]]) -> Path:
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema marts")
        conn.execute(
            "create table marts.rpt_indicators (reporting_year integer, statistics_source varchar, "
            "geography_code varchar, unit_type varchar, indicator_id varchar, label_en varchar, value double, "
            "flag varchar)"
        )
        for indicator, value, flag in cells:
            conn.execute(
                "insert into marts.rpt_indicators values (2024, 'regional_survey', '28', 'CIS', ?, ?, ?, ?)",
                [indicator, indicator.title(), value, flag],
            )
    return path


def test_the_changes_compare_what_each_release_published(tmp_path):
    before = _release_file(tmp_path / "before.duckdb", [("a", 5, None), ("b", None, "x"), ("c", 7, None)])
    _release_file(tmp_path / "now.duckdb", [("a", 6, None), ("b", None, "x"), ("d", 1, None)])
    files = changed_files(
        {"2024": {"cis_answers.csv": "1", "register.csv": "2"}},
        {"2024": {"cis_answers.csv": "9", "register.csv": "2", "acknowledgements.csv": "3"}},
    )
    assert files == {"2024": ["acknowledgements.csv", "cis_answers.csv"]}
    with duckdb.connect() as conn:
        conn.execute(f"attach '{tmp_path / 'now.duckdb'}' as now_db")
        counts = write_changes(conn, "now_db", before, files)
        rows = conn.execute(
            "select indicator_id, old_value, new_value, change, changed_files from now_db.release.changes order by 1"
        ).fetchall()
    assert counts == {"changed": 1, "removed": 1, "added": 1}
    both = "acknowledgements.csv; cis_answers.csv"
    assert rows == [("a", 5, 6, "changed", both), ("c", 7, None, "removed", both), ("d", None, 1, "added", both)]


def test_the_notes_say_when_the_release_before_did_not_record_its_files():
    manifest = {
        "version": "2026-11-23.abcdef12",
        "published_at": "2026-11-23T10:00:00Z",
        "years": [2024],
        "release": "abcdef1234567890",
        "disclosure": {"threshold": 3, "suppressed": {"2024 primary": 2}},
        "provenance": "Every unit-level extract was delivered by the units.",
    }
    previous = {"release": "0123456789abcdef", "published_at": "2026-11-22T10:00:00Z"}
    text = notes(manifest, previous, {"changed": 4}, None)
    assert "Compared with 0123456789abcdef (2026-11-22T10:00:00Z)." in text
    assert "Figures of rpt_indicators: 4 changed" in text
    assert "did not record its extract files: which changed is not known" in text
    assert "first release" in notes(manifest, None, {}, None)
