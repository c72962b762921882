"""Versions, the way Dagster knows what is stale: a code version per asset, a data version per file.

A code version is the digest of the source files whose change changes what the asset writes (its
package, the extract registry it validates against). A data version of an extract is the digest
of its file's bytes, so a file saved again unchanged is not new. Dagster compares both with those
recorded at the last materialisation: an asset is "unsynced" in the UI, and rebuilt by
`python -m dagster_project.run`, exactly when one of them changed.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path

from . import settings

PACKAGE = Path(__file__).resolve().parent
SOURCE_SUFFIXES = {".py", ".sql", ".yml", ".yaml", ".csv", ".json", ".md"}


def _files(path: Path) -> Iterable[Path]:
    if path.is_file():
        yield path
        return
    for file in sorted(path.rglob("*")):
        if file.is_file() and file.suffix in SOURCE_SUFFIXES and "__pycache__" not in file.parts:
            yield file


@functools.cache
def code_version(*paths: Path) -> str:
    """sha256 (16 hex digits) of every source file under the paths, by name and content."""
    digest = hashlib.sha256()
    for path in paths:
        for file in _files(path.resolve()):
            digest.update(file.relative_to(settings.REPO_ROOT).as_posix().encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def of_package(*modules: str) -> str:
    """The code version of modules of this package, e.g. of_package("raw", "extracts", "year_rows.py")."""
    return code_version(*(PACKAGE / module for module in modules))


def combined(*parts: str) -> str:
    """One version out of several, e.g. a dbt model's SQL and the project's macros."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def table_digest(conn, schema: str, table: str, year: int | None = None, exclude: tuple[str, ...] = ()) -> str:
    """sha256 (16 hex digits) of a table's column types and rows (only those of reporting_year
    `year` when given; without the columns `exclude`), in any order: the same content gives the
    same digest whatever order the rows were written in."""
    types = conn.execute(
        "select string_agg(column_name || ' ' || data_type, ', ' order by ordinal_position) "
        "from information_schema.columns where table_schema = ? and table_name = ?",
        [schema, table],
    ).fetchone()[0]
    # the names come from the caller's own catalog (information_schema, the mart registry, the extracts')
    columns = f"* exclude ({', '.join(exclude)})" if exclude else "*"
    rows_of = f'select {columns} from "{schema}"."{table}"'  # noqa: S608
    if year is not None:
        rows_of += f" where reporting_year = {int(year)}"
    query = f"select md5(cast(t as varchar)) as h from ({rows_of}) as t"  # noqa: S608
    rows = conn.execute(f"select count(*), md5(string_agg(h, '' order by h)) from ({query})").fetchone()  # noqa: S608
    return combined(f"{schema}.{table}", str(types), str(rows[0]), str(rows[1]))
