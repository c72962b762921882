"""What every public table and column means, gathered once for every reader of the release: the
DuckDB file's own comments (what a BI tool shows beside a column), the spreadsheet's first sheet,
datapackage.json and the Datasette site.

The descriptions are the dbt project's (the marts' and seeds' YAML, read from the manifest), the
findings' own (findings/engine.py), and the columns the release adds (flag, suppression).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ..findings.engine import COLUMN_DESCRIPTIONS as FINDINGS_COLUMNS
from .status_flags import LEGEND

ADDED_COLUMNS = {
    "flag": "The status of the value. " + LEGEND,
    "suppression": "Why a value is withheld: primary (it describes fewer than 3 persons or units), "
    "dominance (one unit gives more than three quarters of the amount), secondary (it would let a "
    "withheld one be recovered by subtraction) or derived (a share or average of a withheld count "
    "or amount). Empty when published.",
}
_PROVENANCE = (
    "Where the value comes from: typed_total (typed from a printed report or release), derived (worked "
    "out from a printed change), computed_from_delivered_units (the units' own data), "
    "computed_from_published_units (per-unit values taken from a publication) or "
    "computed_from_generated_units (generated per-unit values made to reproduce published totals: "
    "never any unit's own data)."
)
# columns whose meaning the release changes: these descriptions replace the warehouse's
RELEASE_COLUMNS = {"provenance": _PROVENANCE, "base_provenance": "The base year value's provenance: " + _PROVENANCE}
FINDINGS_TABLE = (
    "Every consistency finding of every year: the warehouse's checks of the extracts and of the "
    "published reports against each other. A finding about one unit is listed without its values."
)


@dataclass
class TableDoc:
    description: str = ""
    columns: dict[str, str] = field(default_factory=dict)


CHANGES_DOC = TableDoc(
    "Every figure of rpt_indicators added, removed or changed since the release before, as both "
    "published it (a withheld value compared as x), with the extract files of its year that changed.",
    {
        "reporting_year": "The reporting year of the figure.",
        "statistics_source": "regional_survey or statistics_poland.",
        "geography_code": "The geography's code (PL, TERYT, NUTS-3).",
        "unit_type": "CIS, KIS, ZAZ, WTZ or ALL.",
        "indicator_id": "The indicator (rpt_indicators).",
        "label_en": "The indicator in English.",
        "old_value": "The value in the release before (empty if withheld or new).",
        "new_value": "The value in this release (empty if withheld or gone).",
        "old_flag": "The flag in the release before (x: withheld).",
        "new_flag": "The flag in this release (x: withheld).",
        "change": "added, removed or changed.",
        "changed_files": "The extract files of the figure's year that changed between the two releases "
        "(acknowledgements.csv among them); empty: the change came from the code, reference data or another year.",
    },
)


def from_manifest(manifest: Path) -> dict[str, TableDoc]:
    """schema.table -> its description and column descriptions, for every dbt model and seed."""
    docs: dict[str, TableDoc] = {}
    if manifest.is_file():
        nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"].values()
        for node in nodes:
            if node["resource_type"] in ("model", "seed"):
                columns = {name: column.get("description", "") for name, column in node["columns"].items()}
                docs[f"{node['schema']}.{node['name']}"] = TableDoc(node.get("description", ""), columns)
    docs["findings.fct_findings"] = TableDoc(FINDINGS_TABLE, dict(FINDINGS_COLUMNS))
    docs["release.changes"] = CHANGES_DOC
    return docs


def release_docs(conn: duckdb.DuckDBPyConnection, database: str, manifest: Path) -> dict[str, TableDoc]:
    """Every table of the release (attached as `database`) with a description for each column it has."""
    known = from_manifest(manifest)
    columns = conn.execute(
        "select schema_name || '.' || table_name, column_name from duckdb_columns() "
        "where database_name = ? and not internal order by schema_name, table_name, column_index",
        [database],
    ).fetchall()
    docs: dict[str, TableDoc] = {}
    for table, column in columns:
        doc = docs.setdefault(table, TableDoc(known.get(table, TableDoc()).description))
        doc.columns[column] = (
            RELEASE_COLUMNS.get(column)
            or known.get(table, TableDoc()).columns.get(column)
            or ADDED_COLUMNS.get(column, "")
        )
    return docs


def write_comments(conn: duckdb.DuckDBPyConnection, database: str, docs: dict[str, TableDoc]) -> None:
    """COMMENT ON every table and column of the release: what DuckDB clients and BI tools show."""
    for table, doc in docs.items():
        schema, name = table.split(".")
        target = f'{database}."{schema}"."{name}"'
        if doc.description:
            conn.execute(f"comment on table {target} is {_quote(doc.description)}")
        for column, text in doc.columns.items():
            if text:
                conn.execute(f'comment on column {target}."{column}" is {_quote(text)}')


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
