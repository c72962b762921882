"""Field builders shared by the extract models: one place says what a count, an amount or a
yes/no answer is. Each field carries its Polish source term (title), its meaning (description),
its unit and, where it belongs to one, its column group (`group`): the parts of a total (age
bands, education levels, funding sources, ...) are declared once, here on the fields, and read by
the identity registry, the dbt models (through `column_groups`) and the seed generator."""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa


def _metadata(unit: str, group: str | None) -> dict[str, str]:
    return {"unit": unit, **({"group": group} if group else {})}


def key(pl: str, description: str, pattern: str, unique: bool = False) -> Any:
    return pa.Field(
        str_matches=pattern,
        unique=unique,
        nullable=False,
        title=pl,
        description=description,
        metadata={"unit": "code"},
    )


def year(pl: str, description: str, nullable: bool = True, required: bool = True) -> Any:
    """A calendar year (the year a figure describes, a release's year, a base year)."""
    return pa.Field(
        nullable=nullable,
        required=required,
        ge=2000,
        title=pl,
        description=description,
        metadata={"unit": "year"},
    )


def text(pl: str, description: str, nullable: bool = False, required: bool = True) -> Any:
    return pa.Field(nullable=nullable, required=required, title=pl, description=description, metadata={"unit": "text"})


def prose(pl: str, description: str) -> Any:
    """A sentence someone must write (a reason, a note): required, at least ten characters."""
    return pa.Field(
        str_length={"min_value": 10}, nullable=False, title=pl, description=description, metadata={"unit": "text"}
    )


def code(
    pl: str, description: str, allowed: list[str], nullable: bool = False, unique: bool = False, required: bool = True
) -> Any:
    return pa.Field(
        isin=allowed,
        nullable=nullable,
        unique=unique,
        required=required,
        title=pl,
        description=description,
        metadata={"unit": "code"},
    )


def pattern(pl: str, description: str, regex: str, nullable: bool = True, required: bool = True) -> Any:
    """Text of a fixed shape (a postal code, a TERYT code, an id that may be empty)."""
    return pa.Field(
        str_matches=regex,
        nullable=nullable,
        required=required,
        title=pl,
        description=description,
        metadata={"unit": "code"},
    )


def date(pl: str, description: str, nullable: bool = True) -> Any:
    return pa.Field(
        str_matches=r"^\d{4}-\d{2}-\d{2}$",
        nullable=nullable,
        title=pl,
        description=description,
        metadata={"unit": "date"},
    )


def persons(pl: str, description: str, group: str | None = None) -> Any:
    """A count of people; b.d. (no data) is allowed and stays missing, never zero."""
    return pa.Field(ge=0, nullable=True, title=pl, description=description, metadata=_metadata("persons", group))


def number(pl: str, description: str, unit: str) -> Any:
    return pa.Field(ge=0, nullable=True, title=pl, description=description, metadata={"unit": unit})


def pln(pl: str, description: str, group: str | None = None) -> Any:
    return pa.Field(ge=0, nullable=True, title=pl, description=description, metadata=_metadata("PLN", group))


def yes_no(pl: str, description: str, required: bool = True) -> Any:
    return pa.Field(nullable=True, required=required, title=pl, description=description, metadata={"unit": "tak/nie"})


APPROXIMATIONS = ["almost", "about", "over"]


def approximation(description: str) -> Any:
    """A printed approximation: almost (blisko, prawie: just under the value), about (około: within a
    printed step either side) or over (ponad: just above it); empty when printed as exact."""
    return code(
        "przybliżenie",
        f"{description} almost (blisko, prawie): just under the printed value; about (około): within one "
        "printed step of it; over (ponad): just above it. Empty: printed as exact.",
        APPROXIMATIONS,
        nullable=True,
        required=False,
    )


def measure(pl: str, description: str, unit: str) -> Any:
    """An optional column of a totals extract: left out when the year did not collect it."""
    return pa.Field(ge=0, nullable=True, required=False, title=pl, description=description, metadata={"unit": unit})
