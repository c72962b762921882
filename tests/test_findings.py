"""Consistency findings on real files: each identity fires on a crafted bad extract and names the
file and rows; acknowledgements unblock exactly what they name; a stale one is reported.

Most cases load the files with the ingestion code into DuckDB and run the registry directly; the
shipped extracts of each set of years are loaded once per module, and a case loads again only its
changed extracts (and, for a changed register, those validated against it). The blocking
behaviour is tested through the Dagster job."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from dagster_project.extracts.registry import EXTRACTS, REGISTER, ExtractSpec
from dagster_project.findings.checks import CHECKS
from dagster_project.findings.engine import evaluate
from dagster_project.raw.ingestion import ingest_extract

from .conftest import (
    SEED_EXTRACTS,
    changed_extracts,
    failed_check_messages,
    point_at,
    read_lines,
    run_year,
    set_cell,
    write_lines,
)


def _drop_row(path: Path, key: str) -> None:
    write_lines(path, [line for line in read_lines(path) if not line.startswith(key + ";")])


def _append_ack(folder: Path, finding_id: str, reason: str = "Checked with the unit; accepted as reported.") -> None:
    with (folder / "acknowledgements.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\n").writerow(
            [finding_id, "test analyst", "2025-03-20", reason]
        )


def _load(conn: duckdb.DuckDBPyConnection, extracts: Path, years: list[str], only=None) -> None:
    """Ingest `years` of `extracts` in load order; with only(year), just the extracts it names."""
    for year in years:
        for spec in only(year) if only else EXTRACTS:
            outcome = ingest_extract(spec, year, extracts, conn)
            assert outcome.loaded, outcome.report.message()


def _changed(extracts: Path, year: str) -> list[ExtractSpec]:
    """The extracts of `year` whose files differ from the shipped ones, in load order, and those
    validated against the register when the register is one of them (the one dependency between
    extracts at ingestion)."""
    changed = changed_extracts(extracts / year, SEED_EXTRACTS / year)
    if REGISTER in changed:
        changed = [spec for spec in EXTRACTS if spec in changed or spec.references_register]
    return changed


@pytest.fixture(scope="module")
def findings_of(tmp_path_factory):
    """findings_of(extracts, year, previous): load the extracts of the `previous` year(s) first,
    then of `year`, and run the registry. The shipped extracts of those years are loaded once (into
    a DuckDB file under the module's temporary folder); each call starts from a copy of them in
    memory and loads again what it changed (_changed)."""
    folder = tmp_path_factory.mktemp("shipped-loads")
    loaded: dict[tuple[str, ...], Path] = {}

    def findings(extracts: Path, year: str = "2024", previous: str | tuple[str, ...] = ()):
        years = [*((previous,) if isinstance(previous, str) else previous), year]
        shipped = tuple(years) if all((SEED_EXTRACTS / y).is_dir() for y in years) else None
        conn = duckdb.connect(":memory:")  # nothing written beside the extracts
        try:
            if shipped is None:
                _load(conn, extracts, years)
            else:
                if shipped not in loaded:
                    loaded[shipped] = folder / f"{'-'.join(shipped)}.duckdb"
                    with duckdb.connect(str(loaded[shipped])) as base:
                        _load(base, SEED_EXTRACTS, years)
                conn.execute(f"attach '{loaded[shipped]}' as shipped (read_only)")
                conn.execute("copy from database shipped to memory")
                conn.execute("detach shipped")
                _load(conn, extracts, years, lambda y: _changed(extracts, y))
            return evaluate(conn, int(year))
        finally:
            conn.close()

    return findings


@pytest.fixture
def extracts(tmp_path) -> Path:
    root = tmp_path / "extracts"
    shutil.copytree(SEED_EXTRACTS, root)
    return root


@pytest.fixture(scope="module")
def shipped(findings_of):
    return findings_of(SEED_EXTRACTS)


def test_shipped_2024_has_no_open_error_and_every_acknowledgement_is_used(shipped):
    frame = shipped.frame
    assert shipped.open_errors.empty
    assert shipped.skipped == []
    acknowledged = frame[frame.status == "acknowledged"]
    assert len(acknowledged) == 25
    assert acknowledged.acknowledgement_reason.str.len().min() > 50
    assert not frame.check_id.eq("acknowledgements.stale").any()


def test_shipped_2024_finds_the_report_contradictions(shipped):
    ids = set(shipped.frame.finding_id)
    assert {
        "published.share_vs_count:F056",  # 241 lower-secondary printed as 26,5%
        "published.share_vs_count:F098",  # voivodship budget 0,12% (is 0,19%)
        "published.count_vs_list:F207",  # olsztyński 11 KIS, 10 listed
        "published.count_vs_list:F210",  # 4 powiats without KIS, 5 have none
        "published.same_measure_twice:F216,F227,F411",  # 289 vs 294 long-term unemployed
        "published.same_measure_twice:F362,F375",  # church partners 4 vs 3
        "published.share_vs_count:F415",  # KIS 45+ 28,11% (is 42,34%)
        "kis.pai_elderly_within_elderly:KIS36",  # Biskupiec PAI 125 elderly
        "cis.staff_by_contract:CIS01",  # 140 staff vs 83 + 38 by contract
    } <= ids
    rounding = shipped.frame[shipped.frame.check_id == "published.share_rounding"]
    assert set(rounding.finding_id) == {"published.share_rounding:F041", "published.share_rounding:F052"}
    assert (rounding.severity == "warning").all()


def _cell(file: str, key: str, column: str, value: str) -> Callable[[Path], None]:
    return lambda folder: set_cell(folder / file, key, column, value)


# case -> (spoil the 2024 folder, finding id, file named, row named, fragment of the message)
IDENTITY_CASES: dict[str, tuple[Callable[[Path], None], str, str, str, str]] = {
    "staff by contract": (
        _cell("cis_answers.csv", "CIS12", "staff_total", "5"),
        "cis.staff_by_contract:CIS12",
        "cis_answers.csv",
        "13",
        "reported staff_total=5",
    ),
    "funding by source": (
        _cell("cis_answers.csv", "CIS03", "funding_total_pln", "1 000,00 zł"),
        "cis.funding_by_source:CIS03",
        "cis_answers.csv",
        "4",
        "funding_total_pln=1000",
    ),
    "independence by form": (
        _cell("cis_answers.csv", "CIS06", "independent_total", "11"),
        "cis.independence_by_form:CIS06",
        "cis_answers.csv",
        "7",
        "independent_total=11",
    ),
    "KIS employment by form": (
        _cell("kis_answers.csv", "KIS09", "employed_total", "99"),
        "kis.employment_by_form:KIS09",
        "kis_answers.csv",
        "10",
        "employed_total=99",
    ),
    "KIS staff by form": (
        _cell("kis_answers.csv", "KIS21", "staff_total", "40"),
        "kis.staff_by_form:KIS21",
        "kis_answers.csv",
        "21",
        "staff_total=40",
    ),
    "age bands": (
        _cell("kis_answers.csv", "KIS02", "age_over_45", "99"),
        "kis.age_bands:KIS02",
        "kis_answers.csv",
        "3",
        "age_over_45=99",
    ),
    "education partly b.d.": (
        _cell("cis_answers.csv", "CIS04", "edu_higher", "b.d."),
        "cis.education_levels:CIS04",
        "cis_answers.csv",
        "5",
        "edu_higher=b.d.",
    ),
    "completed above participants": (
        _cell("cis_answers.csv", "CIS05", "completed_positively", "61"),
        "cis.completed_within_participants:CIS05",
        "cis_answers.csv",
        "6",
        "completed_positively=61",
    ),
    "category above participants": (
        _cell("kis_answers.csv", "KIS11", "cat_homeless", "12"),
        "kis.cat_homeless_within_participants:KIS11",
        "kis_answers.csv",
        "11",
        "cat_homeless=12",
    ),
    "not active but reporting": (
        _cell("kis_answers.csv", "KIS01", "participants_total", "5"),
        "register.answers_from_not_active:KIS01",
        "kis_answers.csv",
        "2",
        "unit that is suspended",
    ),
    "active but no answers": (
        lambda folder: _drop_row(folder / "kis_answers.csv", "KIS09"),
        "register.active_without_answers:KIS09",
        "register.csv",
        "24",
        "no answers from KIS09",
    ),
    "projects above the unit": (
        _cell("projects.csv", "P2024-04", "participants", "500"),
        "projects.participants_above_unit:CIS02",
        "projects.csv",
        "5, 6",
        "510 people",
    ),
    "printed share vs its count": (
        _cell("published_figures.csv", "F043", "printed", "12,0%"),
        "published.share_vs_count:F043",
        "published_figures.csv",
        "44",
        "26.7% (724 of 2712",
    ),
    "rows other than expected": (
        lambda folder: _drop_row(folder / "kis_answers.csv", "KIS43"),
        "expected_rows.extracts:raw.kis_answers",
        "expected_rows.csv",
        "4",
        "expected 42 rows in raw.kis_answers; found 41 rows loaded",
    ),
    "same measure printed twice": (
        _cell("published_figures.csv", "F004", "printed", "15"),
        "published.same_measure_twice:F001,F004,F168",
        "published_figures.csv",
        "2, 5, 169",
        "15 in 1.1 text",
    ),
    "printed count vs the register's list": (
        _cell("published_figures.csv", "F209", "printed", "7"),
        "published.count_vs_list:F209",
        "published_figures.csv",
        "210",
        "5, as listed in register.csv: KIS",
    ),
    "share above 100%": (
        _cell("published_figures.csv", "F252", "printed", "128%"),
        "published.share_out_of_range:F252",
        "published_figures.csv",
        "253",
        "128%",
    ),
    "participants per staff member": (
        _cell("cis_answers.csv", "CIS09", "staff_total", "2"),
        "cis.participants_per_staff:CIS09",
        "cis_answers.csv",
        "10",
        "ratio 104.5",
    ),
}


@pytest.mark.parametrize("case", list(IDENTITY_CASES))
def test_identity_fires_on_a_crafted_extract_and_names_the_rows(case, extracts, findings_of, shipped):
    spoil, finding_id, file_name, rows, fragment = IDENTITY_CASES[case]
    spoil(extracts / "2024")

    frame = findings_of(extracts).frame

    hit = frame[frame.finding_id == finding_id]
    assert len(hit) == 1, sorted(set(frame.finding_id) - set(shipped.frame.finding_id))
    finding = hit.iloc[0]
    assert finding.extract == file_name
    assert finding.source_rows == rows
    assert fragment in finding.message, finding.message
    assert finding.message.startswith(f"[{finding.severity}] {finding_id}: {file_name}, row")


NATIONAL_HEADER = "geography_code;unit_type;measure;value;provenance;release_year;derived_from_year;note"


def _national(*rows: str) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        lines = [NATIONAL_HEADER, *(f"{row};published;2024;;crafted" for row in rows)]
        (folder / "national.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    return write


VOIVODSHIP_CODES = [
    "02",
    "04",
    "06",
    "08",
    "10",
    "12",
    "14",
    "16",
    "18",
    "20",
    "22",
    "24",
    "26",
    "28",
    "30",
    "32",
]
# case -> (write a file into the 2024 folder, finding id, rows named, fragment of the message)
TOTALS_CASES: dict[str, tuple[Callable[[Path], None], str, str, str]] = {
    "voivodships do not sum to the country": (
        _national("PL;CIS;units_active;10", *(f"{code};CIS;units_active;1" for code in VOIVODSHIP_CODES)),
        "national.voivodships_vs_country:CIS.units_active",
        "2, " + ", ".join(str(r) for r in range(3, 19)),
        "expected the voivodships (16 of 16 given) summing to 10.0; found 16.0",
    ),
    "a partial breakdown above the country": (
        _national("PL;KIS;units_active;5", "28;KIS;units_active;3", "14;KIS;units_active;4"),
        "national.voivodships_vs_country:KIS.units_active",
        "2, 3, 4",
        "(2 of 16 given) summing to 5.0 or less",
    ),
    "types do not sum to ALL": (
        _national(
            "PL;ALL;units_active;100",
            "PL;CIS;units_active;10",
            "PL;KIS;units_active;20",
            "PL;ZAZ;units_active;30",
            "PL;WTZ;units_active;50",
        ),
        "national.types_vs_all:PL.units_active",
        "2, 3, 4, 5, 6",
        "(4 of 4 given) summing to 100.0; found 110.0",
    ),
    "a total before 2016 sums only the types it covers": (
        lambda folder: (folder / "national.csv").write_text(
            NATIONAL_HEADER
            + ";types_covered\n"
            + "PL;ALL;units_active;80;published;2016;;crafted;CIS+ZAZ+WTZ\n"
            + "".join(
                f"PL;{unit_type};units_active;{value};published;2016;;crafted;\n"
                for unit_type, value in (("CIS", 10), ("KIS", 20), ("ZAZ", 30), ("WTZ", 50))
            ),
            encoding="utf-8",
        ),
        "national.types_vs_all:PL.units_active",
        "2, 3, 5, 6",
        "expected CIS + ZAZ + WTZ (3 of 3 given) summing to 80.0; found 90.0",
    ),
    "a share of beneficiaries against its counts": (
        _national("PL;ALL;beneficiaries;1000", "PL;CIS;participants;250", "PL;CIS;beneficiaries_share_pct;40"),
        "national.beneficiary_share_vs_counts:CIS",
        "4, 3, 2",
        "expected 25.0% (250.0 of 1000.0); found 40.0%",
    ),
    "founder shares above 100%": (
        _national(
            "PL;CIS;units_founder_non_profit_share_pct;70",
            "PL;CIS;units_founder_local_government_share_pct;40",
        ),
        "national.founder_shares_above_100:PL.CIS.founders",
        "2, 3",
        "found 110.0%",
    ),
    "a regional total against the units' answers": (
        lambda folder: (folder / "regional_totals.csv").write_text(
            "voivodship_teryt;unit_type;source;participants_total\n28;CIS;crafted;2700\n", encoding="utf-8"
        ),
        "regional_totals.reported_vs_computed:CIS.participants_total",
        "2",
        "expected 2712, as the unit-level extracts of the year sum; found 2700",
    ),
}


@pytest.mark.parametrize("case", list(TOTALS_CASES))
def test_national_and_regional_totals_identities(case, extracts, findings_of):
    write, finding_id, rows, fragment = TOTALS_CASES[case]
    write(extracts / "2024")

    frame = findings_of(extracts).frame

    hit = frame[frame.finding_id == finding_id]
    assert len(hit) == 1, list(frame.finding_id)
    assert hit.iloc[0].severity == "error" and hit.iloc[0].source_rows == rows
    assert fragment in hit.iloc[0].message, hit.iloc[0].message


# -- the national sources against each other (2023 deliveries) --------------------------------------


def _office_file(extracts: Path, source: str, office: str = "24") -> Path:
    return extracts / "2023" / "national" / f"{source}_{office}.csv"


def _first_key(path: Path, unit_type: str | None = None) -> str:
    """The REGON of the first data row (of a unit type, when given) of a delivery."""
    lines = read_lines(path)
    header = lines[0].lstrip("\ufeff").split(";")
    for line in lines[1:]:
        cells = line.split(";")
        if unit_type is None or cells[header.index("unit_type")] == unit_type:
            return cells[0]
    raise AssertionError(f"no {unit_type} in {path.name}")


def _drop_registered_cis(extracts: Path) -> str:
    """Strike a reporting CIS out of its office's register file: the ministry still has its report."""
    regon = _first_key(_office_file(extracts, "mrips_cis"))
    _drop_row(_office_file(extracts, "uw_register"), regon)
    return regon


def _raise_disabled_above_employees(extracts: Path) -> str:
    path = _office_file(extracts, "uw_zaz")
    regon = _first_key(path)
    set_cell(path, regon, "employees_disabled", "999")
    return regon


def _miscount_regional_cis(extracts: Path) -> str:
    set_cell(extracts / "2023" / "regional_totals.csv", "28", "units_registered", "12")
    return "28.CIS"


# case -> (change the 2023 files and say the finding's subject, check, severity, file named, fragment)
CROSS_SOURCE_CASES: dict[str, tuple[Callable[[Path], str], str, str, str, str]] = {
    "the ministry reports a CIS the register does not hold": (
        _drop_registered_cis,
        "national.reported_not_registered",
        "error",
        "mrips_cis_24.csv",
        "found no such REGON in any uw_register file of the year",
    ),
    "a ZAZ with more disabled employees than employees": (
        _raise_disabled_above_employees,
        "national.zaz_disabled_above_employees",
        "error",
        "uw_zaz_24.csv",
        "found employees_disabled=999",
    ),
    "the regional centre counts another number of CIS than the register": (
        _miscount_regional_cis,
        "national.regional_vs_national_units",
        "warning",
        "regional_totals.csv / uw_register_28.csv",
        "expected 12 CIS as the regional centre counts (regional_totals.csv); found 13 active on 31 December",
    ),
}


@pytest.mark.parametrize("case", list(CROSS_SOURCE_CASES))
def test_cross_source_identities(case, extracts, findings_of):
    change, check_id, severity, file_name, fragment = CROSS_SOURCE_CASES[case]
    subject = change(extracts)

    frame = findings_of(extracts, "2023").frame

    hit = frame[frame.finding_id == f"{check_id}:{subject}"]
    assert len(hit) == 1, sorted(set(frame.check_id))
    assert hit.iloc[0].severity == severity and hit.iloc[0].extract == file_name
    assert fragment in hit.iloc[0].message, hit.iloc[0].message
    assert bool(hit.iloc[0].blocking) == (severity == "error")


@pytest.fixture(scope="module")
def shipped_2023(findings_of):
    return findings_of(SEED_EXTRACTS, "2023", previous="2021")  # the release compares with 2021


def test_shipped_2023_names_every_registered_kis_without_a_report(shipped_2023):
    """W-M's register holds 45 active KIS, 22 of which reported to the ministry (the release counts 22)."""
    frame = shipped_2023.frame
    unreported = frame[frame.check_id == "national.registered_without_report"]
    assert len(unreported) == 23
    assert set(unreported.extract) == {"uw_register_28.csv"}
    assert unreported.message.str.contains("a CAS 01 report (mrips_kis) for an active KIS", regex=False).all()
    assert shipped_2023.open_errors.empty and shipped_2023.skipped == []


def test_a_printed_change_against_the_published_level_of_its_base_year(shipped_2023):
    """The 2023 release's "6 more ZAZ than in 2021" against the 2021 release's 133 ZAZ."""
    hit = shipped_2023.frame.set_index("finding_id").loc["published.change_vs_levels:F095"]
    assert hit.severity == "warning"
    assert "expected 8.0 from 141.0 (F010, 2023) and 133.0 (national.csv 2021 row 5, 2021)" in hit.message


def test_shipped_2023_finds_the_release_contradictions(shipped_2023):
    """The release contradicts itself where its figures are put together at their printed precision."""
    by_id = shipped_2023.frame.set_index("finding_id")
    expected = {
        # 58,8 + 16,7 + 11,3 = 86,8% of all beneficiaries, though the three types are all of them
        "published.breakdown_sum:F041,F042,F043": "= 86.8% (beneficiaries by unit type)",
        # over 206 million PLN in 208 CIS is more than 990 thousand per CIS, printed 989 thousand
        "published.average_vs_total:F072,F071": "expected between 990385.0 and 995192.0",
        # CIS, WTZ and ZAZ at their printed averages are at least 49 000: not "almost 49,0 thousand"
        "published.parts_vs_whole:F004,F060,F097,F127": "expected between 49000.0 and 49124.0",
        # 2,9% of 141 ZAZ is no whole number of ZAZ (4 are 2,8%)
        "published.share_of_whole_count:F100,F093": "a share k / 141 for a whole k: 2.8% or 3.5%",
        # 0,3 thousand more participants in 4 more WTZ leave 2022 at 39.2-39.6 per WTZ, not 38
        "published.change_in_average:F130,F129,F128,F113": "expected a 2022 average between 39.2 and 39.6",
    }
    for finding_id, fragment in expected.items():
        assert fragment in by_id.loc[finding_id, "message"], by_id.loc[finding_id, "message"]
    # chapter 2's plain "49,0 thousand" agrees with the same parts; only the summary's "almost" does not
    assert not any(i.startswith("published.parts_vs_whole:F038") for i in by_id.index)
    assert shipped_2023.open_errors.empty


def _national_years(root: Path, rows_by_year: dict[str, list[str]], header: str = NATIONAL_HEADER):
    for year, rows in rows_by_year.items():
        (root / year).mkdir(parents=True)
        (root / year / "national.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def test_a_national_count_jumping_by_a_quarter_and_back_is_a_warning(tmp_path, findings_of):
    _national_years(
        tmp_path,
        {
            year: [
                f"PL;KIS;units_active;{kis};published;{year};;crafted",
                f"PL;CIS;units_active;{cis};published;{year};;crafted",
            ]
            for year, kis, cis in (("2016", 200, 100), ("2017", 260, 130), ("2018", 205, 140))
        },
    )

    frame = findings_of(tmp_path, "2018", previous=("2016", "2017")).frame

    jumps = frame[frame.check_id == "national.series_jump"]
    # KIS 200 -> 260 -> 205 jumped and came back; CIS 100 -> 130 -> 140 grew and stayed
    assert list(jumps.finding_id) == ["national.series_jump:PL.KIS.units_active.2017"]
    hit = jumps.iloc[0]
    assert hit.severity == "warning" and hit.extract == "2017/national.csv"
    assert "expected a value within a quarter of 200.0 (2016) or of 205.0 (2018); found 260.0 in 2017" in hit.message


def test_a_total_of_other_unit_types_than_the_year_before_is_a_warning(tmp_path, findings_of):
    header = NATIONAL_HEADER + ";types_covered"
    _national_years(
        tmp_path,
        {
            "2015": ["PL;ALL;units_active;936;published;2016;;crafted;CIS+ZAZ+WTZ"],
            "2016": ["PL;ALL;units_active;1190;published;2016;;crafted;"],
        },
        header,
    )

    frame = findings_of(tmp_path, "2016", previous="2015").frame

    hit = frame[frame.check_id == "national.base_changed"]
    assert list(hit.finding_id) == ["national.base_changed:PL.units_active.2015-2016"]
    assert "expected a total of the same unit types as in 2015: CIS + ZAZ + WTZ" in hit.iloc[0].message
    assert "found CIS + KIS + ZAZ + WTZ in 2016" in hit.iloc[0].message


def test_every_registered_check_has_a_crafted_case_or_a_shipped_finding():
    """A check no test can make fire is a check that may silently never fire."""
    covered = {case[1].split(":")[0] for case in (*IDENTITY_CASES.values(), *TOTALS_CASES.values())}
    covered |= {case[1] for case in CROSS_SOURCE_CASES.values()}
    covered |= {
        "national.registered_without_report",
        "published.change_vs_levels",
        "published.breakdown_sum",
        "published.average_vs_total",
        "published.change_in_average",
        "published.parts_vs_whole",
        "published.share_of_whole_count",
        "national.series_jump",
        "national.base_changed",
        "kis.pai_elderly_within_elderly",
        "published.share_rounding",
        "published.same_measure_rounded_twice",
        "kis.support_social_within_participants",
        "kis.participants_total_vs_other_units",
        "cis.participants_total_vs_previous_year",
    }
    exercised_elsewhere = {c.id for c in CHECKS} - covered
    # parts-within-whole and far-from-previous-year checks share their SQL with a tested sibling
    assert all(
        (
            "_within_" in c
            or "_vs_previous_year" in c
            or c
            in {
                "cis.staff_by_role",
                "kis.education_levels",
                "cis.age_bands",
                "cis.participants_total_vs_other_units",
                "kis.participants_per_staff",
            }
        )
        for c in exercised_elsewhere
    ), exercised_elsewhere


def test_far_from_the_previous_year_needs_a_previous_year(extracts, findings_of):
    """Without a unit-level 2023 nothing is compared; with one where CIS07 had 50 participants, 300
    is flagged."""
    assert not findings_of(extracts).frame.check_id.str.endswith("_vs_previous_year").any()
    shutil.rmtree(extracts / "2023")  # the shipped 2023 is known only in total
    shutil.copytree(extracts / "2024", extracts / "2023")
    set_cell(extracts / "2023" / "cis_answers.csv", "CIS07", "participants_total", "50")

    frame = findings_of(extracts, previous="2023").frame

    hit = frame[frame.finding_id == "cis.participants_total_vs_previous_year:CIS07"]
    assert len(hit) == 1
    assert hit.iloc[0].severity == "warning"
    assert "50 reported for 2023" in hit.iloc[0].expected
    assert hit.iloc[0].source_rows == "8"


def test_an_acknowledgement_unblocks_exactly_the_acknowledged_finding(extracts, findings_of, shipped):
    folder = extracts / "2024"
    set_cell(folder / "cis_answers.csv", "CIS12", "staff_employment_contract", "9")
    set_cell(folder / "kis_answers.csv", "KIS02", "age_over_45", "99")
    _append_ack(folder, "cis.staff_by_contract:CIS12")

    findings = findings_of(extracts)

    frame = findings.frame.set_index("finding_id")
    assert frame.loc["cis.staff_by_contract:CIS12", "status"] == "acknowledged"
    assert not frame.loc["cis.staff_by_contract:CIS12", "blocking"]
    assert frame.loc["cis.staff_by_contract:CIS12", "acknowledged_by"] == "test analyst"
    assert list(findings.open_errors.finding_id) == ["kis.age_bands:KIS02"]
    # the other findings are as they are without the new acknowledgement
    before = shipped.frame.set_index("finding_id")
    common = before.index.intersection(frame.index)
    assert (frame.loc[common, "status"] == before.loc[common, "status"]).all()


def test_an_acknowledgement_of_a_finding_that_no_longer_exists_is_reported(extracts, findings_of):
    folder = extracts / "2024"
    _append_ack(folder, "cis.staff_by_contract:CIS12")  # CIS12's staff add up: no such finding

    frame = findings_of(extracts).frame

    stale = frame[frame.check_id == "acknowledgements.stale"]
    assert list(stale.finding_id) == ["acknowledgements.stale:cis.staff_by_contract:CIS12"]
    row = stale.iloc[0]
    assert row.severity == "warning" and not row.blocking
    assert row.extract == "acknowledgements.csv"
    assert row.source_rows == "27"  # header + 25 shipped acknowledgements + this one
    assert "no such finding" in row.found


def test_an_open_error_blocks_the_year_and_an_acknowledgement_lets_it_through(extracts, tmp_path, monkeypatch):
    """Through Dagster: the findings asset's blocking check stops dbt; acknowledged, the year passes its gate."""
    warehouse = tmp_path / "warehouse.duckdb"
    point_at(monkeypatch, extracts, warehouse)
    set_cell(extracts / "2024" / "cis_answers.csv", "CIS12", "staff_employment_contract", "9")

    blocked = run_year("2024")

    assert not blocked.success
    messages = "\n".join(failed_check_messages(blocked))
    assert "1 open error(s)" in messages and "cis.staff_by_contract:CIS12" in messages
    assert "cis_answers.csv, row 13 (CIS12)" in messages
    built = {e.asset_key.path[0] for e in blocked.get_asset_materialization_events()}
    assert built == {"raw", "findings"}, "nothing of dbt may run while an error is open"
    [evaluation] = [e for e in blocked.get_asset_check_evaluations() if e.check_name == "no_open_errors"]
    metadata = {key: value.value for key, value in evaluation.metadata.items()}
    assert metadata["open_errors"] == 1 and metadata["acknowledged_errors"] == 25
    assert "`cis.staff_by_contract:CIS12` (open)" in metadata["open_error_findings"]
    assert "`kis.pai_elderly_within_elderly:KIS36` (acknowledged)" in metadata["acknowledged_findings"]
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        open_rows = conn.execute(
            "select finding_id, blocking from findings.fct_findings where status = 'open' and severity = 'error'"
        ).fetchall()
    finally:
        conn.close()
    assert open_rows == [("cis.staff_by_contract:CIS12", True)], "the findings are written even when they block"

    _append_ack(extracts / "2024", "cis.staff_by_contract:CIS12", "Confirmed by phone: one worker on a B2B contract.")
    passed = run_year("2024", gated_only=True)  # the gate; what follows a passed gate: every other run

    assert passed.success, failed_check_messages(passed)
    [evaluation] = [e for e in passed.get_asset_check_evaluations() if e.check_name == "no_open_errors"]
    assert evaluation.passed and evaluation.metadata["acknowledged_errors"].value == 26
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        status = conn.execute(
            "select status, acknowledgement_reason from findings.fct_findings "
            "where finding_id = 'cis.staff_by_contract:CIS12'"
        ).fetchone()
    finally:
        conn.close()
    assert status == ("acknowledged", "Confirmed by phone: one worker on a B2B contract.")
