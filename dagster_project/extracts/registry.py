"""The registry of yearly extracts: one entry per file of a year folder.

Everything per extract (asset, raw table, pandera model, dbt source) is generated from this one
list, so adding an extract is one entry here plus its model and its staging model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from .models import (
    AcknowledgementsExtract,
    CisAnswersExtract,
    ExpectedRowsExtract,
    KisAnswersExtract,
    MripsCisExtract,
    MripsKisExtract,
    NationalExtract,
    PfronWtzExtract,
    ProjectsExtract,
    ProvenanceExtract,
    PublishedFiguresExtract,
    RegionalTotalsExtract,
    RegisterExtract,
    UwRegisterExtract,
    UwZazExtract,
)
from .models.published import DECLARABLE_EXTRACTS
from .polish import Kind, parse_printed_number


@dataclass(frozen=True)
class ExtractSpec:
    name: str  # file stem, raw table and asset name
    model: type[pa.DataFrameModel]
    description: str
    key_column: str
    unit_type: str | None = None  # rows must name registered units of this type (None: any)
    references_register: bool = True
    # required in a year with unit-level data (a register); a year known only in total has none
    # of these, and an optional extract may be absent from any year: absent loads as no rows
    required: bool = True
    derive: Callable[[pd.DataFrame], pd.DataFrame] | None = None  # columns computed after validation
    # one file per voivodship office, <year>/national/<name>_<TT>.csv, instead of one per year:
    # a corrected delivery replaces exactly that office's rows of that year
    per_voivodship: bool = False

    @property
    def file_pattern(self) -> str:
        """Where the extract's file(s) sit in a year folder, as the documentation says it."""
        if self.per_voivodship:
            return f"{NATIONAL_FOLDER}/{self.name}_<TT>.csv"
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return list(self.model.to_schema().columns)

    def group(self, name: str) -> list[str]:
        """The columns of one column group (age_bands, funding_sources, ...), in file order."""
        return [column for column, meta in self._metadata().items() if meta.get("group") == name]

    def groups(self) -> dict[str, list[str]]:
        """Every column group of the extract, each with its columns in file order."""
        found: dict[str, list[str]] = {}
        for column, meta in self._metadata().items():
            if "group" in meta:
                found.setdefault(meta["group"], []).append(column)
        return found

    def _metadata(self) -> dict[str, dict]:
        return {name: column.metadata or {} for name, column in self.model.to_schema().columns.items()}

    @property
    def required_columns(self) -> list[str]:
        """Columns every file must have; the others are left out when not collected."""
        return [name for name, column in self.model.to_schema().columns.items() if column.required]

    def kinds(self) -> dict[str, Kind]:
        """How each column's cells are written: numbers, yes/no, dates or plain text."""
        kinds: dict[str, Kind] = {}
        for name, column in self.model.to_schema().columns.items():
            dtype = str(column.dtype)
            unit = (column.metadata or {}).get("unit")
            if unit == "date":
                kinds[name] = "date"
            elif dtype == "Int64":
                kinds[name] = "int"
            elif dtype.startswith("float"):
                kinds[name] = "decimal"
            elif dtype == "boolean":
                kinds[name] = "bool"
            else:
                kinds[name] = "text"
        return kinds


def _printed_values(frame: pd.DataFrame) -> pd.DataFrame:
    """The number behind each printed figure, its printed precision, what it is (%, zł, count) and
    the bounds its print allows (with its approximation, if any): the one place the checks of
    printed figures and the reconciliation read them from."""
    parsed = frame["printed"].map(parse_printed_number)
    approximations = frame.get("approximation", pd.Series(pd.NA, index=frame.index))
    bounds = [p.bounds(None if pd.isna(a) else str(a)) for p, a in zip(parsed, approximations, strict=True)]
    return frame.assign(
        value=pd.array([p.value for p in parsed], dtype="Float64"),
        decimals=pd.array([p.decimals for p in parsed], dtype="Int64"),
        value_kind=pd.array([p.kind for p in parsed], dtype="string"),
        lower_bound=pd.array([lower for lower, _ in bounds], dtype="Float64"),
        upper_bound=pd.array([upper for _, upper in bounds], dtype="Float64"),
    )


REGISTER = ExtractSpec(
    "register",
    RegisterExtract,
    "The voivode's register of units as of 31 December, with each unit's activity status.",
    key_column="unit_id",
    references_register=False,
)
EXTRACTS: tuple[ExtractSpec, ...] = (
    REGISTER,
    ExtractSpec(
        "cis_answers",
        CisAnswersExtract,
        "Answers to the ROPS questionnaire, one row per CIS that answered.",
        key_column="unit_id",
        unit_type="CIS",
    ),
    ExtractSpec(
        "kis_answers",
        KisAnswersExtract,
        "Answers to the ROPS questionnaire, one row per KIS that answered.",
        key_column="unit_id",
        unit_type="KIS",
    ),
    ExtractSpec(
        "projects",
        ProjectsExtract,
        "Externally funded projects run by units in the year, one row per project.",
        key_column="project_id",
    ),
    ExtractSpec(
        "published_figures",
        PublishedFiguresExtract,
        "The figures of the year's published report as printed, tied to the indicators "
        "that compute them; reconciled in marts.rpt_reconciliation.",
        key_column="figure_id",
        references_register=False,
        required=False,
        derive=_printed_values,
    ),
    ExtractSpec(
        "acknowledgements",
        AcknowledgementsExtract,
        "Analysts' acknowledgements of consistency findings, each with who, when and why.",
        key_column="finding_id",
        references_register=False,
        required=False,
    ),
    ExtractSpec(
        "provenance",
        ProvenanceExtract,
        "Where the year's unit-level extracts come from: delivered by the units, published per unit, "
        "or generated to reproduce published totals; the release says which figures are computed from what.",
        key_column="extract",
        references_register=False,
        required=False,
    ),
    ExtractSpec(
        "expected_rows",
        ExpectedRowsExtract,
        "Rows each extract (raw.<extract>) and key mart (marts.<mart>) holds for the year, as "
        "accepted by an analyst; a changed count is a finding or fails the mart's expectations.",
        key_column="table_name",
        references_register=False,
        required=False,
    ),
    ExtractSpec(
        "regional_totals",
        RegionalTotalsExtract,
        "The region's totals for a year known only in total (from earlier published reports), "
        "one row per unit type; a measure not collected is left out and stays missing.",
        key_column="unit_type",
        references_register=False,
        required=False,
    ),
    ExtractSpec(
        "national",
        NationalExtract,
        "National statistics (Statistics Poland) of the year: all four unit types, nationally "
        "and by voivodship where published, one row per geography x unit type x measure.",
        key_column="measure",
        references_register=False,
        required=False,
    ),
)

NATIONAL_FOLDER = "national"  # the subfolder of a year folder holding the offices' deliveries


def _national_source(name: str, model: type[pa.DataFrameModel], description: str) -> ExtractSpec:
    return ExtractSpec(
        name,
        model,
        description,
        key_column="regon",
        references_register=False,
        required=False,
        per_voivodship=True,
    )


NATIONAL_SOURCES: tuple[ExtractSpec, ...] = (
    _national_source(
        "uw_register",
        UwRegisterExtract,
        "The voivode's register of CIS, KIS and ZAZ (UW CIS 01), one delivery per voivodship office: "
        "every unit entered, its seat (TERYT), founder, status dates and activity on 31 December.",
    ),
    _national_source(
        "uw_zaz",
        UwZazExtract,
        "Employment in each ZAZ on 31 December from the voivode's records, one delivery per office.",
    ),
    _national_source(
        "mrips_cis",
        MripsCisExtract,
        "The ministry's (MRiPS) CAS 02 reports of CIS, one delivery per voivodship: participants by "
        "sex and group, started, completed, independent, staff and costs.",
    ),
    _national_source(
        "mrips_kis",
        MripsKisExtract,
        "The ministry's (MRiPS) CAS 01 reports of KIS, one delivery per voivodship: participants, "
        "started and completed by sex, and who took up work.",
    ),
    _national_source(
        "pfron_wtz",
        PfronWtzExtract,
        "PFRON's records of occupational therapy workshops, one delivery per voivodship (PFRON "
        "branch): seat, founder, activity on 31 December, participants and costs by source.",
    ),
)
EXTRACTS = EXTRACTS + NATIONAL_SOURCES
UNIT_LEVEL = tuple(spec for spec in EXTRACTS if spec.required)
EXTRACTS_BY_NAME = {spec.name: spec for spec in EXTRACTS}
if set(DECLARABLE_EXTRACTS) != {spec.name for spec in (*UNIT_LEVEL, *NATIONAL_SOURCES)}:
    raise RuntimeError("provenance.csv must name exactly the unit-level extracts: update DECLARABLE_EXTRACTS")
