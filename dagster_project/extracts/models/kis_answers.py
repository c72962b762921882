"""kis_answers.csv: the ROPS questionnaire of a KIS (its first half in kis_participation.py)."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from ..fields import code, number, persons, yes_no
from ..reference import SUSPENSION_REASONS
from .kis_participation import KisParticipation
from .rules import Strict


class KisAnswersExtract(KisParticipation):
    """kis_answers.csv: one row per KIS that answered the ROPS questionnaire (ankieta KIS)."""

    fund_gmina_budget: Series[pd.BooleanDtype] = yes_no("budżet gminy", "Funded from the gmina budget.")
    fund_eu: Series[pd.BooleanDtype] = yes_no("fundusze unijne", "Funded from EU funds.")
    fund_labour_office: Series[pd.BooleanDtype] = yes_no("środki PUP", "Funded by the powiat labour office.")
    fund_ngo_own: Series[pd.BooleanDtype] = yes_no("środki własne NGO", "Funded from the founding NGO's own funds.")
    fund_donations: Series[pd.BooleanDtype] = yes_no("darowizny", "Funded by donations.")
    fund_state_budget: Series[pd.BooleanDtype] = yes_no(
        "budżet państwa (programy resortowe)", "Funded from the state budget (ministry programmes)."
    )
    fund_other: Series[pd.BooleanDtype] = yes_no("inne źródła", "Funded from other sources.")
    funding_sufficient: Series[pd.BooleanDtype] = yes_no("środki wystarczające", "The club's funds are sufficient.")
    lack_specialist_pay: Series[pd.BooleanDtype] = yes_no(
        "brak: wynagrodzenia specjalistów", "Lacks funds for specialists' pay."
    )
    lack_materials: Series[pd.BooleanDtype] = yes_no("brak: materiały", "Lacks funds for materials.")
    lack_office_equipment: Series[pd.BooleanDtype] = yes_no("brak: sprzęt biurowy", "Lacks funds for office equipment.")
    lack_renovation: Series[pd.BooleanDtype] = yes_no("brak: remonty", "Lacks funds for renovation.")
    lack_other: Series[pd.BooleanDtype] = yes_no("brak: inne", "Lacks funds for other needs.")
    applications_submitted: Series[pd.Int64Dtype] = number(
        "złożone wnioski o dofinansowanie", "Applications for external funding submitted.", "applications"
    )
    applications_funded: Series[pd.Int64Dtype] = number(
        "wnioski z dofinansowaniem", "Applications that were funded.", "applications"
    )
    staff_total: Series[pd.Int64Dtype] = persons("liczba zatrudnionych ogółem", "Staff in total as stated by the club.")
    staff_employment_contract: Series[pd.Int64Dtype] = persons(
        "umowa o pracę", "Staff on an employment contract.", group="staff_contracts"
    )
    staff_civil_contract: Series[pd.Int64Dtype] = persons(
        "umowa zlecenie / o dzieło", "Staff on civil-law contracts.", group="staff_contracts"
    )
    staff_other_form: Series[pd.Int64Dtype] = persons(
        "inna forma współpracy", "Staff in another form of cooperation.", group="staff_contracts"
    )
    interns: Series[pd.Int64Dtype] = persons("stażyści", "Interns.")
    volunteers: Series[pd.Int64Dtype] = persons("wolontariusze", "Volunteers.")
    role_leaders: Series[pd.Int64Dtype] = persons(
        "lider / kierownik KIS", "Staff role: club leader or manager.", group="staff_roles"
    )
    role_social_workers: Series[pd.Int64Dtype] = persons(
        "pracownik socjalny", "Staff role: social worker.", group="staff_roles"
    )
    role_psychologists: Series[pd.Int64Dtype] = persons("psycholog", "Staff role: psychologist.", group="staff_roles")
    role_lawyers: Series[pd.Int64Dtype] = persons("prawnik", "Staff role: lawyer.", group="staff_roles")
    role_administration: Series[pd.Int64Dtype] = persons(
        "pracownik administracyjno-księgowy", "Staff role: administration and accounts.", group="staff_roles"
    )
    role_career_advisers: Series[pd.Int64Dtype] = persons(
        "doradca zawodowy", "Staff role: career adviser.", group="staff_roles"
    )
    role_family_assistants: Series[pd.Int64Dtype] = persons(
        "asystent rodziny", "Staff role: family assistant.", group="staff_roles"
    )
    has_other_specialists: Series[pd.BooleanDtype] = yes_no(
        "inni specjaliści", "Other kinds of specialists work in the club."
    )
    staff_sufficient: Series[pd.BooleanDtype] = yes_no(
        "liczba zatrudnionych wystarczająca", "The club's staff is sufficient."
    )
    has_computers: Series[pd.BooleanDtype] = yes_no("komputery", "The club has computers.")
    has_internet: Series[pd.BooleanDtype] = yes_no("dostęp do Internetu", "The club has Internet access.")
    has_own_premises: Series[pd.BooleanDtype] = yes_no("własny lokal", "The club has its own premises.")
    has_rented_premises: Series[pd.BooleanDtype] = yes_no(
        "lokal wynajęty / użyczony", "The club uses rented or lent premises."
    )
    has_office_rooms: Series[pd.BooleanDtype] = yes_no(
        "pomieszczenia socjalno-biurowe", "The club has office and social rooms."
    )
    partner_labour_office: Series[pd.BooleanDtype] = yes_no("Powiatowy Urząd Pracy", "Partner: powiat labour office.")
    partner_family_support_centre: Series[pd.BooleanDtype] = yes_no(
        "Powiatowe Centrum Pomocy Rodzinie", "Partner: powiat family support centre."
    )
    partner_social_assistance_centre: Series[pd.BooleanDtype] = yes_no(
        "Ośrodek Pomocy Społecznej", "Partner: social assistance centre."
    )
    partner_social_services_centre: Series[pd.BooleanDtype] = yes_no(
        "Centrum Usług Społecznych", "Partner: social services centre."
    )
    partner_local_government: Series[pd.BooleanDtype] = yes_no(
        "Jednostka Samorządu Terytorialnego", "Partner: local government."
    )
    partner_education: Series[pd.BooleanDtype] = yes_no("instytucje oświatowe", "Partner: education institutions.")
    partner_employers: Series[pd.BooleanDtype] = yes_no("pracodawcy", "Partner: employers.")
    partner_cis: Series[pd.BooleanDtype] = yes_no("Centrum Integracji Społecznej", "Partner: a CIS.")
    partner_other_kis: Series[pd.BooleanDtype] = yes_no("inny KIS", "Partner: another KIS.")
    partner_ngo: Series[pd.BooleanDtype] = yes_no("organizacje pozarządowe", "Partner: NGOs.")
    partner_church: Series[pd.BooleanDtype] = yes_no("organizacje kościelne", "Partner: church organisations.")
    partner_training_firms: Series[pd.BooleanDtype] = yes_no("firmy szkoleniowe", "Partner: training firms.")
    partner_foreign: Series[pd.BooleanDtype] = yes_no("podmioty zagraniczne", "Partner: foreign bodies.")
    promo_website: Series[pd.BooleanDtype] = yes_no("strony internetowe", "Promotion: websites.")
    promo_notice_boards: Series[pd.BooleanDtype] = yes_no(
        "tablice informacyjne", "Promotion: notice boards of gmina offices and OPS."
    )
    promo_leaflets: Series[pd.BooleanDtype] = yes_no("ulotki", "Promotion: leaflets.")
    promo_posters_press: Series[pd.BooleanDtype] = yes_no(
        "plakaty, prasa lokalna", "Promotion: posters and local press."
    )
    promo_seminars: Series[pd.BooleanDtype] = yes_no("seminaria, konferencje", "Promotion: seminars and conferences.")
    promo_television: Series[pd.BooleanDtype] = yes_no("telewizja", "Promotion: television.")
    audience_residents: Series[pd.BooleanDtype] = yes_no("odbiorcy: mieszkańcy", "Promotion audience: local residents.")
    audience_potential_participants: Series[pd.BooleanDtype] = yes_no(
        "odbiorcy: potencjalni uczestnicy", "Promotion audience: potential participants."
    )
    audience_employers: Series[pd.BooleanDtype] = yes_no("odbiorcy: pracodawcy", "Promotion audience: employers.")
    member_regional_platform: Series[pd.BooleanDtype] = yes_no(
        "Regionalna Platforma Współpracy", "Member of the Regional Platform for Social Economy."
    )
    member_kis_forum: Series[pd.BooleanDtype] = yes_no("Forum KIS", "Member of the voivodship Forum of KIS.")
    member_national_network: Series[pd.BooleanDtype] = yes_no(
        "sieć ogólnopolska", "Member of a national organisation or network."
    )
    need_services_for_local_gov: Series[pd.BooleanDtype] = yes_no(
        "usługi społeczne na rzecz JST", "Training need: social services for local government."
    )
    need_difficult_client: Series[pd.BooleanDtype] = yes_no(
        "praca z trudnym klientem", "Training need: the difficult client, aggression."
    )
    need_new_target_groups: Series[pd.BooleanDtype] = yes_no(
        "nowe grupy docelowe", "Training need: refugees and migrants."
    )
    need_deinstitutionalisation: Series[pd.BooleanDtype] = yes_no(
        "deinstytucjonalizacja", "Training need: deinstitutionalisation."
    )
    need_personal_assistance: Series[pd.BooleanDtype] = yes_no(
        "asystencja osobista", "Training need: personal assistance and respite care."
    )
    need_other: Series[pd.BooleanDtype] = yes_no("inne potrzeby", "Training need: other (e.g. supervision).")
    improve_stable_funding: Series[pd.BooleanDtype] = yes_no("stałe finansowanie", "Way to improve: stable funding.")
    improve_additional_funds: Series[pd.BooleanDtype] = yes_no("dodatkowe środki", "Way to improve: additional funds.")
    improve_cooperation: Series[pd.BooleanDtype] = yes_no(
        "współpraca międzyinstytucjonalna", "Way to improve: inter-institutional cooperation."
    )
    improve_employer_relations: Series[pd.BooleanDtype] = yes_no(
        "relacje z pracodawcami", "Way to improve: closer relations with employers."
    )
    improve_promotion: Series[pd.BooleanDtype] = yes_no("promocja KIS", "Way to improve: promotion.")
    improve_premises: Series[pd.BooleanDtype] = yes_no("warunki lokalowe", "Way to improve: better premises.")
    improve_more_staff: Series[pd.BooleanDtype] = yes_no("dodatkowi pracownicy", "Way to improve: more staff.")
    improve_local_authority_support: Series[pd.BooleanDtype] = yes_no(
        "zaangażowanie władz lokalnych", "Way to improve: local authority involvement."
    )
    improve_system_change: Series[pd.BooleanDtype] = yes_no(
        "zmiana systemu działania", "Way to improve: change how KIS work."
    )
    improve_support_catalogue: Series[pd.BooleanDtype] = yes_no(
        "rozszerzenie katalogu wsparcia", "Way to improve: wider catalogue of support."
    )
    improve_legislation: Series[pd.BooleanDtype] = yes_no("zmiany legislacyjne", "Way to improve: legislative change.")
    staff_trained: Series[pd.BooleanDtype] = yes_no(
        "szkolenia pracowników", "Staff took part in training, advice or study visits."
    )
    suspension_reason: Series[str] = code(
        "przyczyna zawieszenia",
        "Why a suspended club suspended its activity.",
        SUSPENSION_REASONS,
        nullable=True,
    )

    class Config(Strict):
        name = "kis_answers"
