"""The three administrative sources Statistics Poland collates, as each office delivers them: one
file per source per voivodship per year, in `<year>/national/<source>_<TT>.csv` (TT: the
voivodship's TERYT code). Modelled on the statutory forms: the voivode's register (UW CIS 01 and
its KIS and ZAZ counterparts), the ministry's CAS 02 (CIS) and CAS 01 (KIS) reports, and PFRON's
records of the occupational therapy workshops. REGON is the unit's id in every source and year.

Structure only, as for the regional extracts: a REGON that the register does not hold, or a ZAZ
with more disabled employees than employees, is a consistency finding for an analyst to decide
on, not a reason to refuse an office's file.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..fields import code, date, pattern, persons, pln, text, yes_no
from ..reference import FOUNDER_SECTORS
from .rules import Strict, row_rule

REGON = r"^(\d{9}|\d{14})$"
_REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
_REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def regon_check_digit(digits: str) -> int:
    """The REGON check digit of the first 8 (or 13) digits: weighted sum mod 11, 10 counts as 0
    (the rule GUS publishes for REGON numbers)."""
    weights = _REGON9_WEIGHTS if len(digits) == 8 else _REGON14_WEIGHTS
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10


def regon_is_valid(value: object) -> bool:
    text_value = str(value)
    if len(text_value) not in (9, 14) or not text_value.isdigit():
        return False
    return regon_check_digit(text_value[:-1]) == int(text_value[-1])


def regon(description: str) -> object:
    return pa.Field(
        str_matches=REGON,
        unique=True,
        nullable=False,
        title="REGON",
        description=description,
        metadata={"unit": "code"},
    )


class _DeliveryBase(pa.DataFrameModel):
    """What every national delivery has: the unit's REGON, valid by its check digit."""

    regon: Series[str] = regon("The unit's REGON (9 digits, or 14 for a local unit): its id in every source.")

    @row_rule("a REGON whose last digit is its check digit", "regon")
    def regon_check_digit_ok(cls, df: pd.DataFrame) -> pd.Series:
        return df["regon"].map(regon_is_valid).astype(bool)


def _teryt(pl: str, description: str, digits: int) -> object:
    return pattern(pl, description, rf"^\d{{{digits}}}$", nullable=False)


class UwRegisterExtract(_DeliveryBase):
    """uw_register_TT.csv: the voivode's register of CIS, KIS and ZAZ (form UW CIS 01), every unit
    entered in it, with its status dates and whether it was active on 31 December."""

    unit_type: Series[str] = code("rodzaj jednostki", "CIS, KIS or ZAZ (WTZ are PFRON's).", ["CIS", "KIS", "ZAZ"])
    unit_name: Series[str] = text("nazwa", "Name as registered.")
    powiat_teryt: Series[str] = _teryt("TERYT powiatu", "Powiat of the seat (WWPP).", 4)
    gmina_teryt: Series[str] = pattern("TERYT gminy", "Gmina of the seat (WWPPGGR), when given.", r"^\d{7}$")
    locality: Series[str] = text("miejscowość", "Town or village of the seat, when given.", nullable=True)
    postal_code: Series[str] = pattern("kod pocztowy", "Postal code nn-nnn, when given.", r"^\d{2}-\d{3}$")
    founder_sector: Series[str] = code("typ podmiotu tworzącego", "Sector of the founder.", FOUNDER_SECTORS)
    entered_date: Series[str] = date("data wpisu", "Entry into the register (CIS: status granted).", nullable=False)
    status_expiry_date: Series[str] = date("data wygaśnięcia statusu", "CIS: when the status expires.")
    struck_off_date: Series[str] = date("data wykreślenia", "Struck off the register; empty while entered.")
    active_31_dec: Series[pd.BooleanDtype] = yes_no("aktywny 31 XII", "Operating on 31 December.")

    class Config(Strict):
        name = "uw_register"

    @row_rule("gmina_teryt inside powiat_teryt", "gmina_teryt", "powiat_teryt")
    def gmina_in_powiat(cls, df: pd.DataFrame) -> pd.Series:
        return (df["gmina_teryt"].isna() | (df["gmina_teryt"].str[:4] == df["powiat_teryt"])).astype(bool)


class UwZazExtract(_DeliveryBase):
    """uw_zaz_TT.csv: employment in each ZAZ on 31 December, from the voivode's records of ZAZ."""

    employees_total: Series[pd.Int64Dtype] = persons("zatrudnieni ogółem", "Employees on 31 December.")
    employees_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")
    employees_disabled: Series[pd.Int64Dtype] = persons(
        "zatrudnieni niepełnosprawni (znaczny, umiarkowany)",
        "Employees with a severe or moderate disability, employed for reintegration.",
    )
    employees_disabled_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")

    class Config(Strict):
        name = "uw_zaz"


class MripsCisExtract(_DeliveryBase):
    """mrips_cis_TT.csv: the ministry's CAS 02 report of each CIS on its year: participants by
    sex and by the group they came from, started, completed, economically independent, staff, cost."""

    participants_total: Series[pd.Int64Dtype] = persons("uczestnicy ogółem", "Participants in the year.")
    participants_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")
    group_long_term_unemployed: Series[pd.Int64Dtype] = persons(
        "długotrwale bezrobotni", "Participants long-term unemployed.", group="cis_groups"
    )
    group_addicted_alcohol: Series[pd.Int64Dtype] = persons(
        "uzależnieni od alkoholu", "Participants dependent on alcohol.", group="cis_groups"
    )
    group_addicted_drugs: Series[pd.Int64Dtype] = persons(
        "uzależnieni od narkotyków", "Participants dependent on psychoactive substances.", group="cis_groups"
    )
    group_homeless: Series[pd.Int64Dtype] = persons("bezdomni", "Participants homeless.", group="cis_groups")
    group_mentally_ill: Series[pd.Int64Dtype] = persons(
        "chorzy psychicznie", "Participants with mental illness.", group="cis_groups"
    )
    group_disabled: Series[pd.Int64Dtype] = persons(
        "osoby z niepełnosprawnością", "Participants with disabilities.", group="cis_groups"
    )
    group_released_from_prison: Series[pd.Int64Dtype] = persons(
        "zwolnieni z zakładów karnych", "Participants released from prison.", group="cis_groups"
    )
    group_other: Series[pd.Int64Dtype] = persons(
        "inne osoby zagrożone wykluczeniem", "Participants of any other group at risk.", group="cis_groups"
    )
    started_total: Series[pd.Int64Dtype] = persons("rozpoczęli zajęcia", "People who started in the year.")
    completed_total: Series[pd.Int64Dtype] = persons("ukończyli zajęcia", "People who completed in the year.")
    independent_total: Series[pd.Int64Dtype] = persons(
        "usamodzielnieni ekonomicznie", "Participants economically independent after completing."
    )
    staff_total: Series[pd.Int64Dtype] = persons("kadra ogółem", "Staff of the CIS (all contracts).")
    cost_total_pln: Series[float] = pln("koszty ogółem", "Cost of running the CIS in the year.")

    class Config(Strict):
        name = "mrips_cis"


class MripsKisExtract(_DeliveryBase):
    """mrips_kis_TT.csv: the ministry's CAS 01 report of each KIS on its year: participants,
    started and completed, each with women, and of those completing, who took up work."""

    participants_total: Series[pd.Int64Dtype] = persons("uczestnicy ogółem", "Participants in the year.")
    participants_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")
    started_total: Series[pd.Int64Dtype] = persons("rozpoczęli zajęcia", "People who started classes.")
    started_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")
    completed_total: Series[pd.Int64Dtype] = persons("ukończyli zajęcia", "People who completed classes.")
    completed_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")
    completed_employed: Series[pd.Int64Dtype] = persons(
        "podjęli zatrudnienie", "Of those completing, people who took up work."
    )

    class Config(Strict):
        name = "mrips_kis"


class PfronWtzExtract(_DeliveryBase):
    """pfron_wtz_TT.csv: PFRON's records of each occupational therapy workshop: seat, founder,
    active on 31 December, participants and the year's costs by source."""

    unit_name: Series[str] = text("nazwa warsztatu", "Name of the workshop.")
    powiat_teryt: Series[str] = _teryt("TERYT powiatu", "Powiat of the seat (WWPP).", 4)
    founder_sector: Series[str] = code("typ podmiotu prowadzącego", "Sector of the running body.", FOUNDER_SECTORS)
    opened_date: Series[str] = date("data utworzenia", "When the workshop opened.", nullable=False)
    active_31_dec: Series[pd.BooleanDtype] = yes_no("aktywny 31 XII", "Operating on 31 December.")
    participants_total: Series[pd.Int64Dtype] = persons("uczestnicy", "Participants in the year.")
    participants_women: Series[pd.Int64Dtype] = persons("w tym kobiety", "Of them women.")
    cost_pfron_pln: Series[float] = pln("koszty ze środków PFRON", "Costs covered by PFRON.", group="wtz_costs")
    cost_local_government_pln: Series[float] = pln(
        "koszty ze środków samorządu", "Costs covered by the powiat or other local government.", group="wtz_costs"
    )
    cost_other_pln: Series[float] = pln("koszty z innych źródeł", "Costs covered otherwise.", group="wtz_costs")

    class Config(Strict):
        name = "pfron_wtz"
