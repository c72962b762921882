"""The common shapes of a consistency check, written once as SQL builders: parts summing to a
stated total, a part never above its whole, a ratio within a range, a unit far from its previous
year or from the other units of the year.

Every query returns the finding columns the engine expects (subject, unit_id, source_rows,
columns, expected, found). Column and table names come from the extract registry and are
checked against it (a whitelist): a misspelt column is an error when the registry is built, not
a check that silently finds nothing. Values are bound as parameters ($year).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..extracts.registry import EXTRACTS_BY_NAME

Severity = Literal["error", "warning"]
YEAR = "$year"  # the reporting year, bound as a parameter
SQL_DIR = Path(__file__).resolve().parent / "sql"


@dataclass(frozen=True)
class Check:
    id: str
    description: str
    severity: Severity
    extract: str  # the extract whose rows the finding names ('a|b' when a check spans two)
    sql: str
    params: dict[str, str] = field(default_factory=dict)  # bound besides $year
    # compares the year with the previous one: the engine says which previous year it read
    reads_previous_year: bool = False


def one_off(check_id: str, description: str, severity: Severity, extract: str, file: str, **params: str) -> Check:
    """A check whose query is one of its kind, kept as a .sql file beside this module."""
    return Check(check_id, description, severity, extract, (SQL_DIR / file).read_text(encoding="utf-8"), params)


def _columns(extract: str, *columns: str) -> None:
    known = set(EXTRACTS_BY_NAME[extract].columns)
    unknown = [column for column in columns if column not in known]
    if unknown:
        raise ValueError(f"{extract} has no column(s) {', '.join(unknown)}")


def _list(columns: list[str]) -> str:
    return ", ".join(columns)


def _sum(columns: list[str]) -> str:
    return " + ".join(f"coalesce({c}, 0)" for c in columns)


def _show(columns: list[str]) -> str:
    """'col=value, ...' for the found column, with b.d. for missing values."""
    parts = [f"'{c}=' || coalesce(cast({c} as varchar), 'b.d.')" for c in columns]
    return " || ', ' || ".join(parts)


def parts_sum_to_total(
    check_id: str, extract: str, total: str, parts: list[str], description: str, severity: Severity = "error"
) -> Check:
    """Per row: the parts sum to the total. All parts b.d. means not reported (not checked); some
    parts b.d. and others given is a finding."""
    _columns(extract, total, *parts)
    all_missing = " and ".join(f"{p} is null" for p in parts)
    any_missing = " or ".join(f"{p} is null" for p in parts)
    sql = f"""
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{total}, {_list(parts)}' as columns,
            '{total} = {" + ".join(parts)} = ' || cast({_sum(parts)} as varchar) as expected,
            'reported {total}=' || cast({total} as varchar) || ' (' || {_show(parts)} || ')' as found
        from raw.{extract}
        where reporting_year = {YEAR} and {total} is not null and not ({all_missing})
          and (({any_missing}) or round({total}, 2) <> round({_sum(parts)}, 2))
    """
    return Check(check_id, description, severity, extract, sql)


def part_not_above(
    check_id: str, extract: str, part: str, whole: str, description: str, severity: Severity = "error"
) -> Check:
    _columns(extract, part, whole)
    sql = f"""
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{part}, {whole}' as columns,
            '{part} <= {whole} (' || cast({whole} as varchar) || ')' as expected,
            '{part}=' || cast({part} as varchar) as found
        from raw.{extract}
        where reporting_year = {YEAR} and {part} > {whole}
    """
    return Check(check_id, description, severity, extract, sql)


def ratio_in_range(
    check_id: str, extract: str, numerator: str, denominator: str, low: float, high: float, description: str
) -> Check:
    _columns(extract, numerator, denominator)
    sql = f"""
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{numerator}, {denominator}' as columns,
            '{numerator} / {denominator} between {low:g} and {high:g}' as expected,
            '{numerator}=' || cast({numerator} as varchar) || ', {denominator}='
                || cast({denominator} as varchar) || coalesce(', ratio '
                || cast(round({numerator} / nullif({denominator}, 0), 1) as varchar), '') as found
        from raw.{extract}
        where reporting_year = {YEAR} and {numerator} > 0
          and ({denominator} is not null and ({denominator} = 0
               or {numerator} / {denominator} not between {low} and {high}))
    """
    return Check(check_id, description, "warning", extract, sql)


def far_from_previous_year(
    check_id: str, extract: str, column: str, factor: float = 3.0, min_change: int = 20
) -> Check:
    """The unit's value moved by more than `factor` times (and `min_change` in absolute terms)
    since the unit's previous year, when one is loaded."""
    _columns(extract, column)
    sql = f"""
        select cur.unit_id as subject, cur.unit_id, cast(cur._source_row as varchar) as source_rows,
            '{column}' as columns,
            'within {factor:g}x of ' || cast(prev.{column} as varchar) || ' reported for '
                || cast(prev.reporting_year as varchar) as expected,
            '{column}=' || cast(cur.{column} as varchar) as found
        from raw.{extract} as cur
        join raw.{extract} as prev
          on prev.unit_id = cur.unit_id and prev.reporting_year = cur.reporting_year - 1
        where cur.reporting_year = {YEAR} and prev.{column} is not null and cur.{column} is not null
          and abs(cur.{column} - prev.{column}) >= {min_change}
          and (cur.{column} > {factor} * prev.{column} or cur.{column} * {factor} < prev.{column})
    """
    return Check(
        check_id,
        f"{column}: far from the unit's previous year (more than {factor:g}x and {min_change} apart).",
        "warning",
        extract,
        sql,
        reads_previous_year=True,
    )


def far_from_other_units(check_id: str, extract: str, column: str) -> Check:
    """Above Q3 + 3 IQR of the units of the year that report a positive value (at least 5)."""
    _columns(extract, column)
    sql = f"""
        with reported as (
            select * from raw.{extract} where reporting_year = {YEAR} and {column} > 0
        ),
        fences as (
            select quantile_cont({column}, 0.25) as q1, quantile_cont({column}, 0.75) as q3,
                median({column}) as mid, count(*) as n
            from reported
        )
        select unit_id as subject, unit_id, cast(_source_row as varchar) as source_rows,
            '{column}' as columns,
            'at most ' || cast(round(q3 + 3 * (q3 - q1)) as varchar) || ' (Q3 + 3 IQR of '
                || cast(n as varchar) || ' units; median ' || cast(mid as varchar) || ')' as expected,
            '{column}=' || cast({column} as varchar) as found
        from reported, fences
        where n >= 5 and {column} > q3 + 3 * (q3 - q1)
    """
    return Check(check_id, f"{column}: far above the other units of its type this year.", "warning", extract, sql)


def rows_as_expected(check_id: str, extracts: list[str]) -> Check:
    """Each extract holds the rows that the year's expected_rows.csv says for raw.<extract>; a
    table name there that is no extract is a finding too."""
    for name in extracts:
        _columns(name)  # a registered extract: a whitelisted table name
    counted = "\n        union all\n".join(
        f"select 'raw.{name}' as table_name, count(*) as found from raw.{name} where reporting_year = {YEAR}"
        for name in extracts
    )
    sql = f"""
        with counted as (
        {counted}
        )
        select expected.table_name as subject, null as unit_id,
            cast(expected._source_row as varchar) as source_rows, 'expected_rows' as columns,
            cast(expected.expected_rows as varchar) || ' rows in ' || expected.table_name as expected,
            coalesce(cast(counted.found as varchar) || ' rows loaded', 'no such extract') as found
        from raw.expected_rows as expected
        left join counted on counted.table_name = expected.table_name
        where expected.reporting_year = {YEAR} and expected.table_name like 'raw.%'
          and counted.found is distinct from expected.expected_rows
    """
    return Check(
        check_id,
        "An extract holds another number of rows than expected_rows.csv says for the year.",
        "error",
        "expected_rows",
        sql,
    )
