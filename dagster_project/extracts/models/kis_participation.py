"""kis_answers.csv, first half: participants, services, outcomes and drop-outs of a KIS."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from ..fields import persons, yes_no
from .participants import ParticipantsBase


class KisParticipation(ParticipantsBase):
    """The first half of the KIS questionnaire: who took part, what they received, what came of it."""

    cat_elderly: Series[pd.Int64Dtype] = persons(
        "osoby starsze", "Participants elderly (asked of KIS only).", group="categories"
    )
    support_financial: Series[pd.Int64Dtype] = persons(
        "wsparcie finansowe",
        "People given financial support (EU, ministry, labour office, gmina, NGO funds).",
        group="services",
    )
    support_social_reintegration: Series[pd.Int64Dtype] = persons(
        "reintegracja społeczna", "People in social reintegration.", group="services"
    )
    support_vocational_reintegration: Series[pd.Int64Dtype] = persons(
        "reintegracja zawodowa", "People in vocational reintegration.", group="services"
    )
    adhoc_users: Series[pd.Int64Dtype] = persons(
        "korzystający doraźnie", "People using the club ad hoc (not participants).", group="services"
    )
    employed_total: Series[pd.Int64Dtype] = persons(
        "podjęli zatrudnienie", "Participants who took up work (all forms)."
    )
    emp_socially_useful_work: Series[pd.Int64Dtype] = persons(
        "prace społecznie użyteczne", "Work: socially useful work.", group="employment_forms"
    )
    emp_employer: Series[pd.Int64Dtype] = persons(
        "zatrudnienie u pracodawcy", "Work: employed by an employer.", group="employment_forms"
    )
    emp_internship: Series[pd.Int64Dtype] = persons("staż", "Work: internship.", group="employment_forms")
    emp_intervention_work: Series[pd.Int64Dtype] = persons(
        "prace interwencyjne", "Work: intervention work.", group="employment_forms"
    )
    emp_public_works: Series[pd.Int64Dtype] = persons(
        "roboty publiczne", "Work: public works.", group="employment_forms"
    )
    emp_other: Series[pd.Int64Dtype] = persons(
        "inne formy zatrudnienia", "Work: other forms.", group="employment_forms"
    )
    referred_to_cis: Series[pd.Int64Dtype] = persons("skierowani do CIS", "Participants referred to a CIS.")
    has_early_dropouts: Series[pd.BooleanDtype] = yes_no(
        "przedwczesne zakończenie udziału", "Some participants left the programme early."
    )
    dropout_took_job: Series[pd.BooleanDtype] = yes_no("podjęcie pracy", "Drop-out reason: took up a job.")
    dropout_low_motivation: Series[pd.BooleanDtype] = yes_no(
        "słaba motywacja", "Drop-out reason: low motivation, no faith in success."
    )
    dropout_laziness: Series[pd.BooleanDtype] = yes_no("lenistwo", "Drop-out reason: 'laziness' as the club put it.")
    dropout_independent_reasons: Series[pd.BooleanDtype] = yes_no(
        "przyczyny niezależne", "Drop-out reason: illness, family, prison, death."
    )
    dropout_removed: Series[pd.BooleanDtype] = yes_no(
        "usunięcie za łamanie zasad", "Drop-out reason: removed for breaking the rules."
    )
    dropout_other: Series[pd.BooleanDtype] = yes_no(
        "inne przyczyny", "Drop-out reason: other (e.g. transport exclusion)."
    )
    soc_individual_therapy: Series[pd.Int64Dtype] = persons(
        "indywidualne zajęcia terapeutyczne", "Social reintegration: individual therapy.", group="services"
    )
    soc_group_therapy: Series[pd.Int64Dtype] = persons(
        "grupowe zajęcia terapeutyczne", "Social reintegration: group therapy.", group="services"
    )
    soc_educational: Series[pd.Int64Dtype] = persons(
        "zajęcia edukacyjne", "Social reintegration: educational classes.", group="services"
    )
    soc_legal_advice: Series[pd.Int64Dtype] = persons(
        "poradnictwo prawne", "Social reintegration: legal advice.", group="services"
    )
    soc_psychological_advice: Series[pd.Int64Dtype] = persons(
        "poradnictwo psychologiczne", "Social reintegration: psychological advice.", group="services"
    )
    soc_self_help_groups: Series[pd.Int64Dtype] = persons(
        "samopomocowe grupy wsparcia", "Social reintegration: self-help groups.", group="services"
    )
    soc_integration: Series[pd.Int64Dtype] = persons(
        "zajęcia integracyjne", "Social reintegration: integration activities.", group="services"
    )
    soc_skills_training: Series[pd.Int64Dtype] = persons(
        "treningi kompetencji społecznych", "Social reintegration: social skills training.", group="services"
    )
    soc_non_employment: Series[pd.Int64Dtype] = persons(
        "działania pozazatrudnieniowe",
        "Social reintegration: activities outside employment.",
        group="services",
    )
    voc_public_works_referral: Series[pd.Int64Dtype] = persons(
        "kierowanie do PSU i robót publicznych",
        "Vocational: referral to socially useful / public works.",
        group="services",
    )
    voc_internships: Series[pd.Int64Dtype] = persons(
        "staże i praktyki", "Vocational: internships and placements.", group="services"
    )
    voc_career_advice: Series[pd.Int64Dtype] = persons(
        "doradztwo zawodowe", "Vocational: career advice.", group="services"
    )
    voc_training: Series[pd.Int64Dtype] = persons(
        "szkolenia zawodowe", "Vocational: vocational training.", group="services"
    )
    voc_courses: Series[pd.Int64Dtype] = persons(
        "kursy i warsztaty zawodowe", "Vocational: courses and workshops.", group="services"
    )
    voc_business_advice: Series[pd.Int64Dtype] = persons(
        "doradztwo - działalność gospodarcza", "Vocational: advice on self-employment.", group="services"
    )
    voc_cooperative_advice: Series[pd.Int64Dtype] = persons(
        "doradztwo - spółdzielnia socjalna", "Vocational: advice on social cooperatives.", group="services"
    )
    voc_other: Series[pd.Int64Dtype] = persons("inne formy", "Vocational: other forms.", group="services")
    social_contract_people: Series[pd.Int64Dtype] = persons(
        "kontrakt socjalny - osoby", "People supported under a social contract.", group="services"
    )
    social_contract_disabled: Series[pd.Int64Dtype] = persons(
        "kontrakt socjalny - w tym niepełnosprawni", "Of them, people with disabilities.", group="services"
    )
    disabled_served: Series[pd.Int64Dtype] = persons(
        "osoby z niepełnosprawnościami korzystające z usług",
        "People with disabilities who used the club's services.",
        group="services",
    )
    disabled_employed: Series[pd.Int64Dtype] = persons(
        "w tym zatrudnione", "Of them, who found work.", group="services"
    )
    pai_participants: Series[pd.Int64Dtype] = persons(
        "Program Aktywizacja i Integracja - uczestnicy", "People in the PAI programme.", group="services"
    )
    pai_elderly: Series[pd.Int64Dtype] = persons("PAI - osoby starsze", "Of the PAI people, elderly.", group="services")
    pai_sds_residents: Series[pd.Int64Dtype] = persons(
        "PAI - podopieczni ŚDS",
        "Of the PAI people, residents of a community self-help home.",
        group="services",
    )
