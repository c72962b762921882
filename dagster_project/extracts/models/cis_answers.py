"""cis_answers.csv: the ROPS questionnaire of a CIS."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from ..fields import persons, pln, yes_no
from .participants import ParticipantsBase
from .rules import Strict


class CisAnswersExtract(ParticipantsBase):
    """cis_answers.csv: one row per CIS that answered the ROPS questionnaire (ankieta CIS)."""

    voc_workshops: Series[pd.Int64Dtype] = persons(
        "warsztaty zawodowe w CIS", "People in the CIS's own production/service workshops.", group="services"
    )
    voc_job_placement: Series[pd.Int64Dtype] = persons(
        "pośrednictwo pracy", "People given job placement.", group="services"
    )
    voc_external_training: Series[pd.Int64Dtype] = persons(
        "szkolenia zawodowe zewnętrzne", "People in vocational training by external bodies.", group="services"
    )
    voc_business_classes: Series[pd.Int64Dtype] = persons(
        "zajęcia z działalności gospodarczej / spółdzielni",
        "People in classes on running a business or social cooperative.",
        group="services",
    )
    voc_other: Series[pd.Int64Dtype] = persons(
        "inne usługi reintegracji zawodowej",
        "People in other vocational reintegration services.",
        group="services",
    )
    soc_therapy: Series[pd.Int64Dtype] = persons(
        "zajęcia terapeutyczne", "People in therapy sessions.", group="services"
    )
    soc_individual_counselling: Series[pd.Int64Dtype] = persons(
        "poradnictwo psychologiczne / terapeutyczne", "People given individual counselling.", group="services"
    )
    soc_educational_groups: Series[pd.Int64Dtype] = persons(
        "grupy edukacyjne", "People in educational groups.", group="services"
    )
    soc_self_help_groups: Series[pd.Int64Dtype] = persons(
        "grupy samopomocowe / wsparcia", "People in self-help or support groups.", group="services"
    )
    soc_other: Series[pd.Int64Dtype] = persons(
        "inne usługi reintegracji społecznej",
        "People in other social reintegration services.",
        group="services",
    )
    completed_positively: Series[pd.Int64Dtype] = persons(
        "pozytywnie kończący zajęcia", "Participants who completed the programme positively."
    )
    independent_total: Series[pd.Int64Dtype] = persons(
        "usamodzielnieni ekonomicznie ogółem", "Of them, economically independent (total)."
    )
    indep_supported_employment: Series[pd.Int64Dtype] = persons(
        "zatrudnienie wspierane",
        "Independent: employed with supported employment.",
        group="independence_forms",
    )
    indep_open_market: Series[pd.Int64Dtype] = persons(
        "u pracodawcy bez zatrudnienia wspieranego",
        "Independent: employed on the open market.",
        group="independence_forms",
    )
    indep_employed_in_cis: Series[pd.Int64Dtype] = persons(
        "zatrudnieni w CIS", "Independent: employed in the CIS.", group="independence_forms"
    )
    indep_self_employed: Series[pd.Int64Dtype] = persons(
        "samodzielna działalność gospodarcza", "Independent: self-employed.", group="independence_forms"
    )
    indep_social_cooperative: Series[pd.Int64Dtype] = persons(
        "spółdzielnia socjalna", "Independent: social cooperative.", group="independence_forms"
    )
    indep_internship: Series[pd.Int64Dtype] = persons(
        "staż zawodowy", "Independent: referred to an internship.", group="independence_forms"
    )
    indep_pension_rights: Series[pd.Int64Dtype] = persons(
        "nabyli prawo do świadczeń emerytalnych lub rentowych",
        "Independent: acquired pension rights.",
        group="independence_forms",
    )
    indep_disabled: Series[pd.Int64Dtype] = persons(
        "w tym osoby z niepełnosprawnościami", "Of the independent, people with disabilities."
    )
    funding_total_pln: Series[float] = pln("łączna kwota finansowania", "Funding in total as stated by the CIS.")
    fund_labour_fund_pln: Series[float] = pln("Fundusz Pracy", "Funding from the Labour Fund.", group="funding_sources")
    fund_own_activity_pln: Series[float] = pln(
        "własna działalność CIS", "Income from the CIS's own economic activity.", group="funding_sources"
    )
    fund_gmina_budget_pln: Series[float] = pln("budżet gminy", "Funding from gmina budgets.", group="funding_sources")
    fund_voivodship_budget_pln: Series[float] = pln(
        "budżet województwa", "Funding from the voivodship budget.", group="funding_sources"
    )
    fund_state_budget_pln: Series[float] = pln(
        "budżet państwa", "Funding from the state budget.", group="funding_sources"
    )
    fund_eu_pln: Series[float] = pln("środki unijne", "Funding from EU funds.", group="funding_sources")
    fund_other_pln: Series[float] = pln("inne źródła", "Funding from other sources.", group="funding_sources")
    staff_total: Series[pd.Int64Dtype] = persons("liczba pracowników ogółem", "Staff in total as stated by the CIS.")
    staff_managers: Series[pd.Int64Dtype] = persons("kierownik centrum", "Staff: managers.", group="staff_roles")
    staff_activity_workers: Series[pd.Int64Dtype] = persons(
        "pracownicy działalności wytwórczej, handlowej, usługowej, obsługi finansowej",
        "Staff: production/trade/service and finance workers.",
        group="staff_roles",
    )
    staff_reintegration: Series[pd.Int64Dtype] = persons(
        "osoby prowadzące reintegrację",
        "Staff: running social and vocational reintegration.",
        group="staff_roles",
    )
    staff_social_workers: Series[pd.Int64Dtype] = persons(
        "pracownicy socjalni", "Staff: social workers.", group="staff_roles"
    )
    staff_vocational_instructors: Series[pd.Int64Dtype] = persons(
        "instruktorzy zawodu", "Staff: vocational instructors.", group="staff_roles"
    )
    staff_art16_persons: Series[pd.Int64Dtype] = persons(
        "osoby z art. 16 ust. 1 pkt 1 lit. b",
        "Staff: persons under art. 16(1)(1)(b) of the act.",
        group="staff_roles",
    )
    staff_other: Series[pd.Int64Dtype] = persons("inne osoby", "Staff: others.", group="staff_roles")
    staff_employment_contract: Series[pd.Int64Dtype] = persons(
        "umowa o pracę", "Staff on an employment contract (full or part time).", group="staff_contracts"
    )
    staff_civil_contract: Series[pd.Int64Dtype] = persons(
        "umowa zlecenie / o dzieło", "Staff on civil-law contracts.", group="staff_contracts"
    )
    volunteers: Series[pd.Int64Dtype] = persons("wolontariusze", "Volunteers working with the CIS.")
    has_staff_shortage: Series[pd.BooleanDtype] = yes_no(
        "liczba pracowników niewystarczająca", "The CIS says its staff is too small."
    )
    staff_shortage_count: Series[pd.Int64Dtype] = persons(
        "brakująca liczba pracowników", "Staff the CIS says it lacks."
    )
    member_regional_platform: Series[pd.BooleanDtype] = yes_no(
        "Regionalna Platforma Współpracy", "Member of the Regional Platform for Social Economy."
    )
    member_cis_forum: Series[pd.BooleanDtype] = yes_no("Forum CIS", "Member of the voivodship Forum of CIS.")
    member_national_network: Series[pd.BooleanDtype] = yes_no(
        "sieć ogólnopolska", "Member of a national organisation or network."
    )
    need_difficult_client: Series[pd.BooleanDtype] = yes_no(
        "praca z trudnym klientem", "Training need: the difficult client, aggression."
    )
    need_alcohol_addiction: Series[pd.BooleanDtype] = yes_no(
        "praca z osobami uzależnionymi", "Training need: people addicted to alcohol and their families."
    )
    need_services_for_local_gov: Series[pd.BooleanDtype] = yes_no(
        "usługi społeczne na rzecz JST", "Training need: social services for local government."
    )
    need_personal_assistance: Series[pd.BooleanDtype] = yes_no(
        "asystencja osobista, opieka wytchnieniowa", "Training need: personal assistance and respite care."
    )
    need_new_target_groups: Series[pd.BooleanDtype] = yes_no(
        "nowe grupy docelowe", "Training need: refugees, migrants and other new groups."
    )
    need_deinstitutionalisation: Series[pd.BooleanDtype] = yes_no(
        "deinstytucjonalizacja", "Training need: deinstitutionalisation of social services."
    )

    class Config(Strict):
        name = "cis_answers"
