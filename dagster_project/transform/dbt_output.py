"""Where dbt's console output goes: dagster-dbt re-prints every dbt event on stdout (about 230
lines a run). Unless REINTEGRATION_LOG_LEVEL asks for detail, those lines go to a file beside the
warehouse (settings.dbt_output_path) and the step logs a short progress message instead
(keys.DBT_PROGRESS, read by the console of `make run`)."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from .. import settings
from ..keys import DBT_PROGRESS

# dbt's own result lines: "157 of 159 OK created sql table model ...", "12 of 159 PASS unique_..."
_RESULT = re.compile(r"^\s*(\d+) of (\d+) (OK|PASS|WARN|ERROR|FAIL|SKIP|NO-OP)\b")


class DbtOutput:
    """A stdout for the dbt step: keeps every line in `sink`, and reports each result line's count."""

    def __init__(self, sink: TextIO, on_result: Callable[[int, int], None]):
        self.sink = sink
        self.on_result = on_result
        self.results = 0

    def write(self, text: str) -> int:
        self.sink.write(text)
        for line in text.splitlines():
            counted = _RESULT.match(line)
            if counted:
                self.results += 1
                self.on_result(self.results, int(counted[2]))
        return len(text)

    def flush(self) -> None:
        self.sink.flush()


@contextlib.contextmanager
def dbt_output(log: Callable[[str], None] | None = None) -> Iterator[None]:
    """Around one dbt invocation: dbt's console output to settings.dbt_output_path(), and `log`
    given a progress message at every tenth result and at the last (with REINTEGRATION_LOG_LEVEL
    set, dbt prints as it would). And DBT_TARGET_PATH is this warehouse's dbt target, the folder
    dagster-dbt copies dbt's partial parse state from (its default is dbt/target in the tree)."""

    def progress(done: int, total: int) -> None:
        if log is not None and (done % 10 == 0 or done == total):
            log(DBT_PROGRESS.format(done=done, total=total))

    with _target_path_env():
        if settings.log_level() is not None:
            yield
            return
        path = settings.dbt_output_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as sink, contextlib.redirect_stdout(DbtOutput(sink, progress)):
            yield
        sys.stdout.flush()


@contextlib.contextmanager
def _target_path_env() -> Iterator[None]:
    before = os.environ.get("DBT_TARGET_PATH")
    os.environ["DBT_TARGET_PATH"] = str(settings.dbt_target_dir())
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("DBT_TARGET_PATH", None)
        else:
            os.environ["DBT_TARGET_PATH"] = before
