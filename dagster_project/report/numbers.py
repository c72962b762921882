"""Numbers as the reports print them, by babel's locale data (CLDR), never by hand: Polish
`1 927`, `21,65%`, `47 180 355,67 zł`; English `1,927`, `21.65%`. A withheld value prints as
`x` (Statistics Poland's sign), a missing one as `.`."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal, format_percent

from ..published.status_flags import CONFIDENTIAL, NO_DATA  # the release's own signs

PL, EN = "pl_PL", "en_GB"  # the reports' locales


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _half_up(value: float, places: int) -> Decimal:
    """Rounded as statistics offices print (62.5 -> 63), not to even as Python and babel do."""
    return Decimal(str(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number(value: float | None, unit: str, locale: str, flag: str | None = None) -> str:
    """One figure in the report's language: counts whole, shares with two decimals and %,
    amounts in złoty with grosze, anything else with up to two decimals."""
    if flag == CONFIDENTIAL:
        return CONFIDENTIAL
    if _missing(value):
        return NO_DATA
    if unit == "pct":
        return format_percent(_half_up(value, 2) / 100, "#,##0.00%", locale=locale)
    if unit == "PLN":
        return format_currency(_half_up(value, 2), "PLN", locale=locale)
    if unit in ("persons", "units", "count", "powiats", "voivodships", "subregions", "rank"):
        return format_decimal(_half_up(value, 0), "#,##0", locale=locale)
    return format_decimal(_half_up(value, 2), "#,##0.##", locale=locale)
