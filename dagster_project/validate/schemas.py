"""The contract of each yearly extract, as pandera models (gate 1).

Structure only: required columns and no others, types, allowed codes, no negative counts, unique
ids. Arithmetic between totals and their parts (age bands vs participants, staff by contract vs
staff in total, ...) is deliberately not here: real extracts disagree there, and those
disagreements are consistency findings (validate/identities.py) for an analyst to see and
acknowledge, not reasons to refuse a file.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Optional

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .fields import code, date, key, measure, number, persons, pln, text, yes_no

UNIT_TYPES = ["CIS", "KIS", "ZAZ", "WTZ"]
ALL_TYPES = "ALL"  # national statistics also give figures for the four types together
REFERENCE = Path(__file__).resolve().parents[2] / "seeds" / "reference"


def _reference(file: str, column: str) -> list[str]:
    """Allowed codes kept in one place: the dbt seed that the marts join to."""
    with (REFERENCE / file).open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


NATIONAL_MEASURES = _reference("national_measures.csv", "measure")
VOIVODSHIPS = _reference("voivodships.csv", "voivodship_teryt")
FOUNDER_SECTORS = ["non_profit", "local_government", "social_cooperative", "company", "other"]
ACTIVITY_STATUSES = ["active", "suspended", "inactive"]
SUSPENSION_REASONS = ["lack_of_funding", "no_participants", "other"]
UNIT_ID = r"^(CIS|KIS|ZAZ|WTZ)\d{2,3}$"

AGE_BANDS = ["age_under_25", "age_25_35", "age_36_45", "age_over_45"]
EDUCATION_LEVELS = ["edu_primary", "edu_lower_secondary", "edu_basic_vocational", "edu_secondary",
                    "edu_post_secondary", "edu_higher"]


class _Strict:
    strict = True
    coerce = True


class RegisterExtract(pa.DataFrameModel):
    """register.csv: the voivode's register of units as of 31 December (rejestr wojewody)."""

    unit_id: Series[str] = key("identyfikator jednostki", "Stable id of the unit, the same every year: type code and number.", UNIT_ID, unique=True)
    unit_type: Series[str] = code("rodzaj jednostki", "CIS, KIS, ZAZ or WTZ.", UNIT_TYPES)
    unit_name: Series[str] = text("nazwa", "Name as registered; Polish letters kept.")
    postal_code: Series[str] = pa.Field(str_matches=r"^\d{2}-\d{3}$", nullable=True, title="kod pocztowy", description="Postal code nn-nnn.", metadata={"unit": "code"})
    locality: Series[str] = text("miejscowość", "Town or village of the seat.")
    street_address: Series[str] = text("adres", "Street and number as registered.", nullable=True)
    powiat_name: Series[str] = text("powiat", "Powiat (county) of the seat; city-powiats by city name.")
    powiat_teryt: Series[str] = pa.Field(str_matches=r"^\d{4}$", nullable=False, title="kod TERYT powiatu", description="Four-digit TERYT code of the powiat (voivodship code + powiat).", metadata={"unit": "code"})
    founder_name: Series[str] = text("nazwa instytucji tworzącej", "Founding / running body.")
    founder_sector: Series[str] = code("sektor podmiotu tworzącego", "Sector of the founder.", FOUNDER_SECTORS)
    status_granted_date: Series[str] = date("data uzyskania statusu", "Date the current status was granted (CIS); empty for KIS.")
    status_expiry_date: Series[str] = date("data wygaśnięcia statusu", "Date the status expires (CIS, max. 5 years); empty for KIS.")
    planned_activity: Series[str] = text("planowany rodzaj działalności", "Kinds of activity (wytwórcza, usługowa, handlowa).", nullable=True)
    activity_status: Series[str] = code("status działalności", "Activity in the reporting year as the survey established it.", ACTIVITY_STATUSES)

    class Config(_Strict):
        name = "register"

    @pa.dataframe_check(name="unit_id starts with unit_type")
    def id_matches_type(cls, df: pd.DataFrame) -> pd.Series:
        return df["unit_id"].str[:3] == df["unit_type"]


class _ParticipantsBase(pa.DataFrameModel):
    """Columns the CIS and KIS questionnaires share: who the participants were."""

    unit_id: Series[str] = key("identyfikator jednostki", "Unit id, as in register.csv.", UNIT_ID, unique=True)
    participants_total: Series["Int64"] = persons("liczba uczestników", "Participants in the year (one person counted once).")
    cat_long_term_unemployed: Series["Int64"] = persons("długotrwale bezrobotni", "Participants long-term unemployed (categories overlap).")
    cat_homeless: Series["Int64"] = persons("bezdomni", "Participants homeless.")
    cat_alcohol_addicted: Series["Int64"] = persons("uzależnieni od alkoholu", "Participants addicted to alcohol.")
    cat_drug_addicted: Series["Int64"] = persons("uzależnieni od narkotyków", "Participants addicted to drugs.")
    cat_mentally_ill: Series["Int64"] = persons("osoby z zaburzeniami psychicznymi", "Participants mentally ill.")
    cat_released_prisoners: Series["Int64"] = persons("zwolnieni z zakładów karnych", "Participants released from prison.")
    cat_refugees: Series["Int64"] = persons("uchodźcy", "Refugees in an individual integration programme.")
    cat_disabled: Series["Int64"] = persons("osoby z niepełnosprawnościami", "Participants with disabilities.")
    cat_other: Series["Int64"] = persons("inne", "Participants in no listed category ('inne').")
    age_under_25: Series["Int64"] = persons("poniżej 25 lat", "Participants under 25; with the other bands sums to participants_total, or all b.d.")
    age_25_35: Series["Int64"] = persons("25-35 lat", "Participants aged 25-35.")
    age_36_45: Series["Int64"] = persons("36-45 lat", "Participants aged 36-45.")
    age_over_45: Series["Int64"] = persons("powyżej 45 lat", "Participants over 45.")
    edu_primary: Series["Int64"] = persons("podstawowe", "Education: primary; the levels sum to participants_total, or all b.d.")
    edu_lower_secondary: Series["Int64"] = persons("gimnazjalne", "Education: lower secondary (gimnazjum).")
    edu_basic_vocational: Series["Int64"] = persons("zasadnicze zawodowe", "Education: basic vocational.")
    edu_secondary: Series["Int64"] = persons("średnie", "Education: secondary.")
    edu_post_secondary: Series["Int64"] = persons("policealne", "Education: post-secondary.")
    edu_higher: Series["Int64"] = persons("wyższe", "Education: higher.")


class CisAnswersExtract(_ParticipantsBase):
    """cis_answers.csv: one row per CIS that answered the ROPS questionnaire (ankieta CIS)."""

    voc_workshops: Series["Int64"] = persons("warsztaty zawodowe w CIS", "People in the CIS's own production/service workshops.")
    voc_job_placement: Series["Int64"] = persons("pośrednictwo pracy", "People given job placement.")
    voc_external_training: Series["Int64"] = persons("szkolenia zawodowe zewnętrzne", "People in vocational training by external bodies.")
    voc_business_classes: Series["Int64"] = persons("zajęcia z działalności gospodarczej / spółdzielni", "People in classes on running a business or social cooperative.")
    voc_other: Series["Int64"] = persons("inne usługi reintegracji zawodowej", "People in other vocational reintegration services.")
    soc_therapy: Series["Int64"] = persons("zajęcia terapeutyczne", "People in therapy sessions.")
    soc_individual_counselling: Series["Int64"] = persons("poradnictwo psychologiczne / terapeutyczne", "People given individual counselling.")
    soc_educational_groups: Series["Int64"] = persons("grupy edukacyjne", "People in educational groups.")
    soc_self_help_groups: Series["Int64"] = persons("grupy samopomocowe / wsparcia", "People in self-help or support groups.")
    soc_other: Series["Int64"] = persons("inne usługi reintegracji społecznej", "People in other social reintegration services.")
    completed_positively: Series["Int64"] = persons("pozytywnie kończący zajęcia", "Participants who completed the programme positively.")
    independent_total: Series["Int64"] = persons("usamodzielnieni ekonomicznie ogółem", "Of them, economically independent (total).")
    indep_supported_employment: Series["Int64"] = persons("zatrudnienie wspierane", "Independent: employed with supported employment.")
    indep_open_market: Series["Int64"] = persons("u pracodawcy bez zatrudnienia wspieranego", "Independent: employed on the open market.")
    indep_employed_in_cis: Series["Int64"] = persons("zatrudnieni w CIS", "Independent: employed in the CIS.")
    indep_self_employed: Series["Int64"] = persons("samodzielna działalność gospodarcza", "Independent: self-employed.")
    indep_social_cooperative: Series["Int64"] = persons("spółdzielnia socjalna", "Independent: social cooperative.")
    indep_internship: Series["Int64"] = persons("staż zawodowy", "Independent: referred to an internship.")
    indep_pension_rights: Series["Int64"] = persons("nabyli prawo do świadczeń emerytalnych lub rentowych", "Independent: acquired pension rights.")
    indep_disabled: Series["Int64"] = persons("w tym osoby z niepełnosprawnościami", "Of the independent, people with disabilities.")
    funding_total_pln: Series[float] = pln("łączna kwota finansowania", "Funding in total as stated by the CIS.")
    fund_labour_fund_pln: Series[float] = pln("Fundusz Pracy", "Funding from the Labour Fund.")
    fund_own_activity_pln: Series[float] = pln("własna działalność CIS", "Income from the CIS's own economic activity.")
    fund_gmina_budget_pln: Series[float] = pln("budżet gminy", "Funding from gmina budgets.")
    fund_voivodship_budget_pln: Series[float] = pln("budżet województwa", "Funding from the voivodship budget.")
    fund_state_budget_pln: Series[float] = pln("budżet państwa", "Funding from the state budget.")
    fund_eu_pln: Series[float] = pln("środki unijne", "Funding from EU funds.")
    fund_other_pln: Series[float] = pln("inne źródła", "Funding from other sources.")
    staff_total: Series["Int64"] = persons("liczba pracowników ogółem", "Staff in total as stated by the CIS.")
    staff_managers: Series["Int64"] = persons("kierownik centrum", "Staff: managers.")
    staff_activity_workers: Series["Int64"] = persons("pracownicy działalności wytwórczej, handlowej, usługowej, obsługi finansowej", "Staff: production/trade/service and finance workers.")
    staff_reintegration: Series["Int64"] = persons("osoby prowadzące reintegrację", "Staff: running social and vocational reintegration.")
    staff_social_workers: Series["Int64"] = persons("pracownicy socjalni", "Staff: social workers.")
    staff_vocational_instructors: Series["Int64"] = persons("instruktorzy zawodu", "Staff: vocational instructors.")
    staff_art16_persons: Series["Int64"] = persons("osoby z art. 16 ust. 1 pkt 1 lit. b", "Staff: persons under art. 16(1)(1)(b) of the act.")
    staff_other: Series["Int64"] = persons("inne osoby", "Staff: others.")
    staff_employment_contract: Series["Int64"] = persons("umowa o pracę", "Staff on an employment contract (full or part time).")
    staff_civil_contract: Series["Int64"] = persons("umowa zlecenie / o dzieło", "Staff on civil-law contracts.")
    volunteers: Series["Int64"] = persons("wolontariusze", "Volunteers working with the CIS.")
    has_staff_shortage: Series["boolean"] = yes_no("liczba pracowników niewystarczająca", "The CIS says its staff is too small.")
    staff_shortage_count: Series["Int64"] = persons("brakująca liczba pracowników", "Staff the CIS says it lacks.")
    member_regional_platform: Series["boolean"] = yes_no("Regionalna Platforma Współpracy", "Member of the Regional Platform for Social Economy.")
    member_cis_forum: Series["boolean"] = yes_no("Forum CIS", "Member of the voivodship Forum of CIS.")
    member_national_network: Series["boolean"] = yes_no("sieć ogólnopolska", "Member of a national organisation or network.")
    need_difficult_client: Series["boolean"] = yes_no("praca z trudnym klientem", "Training need: the difficult client, aggression.")
    need_alcohol_addiction: Series["boolean"] = yes_no("praca z osobami uzależnionymi", "Training need: people addicted to alcohol and their families.")
    need_services_for_local_gov: Series["boolean"] = yes_no("usługi społeczne na rzecz JST", "Training need: social services for local government.")
    need_personal_assistance: Series["boolean"] = yes_no("asystencja osobista, opieka wytchnieniowa", "Training need: personal assistance and respite care.")
    need_new_target_groups: Series["boolean"] = yes_no("nowe grupy docelowe", "Training need: refugees, migrants and other new groups.")
    need_deinstitutionalisation: Series["boolean"] = yes_no("deinstytucjonalizacja", "Training need: deinstitutionalisation of social services.")

    class Config(_Strict):
        name = "cis_answers"


class KisAnswersExtract(_ParticipantsBase):
    """kis_answers.csv: one row per KIS that answered the ROPS questionnaire (ankieta KIS)."""

    cat_elderly: Series["Int64"] = persons("osoby starsze", "Participants elderly (asked of KIS only).")
    support_financial: Series["Int64"] = persons("wsparcie finansowe", "People given financial support (EU, ministry, labour office, gmina, NGO funds).")
    support_social_reintegration: Series["Int64"] = persons("reintegracja społeczna", "People in social reintegration.")
    support_vocational_reintegration: Series["Int64"] = persons("reintegracja zawodowa", "People in vocational reintegration.")
    adhoc_users: Series["Int64"] = persons("korzystający doraźnie", "People using the club ad hoc (not participants).")
    employed_total: Series["Int64"] = persons("podjęli zatrudnienie", "Participants who took up work (all forms).")
    emp_socially_useful_work: Series["Int64"] = persons("prace społecznie użyteczne", "Work: socially useful work.")
    emp_employer: Series["Int64"] = persons("zatrudnienie u pracodawcy", "Work: employed by an employer.")
    emp_internship: Series["Int64"] = persons("staż", "Work: internship.")
    emp_intervention_work: Series["Int64"] = persons("prace interwencyjne", "Work: intervention work.")
    emp_public_works: Series["Int64"] = persons("roboty publiczne", "Work: public works.")
    emp_other: Series["Int64"] = persons("inne formy zatrudnienia", "Work: other forms.")
    referred_to_cis: Series["Int64"] = persons("skierowani do CIS", "Participants referred to a CIS.")
    has_early_dropouts: Series["boolean"] = yes_no("przedwczesne zakończenie udziału", "Some participants left the programme early.")
    dropout_took_job: Series["boolean"] = yes_no("podjęcie pracy", "Drop-out reason: took up a job.")
    dropout_low_motivation: Series["boolean"] = yes_no("słaba motywacja", "Drop-out reason: low motivation, no faith in success.")
    dropout_laziness: Series["boolean"] = yes_no("lenistwo", "Drop-out reason: 'laziness' as the club put it.")
    dropout_independent_reasons: Series["boolean"] = yes_no("przyczyny niezależne", "Drop-out reason: illness, family, prison, death.")
    dropout_removed: Series["boolean"] = yes_no("usunięcie za łamanie zasad", "Drop-out reason: removed for breaking the rules.")
    dropout_other: Series["boolean"] = yes_no("inne przyczyny", "Drop-out reason: other (e.g. transport exclusion).")
    soc_individual_therapy: Series["Int64"] = persons("indywidualne zajęcia terapeutyczne", "Social reintegration: individual therapy.")
    soc_group_therapy: Series["Int64"] = persons("grupowe zajęcia terapeutyczne", "Social reintegration: group therapy.")
    soc_educational: Series["Int64"] = persons("zajęcia edukacyjne", "Social reintegration: educational classes.")
    soc_legal_advice: Series["Int64"] = persons("poradnictwo prawne", "Social reintegration: legal advice.")
    soc_psychological_advice: Series["Int64"] = persons("poradnictwo psychologiczne", "Social reintegration: psychological advice.")
    soc_self_help_groups: Series["Int64"] = persons("samopomocowe grupy wsparcia", "Social reintegration: self-help groups.")
    soc_integration: Series["Int64"] = persons("zajęcia integracyjne", "Social reintegration: integration activities.")
    soc_skills_training: Series["Int64"] = persons("treningi kompetencji społecznych", "Social reintegration: social skills training.")
    soc_non_employment: Series["Int64"] = persons("działania pozazatrudnieniowe", "Social reintegration: activities outside employment.")
    voc_public_works_referral: Series["Int64"] = persons("kierowanie do PSU i robót publicznych", "Vocational: referral to socially useful / public works.")
    voc_internships: Series["Int64"] = persons("staże i praktyki", "Vocational: internships and placements.")
    voc_career_advice: Series["Int64"] = persons("doradztwo zawodowe", "Vocational: career advice.")
    voc_training: Series["Int64"] = persons("szkolenia zawodowe", "Vocational: vocational training.")
    voc_courses: Series["Int64"] = persons("kursy i warsztaty zawodowe", "Vocational: courses and workshops.")
    voc_business_advice: Series["Int64"] = persons("doradztwo - działalność gospodarcza", "Vocational: advice on self-employment.")
    voc_cooperative_advice: Series["Int64"] = persons("doradztwo - spółdzielnia socjalna", "Vocational: advice on social cooperatives.")
    voc_other: Series["Int64"] = persons("inne formy", "Vocational: other forms.")
    social_contract_people: Series["Int64"] = persons("kontrakt socjalny - osoby", "People supported under a social contract.")
    social_contract_disabled: Series["Int64"] = persons("kontrakt socjalny - w tym niepełnosprawni", "Of them, people with disabilities.")
    disabled_served: Series["Int64"] = persons("osoby z niepełnosprawnościami korzystające z usług", "People with disabilities who used the club's services.")
    disabled_employed: Series["Int64"] = persons("w tym zatrudnione", "Of them, who found work.")
    pai_participants: Series["Int64"] = persons("Program Aktywizacja i Integracja - uczestnicy", "People in the PAI programme.")
    pai_elderly: Series["Int64"] = persons("PAI - osoby starsze", "Of the PAI people, elderly.")
    pai_sds_residents: Series["Int64"] = persons("PAI - podopieczni ŚDS", "Of the PAI people, residents of a community self-help home.")
    fund_gmina_budget: Series["boolean"] = yes_no("budżet gminy", "Funded from the gmina budget.")
    fund_eu: Series["boolean"] = yes_no("fundusze unijne", "Funded from EU funds.")
    fund_labour_office: Series["boolean"] = yes_no("środki PUP", "Funded by the powiat labour office.")
    fund_ngo_own: Series["boolean"] = yes_no("środki własne NGO", "Funded from the founding NGO's own funds.")
    fund_donations: Series["boolean"] = yes_no("darowizny", "Funded by donations.")
    fund_state_budget: Series["boolean"] = yes_no("budżet państwa (programy resortowe)", "Funded from the state budget (ministry programmes).")
    fund_other: Series["boolean"] = yes_no("inne źródła", "Funded from other sources.")
    funding_sufficient: Series["boolean"] = yes_no("środki wystarczające", "The club's funds are sufficient.")
    lack_specialist_pay: Series["boolean"] = yes_no("brak: wynagrodzenia specjalistów", "Lacks funds for specialists' pay.")
    lack_materials: Series["boolean"] = yes_no("brak: materiały", "Lacks funds for materials.")
    lack_office_equipment: Series["boolean"] = yes_no("brak: sprzęt biurowy", "Lacks funds for office equipment.")
    lack_renovation: Series["boolean"] = yes_no("brak: remonty", "Lacks funds for renovation.")
    lack_other: Series["boolean"] = yes_no("brak: inne", "Lacks funds for other needs.")
    applications_submitted: Series["Int64"] = number("złożone wnioski o dofinansowanie", "Applications for external funding submitted.", "applications")
    applications_funded: Series["Int64"] = number("wnioski z dofinansowaniem", "Applications that were funded.", "applications")
    staff_total: Series["Int64"] = persons("liczba zatrudnionych ogółem", "Staff in total as stated by the club.")
    staff_employment_contract: Series["Int64"] = persons("umowa o pracę", "Staff on an employment contract.")
    staff_civil_contract: Series["Int64"] = persons("umowa zlecenie / o dzieło", "Staff on civil-law contracts.")
    staff_other_form: Series["Int64"] = persons("inna forma współpracy", "Staff in another form of cooperation.")
    interns: Series["Int64"] = persons("stażyści", "Interns.")
    volunteers: Series["Int64"] = persons("wolontariusze", "Volunteers.")
    role_leaders: Series["Int64"] = persons("lider / kierownik KIS", "Staff role: club leader or manager.")
    role_social_workers: Series["Int64"] = persons("pracownik socjalny", "Staff role: social worker.")
    role_psychologists: Series["Int64"] = persons("psycholog", "Staff role: psychologist.")
    role_lawyers: Series["Int64"] = persons("prawnik", "Staff role: lawyer.")
    role_administration: Series["Int64"] = persons("pracownik administracyjno-księgowy", "Staff role: administration and accounts.")
    role_career_advisers: Series["Int64"] = persons("doradca zawodowy", "Staff role: career adviser.")
    role_family_assistants: Series["Int64"] = persons("asystent rodziny", "Staff role: family assistant.")
    has_other_specialists: Series["boolean"] = yes_no("inni specjaliści", "Other kinds of specialists work in the club.")
    staff_sufficient: Series["boolean"] = yes_no("liczba zatrudnionych wystarczająca", "The club's staff is sufficient.")
    has_computers: Series["boolean"] = yes_no("komputery", "The club has computers.")
    has_internet: Series["boolean"] = yes_no("dostęp do Internetu", "The club has Internet access.")
    has_own_premises: Series["boolean"] = yes_no("własny lokal", "The club has its own premises.")
    has_rented_premises: Series["boolean"] = yes_no("lokal wynajęty / użyczony", "The club uses rented or lent premises.")
    has_office_rooms: Series["boolean"] = yes_no("pomieszczenia socjalno-biurowe", "The club has office and social rooms.")
    partner_labour_office: Series["boolean"] = yes_no("Powiatowy Urząd Pracy", "Partner: powiat labour office.")
    partner_family_support_centre: Series["boolean"] = yes_no("Powiatowe Centrum Pomocy Rodzinie", "Partner: powiat family support centre.")
    partner_social_assistance_centre: Series["boolean"] = yes_no("Ośrodek Pomocy Społecznej", "Partner: social assistance centre.")
    partner_social_services_centre: Series["boolean"] = yes_no("Centrum Usług Społecznych", "Partner: social services centre.")
    partner_local_government: Series["boolean"] = yes_no("Jednostka Samorządu Terytorialnego", "Partner: local government.")
    partner_education: Series["boolean"] = yes_no("instytucje oświatowe", "Partner: education institutions.")
    partner_employers: Series["boolean"] = yes_no("pracodawcy", "Partner: employers.")
    partner_cis: Series["boolean"] = yes_no("Centrum Integracji Społecznej", "Partner: a CIS.")
    partner_other_kis: Series["boolean"] = yes_no("inny KIS", "Partner: another KIS.")
    partner_ngo: Series["boolean"] = yes_no("organizacje pozarządowe", "Partner: NGOs.")
    partner_church: Series["boolean"] = yes_no("organizacje kościelne", "Partner: church organisations.")
    partner_training_firms: Series["boolean"] = yes_no("firmy szkoleniowe", "Partner: training firms.")
    partner_foreign: Series["boolean"] = yes_no("podmioty zagraniczne", "Partner: foreign bodies.")
    promo_website: Series["boolean"] = yes_no("strony internetowe", "Promotion: websites.")
    promo_notice_boards: Series["boolean"] = yes_no("tablice informacyjne", "Promotion: notice boards of gmina offices and OPS.")
    promo_leaflets: Series["boolean"] = yes_no("ulotki", "Promotion: leaflets.")
    promo_posters_press: Series["boolean"] = yes_no("plakaty, prasa lokalna", "Promotion: posters and local press.")
    promo_seminars: Series["boolean"] = yes_no("seminaria, konferencje", "Promotion: seminars and conferences.")
    promo_television: Series["boolean"] = yes_no("telewizja", "Promotion: television.")
    audience_residents: Series["boolean"] = yes_no("odbiorcy: mieszkańcy", "Promotion audience: local residents.")
    audience_potential_participants: Series["boolean"] = yes_no("odbiorcy: potencjalni uczestnicy", "Promotion audience: potential participants.")
    audience_employers: Series["boolean"] = yes_no("odbiorcy: pracodawcy", "Promotion audience: employers.")
    member_regional_platform: Series["boolean"] = yes_no("Regionalna Platforma Współpracy", "Member of the Regional Platform for Social Economy.")
    member_kis_forum: Series["boolean"] = yes_no("Forum KIS", "Member of the voivodship Forum of KIS.")
    member_national_network: Series["boolean"] = yes_no("sieć ogólnopolska", "Member of a national organisation or network.")
    need_services_for_local_gov: Series["boolean"] = yes_no("usługi społeczne na rzecz JST", "Training need: social services for local government.")
    need_difficult_client: Series["boolean"] = yes_no("praca z trudnym klientem", "Training need: the difficult client, aggression.")
    need_new_target_groups: Series["boolean"] = yes_no("nowe grupy docelowe", "Training need: refugees and migrants.")
    need_deinstitutionalisation: Series["boolean"] = yes_no("deinstytucjonalizacja", "Training need: deinstitutionalisation.")
    need_personal_assistance: Series["boolean"] = yes_no("asystencja osobista", "Training need: personal assistance and respite care.")
    need_other: Series["boolean"] = yes_no("inne potrzeby", "Training need: other (e.g. supervision).")
    improve_stable_funding: Series["boolean"] = yes_no("stałe finansowanie", "Way to improve: stable funding.")
    improve_additional_funds: Series["boolean"] = yes_no("dodatkowe środki", "Way to improve: additional funds.")
    improve_cooperation: Series["boolean"] = yes_no("współpraca międzyinstytucjonalna", "Way to improve: inter-institutional cooperation.")
    improve_employer_relations: Series["boolean"] = yes_no("relacje z pracodawcami", "Way to improve: closer relations with employers.")
    improve_promotion: Series["boolean"] = yes_no("promocja KIS", "Way to improve: promotion.")
    improve_premises: Series["boolean"] = yes_no("warunki lokalowe", "Way to improve: better premises.")
    improve_more_staff: Series["boolean"] = yes_no("dodatkowi pracownicy", "Way to improve: more staff.")
    improve_local_authority_support: Series["boolean"] = yes_no("zaangażowanie władz lokalnych", "Way to improve: local authority involvement.")
    improve_system_change: Series["boolean"] = yes_no("zmiana systemu działania", "Way to improve: change how KIS work.")
    improve_support_catalogue: Series["boolean"] = yes_no("rozszerzenie katalogu wsparcia", "Way to improve: wider catalogue of support.")
    improve_legislation: Series["boolean"] = yes_no("zmiany legislacyjne", "Way to improve: legislative change.")
    staff_trained: Series["boolean"] = yes_no("szkolenia pracowników", "Staff took part in training, advice or study visits.")
    suspension_reason: Series[str] = code("przyczyna zawieszenia", "Why a suspended club suspended its activity.", SUSPENSION_REASONS, nullable=True)

    class Config(_Strict):
        name = "kis_answers"


class ProjectsExtract(pa.DataFrameModel):
    """projects.csv: externally funded projects run by units in the year (one row per project)."""

    project_id: Series[str] = key("identyfikator projektu", "Id of the project within the year's extract.", r"^P\d{4}-\d{2,3}$", unique=True)
    unit_id: Series[str] = key("identyfikator jednostki", "Unit running the project, as in register.csv.", UNIT_ID)
    project_title: Series[str] = text("tytuł projektu", "Title as reported.")
    participants: Series["Int64"] = persons("liczba uczestników", "People in the project.")
    funder: Series[str] = text("źródło dofinansowania", "Funder as reported (MRPiPS, FEWiM, a gmina, ...).")
    amount_pln: Series[float] = pln("kwota dofinansowania", "Funding of the project.")

    class Config(_Strict):
        name = "projects"


PRINTED_NUMBER = r"^-?\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d+)?(?: ?%| ?zł)?$"
FIGURE_ID = r"^F\d{3,4}$"


class PublishedFiguresExtract(pa.DataFrameModel):
    """published_figures.csv: the figures of the year's published report, as printed, each tied to
    the indicator that computes it (or saying why none can). Optional; used for reconciliation."""

    figure_id: Series[str] = key("identyfikator liczby", "Id of the printed figure, F001...", FIGURE_ID, unique=True)
    chapter: Series[str] = text("rozdział", "Chapter/section where it is printed, e.g. 1.2, 2.4.")
    location: Series[str] = text("miejsce", "Where in the chapter: text, summary, Tabela nr N, Wykres nr N.")
    measure: Series[str] = text("co mierzy", "What the printed figure measures, in words.")
    unit_type: Series[str] = code("rodzaj jednostki", "Unit type the figure is about.", UNIT_TYPES)
    subject_id: Series[str] = pa.Field(str_matches=r"^((CIS|KIS|ZAZ|WTZ)\d{2,3}|P\d{4}-\d{2,3})$", nullable=True, title="jednostka lub projekt", description="A unit or project id when the figure is about one unit or project; empty for the region.", metadata={"unit": "code"})
    indicator_id: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$", nullable=True, title="wskaźnik", description="The indicator of rpt_indicators (or rpt_indicators_by_unit) that computes the figure.", metadata={"unit": "code"})
    printed: Series[str] = text("wartość jak w druku", "The value exactly as printed: 37,8%, 47 180 355,67 zł, 1027.")
    count_figure_id: Series[str] = pa.Field(str_matches=FIGURE_ID, nullable=True, title="liczba do odsetka", description="For a printed share: the printed count it is a share of.", metadata={"unit": "code"})
    base_figure_id: Series[str] = pa.Field(str_matches=FIGURE_ID, nullable=True, title="podstawa odsetka", description="For a printed share: the printed base (100%) it is taken over.", metadata={"unit": "code"})
    not_computable_reason: Series[str] = text("dlaczego nie do wyliczenia", "Why the warehouse cannot compute the figure (empty when it can).", nullable=True)

    class Config(_Strict):
        name = "published_figures"

    @pa.dataframe_check(name="printed value is a number")
    def printed_is_number(cls, df: pd.DataFrame) -> pd.Series:
        return df["printed"].str.match(PRINTED_NUMBER).fillna(False).astype(bool)

    @pa.dataframe_check(name="a computable figure names its indicator, another says why not")
    def computable_or_why(cls, df: pd.DataFrame) -> pd.Series:
        return df["indicator_id"].notna() ^ df["not_computable_reason"].notna()


class AcknowledgementsExtract(pa.DataFrameModel):
    """acknowledgements.csv: an analyst's decision, on the record, to accept one consistency finding
    of the year. Optional. A finding acknowledged here no longer blocks the year; it stays listed."""

    finding_id: Series[str] = key("identyfikator ustalenia", "The finding accepted, exactly as fct_findings names it: <check>:<subject>.", r"^[a-z0-9_.]+:[A-Za-z0-9_.,\-]+$", unique=True)
    acknowledged_by: Series[str] = text("kto", "Who accepted it (name or role).")
    acknowledged_on: Series[str] = pa.Field(str_matches=r"^\d{4}-\d{2}-\d{2}$", nullable=False, title="kiedy", description="Date of the decision, YYYY-MM-DD.", metadata={"unit": "date"})
    reason: Series[str] = pa.Field(str_length={"min_value": 10}, nullable=False, title="uzasadnienie", description="Why the finding is accepted as it is.", metadata={"unit": "text"})

    class Config(_Strict):
        name = "acknowledgements"


class RegionalTotalsExtract(pa.DataFrameModel):
    """regional_totals.csv: the region's totals for a year known only in total (earlier years taken
    from published reports), one row per unit type. Every measure column is optional: a measure
    not collected that year is left out (or left b.d.), and then it is missing, never 0."""

    unit_type: Series[str] = pa.Field(isin=UNIT_TYPES, unique=True, nullable=False, title="rodzaj jednostki", description="CIS, KIS, ZAZ or WTZ; one row each.", metadata={"unit": "code"})
    source: Series[str] = text("źródło", "Where the totals were published (report, page).")
    units_registered: Optional[Series["Int64"]] = measure("jednostki w rejestrze", "Units in the voivode's register on 31 December.", "units")
    units_active: Optional[Series["Int64"]] = measure("jednostki aktywne", "Units actively operating in the year.", "units")
    participants_total: Optional[Series["Int64"]] = measure("liczba uczestników", "Participants in the year.", "persons")
    participants_category_long_term_unemployed: Optional[Series["Int64"]] = measure("długotrwale bezrobotni", "Participants long-term unemployed.", "persons")
    participants_category_alcohol_addicted: Optional[Series["Int64"]] = measure("uzależnieni od alkoholu", "Participants addicted to alcohol.", "persons")
    participants_category_disabled: Optional[Series["Int64"]] = measure("osoby z niepełnosprawnościami", "Participants with disabilities.", "persons")
    completed_positively: Optional[Series["Int64"]] = measure("kończący pozytywnie", "CIS participants completing positively.", "persons")
    independent_total: Optional[Series["Int64"]] = measure("usamodzielnieni ekonomicznie", "CIS participants economically independent.", "persons")
    economic_independence_supported_employment: Optional[Series["Int64"]] = measure("zatrudnienie wspierane", "Independent: supported employment.", "persons")
    economic_independence_open_market: Optional[Series["Int64"]] = measure("zatrudnieni bez zatrudnienia wspieranego", "Independent: employed on the open market.", "persons")
    economic_independence_employed_in_cis: Optional[Series["Int64"]] = measure("zatrudnieni w CIS", "Independent: employed in the CIS.", "persons")
    economic_independence_self_employed: Optional[Series["Int64"]] = measure("samodzielna działalność gospodarcza", "Independent: self-employed.", "persons")
    economic_independence_social_cooperative: Optional[Series["Int64"]] = measure("spółdzielnia socjalna", "Independent: in a social cooperative.", "persons")
    economic_independence_internship: Optional[Series["Int64"]] = measure("staż zawodowy", "Independent: referred to an internship.", "persons")
    economic_independence_pension_rights: Optional[Series["Int64"]] = measure("prawo do świadczeń emerytalnych lub rentowych", "Independent: acquired pension rights.", "persons")
    independent_disabled: Optional[Series["Int64"]] = measure("w tym osoby z niepełnosprawnościami", "Independent people with disabilities.", "persons")
    employed_total: Optional[Series["Int64"]] = measure("podjęli zatrudnienie", "KIS participants who took up work.", "persons")

    class Config(_Strict):
        name = "regional_totals"


class NationalExtract(pa.DataFrameModel):
    """national.csv: national statistics of the year as Statistics Poland publishes them, one row per
    geography x unit type x measure; a figure the release does not give is simply not a row."""

    geography_code: Series[str] = pa.Field(isin=["PL", *VOIVODSHIPS], nullable=False, title="obszar", description="PL for Poland, or the two-digit TERYT code of a voivodship.", metadata={"unit": "code"})
    unit_type: Series[str] = code("rodzaj jednostki", "CIS, KIS, ZAZ, WTZ, or ALL for the four together.", [*UNIT_TYPES, ALL_TYPES])
    measure: Series[str] = code("miara", "A measure of seeds/reference/national_measures.csv.", NATIONAL_MEASURES)
    value: Series[float] = pa.Field(nullable=False, title="wartość", description="The value in the measure's unit (persons, PLN, units, pct), thousands written out.", metadata={"unit": "number"})
    provenance: Series[str] = code("pochodzenie", "published: printed in the release; derived: computed from a printed figure and a printed change (see note).", ["published", "derived"])
    note: Series[str] = text("uwaga", "Where it is printed, or how it is derived.")

    class Config(_Strict):
        name = "national"

    @pa.dataframe_check(name="one row per geography, unit type and measure")
    def one_row_per_measure(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(subset=["geography_code", "unit_type", "measure"], keep=False)


# Row-wise rules as an analyst reads them: pandera check name -> (rule, columns it involves).
ROW_RULES: dict[str, tuple[str, list[str]]] = {
    "id_matches_type": ("unit_id to start with unit_type", ["unit_id", "unit_type"]),
    "printed_is_number": ("a number as printed: digits, optional decimal comma, optional % or zł", ["printed"]),
    "computable_or_why": ("either indicator_id or not_computable_reason, not both", ["indicator_id", "not_computable_reason"]),
    "one_row_per_measure": ("one row per geography, unit type and measure", ["geography_code", "unit_type", "measure"]),
}
# pandera reports a check under its decorator name or its function name: accept both.
ROW_RULES |= {
    "unit_id starts with unit_type": ROW_RULES["id_matches_type"],
    "printed value is a number": ROW_RULES["printed_is_number"],
    "a computable figure names its indicator, another says why not": ROW_RULES["computable_or_why"],
    "one row per geography, unit type and measure": ROW_RULES["one_row_per_measure"],
}
