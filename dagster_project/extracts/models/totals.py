"""regional_totals.csv and national.csv: figures known only in total."""

from __future__ import annotations

from typing import Optional

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..fields import approximation, code, measure, pattern, text, year
from ..reference import ALL_TYPES, NATIONAL_MEASURES, UNIT_TYPES, VOIVODSHIPS
from .rules import Strict, row_rule


class RegionalTotalsExtract(pa.DataFrameModel):
    """regional_totals.csv: the region's totals for a year known only in total (earlier years taken
    from published reports), one row per unit type. Every measure column is optional: a measure
    not collected that year is left out (or left b.d.), and then it is missing, never 0."""

    voivodship_teryt: Series[str] = code(
        "kod TERYT województwa", "The voivodship the totals describe (two-digit TERYT code).", VOIVODSHIPS
    )
    unit_type: Series[str] = code("rodzaj jednostki", "CIS, KIS, ZAZ or WTZ; one row each.", UNIT_TYPES, unique=True)
    source: Series[str] = text("źródło", "Where the totals were published (report, page).")
    units_registered: Optional[Series[pd.Int64Dtype]] = measure(
        "jednostki w rejestrze", "Units in the voivode's register on 31 December.", "units"
    )
    units_active: Optional[Series[pd.Int64Dtype]] = measure(
        "jednostki aktywne", "Units actively operating in the year.", "units"
    )
    participants_total: Optional[Series[pd.Int64Dtype]] = measure(
        "liczba uczestników", "Participants in the year.", "persons"
    )
    participants_category_long_term_unemployed: Optional[Series[pd.Int64Dtype]] = measure(
        "długotrwale bezrobotni", "Participants long-term unemployed.", "persons"
    )
    participants_category_alcohol_addicted: Optional[Series[pd.Int64Dtype]] = measure(
        "uzależnieni od alkoholu", "Participants addicted to alcohol.", "persons"
    )
    participants_category_disabled: Optional[Series[pd.Int64Dtype]] = measure(
        "osoby z niepełnosprawnościami", "Participants with disabilities.", "persons"
    )
    completed_positively: Optional[Series[pd.Int64Dtype]] = measure(
        "kończący pozytywnie", "CIS participants completing positively.", "persons"
    )
    independent_total: Optional[Series[pd.Int64Dtype]] = measure(
        "usamodzielnieni ekonomicznie", "CIS participants economically independent.", "persons"
    )
    economic_independence_supported_employment: Optional[Series[pd.Int64Dtype]] = measure(
        "zatrudnienie wspierane", "Independent: supported employment.", "persons"
    )
    economic_independence_open_market: Optional[Series[pd.Int64Dtype]] = measure(
        "zatrudnieni bez zatrudnienia wspieranego", "Independent: employed on the open market.", "persons"
    )
    economic_independence_employed_in_cis: Optional[Series[pd.Int64Dtype]] = measure(
        "zatrudnieni w CIS", "Independent: employed in the CIS.", "persons"
    )
    economic_independence_self_employed: Optional[Series[pd.Int64Dtype]] = measure(
        "samodzielna działalność gospodarcza", "Independent: self-employed.", "persons"
    )
    economic_independence_social_cooperative: Optional[Series[pd.Int64Dtype]] = measure(
        "spółdzielnia socjalna", "Independent: in a social cooperative.", "persons"
    )
    economic_independence_internship: Optional[Series[pd.Int64Dtype]] = measure(
        "staż zawodowy", "Independent: referred to an internship.", "persons"
    )
    economic_independence_pension_rights: Optional[Series[pd.Int64Dtype]] = measure(
        "prawo do świadczeń emerytalnych lub rentowych", "Independent: acquired pension rights.", "persons"
    )
    independent_disabled: Optional[Series[pd.Int64Dtype]] = measure(
        "w tym osoby z niepełnosprawnościami", "Independent people with disabilities.", "persons"
    )
    employed_total: Optional[Series[pd.Int64Dtype]] = measure(
        "podjęli zatrudnienie", "KIS participants who took up work.", "persons"
    )

    @row_rule("one voivodship per file: a regional centre reports its own region", "voivodship_teryt")
    def one_voivodship(cls, df: pd.DataFrame) -> pd.Series:
        return df["voivodship_teryt"] == df["voivodship_teryt"].iloc[0]

    class Config(Strict):
        name = "regional_totals"


class NationalExtract(pa.DataFrameModel):
    """national.csv: national statistics of the year as Statistics Poland publishes them, one row per
    geography x unit type x measure; a figure the release does not give is simply not a row."""

    geography_code: Series[str] = code(
        "obszar", "PL for Poland, or the two-digit TERYT code of a voivodship.", ["PL", *VOIVODSHIPS]
    )
    unit_type: Series[str] = code(
        "rodzaj jednostki", "CIS, KIS, ZAZ, WTZ, or ALL for the four together.", [*UNIT_TYPES, ALL_TYPES]
    )
    measure: Series[str] = code("miara", "A measure of seeds/reference/national_measures.csv.", NATIONAL_MEASURES)
    value: Series[float] = pa.Field(
        nullable=False,
        title="wartość",
        description="The value in the measure's unit (persons, PLN, units, pct), thousands written out.",
        metadata={"unit": "number"},
    )
    provenance: Series[str] = code(
        "pochodzenie",
        "published: printed in the release; derived: computed from a printed figure and a printed change (see note).",
        ["published", "derived"],
    )
    release_year: Series[pd.Int64Dtype] = year(
        "rok wydania",
        "The year of the release that prints (or implies) the value: the 2023 release printing a "
        "2021 figure is 2023. Of two values of one measure, a published one supersedes a derived one, and "
        "a later release supersedes an earlier one; the superseded row stays on the record.",
        nullable=False,
    )
    derived_from_year: Series[pd.Int64Dtype] = year(
        "wyliczona z roku",
        "For a derived value: the year of the printed value it was computed from with a printed "
        "change. The change between the two years only gives back that printed change (circular).",
    )
    note: Series[str] = text("uwaga", "Where it is printed, or how it is derived.")
    approximation: Series[str] = approximation("How the release qualifies the value:")
    types_covered: Series[str] = pattern(
        "zakres typów",
        "For an ALL total: the unit types it covers, joined by + in the order CIS+KIS+ZAZ+WTZ (GUS "
        "totals before 2016 cover CIS+ZAZ+WTZ). Empty: the measure's usual scope "
        "(seeds/reference/national_measures.csv, all_types). Changes are computed only like with like.",
        r"^(CIS|KIS|ZAZ|WTZ)(\+(CIS|KIS|ZAZ|WTZ))+$",
        required=False,
    )

    class Config(Strict):
        name = "national"

    @row_rule(
        "one row per geography, unit type, measure, provenance and release",
        "geography_code",
        "unit_type",
        "measure",
        "provenance",
        "release_year",
    )
    def one_row_per_measure(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(
            subset=["geography_code", "unit_type", "measure", "provenance", "release_year"], keep=False
        )

    @row_rule(
        "types_covered only for an ALL total, its types in the order CIS+KIS+ZAZ+WTZ, each once",
        "unit_type",
        "types_covered",
    )
    def types_covered_of_a_total(cls, df: pd.DataFrame) -> pd.Series:
        if "types_covered" not in df.columns:
            return pd.Series(True, index=df.index)
        return pd.Series(
            [
                pd.isna(covered)
                or (
                    unit_type == ALL_TYPES
                    and covered == "+".join(t for t in UNIT_TYPES if t in str(covered).split("+"))
                )
                for unit_type, covered in zip(df["unit_type"], df["types_covered"], strict=True)
            ],
            index=df.index,
        )

    @row_rule("derived_from_year given for a derived value, and only for it", "provenance", "derived_from_year")
    def derived_says_from_what(cls, df: pd.DataFrame) -> pd.Series:
        return (df["provenance"] == "derived") == df["derived_from_year"].notna()
