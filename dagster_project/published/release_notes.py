"""What changed since the release before: a version name, the table `release.changes` (every
figure added, removed or changed, old and new value, and which extract files of its year changed
between the two releases) and `release_notes.md`.

Both releases are public, so their values are compared as published: a hidden cell is compared
as hidden (`x`), never by its value. The extract files of every year are recorded in the
manifest (`extracts`: the sha256 of each file loaded), which is how a changed figure names the
files, the acknowledgements among them, that changed it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

CHANGES = "release.changes"
KEY = ["reporting_year", "statistics_source", "geography_code", "unit_type", "indicator_id"]


def version(published_at: str, name: str) -> str:
    """A name a person can say: the day it was published and the start of its content digest."""
    return f"{published_at[:10]}.{name[:8]}"


def extract_files(conn: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """year -> file (relative to the year folder) -> sha256, of every extract file loaded."""
    rows = conn.execute(
        "select reporting_year, file_name, file_sha256 from raw.extract_loads where status = 'loaded' order by all"
    ).fetchall()
    files: dict[str, dict[str, str]] = {}
    for year, file_name, sha in rows:
        path = Path(file_name)
        relative = f"{path.parent.name}/{path.name}" if path.parent.name != str(year) else path.name
        files.setdefault(str(year), {})[relative] = sha
    return files


def changed_files(before: dict[str, dict[str, str]], now: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """year -> the files added, removed or changed between two releases."""
    changed = {}
    for year in sorted(set(before) | set(now)):
        old, new = before.get(year, {}), now.get(year, {})
        files = sorted(f for f in set(old) | set(new) if old.get(f) != new.get(f))
        if files:
            changed[year] = files
    return changed


def write_changes(
    conn: duckdb.DuckDBPyConnection, database: str, previous: Path | None, files: dict[str, list[str]]
) -> dict[str, int]:
    """Create `release.changes` in the attached `database`: every figure of rpt_indicators that is
    new, gone or different (in value or flag) against the `previous` release file."""
    conn.execute(f'create schema if not exists {database}."release"')
    shown = "case when flag = 'x' then 'x' else cast(value as varchar) end"
    if previous is None:
        conn.execute(
            f"create table {database}.{CHANGES} as select {', '.join(KEY)}, label_en, "
            "null::double as old_value, value as new_value, null::varchar as old_flag, flag as new_flag, "
            "'added' as change, null::varchar as changed_files "
            f"from {database}.marts.rpt_indicators where false"
        )
        return {}
    conn.execute(f"attach '{previous.as_posix()}' as previous_release (read_only)")
    try:
        flagged = conn.execute(
            "select count(*) from duckdb_columns() where database_name = 'previous_release' "
            "and table_name = 'rpt_indicators' and column_name = 'flag'"
        ).fetchall()[0][0]  # fetched whole: DuckDB refuses register() beside an unfinished result
        old_shown = shown if flagged else "cast(value as varchar)"  # a release made before flags
        old_flag = "old.flag" if flagged else "null::varchar"
        conn.register(
            "_changed_files",
            pd.DataFrame(
                {"reporting_year": [int(y) for y in files], "names": ["; ".join(names) for names in files.values()]}
            ).astype({"reporting_year": "int64", "names": object}),
        )
        conn.execute(
            f"""create table {database}.{CHANGES} as
            with new as (select *, {shown} as shown from {database}.marts.rpt_indicators),
            old as (select *, {old_shown} as shown from previous_release.marts.rpt_indicators),
            files as (select * from _changed_files)
            select {", ".join(f"coalesce(new.{k}, old.{k}) as {k}" for k in KEY)},
                coalesce(new.label_en, old.label_en) as label_en,
                old.value as old_value, new.value as new_value, {old_flag} as old_flag, new.flag as new_flag,
                case when old.indicator_id is null then 'added' when new.indicator_id is null then 'removed'
                    else 'changed' end as change,
                files.names as changed_files
            from new full join old using ({", ".join(KEY)})
            left join files on files.reporting_year = coalesce(new.reporting_year, old.reporting_year)
            where new.shown is distinct from old.shown
            order by all"""
        )
    finally:
        conn.execute("detach previous_release")
        conn.unregister("_changed_files")
    counts = conn.execute(f"select change, count(*) from {database}.{CHANGES} group by 1").fetchall()
    return dict(counts)


def notes(manifest: dict, previous: dict | None, changes: dict[str, int], files: dict[str, list[str]] | None) -> str:
    """release_notes.md: the version, what changed and why, what is hidden, what is generated."""
    lines = [
        f"# Release {manifest['version']}",
        "",
        f"Published {manifest['published_at']}; years {', '.join(map(str, manifest['years']))}; "
        f"content digest {manifest['release']}.",
        "",
        "## Changes since the release before",
        "",
    ]
    if previous is None:
        lines.append("The first release of this folder: nothing to compare with.")
    else:
        lines.append(f"Compared with {previous.get('version', previous['release'])} ({previous['published_at']}).")
        lines.append("")
        counted = ", ".join(f"{n} {kind}" for kind, n in sorted(changes.items())) or "no figure changed"
        lines.append(f"Figures of rpt_indicators: {counted} (table `{CHANGES}`, `csv/{CHANGES}.csv`).")
        lines.append("")
        if files is None:
            lines.append("The release before did not record its extract files: which changed is not known.")
        elif files:
            lines.append("Extract files changed:")
            lines += [f"- {year}: {', '.join(names)}" for year, names in files.items()]
        else:
            lines.append("No extract file changed: what changed came from the code or the reference data.")
    disclosure = manifest["disclosure"]
    hidden = ", ".join(f"{key} {n}" for key, n in sorted(disclosure["suppressed"].items()))
    lines += [
        "",
        "## Confidentiality",
        "",
        f"No figure describes fewer than {disclosure['threshold']} persons or units. Cells withheld "
        f"(`x`), by year and kind: {hidden or 'none'}.",
        "",
        "## Provenance",
        "",
        manifest["provenance"],
        "",
    ]
    return "\n".join(lines)
