"""The voivode's registers of CIS and KIS as of 31 Dec 2024, transcribed from the report's annex.

Names, addresses, powiats, founders and status dates are published (annex of
shared/sources/rops_wm_cis_kis_2024.txt, chapter 1 list of the 14 CIS, chapter 2 text). Unit ids
follow the annex numbering. Derived, not printed: `status_expiry_date` (the annex date plus
5-year renewal periods up to the first date after 31 Dec 2024, which reproduces the report's
4/4/4/2 expiries in 2025/2027/2028/2029) and, for KIS, which clubs were active (the report gives
only the count, 21, the 3 suspended clubs by name and the one club that did not answer).
"""

from __future__ import annotations

from datetime import date

POWIATS = {
    "braniewski": "2802", "elbląski": "2804", "ełcki": "2805", "giżycki": "2806",
    "iławski": "2807", "kętrzyński": "2808", "lidzbarski": "2809", "mrągowski": "2810",
    "nidzicki": "2811", "nowomiejski": "2812", "olecki": "2813", "olsztyński": "2814",
    "piski": "2816", "szczycieński": "2817", "węgorzewski": "2819",
    "Elbląg": "2861", "Olsztyn": "2862",
}

# unit_id, name, postal code, locality, street address, powiat, founder, founder sector,
# status granted (annex "Data uzyskania statusu"), planned activity (annex)
CIS = [
    ("CIS01", "Centrum Integracji Społecznej w Braniewie", "14-500", "Braniewo", "ul. Kościuszki 93", "braniewski", "Braniewskie Stowarzyszenie Abstynenckie", "non_profit", "2018-05-09", "usługowa"),
    ("CIS02", "Centrum Integracji Społecznej AlterCIS w Ełku", "19-300", "Ełk", "ul. Jana i Hieronima Małeckich 3/16", "ełcki", "Stowarzyszenie Adelfi", "non_profit", "2022-10-01", "usługowa"),
    ("CIS03", "Centrum Integracji Społecznej w Ełku", "19-300", "Ełk", "ul. Jana i Hieronima Małeckich 3/26", "ełcki", "Stowarzyszenie Inicjatyw Społeczno-Gospodarczych im. Króla Zygmunta Augusta w Augustowie", "non_profit", "2020-07-01", "wytwórcza, usługowa, handlowa"),
    ("CIS04", "Centrum Integracji Społecznej w Giżycku", "11-500", "Giżycko", "ul. Pionierska 13", "giżycki", "Gmina Miejska Giżycko", "local_government", "2015-10-06", "usługowa"),
    ("CIS05", "Centrum Integracji Społecznej w Kętrzynie", "11-400", "Kętrzyn", "ul. Miejska 7", "kętrzyński", "Stowarzyszenie Kobieta na Plus", "non_profit", "2024-07-20", "wytwórcza, usługowa"),
    ("CIS06", "Centrum Integracji Społecznej w Mrągowie", "11-700", "Mrągowo", "ul. Kościelna 2", "mrągowski", "Ewangelickie Stowarzyszenie Betel", "non_profit", "2022-06-01", "wytwórcza, usługowa, handlowa"),
    ("CIS07", "Centrum Integracji Społecznej w Olecku", "19-400", "Olecko", "ul. Wojska Polskiego 13", "olecki", "Fundacja Rozwoju Ziemi Oleckiej", "non_profit", "2023-08-01", "usługowa"),
    ("CIS08", "Centrum Integracji Społecznej w Białej Piskiej", "12-230", "Biała Piska", "ul. Konopnickiej 4", "piski", "Ewangelickie Stowarzyszenie Betel", "non_profit", "2017-04-20", "usługowa"),
    ("CIS09", "Centrum Integracji Społecznej w Piszu", "12-200", "Pisz", "ul. Gustawa Gizewiusza 13", "piski", "Stowarzyszenie Kobieta na Plus", "non_profit", "2022-01-10", "wytwórcza, usługowa, handlowa"),
    ("CIS10", "Centrum Integracji Społecznej Fama w Szczytnie", "12-100", "Szczytno", "ul. Marii Curie-Skłodowskiej 11/A", "szczycieński", "Fundacja Fama", "non_profit", "2023-06-01", "wytwórcza, usługowa, handlowa"),
    ("CIS11", "Centrum Integracji Społecznej w Szczytnie", "12-100", "Szczytno", "ul. Warszawska 1", "szczycieński", "Ewangelickie Stowarzyszenie Betel", "non_profit", "2023-06-01", "usługowa"),
    ("CIS12", "Centrum Integracji Społecznej w Elblągu", "82-300", "Elbląg", "ul. Stawidłowa 3", "Elbląg", "Elbląskie Stowarzyszenie Wspierania Inicjatyw Pozarządowych", "non_profit", "2019-10-23", "wytwórcza, usługowa, handlowa"),
    ("CIS13", "Centrum Integracji Społecznej Erkon w Elblągu", "82-300", "Elbląg", "ul. Hetmańska 28", "Elbląg", "Elbląska Rada Konsultacyjna Osób Niepełnosprawnych", "non_profit", "2020-07-05", "wytwórcza"),
    ("CIS14", "Centrum Integracji Społecznej w Olsztynie", "10-228", "Olsztyn", "al. Wojska Polskiego 33", "Olsztyn", "Gmina Olsztyn", "local_government", "2020-03-10", "usługowa"),
]

KIS_NAME = "Klub Integracji Społecznej"
# unit_id, name, postal code, locality, street address, powiat, founder, founder sector, status
KIS = [
    ("KIS01", KIS_NAME, "14-530", "Frombork", "ul. Młynarska 5B", "braniewski", "Miejsko-Gminny Ośrodek Pomocy Społecznej we Fromborku", "local_government", "suspended"),
    ("KIS02", "Klub Integracji Społecznej w Lipowinie", "14-500", "Lipowina", "Lipowina 7a", "braniewski", "Fundacja Żółty Szalik", "non_profit", "active"),
    ("KIS03", KIS_NAME, "14-400", "Pasłęk", "pl. Grunwaldzki 8", "elbląski", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Pasłęku", "local_government", "active"),
    ("KIS04", KIS_NAME, "11-510", "Wydminy", "pl. Rynek 1/2", "giżycki", "Gminny Ośrodek Pomocy Społecznej w Wydminach", "local_government", "suspended"),
    ("KIS05", KIS_NAME, "11-513", "Miłki", "ul. Szkolna 3", "giżycki", "Gminny Ośrodek Pomocy Społecznej w Miłkach", "local_government", "inactive"),
    ("KIS06", KIS_NAME, "14-200", "Iława", "ul. Wiejska 2D/113", "iławski", "Miejski Ośrodek Pomocy Społecznej w Iławie", "local_government", "active"),
    ("KIS07", KIS_NAME, "14-200", "Iława", "ul. Ławice 8", "iławski", "Gminny Ośrodek Pomocy Społecznej w Iławie", "local_government", "inactive"),
    ("KIS08", KIS_NAME, "14-230", "Zalewo", "ul. Trauguta 4", "iławski", "Miejski Ośrodek Pomocy Społecznej w Zalewie", "local_government", "inactive"),
    ("KIS09", KIS_NAME, "14-260", "Fijewo", "Fijewo 73", "iławski", "Ośrodek Pomocy Społecznej Gminy Lubawa", "local_government", "active"),
    ("KIS10", "Młodzieżowy Klub Integracji Społecznej", "14-200", "Iława", "ul. Wiejska 2D/113", "iławski", "Miejski Ośrodek Pomocy Społecznej w Iławie", "local_government", "inactive"),
    ("KIS11", KIS_NAME, "11-430", "Korsze", "ul. Adama Mickiewicza 13", "kętrzyński", "Miejski Ośrodek Pomocy Społecznej w Korszach", "local_government", "active"),
    ("KIS12", KIS_NAME, "11-420", "Srokowo", "Plac Rynkowy 14", "kętrzyński", "Centrum Usług Społecznych w Srokowie", "local_government", "active"),
    ("KIS13", KIS_NAME, "11-400", "Kętrzyn", "ul. Pocztowa 11", "kętrzyński", "Miejski Ośrodek Pomocy Społecznej w Kętrzynie", "local_government", "active"),
    ("KIS14", KIS_NAME, "11-400", "Kętrzyn", "ul. Tadeusza Kościuszki 2/8", "kętrzyński", "Gminny Ośrodek Pomocy Społecznej w Kętrzynie", "local_government", "inactive"),
    ("KIS15", KIS_NAME, "11-440", "Reszel", "ul. Kolejowa 25A", "kętrzyński", "Miejski Ośrodek Pomocy Społecznej w Reszlu", "local_government", "inactive"),
    ("KIS16", KIS_NAME, "11-410", "Barciany", "ul. Wojska Polskiego 7", "kętrzyński", "Gminny Ośrodek Pomocy Społecznej w Barcianach", "local_government", "inactive"),
    ("KIS17", "Klub Integracji Społecznej prowadzony przez Stowarzyszenie na rzecz osób bezrobotnych Lidzbark Warmiński", "11-100", "Lidzbark Warmiński", "ul. Szwoleżerów 8", "lidzbarski", "Stowarzyszenie na rzecz osób bezrobotnych", "non_profit", "active"),
    ("KIS18", KIS_NAME, "11-100", "Lidzbark Warmiński", "ul. Akacjowa 7", "lidzbarski", "Miejski Ośrodek Pomocy Społecznej w Lidzbarku Warmińskim", "local_government", "inactive"),
    ("KIS19", KIS_NAME, "11-130", "Orneta", "ul. 1 Maja 6", "lidzbarski", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Ornecie", "local_government", "inactive"),
    ("KIS20", KIS_NAME, "82-300", "Elbląg", "ul. Browarna 85", "Elbląg", "Gminny Ośrodek Pomocy Społecznej w Elblągu", "local_government", "active"),
    ("KIS21", "Olsztyński Klub Integracji Społecznej", "10-554", "Olsztyn", "ul. Linki 3/4", "Olsztyn", "Federacja Organizacji Socjalnych Województwa Warmińsko-Mazurskiego FOSa", "non_profit", "active"),
    ("KIS22", KIS_NAME, "11-710", "Piecki", "ul. Zwycięstwa 35/2", "mrągowski", "Gminny Ośrodek Pomocy Społecznej w Pieckach", "local_government", "inactive"),
    ("KIS23", KIS_NAME, "11-730", "Mikołajki", "ul. Kolejowa 6", "mrągowski", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Mikołajkach", "local_government", "active"),
    ("KIS24", KIS_NAME, "13-124", "Kozłowo", "ul. Nidzicka 31", "nidzicki", "Gminny Ośrodek Pomocy Społecznej w Kozłowie", "local_government", "inactive"),
    ("KIS25", KIS_NAME, "13-100", "Nidzica", "ul. Kolejowa 5", "nidzicki", "Gmina Nidzica", "local_government", "inactive"),
    ("KIS26", KIS_NAME, "13-113", "Janowo", "ul. Przasnyska 51", "nidzicki", "Gminny Ośrodek Pomocy Społecznej w Janowie", "local_government", "suspended"),
    ("KIS27", "Klub Integracji Społecznej działający przy Miejskim Ośrodku Pomocy Społecznej w Nowym Mieście Lubawskim", "13-300", "Nowe Miasto Lubawskie", "ul. Janusza Korczaka 4", "nowomiejski", "Miejski Ośrodek Pomocy Społecznej w Nowym Mieście Lubawskim", "local_government", "active"),
    ("KIS28", KIS_NAME, "19-404", "Wieliczki", "ul. Lipowa 16", "olecki", "Gminny Ośrodek Pomocy Społecznej w Wieliczkach", "local_government", "inactive"),
    ("KIS29", KIS_NAME, "19-400", "Olecko", "ul. Kolejowa 1", "olecki", "Miejski Ośrodek Pomocy Społecznej w Olecku", "local_government", "active"),
    ("KIS30", KIS_NAME, "11-034", "Stawiguda", "ul. Olsztyńska 3", "olsztyński", "Gminny Ośrodek Pomocy Społecznej w Stawigudzie", "local_government", "active"),
    ("KIS31", KIS_NAME, "11-030", "Purda", "Purda 96b", "olsztyński", "Gminny Ośrodek Pomocy Społecznej w Purdzie", "local_government", "active"),
    ("KIS32", KIS_NAME, "11-008", "Świątki", "Świątki 87", "olsztyński", "Gminny Ośrodek Pomocy Społecznej w Świątkach", "local_government", "inactive"),
    ("KIS33", KIS_NAME, "11-010", "Barczewo", "ul. Mickiewicza 40", "olsztyński", "Miejski Ośrodek Pomocy Społecznej w Barczewie", "local_government", "active"),
    ("KIS34", KIS_NAME, "11-015", "Olsztynek", "ul. Niepodległości 19", "olsztyński", "Miejski Ośrodek Pomocy Społecznej w Olsztynku", "local_government", "active"),
    ("KIS35", KIS_NAME, "11-042", "Jonkowo", "ul. Lipowa 11", "olsztyński", "Gminny Ośrodek Pomocy Społecznej w Jonkowie", "local_government", "inactive"),
    ("KIS36", KIS_NAME, "11-300", "Biskupiec", "al. Niepodległości 4a", "olsztyński", "Miejski Ośrodek Pomocy Społecznej w Biskupcu", "local_government", "active"),
    ("KIS37", KIS_NAME, "11-320", "Jeziorany", "ul. Kajki 20", "olsztyński", "Miejski Ośrodek Pomocy Społecznej w Jezioranach", "local_government", "inactive"),
    ("KIS38", KIS_NAME, "11-311", "Kolno", "Kolno 38", "olsztyński", "Gminny Ośrodek Pomocy Społecznej w Kolnie", "local_government", "inactive"),
    ("KIS39", "Młodzieżowy Klub Integracji Społecznej „Ucz się w ruchu”", "11-015", "Olsztynek", "ul. Krzysztofa Mrongowiusza 20", "olsztyński", "Fundacja na Rzecz Rozwoju Społeczno-Gospodarczego „Jak Nie My To Kto”", "non_profit", "inactive"),
    ("KIS40", KIS_NAME, "12-200", "Pisz", "ul. Wąglicka 1", "piski", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Piszu", "local_government", "active"),
    ("KIS41", KIS_NAME, "12-130", "Pasym", "ul. Dworcowa 20", "szczycieński", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Pasymiu", "local_government", "inactive"),
    ("KIS42", KIS_NAME, "12-100", "Szczytno", "ul. Boh. Westerplatte 12", "szczycieński", "Miejski Ośrodek Pomocy Społecznej w Szczytnie", "local_government", "active"),
    ("KIS43", KIS_NAME, "11-600", "Ogonki", "ul. Letniskowa 13", "węgorzewski", "Związek Stowarzyszeń Na Rzecz Rozwoju Gmin Północnego Obszaru Wielkich Jezior", "non_profit", "active"),
]

# The one registered club that did not answer the survey (its activity ended early in 2025).
KIS_NOT_ANSWERED = "KIS10"
REGISTER_DATE = date(2024, 12, 31)


def status_expiry(granted: str, period_years: int = 5) -> str:
    """First end of a 5-year status period after the register date (statuses are renewed)."""
    expiry = date.fromisoformat(granted)
    while expiry <= REGISTER_DATE:
        expiry = expiry.replace(year=expiry.year + period_years)
    return expiry.isoformat()


def register_rows() -> list[dict[str, str]]:
    """One row per registered unit, columns in the order of the register extract."""
    rows = []
    for uid, name, postal, locality, street, powiat, founder, sector, granted, activity in CIS:
        rows.append({
            "unit_id": uid, "unit_type": "CIS", "unit_name": name, "postal_code": postal,
            "locality": locality, "street_address": street, "powiat_name": powiat,
            "powiat_teryt": POWIATS[powiat], "founder_name": founder, "founder_sector": sector,
            "status_granted_date": granted, "status_expiry_date": status_expiry(granted),
            "planned_activity": activity, "activity_status": "active",
        })
    for uid, name, postal, locality, street, powiat, founder, sector, status in KIS:
        rows.append({
            "unit_id": uid, "unit_type": "KIS", "unit_name": name, "postal_code": postal,
            "locality": locality, "street_address": street, "powiat_name": powiat,
            "powiat_teryt": POWIATS[powiat], "founder_name": founder, "founder_sector": sector,
            "status_granted_date": "", "status_expiry_date": "", "planned_activity": "",
            "activity_status": status,
        })
    return rows
