"""published_figures.csv and acknowledgements.csv: what the analysts add to a year folder."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..catalogue import is_catalogued
from ..fields import approximation, code, date, key, pattern, prose, text, year, yes_no
from ..reference import ALL_TYPES, NATIONAL_MEASURES, UNIT_TYPES
from .rules import Strict, row_rule

PRINTED_NUMBER = r"^-?\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d+)?(?: (?:tys\.|mln))?(?: ?%| ?zł)?$"
FIGURE_ID = r"^F\d{3,4}$"


class PublishedFiguresExtract(pa.DataFrameModel):
    """published_figures.csv: the figures of the year's published report, as printed, each tied to
    the indicator that computes it (or saying why none can). Optional; used for reconciliation."""

    figure_id: Series[str] = key("identyfikator liczby", "Id of the printed figure, F001...", FIGURE_ID, unique=True)
    chapter: Series[str] = text("rozdział", "Chapter/section where it is printed, e.g. 1.2, 2.4.")
    location: Series[str] = text("miejsce", "Where in the chapter: text, summary, Tabela nr N, Wykres nr N.")
    measure: Series[str] = text("co mierzy", "What the printed figure measures, in words.")
    unit_type: Series[str] = code(
        "rodzaj jednostki", "Unit type the figure is about; ALL for the four together.", [*UNIT_TYPES, ALL_TYPES]
    )
    subject_id: Series[str] = pattern(
        "jednostka lub projekt",
        "A unit or project id when the figure is about one unit or project; empty for the region.",
        r"^((CIS|KIS|ZAZ|WTZ)\d{2,3}|P\d{4}-\d{2,3})$",
    )
    indicator_id: Series[str] = pattern(
        "wskaźnik",
        "The indicator of rpt_indicators (or rpt_indicators_by_unit) that computes the figure.",
        r"^[a-z0-9_]+$",
    )
    printed: Series[str] = text("wartość jak w druku", "The value exactly as printed: 37,8%, 47 180 355,67 zł, 1027.")
    count_figure_id: Series[str] = pattern(
        "liczba do odsetka",
        "For a printed share: the printed count it is a share of; for a printed average per unit: its printed total.",
        FIGURE_ID,
    )
    base_figure_id: Series[str] = pattern(
        "podstawa odsetka",
        "For a printed share: the printed base (100%) it is taken over; for a printed average per unit: "
        "the printed number of units.",
        FIGURE_ID,
    )
    not_computable_reason: Series[str] = text(
        "dlaczego nie do wyliczenia",
        "Why the warehouse cannot compute the figure (empty when it can).",
        nullable=True,
    )
    geography_code: Series[str] = pattern(
        "obszar",
        "For a national release: PL, a voivodship (TERYT), a subregion (NUTS-3, PL622) or a powiat "
        "(TERYT); the figure is then a measure of seeds/reference/national_measures.csv. Empty: the "
        "regional report's own region.",
        r"^(PL|PL\d{2}[0-9A-Z]|\d{2}|\d{4})$",
        required=False,
    )
    figure_year: Series[pd.Int64Dtype] = year(
        "rok, którego dotyczy",
        "The year the figure describes when it is not the report's year (a release on 2023 "
        "printing a 2022 cost); empty: the report's year.",
        required=False,
    )
    base_year: Series[pd.Int64Dtype] = year(
        "rok porównania",
        "For a printed change: the earlier year it is taken from. The figure is then the "
        "indicator's change from that year: in % when printed with %, in percentage points for a share, "
        "else the difference; negative when the sentence says fewer or a decrease.",
        required=False,
    )
    approximation: Series[str] = approximation("How the figure is qualified in print:")
    breakdown: Series[str] = text(
        "podział",
        "For a printed share: the name of the breakdown it belongs to, the same for every share of one "
        "base printed together (the age bands of Wykres nr 3); their sum may not pass 100%.",
        nullable=True,
        required=False,
    )
    breakdown_complete: Series[pd.BooleanDtype] = yes_no(
        "podział pełny",
        "tak when the breakdown's shares cover the whole base (every category is printed): they must "
        "then sum to 100% within rounding.",
        required=False,
    )

    class Config(Strict):
        name = "published_figures"

    @row_rule("a base_year before the figure_year, when both are given", "base_year", "figure_year")
    def base_before_figure(cls, df: pd.DataFrame) -> pd.Series:
        if "base_year" not in df.columns or "figure_year" not in df.columns:
            return pd.Series(True, index=df.index)
        return (df["base_year"] < df["figure_year"]).fillna(True).astype(bool)

    @row_rule("a number as printed: digits, optional decimal comma, optional % or zł", "printed")
    def printed_is_number(cls, df: pd.DataFrame) -> pd.Series:
        return df["printed"].str.match(PRINTED_NUMBER).fillna(False).astype(bool)

    @row_rule("either indicator_id or not_computable_reason, not both", "indicator_id", "not_computable_reason")
    def computable_or_why(cls, df: pd.DataFrame) -> pd.Series:
        return df["indicator_id"].notna() ^ df["not_computable_reason"].notna()

    @row_rule(
        "an indicator_id of the indicator catalogue (seeds/reference/indicators.csv), of the unit or "
        "project when subject_id is given, or of the national measures when geography_code is given",
        "indicator_id",
        "subject_id",
        "geography_code",
    )
    def indicator_is_catalogued(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [
                pd.isna(indicator)
                or (
                    str(indicator) in NATIONAL_MEASURES
                    if not pd.isna(geography)
                    else is_catalogued(str(indicator), per_subject=not pd.isna(subject))
                )
                for indicator, subject, geography in zip(
                    df["indicator_id"],
                    df["subject_id"],
                    df.get("geography_code", pd.Series(pd.NA, index=df.index)),
                    strict=True,
                )
            ],
            index=df.index,
        )


class AcknowledgementsExtract(pa.DataFrameModel):
    """acknowledgements.csv: an analyst's decision, on the record, to accept one consistency finding
    of the year. Optional. A finding acknowledged here no longer blocks the year; it stays listed."""

    finding_id: Series[str] = key(
        "identyfikator ustalenia",
        "The finding accepted, exactly as fct_findings names it: <check>:<subject>.",
        r"^[a-z0-9_.]+:[A-Za-z0-9_.,\-]+$",
        unique=True,
    )
    acknowledged_by: Series[str] = text("kto", "Who accepted it (name or role).")
    acknowledged_on: Series[str] = date("kiedy", "Date of the decision, YYYY-MM-DD.", nullable=False)
    reason: Series[str] = prose("uzasadnienie", "Why the finding is accepted as it is.")

    class Config(Strict):
        name = "acknowledgements"


class ExpectedRowsExtract(pa.DataFrameModel):
    """expected_rows.csv: how many rows each extract and key mart holds for the year, once an analyst
    has accepted the year (as PUDL keeps per-year row counts). Optional. A count that changes is a
    finding (extracts) or fails the mart's expectations (marts) until the file is updated."""

    table_name: Series[str] = pattern(
        "tabela", "raw.<extract> or marts.<mart>.", r"^(raw|marts)\.[a-z_]+$", nullable=False
    )
    expected_rows: Series[pd.Int64Dtype] = pa.Field(
        ge=0,
        nullable=False,
        title="oczekiwana liczba wierszy",
        description="Rows of the year.",
        metadata={"unit": "rows"},
        unique=False,
    )

    class Config(Strict):
        name = "expected_rows"

    @row_rule("each table once", "table_name")
    def one_row_per_table(cls, df: pd.DataFrame) -> pd.Series:
        return ~df["table_name"].duplicated(keep=False)


# the unit-level extracts whose provenance a year declares (the registry checks it names them all)
DECLARABLE_EXTRACTS = [
    "register",
    "cis_answers",
    "kis_answers",
    "projects",
    "uw_register",
    "uw_zaz",
    "mrips_cis",
    "mrips_kis",
    "pfron_wtz",
]
PROVENANCES = ["delivered", "published", "generated"]
EXTRACT_STATUSES = ["final", "provisional"]


class ProvenanceExtract(pa.DataFrameModel):
    """provenance.csv: where the year's unit-level extracts come from, one row per extract. Optional;
    an extract not listed was delivered by the units (their own data). `published`: per-unit values
    taken from a publication (a report's annex); `generated`: made up to reproduce published totals
    (as the shipped 2022-2024 extracts are, by seeds/generator/). Every figure computed from a
    generated extract says so in the release (`provenance`), and every figure computed from a
    provisional extract is flagged `p` (status_flags.py)."""

    extract: Series[str] = code(
        "plik",
        "The extract: register, cis_answers, ..., or a national source (uw_register, ...).",
        DECLARABLE_EXTRACTS,
        unique=True,
    )
    provenance: Series[str] = code("pochodzenie", "delivered, published or generated.", PROVENANCES)
    note: Series[str] = prose("uwagi", "How the values were made or where they were published.")
    status: Series[str] = code(
        "status danych",
        "final, or provisional (data the source will still correct); empty or no column: final.",
        EXTRACT_STATUSES,
        nullable=True,
        required=False,
    )

    class Config(Strict):
        name = "provenance"
