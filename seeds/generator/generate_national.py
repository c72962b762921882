"""Write the national deliveries of 2022 and 2023 (seeds/extracts/<year>/national/) so that the
warehouse, computing as Statistics Poland does, reproduces the release on 2023.

Run: python seeds/generator/generate_national.py [EXTRACTS_DIR]

The units are generated, not real: national_targets.py holds every figure they must give and says
which are printed, implied or chosen. Units are placed per voivodship and type, then in subregions
(the three printed leaders fixed, the others capped below them) and powiats (stable hash), and
2022 is 2023 with the release's stated changes undone. People and costs are spread over units by
allocate.py, so each total is exact. Each office's file is written the way it arrives: the
voivode's in Windows-1250, the ministry's as UTF-8 with BOM, PFRON's as plain UTF-8.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from allocate import hash_weight, partition, spread, stable_rank  # noqa: E402
from generate_2024 import render  # noqa: E402
from national_targets import (  # noqa: E402
    CHANGES,
    FOUNDERS_2023,
    PEOPLE,
    SUBREGION_CAP,
    SUBREGIONS_FIXED_2023,
    TYPES,
    UNITS_2023,
    WM_KIS_REGISTERED_WITHOUT_REPORT,
)

from dagster_project.extracts.models.national_sources import regon_check_digit  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extracts"
YEARS = (2022, 2023)
WM = "28"


def _reference(name: str) -> list[dict[str, str]]:
    with (ROOT / "reference" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


POWIATS = _reference("powiats.csv")
SUBREGIONS = _reference("subregions.csv")


@dataclass
class Unit:
    regon: str
    unit_type: str
    voivodship: str
    subregion: str
    powiat: str
    founder: str = ""
    years: set[int] = field(default_factory=set)  # years it is active (reports / operates on 31 XII)
    reports: bool = True  # sends the ministry's report (a registered KIS may not)
    entered: str = ""
    struck_off: str | None = None


def _regon(key: str, taken: set[str], local: bool) -> str:
    """A deterministic REGON with a valid check digit (9 digits; 14 for a WTZ, a local unit)."""
    for attempt in range(100):
        digest = int(hashlib.sha256(f"{key}:{attempt}".encode()).hexdigest(), 16)
        body = str(10_000_000 + digest % 89_999_999)
        if local:
            body = body + str(regon_check_digit(body)) + f"{digest % 10_000:04d}"
        value = body + str(regon_check_digit(body))
        if value not in taken:
            taken.add(value)
            return value
    raise ValueError(f"no free REGON for {key}")


def _subregion_counts() -> dict[str, dict[str, int]]:
    """2023 units per subregion and type: fixed leaders, the rest spread under the caps."""
    net = Counter()
    for code, _, change in CHANGES:
        net[code] += change
    need = defaultdict(Counter)  # 2023 units a subregion needs to have opened some in 2023
    for code, unit_type, change in CHANGES:
        if change > 0:
            need[code][unit_type] += change
    counts: dict[str, dict[str, int]] = {s["subregion_code"]: dict.fromkeys(TYPES, 0) for s in SUBREGIONS}
    for code, fixed in SUBREGIONS_FIXED_2023.items():
        counts[code] |= fixed
    for voivodship, totals in UNITS_2023.items():
        codes = [s["subregion_code"] for s in SUBREGIONS if s["voivodship_teryt"] == voivodship]
        free = [c for c in codes if c not in SUBREGIONS_FIXED_2023]
        # below the leaders in both years: 2022 = 2023 - net change
        room = {c: min(SUBREGION_CAP, SUBREGION_CAP - 1 + net[c]) for c in free}
        for unit_type, total in zip(TYPES, totals, strict=True):
            left = total - sum(counts[c][unit_type] for c in codes if c in SUBREGIONS_FIXED_2023)
            least = {c: need[c][unit_type] for c in free}  # what opened there in 2023
            caps = {c: room[c] - sum(counts[c].values()) - least[c] for c in free}
            weights = {c: hash_weight(f"{unit_type}:{c}", c, 0.6, 1.4) for c in free}
            placed = spread(left - sum(least.values()), weights, caps=caps)
            for c in free:
                counts[c][unit_type] = least[c] + placed[c]
    return counts


def _powiat_of(subregion: str, key: str) -> str:
    powiats = [p["powiat_teryt"] for p in POWIATS if p["subregion_code"] == subregion]
    return stable_rank(key, powiats)[0]


def build_units() -> list[Unit]:
    counts = _subregion_counts()
    voivodship_of = {s["subregion_code"]: s["voivodship_teryt"] for s in SUBREGIONS}
    taken: set[str] = set()
    units: list[Unit] = []

    def new(unit_type: str, subregion: str, n: int, years: set[int], tag: str) -> list[Unit]:
        made = []
        for i in range(n):
            key = f"{unit_type}:{subregion}:{tag}:{i}"
            made.append(
                Unit(
                    regon=_regon(key, taken, local=unit_type == "WTZ"),
                    unit_type=unit_type,
                    voivodship=voivodship_of[subregion],
                    subregion=subregion,
                    powiat=_powiat_of(subregion, key),
                    years=set(years),
                )
            )
        return made

    opened = Counter({(c, t): k for c, t, k in CHANGES if k > 0})
    closed = Counter({(c, t): -k for c, t, k in CHANGES if k < 0})
    for subregion, by_type in counts.items():
        for unit_type, n in by_type.items():
            both = n - opened[(subregion, unit_type)]
            units += new(unit_type, subregion, both, {2022, 2023}, "kept")
            units += new(unit_type, subregion, opened[(subregion, unit_type)], {2023}, "opened")
            units += new(unit_type, subregion, closed[(subregion, unit_type)], {2022}, "closed")
    wm_kis = [s for s in counts if voivodship_of[s] == WM]
    for i in range(WM_KIS_REGISTERED_WITHOUT_REPORT):
        (unit,) = new("KIS", wm_kis[i % len(wm_kis)], 1, {2022, 2023}, f"unreported{i}")
        unit.reports = False
        units.append(unit)
    _assign_founders(units)
    _assign_dates(units)
    return units


def _assign_founders(units: list[Unit]) -> None:
    """The printed founder counts on the 2023 active units; units of 2022 only by the same mix."""
    for unit_type, sectors in FOUNDERS_2023.items():
        active = [u for u in units if u.unit_type == unit_type and 2023 in u.years and u.reports]
        order = stable_rank(f"founder:{unit_type}", [u.regon for u in active])
        by_regon = {u.regon: u for u in active}
        position = 0
        for sector, count in sectors.items():
            for regon in order[position : position + count]:
                by_regon[regon].founder = sector
            position += count
        rest = [u for u in units if u.unit_type == unit_type and not u.founder]
        ranked = list(sectors)
        for u in rest:
            u.founder = ranked[0] if hash_weight("sector", u.regon, 0, 1) < 0.75 else ranked[1]


def _day(key: str, year: int) -> str:
    days = int(hash_weight("day", key, 0, 1) * 360)
    return f"{year}-{1 + days // 30:02d}-{1 + days % 28:02d}"


def _assign_dates(units: list[Unit]) -> None:
    for u in units:
        first = 2023 if u.years == {2023} else 2008 + int(hash_weight("since", u.regon, 0, 14))
        u.entered = _day(u.regon, first)
        if u.years == {2022}:
            u.struck_off = _day(u.regon + "off", 2023)


# ---- the offices' files --------------------------------------------------------------------------


def _in(units: list[Unit], year: int, unit_type: str, voivodship: str | None = None) -> list[Unit]:
    return [
        u
        for u in units
        if u.unit_type == unit_type and year in u.years and u.reports and voivodship in (None, u.voivodship)
    ]


def _spread(key: str, total: int, units: list[Unit], fixed: dict[str, int] | None = None) -> dict[str, int]:
    return spread(total, {u.regon: hash_weight(key, u.regon) for u in units}, fixed=fixed)


def _fraction(key: str, values: dict[str, int], low: float, high: float) -> dict[str, int]:
    return {regon: round(v * hash_weight(key, regon, low, high)) for regon, v in values.items()}


def register_rows(units: list[Unit], year: int, voivodship: str) -> list[dict[str, object]]:
    rows = []
    for u in units:
        if u.voivodship != voivodship or u.unit_type == "WTZ" or min(u.years) > year:
            continue
        if u.struck_off and int(u.struck_off[:4]) < year:
            continue
        expiry = f"{int(u.entered[:4]) + 5}{u.entered[4:]}" if u.unit_type == "CIS" else None
        rows.append(
            {
                "regon": u.regon,
                "unit_type": u.unit_type,
                "unit_name": f"{u.unit_type} {u.regon} (wygenerowany)",
                "powiat_teryt": u.powiat,
                "gmina_teryt": None,
                "locality": None,
                "postal_code": None,
                "founder_sector": u.founder,
                "entered_date": u.entered,
                "status_expiry_date": expiry,
                "struck_off_date": u.struck_off if u.struck_off and int(u.struck_off[:4]) == year else None,
                "active_31_dec": year in u.years,
            }
        )
    return rows


def cis_rows(units: list[Unit], year: int) -> list[dict[str, object]]:
    people = PEOPLE[year]
    cis = _in(units, year, "CIS")
    wm = [u for u in cis if u.voivodship == WM]
    wm_part = _spread(f"cis{year}wm", people["cis_participants_wm"], wm)
    participants = _spread(f"cis{year}", people["cis_participants"], cis, fixed=wm_part)
    groups = partition(participants, people["cis_groups"])
    completed = _fraction(f"cisc{year}", participants, 0.35, 0.5)
    if people["cis_completed_wm"]:
        completed |= _spread(f"cisc{year}wm", people["cis_completed_wm"], wm)
    independent = {r: round(c * hash_weight(f"cisi{year}", r, 0.2, 0.35)) for r, c in completed.items()}
    if people["cis_independent_wm"]:
        independent |= _spread(f"cisi{year}wm", people["cis_independent_wm"], wm)
    cost = _spread(f"cisk{year}", people["cis_cost_pln"] // 1000, cis)
    return [
        {
            "regon": u.regon,
            "participants_total": participants[u.regon],
            "participants_women": round(participants[u.regon] * hash_weight("w", u.regon, 0.38, 0.5)),
            **groups[u.regon],
            "started_total": round(participants[u.regon] * hash_weight(f"s{year}", u.regon, 0.5, 0.65)),
            "completed_total": completed[u.regon],
            "independent_total": min(independent[u.regon], completed[u.regon]),
            "staff_total": 6 + int(hash_weight("staff", u.regon, 0, 10)),
            "cost_total_pln": cost[u.regon] * 1000 * 100,
            "voivodship": u.voivodship,
        }
        for u in cis
    ]


def kis_rows(units: list[Unit], year: int) -> list[dict[str, object]]:
    people = PEOPLE[year]
    kis = _in(units, year, "KIS")
    started = _spread(f"kiss{year}", people["kis_started"], kis)
    completed = spread(people["kis_completed"], {r: float(v) for r, v in started.items()}, caps=started)
    rows = []
    for u in kis:
        carried = int(hash_weight(f"kisp{year}", u.regon, 0, 8))
        women = hash_weight("kw", u.regon, 0.55, 0.7)
        rows.append(
            {
                "regon": u.regon,
                "participants_total": started[u.regon] + carried,
                "participants_women": round((started[u.regon] + carried) * women),
                "started_total": started[u.regon],
                "started_women": round(started[u.regon] * women),
                "completed_total": completed[u.regon],
                "completed_women": round(completed[u.regon] * women),
                "completed_employed": round(completed[u.regon] * hash_weight(f"kise{year}", u.regon, 0.08, 0.2)),
                "voivodship": u.voivodship,
            }
        )
    return rows


def zaz_rows(units: list[Unit], year: int) -> list[dict[str, object]]:
    people = PEOPLE[year]
    zaz = _in(units, year, "ZAZ")
    disabled = _spread(f"zazd{year}", people["zaz_employees_disabled"], zaz)
    others = spread(
        people["zaz_employees"] - people["zaz_employees_disabled"], {r: float(v) for r, v in disabled.items()}
    )
    return [
        {
            "regon": u.regon,
            "employees_total": disabled[u.regon] + others[u.regon],
            "employees_women": round((disabled[u.regon] + others[u.regon]) * hash_weight("zw", u.regon, 0.4, 0.55)),
            "employees_disabled": disabled[u.regon],
            "employees_disabled_women": round(disabled[u.regon] * hash_weight("zw", u.regon, 0.4, 0.55)),
            "voivodship": u.voivodship,
        }
        for u in zaz
    ]


def _wtz_participants(wtz: list[Unit], year: int) -> dict[str, int]:
    """Per voivodship first (the printed averages exact), then over its workshops."""
    people = PEOPLE[year]
    by_voivodship = defaultdict(list)
    for u in wtz:
        by_voivodship[u.voivodship].append(u)
    fixed = {v: avg * len(by_voivodship[v]) for v, avg in people["wtz_average_fixed"].items()}
    weights = {v: len(us) * hash_weight(f"wtzv{year}", v, 0.93, 1.07) for v, us in by_voivodship.items()}
    totals = spread(people["wtz_participants"], weights, fixed=fixed)
    result: dict[str, int] = {}
    for v, us in by_voivodship.items():
        result |= _spread(f"wtzp{year}", totals[v], us)
    return result


def wtz_rows(units: list[Unit], year: int) -> list[dict[str, object]]:
    people = PEOPLE[year]
    wtz = _in(units, year, "WTZ")
    participants = _wtz_participants(wtz, year)
    cost = _spread(f"wtzk{year}", people["wtz_cost_pln"] // 1000, wtz)
    pfron_total = round(people["wtz_cost_pln"] * people["wtz_pfron_pct"] / 100 / 1000)
    pfron = spread(pfron_total, {r: float(c) for r, c in cost.items()}, caps=cost)
    rows = []
    for u in wtz:
        rest = cost[u.regon] - pfron[u.regon]
        local = round(rest * hash_weight("wtzl", u.regon, 0.6, 0.9))
        rows.append(
            {
                "regon": u.regon,
                "unit_name": f"WTZ {u.regon} (wygenerowany)",
                "powiat_teryt": u.powiat,
                "founder_sector": u.founder,
                "opened_date": u.entered,
                "active_31_dec": True,
                "participants_total": participants[u.regon],
                "participants_women": round(participants[u.regon] * hash_weight("ww", u.regon, 0.4, 0.55)),
                "cost_pfron_pln": pfron[u.regon] * 1000 * 100,
                "cost_local_government_pln": local * 1000 * 100,
                "cost_other_pln": (rest - local) * 1000 * 100,
                "voivodship": u.voivodship,
            }
        )
    return rows


MONEY = frozenset({"cost_total_pln", "cost_pfron_pln", "cost_local_government_pln", "cost_other_pln"})
SOURCES = {  # file stem -> (rows of one year, encoding of the office's export)
    "uw_register": (None, "cp1250"),
    "uw_zaz": (zaz_rows, "cp1250"),
    "mrips_cis": (cis_rows, "utf-8-sig"),
    "mrips_kis": (kis_rows, "utf-8-sig"),
    "pfron_wtz": (wtz_rows, "utf-8"),
}


def write_all(out: Path = OUT) -> list[Path]:
    units = build_units()
    written = []
    for year in YEARS:
        folder = out / str(year) / "national"
        folder.mkdir(parents=True, exist_ok=True)
        for stem, (rows_of, encoding) in SOURCES.items():
            year_rows = None if rows_of is None else rows_of(units, year)
            for voivodship in UNITS_2023:
                if rows_of is None:
                    rows = register_rows(units, year, voivodship)
                else:
                    rows = [
                        {k: v for k, v in r.items() if k != "voivodship"}
                        for r in year_rows
                        if r["voivodship"] == voivodship
                    ]
                if not rows:
                    continue
                path = folder / f"{stem}_{voivodship}.csv"
                blank = [{k: "" if v is None else v for k, v in row.items()} for row in rows]
                path.write_bytes(render(blank, MONEY).encode(encoding))
                written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
