"""The shipped 2024 extracts are exactly what the deterministic generator writes."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from dagster_project import settings

GENERATOR = settings.REPO_ROOT / "seeds" / "generator" / "generate_2024.py"


def test_generator_reproduces_shipped_extracts(tmp_path: Path):
    module = runpy.run_path(str(GENERATOR))
    written = module["write_all"](tmp_path)
    assert written
    for path in written:
        shipped = settings.REPO_ROOT / "seeds" / "extracts" / "2024" / path.name
        assert path.read_bytes() == shipped.read_bytes(), path.name


def test_seeds_readme_holds_the_current_data_dictionary():
    from dagster_project.extracts.dictionary import render

    readme = (settings.REPO_ROOT / "seeds" / "README.md").read_text(encoding="utf-8")
    assert render() in readme


def test_the_generator_refuses_a_breakdown_that_is_not_the_formats_column_group():
    module = runpy.run_path(str(GENERATOR))
    module["check_groups"]()  # the shipped breakdowns are the format's groups
    module["CIS_AGE"]["age_over_65"] = 1  # a band the extract format does not have

    with pytest.raises(ValueError, match="cis_answers age_bands"):
        module["check_groups"]()
