"""Write the 2024 extracts (seeds/extracts/2024) from the report's published figures.

Run: python seeds/generator/generate_2024.py [OUTPUT_DIR]

Published per-unit facts are placed exactly (see seeds/README.md, "Published and generated");
every other published total is spread over units by allocate.py, so that summing the extracts
reproduces each total and breakdown of the report. Where the report gives a total and its parts
that disagree (CIS staff 140 vs 83 + 38 by contract), both are carried as published. The files
are written the way the sources deliver them: the register as a Windows-1250 export, the answers
as UTF-8 with BOM from Excel, `;`-separated, Polish decimal commas, `zł` and `tak`/`nie`.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from allocate import hash_weight, partition, pick, spread  # noqa: E402
from register_2024 import CIS, KIS, KIS_NOT_ANSWERED, register_rows  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "extracts" / "2024"

# ---- CIS, chapter 1 -------------------------------------------------------------------------
CIS_IDS = [row[0] for row in CIS]
CIS_PARTICIPANTS_TOTAL = 2712
# Published per-unit participant counts: Pisz 209, Kętrzyn 60, Elbląg (ESWIP) 53, Olsztyn 118.
CIS_PARTICIPANTS_FIXED = {"CIS09": 209, "CIS05": 60, "CIS12": 53, "CIS14": 118}
CIS_CATEGORIES = {
    "cat_long_term_unemployed": 1455,
    "cat_homeless": 15,
    "cat_alcohol_addicted": 125,
    "cat_drug_addicted": 15,
    "cat_mentally_ill": 30,
    "cat_released_prisoners": 157,
    "cat_refugees": 16,
    "cat_disabled": 186,
    "cat_other": 940,
}
CIS_AGE = {"age_under_25": 293, "age_25_35": 668, "age_36_45": 724, "age_over_45": 1027}
CIS_EDUCATION = {
    "edu_primary": 719,
    "edu_lower_secondary": 241,
    "edu_basic_vocational": 822,
    "edu_secondary": 732,
    "edu_post_secondary": 98,
    "edu_higher": 100,
}
CIS_SERVICES = {
    "voc_workshops": 960,
    "voc_job_placement": 981,
    "voc_external_training": 283,
    "voc_business_classes": 367,
    "voc_other": 1545,
    "soc_therapy": 406,
    "soc_individual_counselling": 744,
    "soc_educational_groups": 824,
    "soc_self_help_groups": 544,
    "soc_other": 1946,
}
CIS_COMPLETED = 859
CIS_INDEPENDENT = {
    "indep_supported_employment": 1,
    "indep_open_market": 145,
    "indep_employed_in_cis": 5,
    "indep_self_employed": 9,
    "indep_social_cooperative": 0,
    "indep_internship": 0,
    "indep_pension_rights": 26,
}
CIS_INDEPENDENT_DISABLED = 14
# PLN in grosze so the sources sum exactly; total 47 180 355,67 zł.
CIS_FUNDING = {
    "fund_labour_fund_pln": 3752992051,
    "fund_own_activity_pln": 623813540,
    "fund_gmina_budget_pln": 268271421,
    "fund_voivodship_budget_pln": 8940000,
    "fund_state_budget_pln": 11866062,
    "fund_eu_pln": 29808048,
    "fund_other_pln": 22344445,
}
# Published per-unit grants of the voivodship: Kętrzyn 60 000,00 zł, Betel Szczytno 29 400,00 zł.
CIS_VOIVODSHIP_GRANTS = {"CIS05": 6000000, "CIS11": 2940000}
CIS_STAFF_TOTAL = 140
CIS_STAFF_ROLES = {
    "staff_activity_workers": 46,
    "staff_reintegration": 42,
    "staff_social_workers": 14,
    "staff_vocational_instructors": 17,
    "staff_art16_persons": 4,
    "staff_other": 2,
}
CIS_MANAGERS = 15
CIS_STAFF_CONTRACTS = {"staff_employment_contract": 83, "staff_civil_contract": 38}
CIS_VOLUNTEERS = (5, 15)  # units with volunteers, volunteers in total
CIS_SHORTAGE = (9, 20)  # units reporting too few staff, staff missing in total
CIS_MEMBERSHIPS = {"member_regional_platform": 12, "member_cis_forum": 14, "member_national_network": 0}
CIS_TRAINING_NEEDS = {
    "need_difficult_client": 14,
    "need_alcohol_addiction": 11,
    "need_services_for_local_gov": 11,
    "need_personal_assistance": 10,
    "need_new_target_groups": 9,
    "need_deinstitutionalisation": 8,
}
# Table 2: per-project participants and funders are published; the amounts only per CIS
# (ESWIP 611 900,00 zł for 3 projects, AlterCIS 40 000,00 zł for 2): the split is generated.
PROJECTS = [
    (
        "P2024-01",
        "CIS12",
        "Rozwój Elbląskiego Centrum Integracji Społecznej (Program na rzecz zatrudnienia socjalnego na lata 2023-2025)",
        30,
        "MRPiPS",
        25000000,
    ),
    ("P2024-02", "CIS12", "Elbląskie Centrum Integracji Społecznej", 18, "Gmina Elbląg", 6190000),
    ("P2024-03", "CIS12", "Elbląskie Centrum Integracji Społecznej 1", 40, "FEWiM", 30000000),
    ("P2024-04", "CIS02", "Aktywni z AlterCIS 2024", 13, "Gmina Kalinowo", 2000000),
    ("P2024-05", "CIS02", "Akcja reintegracja z AlterCIS 2024", 10, "Gmina Prostki", 2000000),
    ("P2024-06", "KIS36", "Podaruj Gwiazdkę – wywołaj uśmiech", 155, "Fundacja Egger", 100000),
]

# ---- KIS, chapter 2 -------------------------------------------------------------------------
KIS_ANSWERING = [row[0] for row in KIS if row[0] != KIS_NOT_ANSWERED]
KIS_ACTIVE = [row[0] for row in KIS if row[8] == "active"]
KIS_SUSPENDED = [row[0] for row in KIS if row[8] == "suspended"]
KIS_NGO_ACTIVE = [row[0] for row in KIS if row[8] == "active" and row[7] == "non_profit"]
KIS_PARTICIPANTS_TOTAL = 753
# The club that kept no age/education statistics (283 people) and Biskupiec's PAI (155 people).
KIS_NO_DEMOGRAPHICS = "KIS21"
KIS_BISKUPIEC = "KIS36"
KIS_PARTICIPANTS_FIXED = {KIS_NO_DEMOGRAPHICS: 283, KIS_BISKUPIEC: 155}
KIS_CATEGORIES = {
    "cat_long_term_unemployed": 289,
    "cat_homeless": 2,
    "cat_alcohol_addicted": 61,
    "cat_drug_addicted": 59,
    "cat_mentally_ill": 6,
    "cat_released_prisoners": 3,
    "cat_refugees": 24,
    "cat_disabled": 45,
    "cat_elderly": 103,
    "cat_other": 203,
}
KIS_AGE = {"age_under_25": 24, "age_25_35": 98, "age_36_45": 149, "age_over_45": 199}
KIS_EDUCATION = {
    "edu_primary": 133,
    "edu_lower_secondary": 52,
    "edu_basic_vocational": 140,
    "edu_secondary": 72,
    "edu_post_secondary": 28,
    "edu_higher": 45,
}
KIS_SUPPORT = {
    "support_financial": 535,
    "support_social_reintegration": 822,
    "support_vocational_reintegration": 294,
    "adhoc_users": 1151,
}
KIS_EMPLOYED = {
    "emp_socially_useful_work": 167,
    "emp_employer": 42,
    "emp_internship": 6,
    "emp_intervention_work": 7,
    "emp_public_works": 3,
    "emp_other": 8,
}
KIS_REFERRED_TO_CIS = 354
KIS_DROPOUTS = (
    12,
    {
        "dropout_took_job": 7,
        "dropout_low_motivation": 7,
        "dropout_laziness": 4,
        "dropout_independent_reasons": 6,
        "dropout_removed": 4,
        "dropout_other": 2,
    },
)
KIS_SERVICES = {
    "soc_individual_therapy": 7,
    "soc_group_therapy": 4,
    "soc_educational": 14,
    "soc_legal_advice": 12,
    "soc_psychological_advice": 13,
    "soc_self_help_groups": 6,
    "soc_integration": 12,
    "soc_skills_training": 8,
    "soc_non_employment": 5,
    "voc_public_works_referral": 13,
    "voc_internships": 2,
    "voc_career_advice": 5,
    "voc_training": 0,
    "voc_courses": 2,
    "voc_business_advice": 4,
    "voc_cooperative_advice": 3,
    "voc_other": 3,
}
KIS_SOCIAL_CONTRACT = (9, 211, 23)  # clubs, people, of them disabled
KIS_DISABLED = (149, 5)  # people with disabilities served, of them employed
KIS_PAI = {KIS_BISKUPIEC: (155, 125, 30)}  # participants, elderly, ŚDS residents
KIS_FUNDING_SOURCES = {
    "fund_gmina_budget": 31,
    "fund_eu": 4,
    "fund_labour_office": 4,
    "fund_ngo_own": 4,
    "fund_donations": 2,
    "fund_state_budget": 1,
    "fund_other": 3,
}
KIS_FUNDING_SUFFICIENT = 15
KIS_FUNDING_LACKS = {
    "lack_specialist_pay": 22,
    "lack_materials": 10,
    "lack_office_equipment": 10,
    "lack_renovation": 10,
    "lack_other": 3,
}
# Applications for external funding: published per club (Szczytno 2, Biskupiec, Iława 2,
# Mikołajki, Olsztyn, Braniewo/Lipowina); funded: Biskupiec and Lipowina.
KIS_APPLICATIONS = {"KIS42": 2, "KIS36": 1, "KIS06": 2, "KIS23": 1, "KIS21": 1, "KIS02": 1}
KIS_APPLICATIONS_FUNDED = {"KIS36": 1, "KIS02": 1}
KIS_STAFF_TOTAL = 59
KIS_STAFF_FORMS = {"staff_employment_contract": 41, "staff_civil_contract": 16, "staff_other_form": 2}
KIS_INTERNS, KIS_VOLUNTEERS = 6, 17
KIS_ROLES = {
    "role_leaders": 12,
    "role_social_workers": 11,
    "role_psychologists": 10,
    "role_lawyers": 8,
    "role_administration": 5,
    "role_career_advisers": 2,
    "role_family_assistants": 2,
}
KIS_OTHER_SPECIALISTS, KIS_STAFF_SUFFICIENT = 6, 17
KIS_PREMISES = {
    "has_computers": 31,
    "has_internet": 36,
    "has_own_premises": 20,
    "has_rented_premises": 19,
    "has_office_rooms": 28,
}
# Chapter 2 text; chart 12 prints 3 for church organisations where the text says 4.
KIS_PARTNERS = {
    "partner_labour_office": 26,
    "partner_family_support_centre": 10,
    "partner_social_assistance_centre": 23,
    "partner_social_services_centre": 1,
    "partner_local_government": 20,
    "partner_education": 13,
    "partner_employers": 13,
    "partner_cis": 8,
    "partner_other_kis": 7,
    "partner_ngo": 18,
    "partner_church": 4,
    "partner_training_firms": 5,
    "partner_foreign": 1,
}
KIS_PROMOTION = {
    "promo_website": 16,
    "promo_notice_boards": 15,
    "promo_leaflets": 8,
    "promo_posters_press": 6,
    "promo_seminars": 3,
    "promo_television": 1,
    "audience_residents": 20,
    "audience_potential_participants": 15,
    "audience_employers": 4,
}
KIS_MEMBERSHIPS = {"member_regional_platform": 22, "member_kis_forum": 23, "member_national_network": 5}
KIS_TRAINING_NEEDS = {
    "need_services_for_local_gov": 22,
    "need_difficult_client": 19,
    "need_new_target_groups": 9,
    "need_deinstitutionalisation": 18,
    "need_personal_assistance": 15,
    "need_other": 5,
}
KIS_STAFF_TRAINED = 14
KIS_IMPROVEMENTS = {
    "improve_stable_funding": 20,
    "improve_additional_funds": 20,
    "improve_cooperation": 14,
    "improve_employer_relations": 11,
    "improve_promotion": 10,
    "improve_premises": 7,
    "improve_more_staff": 12,
    "improve_local_authority_support": 8,
    "improve_system_change": 11,
    "improve_support_catalogue": 10,
    "improve_legislation": 5,
}
KIS_SUSPENSION_REASONS = {"lack_of_funding": 2, "no_participants": 1}


def _weights(key: str, unit_ids: list[str]) -> dict[str, float]:
    return {uid: hash_weight(key, uid) for uid in unit_ids}


def _flags(
    key: str, k: int, unit_ids: list[str], pool: list[str] | None = None, must: tuple[str, ...] = ()
) -> dict[str, bool]:
    """k units of `pool` (default: all) answer yes; the rest of unit_ids answer no."""
    chosen = pick(key, k, pool if pool is not None else unit_ids, must)
    return {uid: uid in chosen for uid in unit_ids}


def _overlapping(totals: dict[str, int], base: dict[str, int], cap: bool = True) -> dict[str, dict[str, int]]:
    """Counts of people per unit that may overlap (categories, services): each <= base."""
    weights = {uid: float(n) for uid, n in base.items()}
    return {col: spread(total, weights, caps=base if cap else None) for col, total in totals.items()}


def cis_rows() -> list[dict[str, object]]:
    ids = CIS_IDS
    people_weights = _weights("cis_participants", ids)
    people_weights.update({"CIS02": 1.6, "CIS07": 1.2})  # AlterCIS >= 111, Olecko > 100 people
    participants = spread(CIS_PARTICIPANTS_TOTAL, people_weights, fixed=CIS_PARTICIPANTS_FIXED)
    categories = _overlapping(CIS_CATEGORIES, participants)
    services = _overlapping(CIS_SERVICES, participants)
    age = partition(participants, CIS_AGE)
    education = partition(participants, CIS_EDUCATION)
    completed = spread(CIS_COMPLETED, {u: float(n) for u, n in participants.items()}, caps=participants)
    independent_total = spread(
        sum(CIS_INDEPENDENT.values()), {u: float(n) for u, n in completed.items()}, caps=completed
    )
    independent = partition(independent_total, CIS_INDEPENDENT)
    independent_disabled = spread(
        CIS_INDEPENDENT_DISABLED, {u: float(n) for u, n in independent_total.items()}, caps=independent_total
    )

    funding = {}
    funding["fund_labour_fund_pln"] = spread(
        CIS_FUNDING["fund_labour_fund_pln"], {u: float(n) for u, n in participants.items()}
    )
    own_weights = {u: participants[u] * hash_weight("cis_own", u) for u in ids}
    funding["fund_own_activity_pln"] = spread(CIS_FUNDING["fund_own_activity_pln"], own_weights)
    gmina_weights = {u: participants[u] * (4.0 if u in ("CIS04", "CIS14") else 0.5) for u in ids}
    funding["fund_gmina_budget_pln"] = spread(CIS_FUNDING["fund_gmina_budget_pln"], gmina_weights)
    funding["fund_voivodship_budget_pln"] = spread(
        CIS_FUNDING["fund_voivodship_budget_pln"], {u: 0.0 for u in ids}, fixed=CIS_VOIVODSHIP_GRANTS
    )
    state_units = pick("cis_state", 3, ids, must=("CIS12",))
    funding["fund_state_budget_pln"] = spread(
        CIS_FUNDING["fund_state_budget_pln"], {u: float(u in state_units) for u in ids}
    )
    eu_units = pick("cis_eu", 3, ids, must=("CIS12",))
    funding["fund_eu_pln"] = spread(CIS_FUNDING["fund_eu_pln"], {u: float(u in eu_units) for u in ids})
    other_units = pick("cis_other_funds", 5, ids, must=("CIS02",))
    funding["fund_other_pln"] = spread(CIS_FUNDING["fund_other_pln"], {u: float(u in other_units) for u in ids})

    staff = spread(CIS_STAFF_TOTAL, {u: float(n) for u, n in participants.items()}, fixed={"CIS05": 4})
    managers = spread(
        CIS_MANAGERS,
        {u: float(n) for u, n in participants.items()},
        fixed={u: 1 for u in ids if u != "CIS14"},
    )
    roles = partition({u: staff[u] - managers[u] for u in ids}, CIS_STAFF_ROLES)
    employment = spread(
        CIS_STAFF_CONTRACTS["staff_employment_contract"], {u: float(n) for u, n in staff.items()}, caps=staff
    )
    civil_room = {u: staff[u] - employment[u] for u in ids}
    civil = spread(
        CIS_STAFF_CONTRACTS["staff_civil_contract"],
        {u: float(n) + 0.5 for u, n in civil_room.items()},
        caps=civil_room,
    )
    volunteer_units = pick("cis_volunteers", CIS_VOLUNTEERS[0], ids)
    volunteers = spread(CIS_VOLUNTEERS[1], {u: float(u in volunteer_units) for u in ids})
    shortage_units = pick("cis_shortage", CIS_SHORTAGE[0], ids)
    shortage = spread(
        CIS_SHORTAGE[1],
        {u: float(u in shortage_units) for u in ids},
        fixed={u: 1 for u in shortage_units if u in ("CIS05",)},
    )
    memberships = {col: _flags(col, k, ids) for col, k in CIS_MEMBERSHIPS.items()}
    needs = {col: _flags(col, k, ids) for col, k in CIS_TRAINING_NEEDS.items()}

    rows = []
    for uid in ids:
        row: dict[str, object] = {"unit_id": uid, "participants_total": participants[uid]}
        row |= {col: categories[col][uid] for col in CIS_CATEGORIES}
        row |= age[uid] | education[uid]
        row |= {col: services[col][uid] for col in CIS_SERVICES}
        row |= {"completed_positively": completed[uid], "independent_total": independent_total[uid]}
        row |= independent[uid] | {"indep_disabled": independent_disabled[uid]}
        row["funding_total_pln"] = sum(funding[col][uid] for col in CIS_FUNDING)
        row |= {col: funding[col][uid] for col in CIS_FUNDING}
        row |= {"staff_total": staff[uid], "staff_managers": managers[uid]} | roles[uid]
        row |= {"staff_employment_contract": employment[uid], "staff_civil_contract": civil[uid]}
        row |= {
            "volunteers": volunteers[uid],
            "has_staff_shortage": uid in shortage_units,
            "staff_shortage_count": shortage[uid],
        }
        row |= {col: memberships[col][uid] for col in CIS_MEMBERSHIPS}
        row |= {col: needs[col][uid] for col in CIS_TRAINING_NEEDS}
        rows.append(row)
    return rows


def kis_rows() -> list[dict[str, object]]:
    ids, active = KIS_ANSWERING, KIS_ACTIVE
    zero = {u: 0 for u in ids}
    people_weights = _weights("kis_participants", active)
    participants = zero | spread(KIS_PARTICIPANTS_TOTAL, people_weights, fixed=KIS_PARTICIPANTS_FIXED)
    active_people = {u: participants[u] for u in active}
    weights = {u: float(n) for u, n in active_people.items()}
    categories = _overlapping(KIS_CATEGORIES, active_people)
    demographic_units = {u: n for u, n in active_people.items() if u != KIS_NO_DEMOGRAPHICS}
    age = partition(demographic_units, KIS_AGE)
    education = partition(demographic_units, KIS_EDUCATION)
    support = {col: spread(total, weights) for col, total in KIS_SUPPORT.items()}
    employed_total = spread(sum(KIS_EMPLOYED.values()), weights, caps=active_people)
    employed = partition(employed_total, KIS_EMPLOYED)
    referred = spread(KIS_REFERRED_TO_CIS, weights, caps=active_people)
    dropout_units = pick("kis_dropouts", KIS_DROPOUTS[0], active)
    dropouts = {col: _flags(col, k, ids, pool=sorted(dropout_units)) for col, k in KIS_DROPOUTS[1].items()}
    services = {col: spread(total, weights, caps=active_people) for col, total in KIS_SERVICES.items()}
    contract_units = pick("kis_social_contract", KIS_SOCIAL_CONTRACT[0], active)
    contract_weights = {u: float(active_people[u]) * (u in contract_units) for u in active}
    contract_people = spread(KIS_SOCIAL_CONTRACT[1], contract_weights, caps=active_people)
    contract_disabled = spread(
        KIS_SOCIAL_CONTRACT[2], {u: float(n) for u, n in contract_people.items()}, caps=contract_people
    )
    disabled_served = spread(KIS_DISABLED[0], weights, caps=active_people)
    disabled_employed = spread(KIS_DISABLED[1], {u: float(n) for u, n in employed_total.items()}, caps=employed_total)
    funding = {
        col: _flags(
            col,
            k,
            ids,
            pool=active if k <= len(active) else None,
            must=tuple(KIS_NGO_ACTIVE) if col == "fund_ngo_own" else ((KIS_BISKUPIEC,) if col == "fund_other" else ()),
        )
        for col, k in KIS_FUNDING_SOURCES.items()
    }
    sufficient = _flags("kis_funding_sufficient", KIS_FUNDING_SUFFICIENT, ids)
    insufficient = [u for u in ids if not sufficient[u]]
    lacks = {col: _flags(col, k, ids, pool=insufficient) for col, k in KIS_FUNDING_LACKS.items()}
    staff = spread(KIS_STAFF_TOTAL, weights)
    staff_forms = partition(staff, KIS_STAFF_FORMS)
    interns = spread(KIS_INTERNS, weights)
    volunteers = spread(KIS_VOLUNTEERS, weights)
    roles = {
        col: spread(total, {u: float(n) for u, n in staff.items()}, caps=staff) for col, total in KIS_ROLES.items()
    }
    other_specialists = _flags("kis_other_specialists", KIS_OTHER_SPECIALISTS, ids, pool=active)
    staff_sufficient = _flags("kis_staff_sufficient", KIS_STAFF_SUFFICIENT, ids)
    own = _flags("has_own_premises", KIS_PREMISES["has_own_premises"], ids)
    rented = _flags(
        "has_rented_premises", KIS_PREMISES["has_rented_premises"], ids, pool=[u for u in ids if not own[u]]
    )
    premises = {col: _flags(col, k, ids) for col, k in KIS_PREMISES.items()} | {
        "has_own_premises": own,
        "has_rented_premises": rented,
    }
    yes_no = {}
    for group in (KIS_PARTNERS, KIS_PROMOTION, KIS_MEMBERSHIPS, KIS_TRAINING_NEEDS, KIS_IMPROVEMENTS):
        yes_no |= {col: _flags(col, k, ids, pool=active if k <= len(active) else None) for col, k in group.items()}
    trained = _flags("kis_staff_trained", KIS_STAFF_TRAINED, ids)
    suspension = dict(
        zip(
            KIS_SUSPENDED,
            ["lack_of_funding"] * KIS_SUSPENSION_REASONS["lack_of_funding"]
            + ["no_participants"] * KIS_SUSPENSION_REASONS["no_participants"],
            strict=True,
        )
    )

    def on_active(table: dict[str, int], uid: str) -> int:
        return table.get(uid, 0)

    rows = []
    for uid in ids:
        row: dict[str, object] = {"unit_id": uid, "participants_total": participants[uid]}
        row |= {col: on_active(categories[col], uid) for col in KIS_CATEGORIES}
        if uid == KIS_NO_DEMOGRAPHICS:
            row |= {col: None for col in (*KIS_AGE, *KIS_EDUCATION)}
        else:
            row |= age.get(uid, dict.fromkeys(KIS_AGE, 0)) | education.get(uid, dict.fromkeys(KIS_EDUCATION, 0))
        row |= {col: on_active(support[col], uid) for col in KIS_SUPPORT}
        row["employed_total"] = on_active(employed_total, uid)
        row |= employed.get(uid, dict.fromkeys(KIS_EMPLOYED, 0))
        row["referred_to_cis"] = on_active(referred, uid)
        row["has_early_dropouts"] = uid in dropout_units
        row |= {col: dropouts[col][uid] for col in KIS_DROPOUTS[1]}
        row |= {col: on_active(services[col], uid) for col in KIS_SERVICES}
        row |= {
            "social_contract_people": on_active(contract_people, uid),
            "social_contract_disabled": on_active(contract_disabled, uid),
            "disabled_served": on_active(disabled_served, uid),
            "disabled_employed": on_active(disabled_employed, uid),
        }
        pai = KIS_PAI.get(uid, (0, 0, 0))
        row |= {"pai_participants": pai[0], "pai_elderly": pai[1], "pai_sds_residents": pai[2]}
        row |= {col: funding[col][uid] for col in KIS_FUNDING_SOURCES}
        row["funding_sufficient"] = sufficient[uid]
        row |= {col: lacks[col][uid] for col in KIS_FUNDING_LACKS}
        row |= {
            "applications_submitted": KIS_APPLICATIONS.get(uid, 0),
            "applications_funded": KIS_APPLICATIONS_FUNDED.get(uid, 0),
        }
        row["staff_total"] = on_active(staff, uid)
        row |= staff_forms.get(uid, dict.fromkeys(KIS_STAFF_FORMS, 0))
        row |= {"interns": on_active(interns, uid), "volunteers": on_active(volunteers, uid)}
        row |= {col: on_active(roles[col], uid) for col in KIS_ROLES}
        row |= {"has_other_specialists": other_specialists[uid], "staff_sufficient": staff_sufficient[uid]}
        row |= {col: premises[col][uid] for col in KIS_PREMISES}
        row |= {col: yes_no[col][uid] for col in yes_no}
        row["staff_trained"] = trained[uid]
        row["suspension_reason"] = suspension.get(uid, "")  # empty: not applicable
        rows.append(row)
    return rows


def project_rows() -> list[dict[str, object]]:
    return [
        {
            "project_id": pid,
            "unit_id": uid,
            "project_title": title,
            "participants": people,
            "funder": funder,
            "amount_pln": amount,
        }
        for pid, uid, title, people, funder, amount in PROJECTS
    ]


def polish_cell(value: object, money_columns: frozenset[str], column: str) -> str:
    """Render a value the way Excel with a Polish locale saves it."""
    if value is None:
        return "b.d."
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if column in money_columns:
        zloty, grosze = divmod(int(value), 100)
        return f"{zloty:,}".replace(",", "\u00a0") + f",{grosze:02d} zł"
    return str(value)


def render(rows: list[dict[str, object]], money_columns: frozenset[str] = frozenset()) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(rows[0].keys())
    for row in rows:
        writer.writerow(polish_cell(v, money_columns, c) for c, v in row.items())
    return buffer.getvalue()


# The published totals above are keyed by the extract format's columns; each breakdown must be
# exactly one column group of the format (declared on the pandera fields), so a part added to or
# renamed in the format fails here instead of generating a file without it.
GROUPS = {
    ("cis_answers", "categories"): CIS_CATEGORIES,
    ("cis_answers", "age_bands"): CIS_AGE,
    ("cis_answers", "education_levels"): CIS_EDUCATION,
    ("cis_answers", "services"): CIS_SERVICES,
    ("cis_answers", "independence_forms"): CIS_INDEPENDENT,
    ("cis_answers", "funding_sources"): CIS_FUNDING,
    ("cis_answers", "staff_roles"): {"staff_managers": CIS_MANAGERS, **CIS_STAFF_ROLES},
    ("cis_answers", "staff_contracts"): CIS_STAFF_CONTRACTS,
    ("kis_answers", "categories"): KIS_CATEGORIES,
    ("kis_answers", "age_bands"): KIS_AGE,
    ("kis_answers", "education_levels"): KIS_EDUCATION,
    ("kis_answers", "employment_forms"): KIS_EMPLOYED,
    ("kis_answers", "staff_contracts"): KIS_STAFF_FORMS,
    ("kis_answers", "staff_roles"): KIS_ROLES,
}


def check_groups() -> None:
    from dagster_project.extracts.registry import EXTRACTS_BY_NAME

    for (extract, group), totals in GROUPS.items():
        declared = EXTRACTS_BY_NAME[extract].group(group)
        if set(totals) != set(declared):
            raise ValueError(f"{extract} {group}: the generator has {sorted(totals)}, the format {declared}")


def write_all(out: Path = OUT) -> list[Path]:
    check_groups()
    out.mkdir(parents=True, exist_ok=True)
    money = frozenset({"funding_total_pln", *CIS_FUNDING, "amount_pln"})
    files = {
        "register.csv": (render(register_rows()), "cp1250"),
        "cis_answers.csv": (render(cis_rows(), money), "utf-8-sig"),
        "kis_answers.csv": (render(kis_rows()), "utf-8-sig"),
        "projects.csv": (render(project_rows(), money), "utf-8-sig"),
    }
    written = []
    for name, (text, encoding) in files.items():
        path = out / name
        path.write_bytes(text.encode(encoding))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
