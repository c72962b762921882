"""What the reports say, read from the public release only (never the working warehouse): every
figure is a cell of `marts.rpt_indicators` (with its flag, so a withheld value stays `x`), every
list of findings and reconciliations a row of the release's own tables."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pandas as pd

# The regional report's tables, shaped like chapters 1-2 of the ROPS report: a heading and the
# indicator families they hold, in print order (prefix matches a family, an exact name one indicator).
REGIONAL_SECTIONS = [
    (
        "Jednostki",
        "units",
        [
            "units_registered",
            "units_active",
            "units_suspended",
            "units_answered",
            "units_not_answered",
            "units_local_government",
            "units_non_profit",
            "units_social_cooperative",
            "units_company",
        ],
    ),
    ("Uczestnicy", "participants", ["participants_total", "participants_with_demographics"]),
    ("Struktura uczestników: kategorie", "categories", ["participants_category_"]),
    ("Struktura uczestników: wiek", "age", ["participants_age_band_"]),
    ("Struktura uczestników: wykształcenie", "education", ["participants_education_"]),
    (
        "Efekty reintegracji",
        "outcomes",
        ["completed_positively", "independent_total", "independence_rate_pct", "employed_total", "referred_to_cis"],
    ),
    ("Finansowanie", "funding", ["funding_total_pln", "funding_"]),
    ("Kadra", "staff", ["staff_total", "staff_employment_contract", "staff_civil_contract", "volunteers"]),
]


@dataclass
class Row:
    label: str
    indicator: str
    unit: str
    values: dict[str, tuple[float | None, str | None]]  # unit type -> (value, flag)
    provenance: set[str] = field(default_factory=set)


@dataclass
class Section:
    title: str
    key: str
    rows: list[Row]


def _matches(indicator: str, patterns: list[str]) -> bool:
    return any(indicator == p or (p.endswith("_") and indicator.startswith(p)) for p in patterns)


def regional_years(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int]]:
    """(voivodship code, name, year) of every year a region's units answered (unit-level data)."""
    return conn.execute(
        "select distinct geography_code, geography_name, reporting_year from marts.rpt_indicators "
        "where statistics_source = 'regional_survey' and value_source = 'unit_answers' order by all"
    ).fetchall()


def regional_cells(conn: duckdb.DuckDBPyConnection, region: str, year: int) -> pd.DataFrame:
    return conn.execute(
        "select * from marts.rpt_indicators where statistics_source = 'regional_survey' "
        "and geography_code = ? and reporting_year = ?",
        [region, year],
    ).df()


def regional_changes(conn: duckdb.DuckDBPyConnection, region: str, year: int) -> pd.DataFrame:
    """The region's figures against the year before (rpt_indicator_changes, as released)."""
    return conn.execute(
        "select * from marts.rpt_indicator_changes where statistics_source = 'regional_survey' "
        "and geography_code = ? and reporting_year = ? and is_previous_year",
        [region, year],
    ).df()


def region_vs_country(conn: duckdb.DuckDBPyConnection, region: str) -> pd.DataFrame:
    """The region next to the country, every year (rpt_region_vs_country, as released)."""
    return conn.execute(
        "select * from marts.rpt_region_vs_country where region_code = ? "
        "order by reporting_year, regional_indicator_id",
        [region],
    ).df()


def sections(cells: pd.DataFrame) -> list[Section]:
    """The regional report's tables: one row per indicator, one column per unit type."""
    result = []
    for title, key, patterns in REGIONAL_SECTIONS:
        chosen = cells[[_matches(i, patterns) for i in cells.indicator_id]]
        if key in ("categories", "age", "education", "funding"):  # counts and their shares side by side
            chosen = chosen[~chosen.indicator_id.str.endswith("_share_pct")]
        rows = []
        order = {p: n for n, p in enumerate(patterns)}
        for indicator, group in sorted(
            chosen.groupby("indicator_id"),
            key=lambda item: (min(n for p, n in order.items() if _matches(item[0], [p])), item[0]),
        ):
            first = group.iloc[0]
            values = {
                t: (None if pd.isna(v) else float(v), None if pd.isna(f) else f)
                for t, v, f in zip(group.unit_type, group.value, group.flag, strict=True)
            }
            rows.append(Row(first.label_pl, indicator, first.value_unit, values, set(group.provenance)))
        if rows:
            result.append(Section(title, key, rows))
    return result


def shares(cells: pd.DataFrame, prefix: str) -> pd.DataFrame:
    """The shares (%) of a breakdown, for a chart: label, unit type, value (None where withheld)."""
    chosen = cells[cells.indicator_id.str.startswith(prefix) & cells.indicator_id.str.endswith("_share_pct")]
    frame = chosen[["label_pl", "unit_type", "value", "flag"]].reset_index(drop=True)
    return frame.assign(label_pl=frame.label_pl.str.removeprefix("udział (%): "))


def units_by_powiat(conn: duckdb.DuckDBPyConnection, region: str, year: int) -> pd.DataFrame:
    """Registered units per powiat and type, with the powiat's name (reference.powiats)."""
    return conn.execute(
        """select p.powiat_name as powiat, i.unit_type, i.value
        from marts.rpt_indicators as i
        join reference.powiats as p on i.indicator_id = 'units_registered_powiat_' || p.powiat_teryt
        where i.statistics_source = 'regional_survey' and i.geography_code = ? and i.reporting_year = ?
        order by p.powiat_name, i.unit_type""",
        [region, year],
    ).df()


def findings(conn: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    return conn.execute(
        "select severity, status, count(*) as findings from findings.fct_findings "
        "where reporting_year = ? group by all order by all",
        [year],
    ).df()


def reconciliation(conn: duckdb.DuckDBPyConnection, year: int, region: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """How the published report on the year reconciled: counts per classification, and every
    figure that did not match with the findings that explain it."""
    where = "where reporting_year = ? and (geography_code = ? or geography_code is null)"
    summary = conn.execute(
        f"select classification, count(*) as figures from marts.rpt_reconciliation {where} group by 1 order by 2 desc",
        [year, region],
    ).df()
    misses = conn.execute(
        "select figure_id, chapter, measure, printed, computed_value, classification, explained_by "
        f"from marts.rpt_reconciliation {where} and classification in ('contradicts_data', 'differs_by_rounding') "
        "order by figure_id",
        [year, region],
    ).df()
    return summary, misses


def national_years(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """The years of Statistics Poland's release computed from units (the release's own years)."""
    rows = conn.execute(
        "select distinct reporting_year from marts.rpt_indicators where statistics_source = 'statistics_poland' "
        "and provenance like 'computed%' order by 1"
    ).fetchall()
    return [row[0] for row in rows]


def _national(conn: duckdb.DuckDBPyConnection, columns: str, where: str, params: list) -> pd.DataFrame:
    """Statistics Poland's cells of the release: `columns` where `where` (with `params`)."""
    return conn.execute(
        f"select {columns} from marts.rpt_indicators where statistics_source = 'statistics_poland' "
        f"and {where} order by all",
        params,
    ).df()


def national_series(conn: duckdb.DuckDBPyConnection, measure: str) -> pd.DataFrame:
    """A measure for the country by unit type over every year (graph 1: units 2015-2023 by type)."""
    where = "geography_level = 'country' and indicator_id = ? and unit_type <> 'ALL'"
    return _national(conn, "reporting_year, unit_type, value, flag, provenance", where, [measure])


def national_by_geography(conn: duckdb.DuckDBPyConnection, year: int, level: str, measure: str) -> pd.DataFrame:
    where = "reporting_year = ? and geography_level = ? and indicator_id = ?"
    return _national(conn, "geography_code, geography_name, unit_type, value, flag", where, [year, level, measure])


def subregion_voivodships(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Which voivodship each subregion (NUTS 3) lies in (reference.subregions)."""
    return conn.execute(
        "select subregion_code as geography_code, voivodship_teryt from reference.subregions order by all"
    ).df()


def national_headline(conn: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The country's figures of the year, every measure by unit type (the release's text figures)."""
    columns = "indicator_id, label_en, unit_type, value, value_unit, flag, provenance"
    return _national(conn, columns, "reporting_year = ? and geography_level = 'country'", [year])
