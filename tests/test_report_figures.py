"""The 2024 report's figures, read from the marts of a warehouse built from the shipped extracts."""

from __future__ import annotations

import pytest


def one(conn, sql, params=()):
    return conn.execute(sql, params).fetchone()


def indicator(conn, unit_type, indicator_id):
    row = one(
        conn,
        "select value from marts.rpt_indicators where reporting_year = 2024 and geography_code = '28' "
        "and unit_type = ? and indicator_id = ?",
        [unit_type, indicator_id],
    )
    assert row is not None, f"no indicator {unit_type} {indicator_id}"
    return row[0]


def test_cis_units(marts):
    registered, non_profit, local_gov = one(
        marts,
        "select units_registered, units_non_profit, units_local_government "
        "from marts.rpt_units_by_type where reporting_year = 2024 and unit_type = 'CIS'",
    )
    assert (registered, non_profit, local_gov) == (14, 12, 2)
    expiry = dict(
        marts.execute(
            "select status_expiry_year, units from marts.rpt_units_by_status_expiry "
            "where reporting_year = 2024 and unit_type = 'CIS'"
        ).fetchall()
    )
    assert expiry == {2025: 4, 2027: 4, 2028: 4, 2029: 2}


def test_kis_units(marts):
    registered, active, answered = one(
        marts,
        "select units_registered, units_active, units_answered "
        "from marts.rpt_units_by_type where reporting_year = 2024 and unit_type = 'KIS'",
    )
    assert (registered, active, answered) == (43, 21, 42)
    per_powiat = dict(
        marts.execute(
            "select powiat_name, units_registered from marts.rpt_units_by_powiat "
            "where reporting_year = 2024 and unit_type = 'KIS'"
        ).fetchall()
    )
    assert (per_powiat["olsztyński"], per_powiat["kętrzyński"], per_powiat["iławski"]) == (10, 6, 5)
    assert sorted(p for p, n in per_powiat.items() if n == 0) == [
        "bartoszycki",
        "działdowski",
        "ełcki",
        "gołdapski",
        "ostródzki",
    ]


def test_cis_participants_and_structures(marts):
    assert indicator(marts, "CIS", "participants_total") == 2712
    shares = dict(
        marts.execute(
            "select category, share_pct from marts.rpt_participant_structure "
            "where reporting_year = 2024 and unit_type = 'CIS' and dimension in ('age_band', 'education')"
        ).fetchall()
    )
    assert shares == {
        "under_25": 10.80,
        "25_35": 24.63,
        "36_45": 26.70,
        "over_45": 37.87,
        "primary": 26.51,
        "lower_secondary": 8.89,
        "basic_vocational": 30.31,
        "secondary": 26.99,
        "post_secondary": 3.61,
        "higher": 3.69,
    }


def test_kis_participants_structures_over_described_people(marts):
    total, described, without = one(
        marts,
        "select participants_total, participants_with_demographics, units_without_demographics "
        "from marts.rpt_participants_by_type where reporting_year = 2024 and unit_type = 'KIS'",
    )
    assert (total, described, without) == (753, 470, 1)
    rows = marts.execute(
        "select category, persons, base_persons, share_pct from marts.rpt_participant_structure "
        "where reporting_year = 2024 and unit_type = 'KIS' and dimension = 'age_band'"
    ).fetchall()
    assert {r[0]: r[1] for r in rows} == {"under_25": 24, "25_35": 98, "36_45": 149, "over_45": 199}
    assert {r[2] for r in rows} == {470}
    assert {r[0]: r[3] for r in rows}["over_45"] == 42.34


def test_cis_outcomes(marts):
    completed, independent, rate = one(
        marts,
        "select completed_positively, independent_total, independence_rate_pct "
        "from marts.rpt_outcomes_by_type where reporting_year = 2024 and unit_type = 'CIS'",
    )
    assert (completed, independent, rate) == (859, 186, 21.65)
    assert one(
        marts,
        "select persons, share_pct from marts.rpt_outcomes_by_form where reporting_year = 2024 "
        "and unit_type = 'CIS' and form = 'open_market'",
    ) == (145, 77.96)


def test_kis_outcomes(marts):
    assert indicator(marts, "KIS", "employed_total") == 233
    assert one(
        marts,
        "select persons, share_pct from marts.rpt_outcomes_by_form where reporting_year = 2024 "
        "and unit_type = 'KIS' and form = 'socially_useful_work'",
    ) == (167, 71.67)


def test_cis_finance_staff_and_projects(marts):
    total, staff, projects, participants, amount = one(
        marts,
        "select funding_total_pln, staff_total, projects, project_participants, project_amount_pln "
        "from marts.rpt_finance_by_type where reporting_year = 2024 and unit_type = 'CIS'",
    )
    assert float(total) == pytest.approx(47_180_355.67, abs=0.001)
    assert (staff, projects, participants, float(amount)) == (140, 5, 111, 651_900.0)
    assert indicator(marts, "CIS", "funding_labour_fund_share_pct") == pytest.approx(79.55, abs=0.005)
    assert indicator(marts, "CIS", "funding_labour_fund_pln") == pytest.approx(37_529_920.51, abs=0.001)


def test_survey_answers_counted(marts):
    assert indicator(marts, "KIS", "answered_yes_funding_sufficient") == 15
    assert indicator(marts, "CIS", "answered_yes_member_regional_platform") == 12


def test_polish_letters_survive(marts):
    names = {r[0] for r in marts.execute("select founder_name from marts.dim_units").fetchall()}
    assert "Fundacja Żółty Szalik" in names
    assert "Elbląska Rada Konsultacyjna Osób Niepełnosprawnych" in names


def test_load_log_records_files(built_warehouse, marts):
    rows = marts.execute(
        "select extract_name, row_count, length(file_sha256), status from raw.extract_loads "
        "where reporting_year = 2024 and status <> 'absent' order by extract_name"
    ).fetchall()
    assert rows == [
        ("acknowledgements", 25, 64, "loaded"),
        ("cis_answers", 14, 64, "loaded"),
        ("expected_rows", 11, 64, "loaded"),
        ("kis_answers", 42, 64, "loaded"),
        ("projects", 6, 64, "loaded"),
        ("provenance", 4, 64, "loaded"),
        ("published_figures", 424, 64, "loaded"),
        ("register", 57, 64, "loaded"),
    ]
