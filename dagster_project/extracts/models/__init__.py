"""The contract of each yearly extract, as pandera models (gate 1).

Structure only: required columns and no others, types, allowed codes, no negative counts, unique
ids. Arithmetic between totals and their parts (age bands vs participants, staff by contract vs
staff in total, ...) is deliberately not here: real extracts disagree there, and those
disagreements are consistency findings (dagster_project/findings) for an analyst to see and
acknowledge, not reasons to refuse a file.
"""

from .cis_answers import CisAnswersExtract
from .kis_answers import KisAnswersExtract
from .national_sources import MripsCisExtract, MripsKisExtract, PfronWtzExtract, UwRegisterExtract, UwZazExtract
from .published import AcknowledgementsExtract, ExpectedRowsExtract, ProvenanceExtract, PublishedFiguresExtract
from .rules import ROW_RULES, RowRule
from .totals import NationalExtract, RegionalTotalsExtract
from .units import ProjectsExtract, RegisterExtract

__all__ = [
    "ROW_RULES",
    "AcknowledgementsExtract",
    "CisAnswersExtract",
    "ExpectedRowsExtract",
    "KisAnswersExtract",
    "MripsCisExtract",
    "MripsKisExtract",
    "NationalExtract",
    "PfronWtzExtract",
    "ProjectsExtract",
    "ProvenanceExtract",
    "PublishedFiguresExtract",
    "RegionalTotalsExtract",
    "RegisterExtract",
    "RowRule",
    "UwRegisterExtract",
    "UwZazExtract",
]
