"""Field builders shared by the extract models: one place says what a count, an amount or a
yes/no answer is, and each field carries its Polish source term (title) and meaning
(description), from which seeds/README.md's data dictionary is rendered."""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa


def key(pl: str, description: str, pattern: str, unique: bool = False) -> Any:
    return pa.Field(str_matches=pattern, unique=unique, nullable=False, title=pl,
                    description=description, metadata={"unit": "code"})


def text(pl: str, description: str, nullable: bool = False) -> Any:
    return pa.Field(nullable=nullable, title=pl, description=description, metadata={"unit": "text"})


def code(pl: str, description: str, allowed: list[str], nullable: bool = False) -> Any:
    return pa.Field(isin=allowed, nullable=nullable, title=pl, description=description,
                    metadata={"unit": "code"})


def date(pl: str, description: str) -> Any:
    return pa.Field(str_matches=r"^\d{4}-\d{2}-\d{2}$", nullable=True, title=pl,
                    description=description, metadata={"unit": "date"})


def persons(pl: str, description: str) -> Any:
    """A count of people; b.d. (no data) is allowed and stays missing, never zero."""
    return pa.Field(ge=0, nullable=True, title=pl, description=description,
                    metadata={"unit": "persons"})


def number(pl: str, description: str, unit: str) -> Any:
    return pa.Field(ge=0, nullable=True, title=pl, description=description, metadata={"unit": unit})


def pln(pl: str, description: str) -> Any:
    return pa.Field(ge=0, nullable=True, title=pl, description=description, metadata={"unit": "PLN"})


def yes_no(pl: str, description: str) -> Any:
    return pa.Field(nullable=True, title=pl, description=description, metadata={"unit": "tak/nie"})


def measure(pl: str, description: str, unit: str) -> Any:
    """An optional column of a totals extract: left out when the year did not collect it."""
    return pa.Field(ge=0, nullable=True, required=False, title=pl, description=description,
                    metadata={"unit": unit})
