"""The registry of consistency checks on a year's extracts: every identity and plausibility rule
assembled here from the two modules that declare them, each rule once.

Each check is a SQL query over the year's raw tables (rows keep `_source_row`, their line in the
file) that returns one row per finding:

    subject      what the finding is about (a unit id, a figure id, a pair of ids); with the
                 check id it makes the finding id `<check>:<subject>` that an analyst acknowledges
    unit_id      the unit concerned, if any
    source_rows  the file lines involved, e.g. '3' or '12, 245'
    columns      the columns involved
    expected     what the identity says the value should be
    found        what the extract says
    extract      (optional) the extract of the rows, when a check spans two

The declarations live in checks_answers.py (the questionnaires) and checks_totals.py (printed
figures, national statistics, regional totals, expected rows). Common shapes are built by
shapes.py from the column groups declared on the extract fields (the parts of a total are never
listed twice); checks of one kind are .sql files in sql/. The engine
(engine.py) runs them, attaches file, year and severity, and applies acknowledgements.
"""

from __future__ import annotations

from .checks_answers import ANSWER_CHECKS
from .checks_totals import TOTALS_CHECKS
from .shapes import Check

CHECKS: tuple[Check, ...] = (*ANSWER_CHECKS, *TOTALS_CHECKS)
CHECKS_BY_ID = {check.id: check for check in CHECKS}
assert len(CHECKS_BY_ID) == len(CHECKS), "check ids must be unique"
