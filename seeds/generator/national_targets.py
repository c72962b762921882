"""What the national generator must reproduce: the figures of Statistics Poland's release on 2023
(../shared/sources/gus_reintegration_units_2023.md) and of the W-M regional report, and the
choices the release leaves open, each marked. Figures marked `printed` are the release's own;
`implied` follow from printed figures by arithmetic (said beside them); `chosen` are the
generator's own choices within what the release allows (generated data, labelled so in
seeds/README.md).
"""

from __future__ import annotations

TYPES = ("CIS", "KIS", "ZAZ", "WTZ")

# Active units in 2023 by voivodship (TERYT) and type. Printed: the four national totals (208,
# 164, 141, 733), the voivodship shares (all types: 30 11.5 %, 24 10.0 %, 12 9.9 %, 14 9.7 %; CIS:
# 24 14.9 %, 30 13.0 %, 22 9.6 %; KIS: 12 18.3 %, 28 13.4 %, 24 11.6 %; ZAZ: 24 10.6 %, 12 9.2 %,
# 18 8.5 %; WTZ: 30 12.1 %, 14 12.0 %), the founder counts and shares; W-M's 13 CIS agree with the
# regional report. The other cells are chosen, below every printed leader of their column.
UNITS_2023: dict[str, tuple[int, int, int, int]] = {
    "02": (11, 6, 11, 58),
    "04": (10, 7, 8, 36),
    "06": (10, 9, 9, 45),
    "08": (17, 4, 5, 20),
    "10": (9, 5, 8, 40),
    "12": (12, 30, 13, 68),
    "14": (14, 9, 10, 88),
    "16": (5, 3, 4, 17),
    "18": (9, 8, 12, 50),
    "20": (6, 5, 5, 25),
    "22": (20, 8, 9, 42),
    "24": (31, 19, 15, 59),
    "26": (6, 6, 6, 26),
    "28": (13, 22, 8, 36),
    "30": (27, 17, 10, 89),
    "32": (8, 6, 8, 34),
}

# Subregions fixed by the release: the three largest (printed), with a chosen split by type.
SUBREGIONS_FIXED_2023 = {
    "PL622": {"CIS": 6, "KIS": 10, "ZAZ": 4, "WTZ": 17},  # Olsztyński 37
    "PL812": {"CIS": 4, "KIS": 4, "ZAZ": 5, "WTZ": 23},  # Chełmsko-zamojski 36
    "PL721": {"CIS": 5, "KIS": 5, "ZAZ": 5, "WTZ": 21},  # Kielecki 36
}
SUBREGION_CAP = 35  # every other subregion has fewer units than the third largest

# 2022 -> 2023, as (subregion, type, change). Printed: KIS -27 with changes in 10 voivodships
# (24 -7, 28 -6), ZAZ +2 in 26 and +1 in 02, 20, 24, 28, WTZ +1 in 14, 22, 24, 32, Częstochowski
# (PL224) +4, and 40 subregions unchanged, 20 up, 13 down. Implied: W-M's CIS 10 -> 13 (regional
# report), CIS unchanged nationally (1263 - 191 - 729 - 135 = 208 in 2022). Chosen: where.
# fmt: off
CHANGES: tuple[tuple[str, str, int], ...] = (
    # up (20 subregions, +23)
    ("PL224", "ZAZ", 1), ("PL224", "WTZ", 1), ("PL224", "CIS", 2),
    ("PL721", "ZAZ", 1), ("PL722", "ZAZ", 1), ("PL516", "ZAZ", 1), ("PL842", "ZAZ", 1),
    ("PL921", "WTZ", 1), ("PL637", "WTZ", 1), ("PL426", "WTZ", 1),
    ("PL213", "CIS", 1), ("PL225", "CIS", 1), ("PL411", "CIS", 1), ("PL424", "CIS", 1),
    ("PL432", "CIS", 1), ("PL514", "CIS", 1), ("PL524", "CIS", 1), ("PL613", "CIS", 1),
    ("PL633", "CIS", 1), ("PL711", "CIS", 1), ("PL823", "CIS", 1), ("PL911", "CIS", 1),
    # W-M: CIS +3, ZAZ +1, KIS -6 (Olsztyński unchanged, Ełcki and Elbląski down by one)
    ("PL622", "CIS", 2), ("PL622", "KIS", -2),
    ("PL623", "CIS", 1), ("PL623", "KIS", -2),
    ("PL621", "ZAZ", 1), ("PL621", "KIS", -2),
    # down (the other 11 subregions)
    ("PL228", "KIS", -4), ("PL228", "CIS", -4), ("PL22B", "KIS", -3),
    ("PL515", "KIS", -2), ("PL515", "CIS", -4),
    ("PL922", "KIS", -2), ("PL922", "CIS", -3),
    ("PL619", "KIS", -2), ("PL619", "CIS", -3),
    ("PL811", "KIS", -1), ("PL811", "CIS", -3), ("PL815", "KIS", -1),
    ("PL714", "KIS", -2), ("PL217", "KIS", -2), ("PL822", "KIS", -1), ("PL414", "KIS", -1),
)
# fmt: on

# Founder sectors of the active units, nationally (printed; ZAZ "other" 4 is implied: 141 - 91 - 46).
FOUNDERS_2023 = {
    "CIS": {"non_profit": 139, "local_government": 58, "social_cooperative": 10, "company": 1},
    "KIS": {"local_government": 126, "non_profit": 37, "social_cooperative": 1},
    "ZAZ": {"non_profit": 91, "local_government": 46, "social_cooperative": 2, "company": 2},
    "WTZ": {"non_profit": 596, "local_government": 123, "other": 14},
}

# W-M KIS in the voivode's register that sent no CAS 01 report: the regional report counts 45
# KIS in 2023 (seeds/extracts/2023/regional_totals.csv), the release's 13.4 % of 164 is 22.
WM_KIS_REGISTERED_WITHOUT_REPORT = 45 - 22

# Per year: participants and people, with how each is fixed.
PEOPLE = {
    2023: {
        # 13.0 thousand and 63 per CIS printed: 13 000 is the only value in both ranges that
        # also gives 2022's 61 per CIS with +1.8 %
        "cis_participants": 13_000,
        "cis_participants_wm": 1_927,  # regional report, 1.2
        "cis_completed_wm": 619,  # regional report, Table 1
        "cis_independent_wm": 203,  # regional report, Table 1
        # printed shares of 13 000: 30.5, 14.4 (alcohol or psychoactive), 10.5, 4.2, 2.4; the rest chosen
        "cis_groups": {
            "group_long_term_unemployed": 3_965,
            "group_addicted_alcohol": 1_404,
            "group_addicted_drugs": 468,
            "group_homeless": 546,
            "group_mentally_ill": 312,
            "group_disabled": 1_365,
            "group_released_from_prison": 650,
            "group_other": 4_290,
        },
        "cis_cost_pln": 205_712_000,  # 989 thousand per CIS printed (the printed "over 206 million" cannot also hold)
        "kis_started": 7_312,  # 7.3 thousand printed
        "kis_completed": 6_094,  # 6.1 thousand printed
        "zaz_employees": 9_220,  # "more than 9.2 thousand" printed
        "zaz_employees_disabled": 7_090,  # 7.1 thousand, 76.9 %, 50 per ZAZ printed
        # 29.0 thousand and 39 per WTZ printed: at most 28 953 (39.5 x 733)
        "wtz_participants": 28_952,
        # WTZ voivodship averages printed: 18 50, 24 and 26 49, 22 and 16 32
        "wtz_average_fixed": {"18": 50, "24": 49, "26": 49, "22": 32, "16": 32},
        "wtz_cost_pln": 870_000_000,  # chosen: the release prints 2022's cost, not 2023's
        "wtz_pfron_pct": 88.5,  # chosen
    },
    2022: {
        "cis_participants": 12_770,  # 13 000 / 1.018, and 61 per CIS printed
        "cis_participants_wm": 1_385,  # regional report, 1.2
        "cis_completed_wm": None,
        "cis_independent_wm": None,
        "cis_groups": {
            "group_long_term_unemployed": 4_099,  # 30.5 % + 1.6 p.p. printed
            "group_addicted_alcohol": 1_420,
            "group_addicted_drugs": 480,
            "group_homeless": 560,
            "group_mentally_ill": 300,
            "group_disabled": 1_300,
            "group_released_from_prison": 640,
            "group_other": 3_971,
        },
        "cis_cost_pln": 199_680_000,  # chosen
        "kis_started": 8_104,  # chosen
        "kis_completed": 6_830,  # chosen
        "zaz_employees": 8_641,  # 9 220 / 1.067 (+6.7 % printed)
        # beneficiaries 2022 = 49 042 / 1.021 = 48 033 (+2.1 %, +1.0 thousand printed) = CIS + WTZ + this
        "zaz_employees_disabled": 6_611,
        "wtz_participants": 28_652,  # 0.3 thousand fewer than 2023 printed
        "wtz_average_fixed": {},
        "wtz_cost_pln": 836_000_000,  # printed (as 2022's): 1 147 thousand per WTZ with 729 WTZ
        "wtz_pfron_pct": 88.7,  # printed
    },
}
