"""The regional report's sentences, in Polish, as the ROPS report words its chapters 1-2 ("W 2024
roku ... liczba uczestników wynosiła 2712, co stanowi 40-procentowy wzrost"): every figure a cell
of the release, every change a row of its rpt_indicator_changes against the year before. A figure
follows a colon or a dash, so that no noun has to agree with a number; a withheld one reads `x`.
A change against a year whose figure was typed from the earlier report says so, since the two are
made differently (flag b)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .numbers import PL, number

FUNDING_PARTS = ("funding_total_pln", "funding_sources_sum_pln")  # totals, not sources


class Figures:
    """The cells of one region and year, and their changes against the year before, as printed."""

    def __init__(self, cells: pd.DataFrame, changes: pd.DataFrame):
        self.frame = cells
        self.cells = {(r.indicator_id, r.unit_type): r for r in cells.itertuples()}
        self.changes = {(r.indicator_id, r.unit_type): r for r in changes.itertuples()}
        self.typed_years: set[int] = set()  # years before whose figures were typed from their report

    def v(self, indicator: str, unit_type: str) -> str:
        row = self.cells.get((indicator, unit_type))
        if row is None:
            return "."
        flag = None if pd.isna(row.flag) else row.flag
        return number(None if pd.isna(row.value) else row.value, row.value_unit, PL, flag)

    def change(self, indicator: str, unit_type: str) -> str:
        """' (2023 r.: 1 927; zmiana: +40,74%)', or '' when the year before has no figure."""
        row = self.changes.get((indicator, unit_type))
        if row is None or pd.notna(row.flag) or pd.isna(row.base_value):
            return ""
        if row.value_unit == "pct":
            delta = f"{_signed(row.pp_change)} pkt proc."
        elif pd.notna(row.pct_change):
            delta = _signed(row.pct_change) + "%"
        else:
            return ""
        if row.base_provenance == "typed_total":
            self.typed_years.add(int(row.base_year))
        before = number(row.base_value, row.value_unit, PL)
        return f" ({row.base_year} r.: {before}; zmiana: {delta})"

    def largest_funding_source(self, unit_type: str) -> str:
        sources = self.frame
        sources = sources[
            (sources.unit_type == unit_type)
            & sources.indicator_id.str.match(r"^funding_.+_pln$")
            & ~sources.indicator_id.isin(FUNDING_PARTS)
            & sources.flag.isna()
            & sources.value.notna()
        ]
        if sources.empty:
            return "."
        top = sources.sort_values(["value", "indicator_id"], ascending=[False, True]).iloc[0]
        share = self.v(top.indicator_id.removesuffix("_pln") + "_share_pct", unit_type)
        return f"{top.label_pl} – {number(top.value, 'PLN', PL)} ({share})"


def in_voivodship(name: str) -> str:
    """'w województwie warmińsko-mazurskim': the name (an adjective, nominative: every voivodship's
    ends in -kie) in the locative case."""
    return f"w województwie {name[:-1]}m" if name.endswith("kie") else f"w województwie {name}"


def _signed(value: float) -> str:
    printed = number(abs(value), "pct", PL).removesuffix("%")  # two decimals, as the report prints
    return ("+" if value > 0 else "−" if value < 0 else "") + printed


def sentences(year: int, region_name: str, figures: Figures) -> list[str]:
    v: Callable[[str, str], str] = figures.v
    c: Callable[[str, str], str] = figures.change
    said = [
        f"W {year} r. {in_voivodship(region_name)} w rejestrach były jednostki: CIS – {v('units_registered', 'CIS')}"
        f"{c('units_registered', 'CIS')}, KIS – {v('units_registered', 'KIS')}{c('units_registered', 'KIS')}; "
        f"aktywne: CIS – {v('units_active', 'CIS')}, KIS – {v('units_active', 'KIS')}.",
        f"Uczestnicy CIS: {v('participants_total', 'CIS')}{c('participants_total', 'CIS')}. "
        f"Uczestnicy KIS: {v('participants_total', 'KIS')}{c('participants_total', 'KIS')}.",
        f"Zajęcia w CIS ukończyli pozytywnie: {v('completed_positively', 'CIS')}"
        f"{c('completed_positively', 'CIS')}; usamodzielnieni ekonomicznie: {v('independent_total', 'CIS')}"
        f"{c('independent_total', 'CIS')}; wskaźnik usamodzielnienia ekonomicznego: "
        f"{v('independence_rate_pct', 'CIS')}{c('independence_rate_pct', 'CIS')}.",
        f"Uczestnicy KIS, którzy podjęli zatrudnienie: {v('employed_total', 'KIS')}{c('employed_total', 'KIS')}; "
        f"skierowani do CIS: {v('referred_to_cis', 'KIS')}.",
        f"Łączna kwota finansowania CIS: {v('funding_total_pln', 'CIS')}; największe źródło: "
        f"{figures.largest_funding_source('CIS')}.",
        f"Kadra: CIS – {v('staff_total', 'CIS')}, KIS – {v('staff_total', 'KIS')}; wolontariusze: "
        f"CIS – {v('volunteers', 'CIS')}, KIS – {v('volunteers', 'KIS')}.",
    ]
    if figures.typed_years:
        years = ", ".join(f"{y} r." for y in sorted(figures.typed_years))
        said.append(
            f"Liczby za {years} przepisano z raportu za tamten rok, a liczby za {year} r. wyliczono z danych "
            "jednostek: zmiana łączy dwa sposoby liczenia (w wydaniu danych oznaczone „b”)."
        )
    return said
