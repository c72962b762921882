"""Work that splits into independent pieces (a workbook per year, a PDF per page), run in as many
processes as this process may use cores (two here; REINTEGRATION_PROCESSES sets another number).
Each piece is pure Python (XlsxWriter, WeasyPrint), which one process cannot run twice at once; a
national release of ten years writes ten workbooks and twenty PDFs. The processes are spawned, not
forked: the parent holds DuckDB connections and Dagster's threads, which a fork would copy half-way."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from . import settings


def run_all(function: Callable[..., Any], arguments: Sequence[tuple]) -> list[Any]:
    """function(*a) for every a in `arguments`, in order; in one process when there is one piece
    (spawning costs more than it saves) or one process allowed."""
    workers = min(len(arguments), settings.processes())
    if workers <= 1:
        return [function(*a) for a in arguments]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(function, *zip(*arguments, strict=True)))
