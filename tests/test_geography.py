"""The geography of the whole country, and a regional centre of another voivodship using the
warehouse without a code change."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd

from dagster_project.extracts.reference import reference_rows

from .conftest import SEED_EXTRACTS, failed_check_messages, point_at, run_year


def test_every_powiat_is_in_one_subregion_of_its_own_voivodship():
    powiats = reference_rows("powiats.csv")
    subregions = {row["subregion_code"]: row for row in reference_rows("subregions.csv")}
    voivodships = {row["voivodship_teryt"] for row in reference_rows("voivodships.csv")}

    assert len(voivodships) == 16
    assert len(subregions) == 73
    assert len(powiats) == 380
    assert len({row["powiat_teryt"] for row in powiats}) == 380
    assert Counter(row["is_city_powiat"] for row in powiats) == {"false": 314, "true": 66}
    for row in powiats:
        assert row["powiat_teryt"][:2] == row["voivodship_teryt"], row
        assert subregions[row["subregion_code"]]["voivodship_teryt"] == row["voivodship_teryt"], row
        # TERYT: a city with powiat status has a powiat number of 61 or more
        assert (row["is_city_powiat"] == "true") == (int(row["powiat_teryt"][2:]) >= 61), row
    members = Counter(row["subregion_code"] for row in powiats)
    for code, subregion in subregions.items():
        assert members[code] == int(subregion["powiats"]), code
    assert {row["voivodship_teryt"] for row in subregions.values()} == voivodships


# A small year folder of Lubuskie (TERYT 08): two CIS and three KIS of the shipped 2024 answers,
# moved to Lubuskie's powiats, with the centre's acknowledgements of those units' findings. No
# published report and no expected row counts: a centre need not send them.
LUBUSKIE = {"CIS01": "0861", "CIS02": "0862", "KIS01": "0802", "KIS02": "0802", "KIS03": "0861"}


def _lubuskie_year(root: Path) -> Path:
    powiats = {row["powiat_teryt"]: row["powiat_name"] for row in reference_rows("powiats.csv")}
    shipped, folder = SEED_EXTRACTS / "2024", root / "extracts" / "2024"
    folder.mkdir(parents=True)

    def read(name: str, encoding: str = "utf-8-sig") -> pd.DataFrame:
        return pd.read_csv(shipped / name, sep=";", dtype=str, keep_default_na=False, encoding=encoding)

    def write(frame: pd.DataFrame, name: str) -> None:
        frame.to_csv(folder / name, sep=";", index=False, encoding="utf-8", quoting=csv.QUOTE_MINIMAL)

    register = read("register.csv", encoding="cp1250")
    register = register[register["unit_id"].isin(LUBUSKIE)].copy()
    register["powiat_teryt"] = register["unit_id"].map(LUBUSKIE)
    register["powiat_name"] = register["powiat_teryt"].map(powiats)
    register["postal_code"] = "66-400"
    write(register, "register.csv")
    for name in ("cis_answers.csv", "kis_answers.csv", "projects.csv"):
        frame = read(name)
        write(frame[frame["unit_id"].isin(LUBUSKIE)], name)
    acknowledged = read("acknowledgements.csv")
    about_units = acknowledged["finding_id"].str.split(":").str[1].isin(LUBUSKIE)
    write(acknowledged[about_units], "acknowledgements.csv")
    return root / "extracts"


def test_a_regional_centre_of_another_voivodship_gets_its_marts(tmp_path, monkeypatch):
    extracts, warehouse = _lubuskie_year(tmp_path), tmp_path / "warehouse.duckdb"
    point_at(monkeypatch, extracts, warehouse)

    result = run_year("2024", marts_only=True)

    assert result.success, failed_check_messages(result)
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        regions = conn.sql(
            "select distinct statistics_source, geography_level, geography_code, geography_name "
            "from marts.rpt_indicators"
        ).fetchall()
        assert regions == [("regional_survey", "voivodship", "08", "lubuskie")]
        # every powiat of Lubuskie, and only Lubuskie's, for each unit type registered there
        by_powiat = conn.sql(
            """select unit_type, count(*), count(*) filter (where units_registered = 0),
                      bool_and(left(powiat_teryt, 2) = '08')
               from marts.rpt_units_by_powiat group by unit_type order by unit_type"""
        ).fetchall()
        assert by_powiat == [("CIS", 14, 12, True), ("KIS", 14, 12, True)]
        without = conn.sql(
            """select unit_type, value from marts.rpt_indicators
               where indicator_id = 'powiats_without_units' order by unit_type"""
        ).fetchall()
        assert without == [("CIS", 12.0), ("KIS", 12.0)]
