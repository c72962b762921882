"""register.csv and projects.csv: the voivode's register of units and the units' projects."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..fields import code, date, key, pattern, persons, pln, text
from ..reference import ACTIVITY_STATUSES, FOUNDER_SECTORS, UNIT_ID, UNIT_TYPES
from .rules import Strict, row_rule


class RegisterExtract(pa.DataFrameModel):
    """register.csv: the voivode's register of units as of 31 December (rejestr wojewody)."""

    unit_id: Series[str] = key(
        "identyfikator jednostki",
        "Stable id of the unit, the same every year: type code and number.",
        UNIT_ID,
        unique=True,
    )
    unit_type: Series[str] = code("rodzaj jednostki", "CIS, KIS, ZAZ or WTZ.", UNIT_TYPES)
    unit_name: Series[str] = text("nazwa", "Name as registered; Polish letters kept.")
    postal_code: Series[str] = pattern("kod pocztowy", "Postal code nn-nnn.", r"^\d{2}-\d{3}$")
    locality: Series[str] = text("miejscowość", "Town or village of the seat.")
    street_address: Series[str] = text("adres", "Street and number as registered.", nullable=True)
    powiat_name: Series[str] = text("powiat", "Powiat (county) of the seat; city-powiats by city name.")
    powiat_teryt: Series[str] = pattern(
        "kod TERYT powiatu",
        "Four-digit TERYT code of the powiat (voivodship code + powiat).",
        r"^\d{4}$",
        nullable=False,
    )
    founder_name: Series[str] = text("nazwa instytucji tworzącej", "Founding / running body.")
    founder_sector: Series[str] = code("sektor podmiotu tworzącego", "Sector of the founder.", FOUNDER_SECTORS)
    status_granted_date: Series[str] = date(
        "data uzyskania statusu", "Date the current status was granted (CIS); empty for KIS."
    )
    status_expiry_date: Series[str] = date(
        "data wygaśnięcia statusu", "Date the status expires (CIS, max. 5 years); empty for KIS."
    )
    planned_activity: Series[str] = text(
        "planowany rodzaj działalności", "Kinds of activity (wytwórcza, usługowa, handlowa).", nullable=True
    )
    activity_status: Series[str] = code(
        "status działalności",
        "Activity in the reporting year as the survey established it.",
        ACTIVITY_STATUSES,
    )

    class Config(Strict):
        name = "register"

    @row_rule("unit_id to start with unit_type", "unit_id", "unit_type")
    def id_matches_type(cls, df: pd.DataFrame) -> pd.Series:
        return df["unit_id"].str[:3] == df["unit_type"]


class ProjectsExtract(pa.DataFrameModel):
    """projects.csv: externally funded projects run by units in the year (one row per project)."""

    project_id: Series[str] = key(
        "identyfikator projektu",
        "Id of the project within the year's extract.",
        r"^P\d{4}-\d{2,3}$",
        unique=True,
    )
    unit_id: Series[str] = key("identyfikator jednostki", "Unit running the project, as in register.csv.", UNIT_ID)
    project_title: Series[str] = text("tytuł projektu", "Title as reported.")
    participants: Series[pd.Int64Dtype] = persons("liczba uczestników", "People in the project.")
    funder: Series[str] = text("źródło dofinansowania", "Funder as reported (MRPiPS, FEWiM, a gmina, ...).")
    amount_pln: Series[float] = pln("kwota dofinansowania", "Funding of the project.")

    class Config(Strict):
        name = "projects"
