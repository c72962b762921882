"""Dagster's consolidated SQLite event log, with one connection per thread kept open.

Dagster's own class opens a new SQLAlchemy engine and SQLite connection for every read and every
event written, and asks SQLite again whether each table exists: a run of the corrected-file case
opened some 3 000 connections and spent more time opening and closing them than writing. This
class keeps the engine and a connection per thread (SQLAlchemy's SingletonThreadPool), remembers
the tables it found, and lets SQLite sync the write-ahead log at checkpoints rather than at every
commit (`synchronous=NORMAL`, SQLite's advice for WAL): a crash of the process loses nothing, a
power cut may lose the last events, after which the assets they recorded are stale and rebuilt.

Named in dagster_home/dagster.yaml (and the tests' copies of it); the file and its schema are
Dagster's own, so the UI, the daemon and Dagster's own class read it as before.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property

import sqlalchemy as db
from dagster._core.storage.event_log import ConsolidatedSqliteEventLogStorage
from dagster._core.storage.sql import create_engine
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from sqlalchemy.pool import SingletonThreadPool


class KeptOpenSqliteEventLogStorage(ConsolidatedSqliteEventLogStorage):
    """ConsolidatedSqliteEventLogStorage whose connections stay open between operations."""

    @cached_property
    def _engine(self) -> db.engine.Engine:
        engine = create_engine(
            self._conn_string,
            poolclass=SingletonThreadPool,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )

        @db.event.listens_for(engine, "connect")
        def _wal_sync(connection, _record) -> None:
            connection.execute("PRAGMA synchronous=NORMAL")

        return engine

    @contextmanager
    def _connect(self):
        with self._engine.connect() as conn, conn.begin():
            yield conn

    def has_table(self, table_name: str) -> bool:
        """Tables are only ever added (by Dagster's migrations), so a table found stays found."""
        found = self.__dict__.setdefault("_tables_found", set())
        if table_name not in found:
            with self._engine.connect() as conn:
                if not self._engine.dialect.has_table(conn, table_name):
                    return False
            found.add(table_name)
        return True

    def dispose(self) -> None:
        super().dispose()
        if "_engine" in self.__dict__:
            self._engine.dispose()
