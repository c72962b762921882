"""The console of `make run`: one line per stage and year as the run goes, instead of Dagster's
event log and dbt's own output.

A Dagster logger (attached by `run.py`, never by the code location: the UI keeps its event log)
turns the run's events into stages — ingest and gate, findings, dbt, mart checks, publish, reports — by
the step that runs: a stage starts with its first step and ends when the next stage starts or
the run ends. On a terminal each stage is a rich progress bar (dbt's counts its models and tests
from the progress messages of transform/dbt_output.py); in a pipe or a CI log each stage is one
plain line when it ends. What a step that failed says is not printed here: `run.py` reports it
once, after the run, with the step and the year.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

import dagster as dg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..keys import DBT_PROGRESS, EXPECTATIONS_CHECK, FINDINGS_STAGE, PUBLISHED_STAGE, RAW_STAGE, REPORT_STAGE

# (stage, how a step key of it looks); the dbt step is whatever is left
STAGES = (
    ("ingest and gate", re.compile(rf"^{RAW_STAGE}__")),
    ("findings", re.compile(rf"^{FINDINGS_STAGE}__")),
    ("mart checks", re.compile(rf"_{EXPECTATIONS_CHECK}$")),
    ("publish", re.compile(rf"^{PUBLISHED_STAGE}__")),
    ("reports", re.compile(rf"^{REPORT_STAGE}__")),
)
DBT_STAGE = "dbt build"
PER_YEAR = {"ingest and gate", "findings"}
_DBT_COUNT = re.compile(DBT_PROGRESS.format(done=r"(?P<done>\d+)", total=r"(?P<total>\d+)"))


def stage_of(step_key: str) -> str:
    return next((name for name, pattern in STAGES if pattern.search(step_key)), DBT_STAGE)


@dataclass
class Stage:
    name: str
    label: str
    started: float = field(default_factory=time.perf_counter)
    steps: int = 0
    failed: bool = False
    done: int | None = None  # dbt: models and tests done of total
    total: int | None = None
    task: int | None = None  # its rich progress task, on a terminal

    def detail(self) -> str:
        if self.total is not None:
            return f"{self.done} of {self.total} models and tests"
        return f"{self.steps} step{'s' if self.steps != 1 else ''}"


class RunConsole(logging.Handler):
    """Stages of one run of `year`; what builds every year loaded (dbt, mart checks, publish) is
    labelled `span` ("2015-2024")."""

    def __init__(self, year: str, span: str | None = None, stream: TextIO | None = None):
        super().__init__(level=logging.DEBUG)
        self.year = year
        self.span = span or year
        self.stream = stream or sys.stderr
        self.stage: Stage | None = None
        self.progress: Progress | None = None
        if self.stream.isatty():
            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
            )
            self.progress.start()

    def emit(self, record: logging.LogRecord) -> None:
        meta = record.__dict__.get("dagster_meta") or {}
        event = meta.get("dagster_event")
        step_key = meta.get("step_key")
        if event is None:
            counted = _DBT_COUNT.search(meta.get("orig_message") or "")
            if counted and self.stage is not None:
                self.stage.done, self.stage.total = int(counted["done"]), int(counted["total"])
                self._show()
            return
        if not step_key:
            return
        if event.event_type_value == "STEP_START":
            name = stage_of(step_key)
            if self.stage is None or self.stage.name != name:
                self.finish()
                label = self.year if name in PER_YEAR else self.span
                self.stage = Stage(name, label)
                if self.progress is not None:
                    self.stage.task = self.progress.add_task(f"{label} {name}", total=None)
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and self.stage is not None:
            self.stage.steps += 1
            self.stage.failed |= event.event_type_value == "STEP_FAILURE"
            self._show()

    def _show(self) -> None:
        stage = self.stage
        if self.progress is not None and stage is not None and stage.task is not None:
            if stage.total is not None:
                self.progress.update(stage.task, completed=stage.done, total=stage.total)
            else:
                self.progress.update(stage.task, completed=stage.steps)

    def finish(self) -> None:
        """End the current stage: its line (plain) or its bar's final state (terminal)."""
        stage, self.stage = self.stage, None
        if stage is None:
            return
        seconds = time.perf_counter() - stage.started
        outcome = "failed" if stage.failed else "done"
        if self.progress is not None and stage.task is not None:
            total = stage.total if stage.total is not None else stage.steps
            completed = stage.done if stage.done is not None else stage.steps
            self.progress.update(
                stage.task, total=total, completed=completed, description=f"{stage.label} {stage.name} ({outcome})"
            )
        else:
            print(
                f"{stage.label} {stage.name}: {outcome} in {seconds:.1f} s ({stage.detail()})",
                file=self.stream,
                flush=True,
            )

    def end(self) -> None:
        """The run is over: its last stage and the progress display end. (Not `close`: Python's
        logging closes every handler when Dagster configures its own, at the start of a run.)"""
        self.finish()
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def console_logger(handler: RunConsole) -> dg.LoggerDefinition:
    """A Dagster logger that feeds one run's events to `handler`."""

    @dg.logger(description="make run's console: one line per stage and year")
    def run_console(_init_context) -> logging.Logger:
        logger = logging.Logger("reintegration.console", level=logging.DEBUG)
        logger.addHandler(handler)
        return logger

    return run_console
