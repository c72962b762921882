"""What the public release holds, and how each table is made safe to publish.

The working warehouse keeps every detail for the analysts who build the report; the release is
what anyone may read. It holds the long table of every figure (`marts.rpt_indicators`) with the
confidential cells suppressed (disclosure.py), the tables computed from those cells with the same
cells hidden, the register of units (public by law) and the reference tables. The per-unit marts
(`fct_*`, `rpt_indicators_by_unit`: a centre's participants by category, its money) and the wide
report tables are not published: they stay in the working file.

Every hidden value is NULL with `flag = 'x'` beside it (Statistics Poland's sign for a figure
withheld), never a silent NULL and never a 0; a value missing in the data has `flag = '.'`; a
shown value may be flagged provisional, revised or a break in series (status_flags.py).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from .disclosure import CELL_KEY, Geography, suppress
from .provenance import cell_provenance, declarations
from .status_flags import CONFIDENTIAL, NO_DATA

DOMINANCE = "marts.rpt_amount_dominance"
SUPPRESSED = "_public_cells"  # every cell's suppression, provenance and flag, registered while publishing

# the columns a table withholds, beside its flag: where the signs x and . go in a spreadsheet
MASKED_COLUMNS = {
    "marts.rpt_indicators": ("value",),
    "marts.fct_national_statistics": ("value",),
    "marts.rpt_indicator_changes": ("value", "base_value", "abs_change", "pct_change", "pp_change"),
    "marts.rpt_region_vs_country": ("regional_value", "region_share_pct"),
    "marts.rpt_reconciliation": ("computed_value", "computed_at_printed_precision", "difference"),
    "findings.fct_findings": ("expected", "found"),
}


def _withheld(table: str, hidden: str) -> str:
    """The public SELECT of a table computed from the cells: `hidden` selects its rows with
    `is_hidden`; the columns MASKED_COLUMNS names are emptied where it is true, and flagged x."""
    emptied = ", ".join(f"case when not is_hidden then {c} end as {c}" for c in MASKED_COLUMNS[table])
    return (
        f"with hidden as ({hidden}) "
        f"select * exclude (is_hidden) replace ({emptied}), "
        f"case when is_hidden then '{CONFIDENTIAL}' end as flag from hidden"
    )


# schema.table -> the SELECT that makes it public (reads the working warehouse and SUPPRESSED)
PUBLIC_TABLES: dict[str, str] = {
    "marts.rpt_indicators": f"""
        select i.* replace (case when s.suppression is null then i.value end as value, s.provenance as provenance),
            s.suppression,
            s.flag
        from marts.rpt_indicators as i
        left join {SUPPRESSED} as s using ({", ".join(CELL_KEY)})""",
    "marts.fct_national_statistics": f"""
        select n.* replace (
                case when s.suppression is null then n.value end as value,
                coalesce(s.provenance, n.provenance) as provenance
            ),
            s.suppression,
            case
                when s.suppression is not null then '{CONFIDENTIAL}' when n.value is null then '{NO_DATA}'
                else nullif(s.flag, '{NO_DATA}')
            end as flag
        from marts.fct_national_statistics as n
        left join {SUPPRESSED} as s
            on s.statistics_source = 'statistics_poland' and s.reporting_year = n.reporting_year
            and s.geography_code = n.geography_code and s.unit_type = n.unit_type
            and s.indicator_id = n.measure""",
    "marts.rpt_indicator_changes": _withheld(
        "marts.rpt_indicator_changes",
        f"""
            select c.* replace (
                    coalesce(s.provenance, c.provenance) as provenance,
                    coalesce(b.provenance, c.base_provenance) as base_provenance
                ),
                (s.suppression is not null or b.suppression is not null) as is_hidden
            from marts.rpt_indicator_changes as c
            left join {SUPPRESSED} as s using ({", ".join(CELL_KEY)})
            left join {SUPPRESSED} as b
                on b.reporting_year = c.base_year and b.statistics_source = c.statistics_source
                and b.geography_code = c.geography_code and b.unit_type = c.unit_type
                and b.indicator_id = c.indicator_id""",
    ),
    "marts.rpt_region_vs_country": _withheld(
        "marts.rpt_region_vs_country",
        f"""
            select r.*, s.suppression is not null as is_hidden
            from marts.rpt_region_vs_country as r
            left join {SUPPRESSED} as s
                on s.statistics_source = 'regional_survey' and s.reporting_year = r.reporting_year
                and s.geography_code = r.region_code and s.unit_type = r.unit_type
                and s.indicator_id = r.regional_indicator_id""",
    ),
    # the printed figures are public; what the warehouse computed for them is hidden where its
    # cell is confidential, and for figures about one unit (a unit's own answers)
    "marts.rpt_reconciliation": _withheld(
        "marts.rpt_reconciliation",
        f"""
            select r.*, (r.subject_id is not null or exists (
                select 1 from {SUPPRESSED} as s
                where s.suppression is not null and s.reporting_year = r.figure_year
                    and s.geography_code = r.geography_code and s.unit_type = r.unit_type
                    and s.indicator_id = r.indicator_id
            )) as is_hidden
            from marts.rpt_reconciliation as r""",
    ),
    "marts.dim_units": "select * from marts.dim_units",  # the register: public by law
    # a finding about one unit quotes its answers: the finding is listed, its values are not
    "findings.fct_findings": f"""
        select * replace (
                case when unit_id is null then expected end as expected,
                case when unit_id is null then found end as found,
                case when unit_id is null then message else description end as message
            ),
            case when unit_id is not null then '{CONFIDENTIAL}' end as flag
        from findings.fct_findings""",
}
PUBLIC_SCHEMAS = ("reference",)  # copied whole: public reference data with its sources


def source_tables(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """The working tables the release is made from, that exist in this warehouse."""
    found = conn.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = current_database()"
    ).fetchall()
    public = {tuple(name.split(".")) for name in PUBLIC_TABLES}
    return sorted((s, t) for s, t in found if (s, t) in public or s in PUBLIC_SCHEMAS)


def amount_dominance(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    """The largest unit's share of each amount cell (marts.rpt_amount_dominance, confidential: it
    stays in the working warehouse); None in a warehouse built before it existed."""
    found = conn.execute(
        f"select count(*) from duckdb_tables() where database_name = current_database() "
        f"and schema_name || '.' || table_name = '{DOMINANCE}'"
    ).fetchone()[0]
    return conn.execute(f"select * from {DOMINANCE}").df() if found else None


def suppressed_cells(
    conn: duckdb.DuckDBPyConnection, minimum: int | None = None, dominance: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every cell of marts.rpt_indicators with its kind, suppression (None where published) and
    provenance as published (provenance.py); `dominance` as `amount_dominance` reads it."""
    cells = conn.execute("select * from marts.rpt_indicators").df()
    geography = Geography.from_powiats(conn.execute("select * from reference.powiats").df())
    cells = suppress(cells, geography, minimum, dominance)
    cells["provenance"] = cell_provenance(cells, declarations(conn))
    return cells


def write_public_tables(
    conn: duckdb.DuckDBPyConnection, database: str, tables: list[tuple[str, str]], cells: pd.DataFrame
) -> None:
    """Create every public table in the attached `database` from the working warehouse."""
    conn.register(SUPPRESSED, cells[[*CELL_KEY, "suppression", "provenance", "flag"]])
    try:
        for schema, table in tables:
            select = PUBLIC_TABLES.get(f"{schema}.{table}", f'select * from "{schema}"."{table}"')
            conn.execute(f'create schema if not exists {database}."{schema}"')
            conn.execute(f'create table {database}."{schema}"."{table}" as {select}')
    finally:
        conn.unregister(SUPPRESSED)
