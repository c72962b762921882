"""Turn text cells written the Polish way into typed values, cell by cell.

Numbers: decimal comma, space or no-break space as thousands separator, a `zł` suffix, `–` for
zero, `b.d.` ("brak danych") for no data. Yes/no: `tak`/`nie`. Dates: ISO or `dd.mm.yyyy`.
A cell that cannot be read is left missing and reported with its row and column, so that one bad
cell never hides the others (pandera then checks ranges and codes on what could be read).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

import pandas as pd

Kind = Literal["text", "int", "decimal", "bool", "date"]

NO_DATA = {"b.d.", "bd", "b.d", "brak danych", "n/a"}
ZERO_DASHES = {"–", "—", "-"}
TRUE_WORDS = {"tak", "t", "yes", "y", "true", "1", "x"}
FALSE_WORDS = {"nie", "n", "no", "false", "0"}
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_DOT_GROUPED = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")  # 1.234 or 12.345.678: thousands, or a decimal point?
_PL_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AmbiguousNumber(ValueError):
    """A dot followed by groups of three digits and no comma: '1.234 zł' is 1 234 zł to one office
    and 1,234 zł to another, so it is refused rather than read either way."""


@dataclass(frozen=True)
class CellProblem:
    """One cell that could not be read as its column's kind."""

    index: int
    column: str
    expected: str
    found: str


def parse_number(cell: str) -> float | None:
    """'1 234,56 zł' -> 1234.56; '–' -> 0; 'b.d.' -> None; raises ValueError otherwise."""
    text = cell.strip()
    if text.lower() in NO_DATA:
        return None
    if text in ZERO_DASHES:
        return 0.0
    text = _SPACES.sub("", text)
    text = re.sub(r"(zł|pln)$", "", text, flags=re.IGNORECASE)
    if "," in text and "." in text:  # 1.234,56: dots group thousands
        text = text.replace(".", "")
    elif _DOT_GROUPED.match(text):
        raise AmbiguousNumber(cell)
    text = text.replace(",", ".")
    if not _NUMBER.match(text):
        raise ValueError(cell)
    return float(text)


@dataclass(frozen=True)
class PrintedNumber:
    """A number as a report prints it: its value, how many decimals were printed, and its kind."""

    value: float
    decimals: int
    kind: Literal["pct", "PLN", "number"]

    def bounds(self, approximation: str | None = None) -> tuple[float, float]:
        """The values the print allows: exact, half a printed step either side (49,0 tys. is 48 950
        to 49 050); almost (blisko), up to one step under it; over (ponad), up to one step above it;
        about (około), one step either side. "Under" and "above" are strict."""
        step = 10.0**-self.decimals
        if approximation == "almost":
            return self.value - step, math.nextafter(self.value, -math.inf)
        if approximation == "over":
            return math.nextafter(self.value, math.inf), self.value + step
        if approximation == "about":
            return self.value - step, self.value + step
        return self.value - step / 2, self.value + step / 2


_SCALES = {"tys.": 3, "mln": 6}  # Polish abbreviations of thousand and million


def parse_printed_number(printed: str) -> PrintedNumber:
    """'37,8%' -> 37.8, 1 decimal, pct; '47 180 355,67 zł' -> 47180355.67, 2, PLN; '1027' -> count.

    A number printed in thousands or millions ('49,0 tys.', '206 mln zł') is the number it
    stands for, with a negative precision: '49,0 tys.' is 49 000 to the hundred (decimals -2),
    so a computed value is compared at the precision the release printed it with."""
    text = printed.strip()
    kind: Literal["pct", "PLN", "number"] = "number"
    scale = 0
    for word, power in _SCALES.items():
        if word in text:
            text, scale = text.replace(word, "").strip(), power
    if text.endswith("%"):
        kind, text = "pct", text[:-1]
    elif text.endswith("zł"):
        kind, text = "PLN", text[:-2]
    digits = _SPACES.sub("", text)
    value = parse_number(digits)
    if value is None:
        raise ValueError(f"not a printed number: {printed!r}")
    decimals = len(digits.split(",", 1)[1]) if "," in digits else 0
    return PrintedNumber(value=round(value * 10**scale, max(decimals - scale, 0)), decimals=decimals - scale, kind=kind)


def parse_bool(cell: str) -> bool | None:
    word = cell.strip().lower()
    if word in NO_DATA:
        return None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(cell)


def parse_date(cell: str) -> str | None:
    text = cell.strip()
    if text.lower() in NO_DATA:
        return None
    if _ISO_DATE.match(text):
        return text
    match = _PL_DATE.match(text)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    raise ValueError(cell)


_EXPECTED = {
    "int": "a whole number (e.g. 1 234; b.d. for no data)",
    "decimal": "an amount (e.g. 1 234,56 zł; b.d. for no data)",
    "bool": "tak or nie",
    "date": "a date (yyyy-mm-dd or dd.mm.yyyy)",
}


def normalise(frame: pd.DataFrame, kinds: dict[str, Kind]) -> tuple[pd.DataFrame, list[CellProblem]]:
    """Typed copy of `frame` for the columns in `kinds`; other columns are left as they are."""
    out = frame.copy()
    problems: list[CellProblem] = []
    for column, kind in kinds.items():
        if column not in out.columns or kind == "text":
            continue
        parser = {"int": parse_number, "decimal": parse_number, "bool": parse_bool, "date": parse_date}[kind]
        values = []
        for index, cell in out[column].items():
            if cell is pd.NA or cell is None or (isinstance(cell, float) and pd.isna(cell)):
                values.append(None)
                continue
            try:
                value = parser(str(cell))
            except AmbiguousNumber:
                expected = f"{_EXPECTED[kind]}, not a dot before three digits (1.234: 1 234 or 1,234?)"
                problems.append(CellProblem(int(index), column, expected, str(cell)))
                value = None
            except ValueError:
                problems.append(CellProblem(int(index), column, _EXPECTED[kind], str(cell)))
                value = None
            if kind == "int" and value is not None and not float(value).is_integer():
                problems.append(CellProblem(int(index), column, _EXPECTED[kind], str(cell)))
                value = None
            values.append(value)
        dtype = {"int": "Int64", "decimal": "Float64", "bool": "boolean", "date": "string"}[kind]
        out[column] = pd.array(values, dtype=dtype)
    return out, problems
