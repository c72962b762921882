"""What every extract model shares: strict columns, coerced types, and row-wise rules said the
way an analyst reads them.

A row rule is a pandera dataframe check that also carries its plain-words statement and the
columns it involves, so the validator can name them without a second, hand-kept list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandera.pandas as pa


class Strict:
    strict = True
    coerce = True


@dataclass(frozen=True)
class RowRule:
    rule: str  # what a good row looks like, e.g. "unit_id to start with unit_type"
    columns: tuple[str, ...]  # the columns shown when a row breaks it


ROW_RULES: dict[str, RowRule] = {}


def row_rule(rule: str, *columns: str) -> Callable:
    """Declare a row-wise pandera check (reported under the function's name) with its statement."""

    def decorate(function: Callable) -> classmethod:
        ROW_RULES[function.__name__] = RowRule(rule, columns)
        return pa.dataframe_check(name=function.__name__)(function)

    return decorate
