"""`datapackage.json`: the release described as a Frictionless Data Package (v1 spec,
https://specs.frictionlessdata.io/data-package/), so that any Frictionless tool (frictionless-py,
the Open Data Editor, CKAN) reads the CSV files with the right types, separators and signs.

One tabular resource per CSV file (`;`, decimal comma, UTF-8 with BOM, `x` and `.` as missing
values) and one resource per Parquet file, each with its fields (name, type, description); the
indicator tables' `value_unit` column names each row's unit. The sources are read from the data:
each year and statistics source with where its values come from and how they were made
(`value_source`, `provenance` of rpt_indicators). No licence is declared unless
REINTEGRATION_RELEASE_LICENCE names one (an SPDX id): none of the sources in this repository
states one, and the publishing body must choose it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb

from .descriptions import TableDoc
from .public_tables import CONFIDENTIAL, NO_DATA
from .status_flags import LEGEND

LICENCE_ENV = "REINTEGRATION_RELEASE_LICENCE"
TYPES = {  # DuckDB type -> Table Schema type
    "INTEGER": "integer",
    "BIGINT": "integer",
    "HUGEINT": "integer",
    "SMALLINT": "integer",
    "DOUBLE": "number",
    "FLOAT": "number",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "VARCHAR": "string",
    "TIMESTAMP WITH TIME ZONE": "datetime",
    "TIMESTAMP": "datetime",
}


def _resource_name(table: str, suffix: str = "") -> str:
    return table.replace(".", "_") + suffix


def _schema(columns: list[tuple[str, str]], doc: TableDoc, decimal_comma: bool) -> dict:
    fields = []
    for name, duck_type in columns:
        field = {"name": name, "type": TYPES.get(duck_type.split("(")[0], "string")}
        if doc.columns.get(name):
            field["description"] = doc.columns[name]
        if decimal_comma and field["type"] == "number":
            field["decimalChar"] = ","
        fields.append(field)
    return {"fields": fields, "missingValues": ["", CONFIDENTIAL, NO_DATA]}


# Where each source publishes, and how it asks to be quoted (its release's own words, "In case of
# quoting Statistics Poland data ..."; ../shared/sources/gus_reintegration_units_2023.md).
SOURCE_PATHS = {"statistics_poland": {"path": "https://stat.gov.pl/en/"}}
ATTRIBUTION = (
    'Statistics Poland asks that its data be quoted as "Source of data: Statistics Poland" and figures '
    'calculated from them as "Own study based on figures from Statistics Poland"; the statistics_poland '
    "figures of this release computed from unit-level extracts are such an own study."
)


def write_datapackage(
    database: Path, release: Path, name: str, docs: dict[str, TableDoc], csv_files: dict[str, str], provenance: str
) -> Path:
    """Describe the release folder's CSV and Parquet files in release/datapackage.json."""
    with duckdb.connect(str(database), read_only=True) as conn:
        sources = [
            {"title": f"{year} {source}: {how} ({', '.join(provenance)})", **SOURCE_PATHS.get(source, {})}
            for year, source, how, provenance in conn.execute(
                "select reporting_year, statistics_source, value_source, list(distinct provenance order by provenance) "
                "from marts.rpt_indicators group by all order by all"
            ).fetchall()
        ]
        rows = conn.execute(
            "select schema_name || '.' || table_name, column_name, data_type from duckdb_columns() where not internal "
            "order by schema_name, table_name, column_index"
        ).fetchall()
    columns: dict[str, list[tuple[str, str]]] = {}
    for table, column, duck_type in rows:
        columns.setdefault(table, []).append((column, duck_type))
    resources = []
    for table, table_columns in columns.items():
        doc = docs.get(table, TableDoc())
        if table in csv_files:
            resources.append(
                {
                    "name": _resource_name(table),
                    "path": csv_files[table],
                    "profile": "tabular-data-resource",
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8-sig",
                    "dialect": {"delimiter": ";", "lineTerminator": "\r\n"},
                    "description": doc.description,
                    "schema": _schema(table_columns, doc, decimal_comma=True),
                }
            )
        resources.append(
            {
                "name": _resource_name(table, "_parquet"),
                "path": f"parquet/{table}.parquet",
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": doc.description,
                "schema": _schema(table_columns, doc, decimal_comma=False),
            }
        )
    licence = os.environ.get(LICENCE_ENV)
    package = {
        "profile": "data-package",
        "name": f"reintegration-statistics-{name}",
        "title": "Reintegration statistics of Poland (CIS, KIS, ZAZ, WTZ): public release",
        "description": "The checked, confidentiality-safe figures of the reintegration statistics "
        "warehouse. The `flag` column: " + LEGEND + " " + provenance + " " + ATTRIBUTION,
        "version": name,
        "sources": sources,
        "resources": resources,
    }
    if licence:
        package["licenses"] = [{"name": licence}]
    target = release / "datapackage.json"
    target.write_text(json.dumps(package, indent=2, ensure_ascii=False), encoding="utf-8")
    return target
