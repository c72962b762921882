"""Readers and Polish number parsing on real files of each supported shape."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dagster_project.extracts.polish import parse_bool, parse_number
from dagster_project.extracts.readers import ExtractReadError, read_extract


@pytest.mark.parametrize(
    "cell, value",
    [
        ("1 234,56 zł", 1234.56),
        ("37\u00a0529\u00a0920,51 zł", 37529920.51),
        ("–", 0.0),
        ("b.d.", None),
        ("1.234,5", 1234.5),
        ("12", 12.0),
    ],
)
def test_parse_number(cell, value):
    assert parse_number(cell) == value


def test_parse_number_rejects_text():
    with pytest.raises(ValueError):
        parse_number("dwanaście")


def test_parse_bool():
    assert (parse_bool("tak"), parse_bool("NIE"), parse_bool("b.d.")) == (True, False, None)


def test_reads_comma_separated_utf8_without_bom(tmp_path: Path):
    path = tmp_path / "projects.csv"
    path.write_text('project_id,funder\nP2024-01,"Gmina Ełk"\n', encoding="utf-8")
    raw = read_extract(path)
    assert (raw.separator, raw.encoding) == (",", "utf-8-sig")
    assert raw.frame.loc[0, "funder"] == "Gmina Ełk"


def test_reads_windows_1250(tmp_path: Path):
    path = tmp_path / "register.csv"
    path.write_bytes("unit_id;founder_name\r\nKIS02;Fundacja Żółty Szalik\r\n".encode("cp1250"))
    raw = read_extract(path)
    assert raw.encoding == "cp1250"
    assert raw.frame.loc[0, "founder_name"] == "Fundacja Żółty Szalik"


def test_reads_xlsx(tmp_path: Path):
    path = tmp_path / "projects.xlsx"
    pd.DataFrame({"project_id": ["P2024-01"], "amount_pln": ["611 900,00 zł"]}).to_excel(path, index=False)
    raw = read_extract(path)
    assert raw.frame.loc[0, "amount_pln"] == "611 900,00 zł"


def test_utf16_is_a_clear_encoding_error(tmp_path: Path):
    path = tmp_path / "register.csv"
    path.write_bytes("unit_id;x\r\nCIS01;1\r\n".encode("utf-16"))
    with pytest.raises(ExtractReadError, match="wrong encoding"):
        read_extract(path)
