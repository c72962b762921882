"""One run at a time per warehouse: a lock file beside it (settings.work_dir), held with flock
for the whole run, so the operating system releases it when the run ends however it ends (even
`kill -9`). A second run stops at once and says which process runs and since when."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path


class RunInProgressError(RuntimeError):
    pass


@contextlib.contextmanager
def exclusive_run(lock_path: Path, warehouse: Path) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+", encoding="utf-8") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            raise RunInProgressError(
                f"a run on {warehouse} is in progress ({holder}); wait for it to finish, or build "
                "another warehouse (REINTEGRATION_WAREHOUSE)"
            ) from None
        lock.seek(0)
        lock.truncate()
        started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        lock.write(f"process {os.getpid()}, started {started}")
        lock.flush()
        try:
            yield
        finally:
            lock.seek(0)
            lock.truncate()
            fcntl.flock(lock, fcntl.LOCK_UN)
