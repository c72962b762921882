"""The words of the national release, in English (as Statistics Poland's English release) and in
Polish (as its Polish one): one entry per language, the same page built from either. Sentences
name a figure after a colon or a dash, so that no Polish noun has to agree with a number."""

from __future__ import annotations

from collections.abc import Callable

Value = Callable[[str, str], str]  # (indicator, unit type) -> the figure as printed

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Social integration centres, social integration clubs, vocational activity establishments, "
        "occupational therapy workshops in {year}",
        "meta": "Computed from the units' administrative data of every voivodship. Data release {release} "
        '({published_at}). "x": withheld for statistical confidentiality; ".": no data.',
        "provenance": "Provenance.",
        "key_figures": "Key figures",
        "by_type": "Units by type",
        "graph1": "Graph 1. Active units by type",
        "graph1_caption": "Graph 1. Active units by type, {first_year}–{year} (years with data).",
        "units": "units",
        "by_voivodship": "Units by voivodship",
        "map1_title": "Active units by voivodship, {year}",
        "map1": "Map 1. Active units by voivodship",
        "map1_caption": "Map 1. Active units of the four types by voivodship in {year} (tile map: one square per "
        "voivodship, placed roughly where it lies; no boundaries drawn).",
        "table1": "Table 1. Active units by voivodship and type, {year}",
        "voivodship": "Voivodship",
        "by_subregion": "Units by subregion",
        "largest": "The largest number of units were in the subregions {largest}.",
        "map2_title": "Active units by subregion, {year}",
        "map2": "Map 2. Active units by subregion",
        "map2_caption": "Map 2. Active units of the four types by subregion (NUTS 3) in {year} (tile map: each "
        "voivodship's square of Map 1 split into its subregions, in code order; no boundaries drawn).",
        "table2": "Table 2. Active units by subregion and type, {year}",
        "code": "Code",
        "subregion": "Subregion",
        "total": "Total",
        "other_language": "Polish version",
    },
    "pl": {
        "title": "Centra integracji społecznej, kluby integracji społecznej, zakłady aktywności zawodowej, "
        "warsztaty terapii zajęciowej w {year} r.",
        "meta": "Wyliczone z danych administracyjnych jednostek wszystkich województw. Wydanie danych {release} "
        "({published_at}). „x” – dane utajnione ze względu na tajemnicę statystyczną; „.” – brak danych.",
        "provenance": "Pochodzenie danych.",
        "key_figures": "Najważniejsze liczby",
        "by_type": "Jednostki według rodzaju",
        "graph1": "Wykres 1. Aktywne jednostki według rodzaju",
        "graph1_caption": "Wykres 1. Aktywne jednostki według rodzaju, {first_year}–{year} (lata z danymi).",
        "units": "jednostki",
        "by_voivodship": "Jednostki według województw",
        "map1_title": "Aktywne jednostki według województw, {year}",
        "map1": "Mapa 1. Aktywne jednostki według województw",
        "map1_caption": "Mapa 1. Aktywne jednostki czterech rodzajów według województw w {year} r. (kartogram "
        "kwadratowy: jeden kwadrat na województwo, mniej więcej tam, gdzie leży; bez granic).",
        "table1": "Tablica 1. Aktywne jednostki według województw i rodzajów, {year}",
        "voivodship": "Województwo",
        "by_subregion": "Jednostki według podregionów",
        "largest": "Najwięcej jednostek działało w podregionach: {largest}.",
        "map2_title": "Aktywne jednostki według podregionów, {year}",
        "map2": "Mapa 2. Aktywne jednostki według podregionów",
        "map2_caption": "Mapa 2. Aktywne jednostki czterech rodzajów według podregionów (NUTS 3) w {year} r. "
        "(kwadrat województwa z mapy 1 podzielony na jego podregiony, w kolejności kodów; bez granic).",
        "table2": "Tablica 2. Aktywne jednostki według podregionów i rodzajów, {year}",
        "code": "Kod",
        "subregion": "Podregion",
        "total": "Ogółem",
        "other_language": "English version",
    },
}


def sentences(language: str, year: int, v: Value) -> list[str]:
    """The release's text figures for the country in `year`."""
    if language == "pl":
        return [
            f"W {year} r. działały aktywne jednostki reintegracji społeczno-zawodowej w liczbie "
            f"{v('units_active', 'ALL')}: centra integracji społecznej (CIS) – {v('units_active', 'CIS')}, "
            f"kluby integracji społecznej (KIS) – {v('units_active', 'KIS')}, zakłady aktywności zawodowej (ZAZ) "
            f"– {v('units_active', 'ZAZ')}, warsztaty terapii zajęciowej (WTZ) – {v('units_active', 'WTZ')}.",
            f"Liczba beneficjentów usług CIS, ZAZ i WTZ: {v('beneficiaries', 'ALL')}. Uczestnicy CIS: "
            f"{v('participants', 'CIS')} (średnio {v('participants_per_unit', 'CIS')} na centrum); uczestnicy WTZ: "
            f"{v('participants', 'WTZ')} (średnio {v('participants_per_unit', 'WTZ')} na warsztat).",
            f"Uczestnicy KIS, którzy rozpoczęli zajęcia: {v('participants_started', 'KIS')}; którzy je "
            f"ukończyli: {v('participants_completed', 'KIS')}. Zatrudnieni w ZAZ: {v('employees', 'ZAZ')}, w tym "
            f"osoby niepełnosprawne – {v('employees_disabled_share_pct', 'ZAZ')}.",
        ]
    return [
        f"In {year}, {v('units_active', 'ALL')} units were active: {v('units_active', 'CIS')} social integration "
        f"centres (CIS), {v('units_active', 'KIS')} social integration clubs (KIS), {v('units_active', 'ZAZ')} "
        f"vocational activity establishments (ZAZ) and {v('units_active', 'WTZ')} occupational therapy "
        "workshops (WTZ).",
        f"The CIS, ZAZ and WTZ served {v('beneficiaries', 'ALL')} people. CIS had {v('participants', 'CIS')} "
        f"participants ({v('participants_per_unit', 'CIS')} per centre), WTZ {v('participants', 'WTZ')} "
        f"({v('participants_per_unit', 'WTZ')} per workshop).",
        f"KIS classes were started by {v('participants_started', 'KIS')} people and completed by "
        f"{v('participants_completed', 'KIS')}. ZAZ employed {v('employees', 'ZAZ')} people, "
        f"{v('employees_disabled_share_pct', 'ZAZ')} of them with disabilities.",
    ]
