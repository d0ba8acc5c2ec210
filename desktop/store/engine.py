"""The local database: SQLCipher-encrypted SQLite with WAL and foreign keys.

The key is a random 256-bit raw key (``x'<hex>'``), so opening a connection
costs no key derivation. A wrong or missing key only shows at the first
query ("file is not a database"), so every new connection runs a probe query
and turns that into :class:`WrongKeyError`. ``key=None`` opens plain SQLite,
which tests of non-sensitive logic and benchmarks' raw baselines use.

pysqlite (and sqlcipher3, which copies it) would commit around DDL on its own;
the ``begin`` listener below makes SQLAlchemy own every transaction, so a
migration runs in one transaction (SQLAlchemy's documented recipe).

Every transaction starts with ``BEGIN IMMEDIATE``: it takes the write lock
up front, waiting up to ``busy_timeout`` for it. A deferred ``BEGIN`` that
reads and then writes fails at once with ``database is locked``
(SQLITE_BUSY_SNAPSHOT) when another connection committed in between, and no
timeout retries that: the sync thread died of it, and staff saves failed,
while a pull landed. Units that only read can say so with
:func:`make_read_sessionmaker`: they begin deferred, under
``PRAGMA query_only``, so a write there fails loudly instead of racing.
A save measured ~0.88 ms (median) either way; waiting for the lock is the
only cost, and it replaces a failure.

WAL checkpoints (copying committed pages from the log into the database
file) are left to the sync thread between rounds (:func:`checkpoint`), not
to whichever commit happens to cross SQLite's default 1,000-page mark: that
commit paid ~12 ms, often a staff member's save or a sync round's answers.
``wal_autocheckpoint`` stays on as a cap in case no round runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker


class WrongKeyError(RuntimeError):
    """The database key is wrong or missing, or the file is not a database."""


class DatabaseBusyError(RuntimeError):
    """Another unit of work held the write lock for longer than ``busy_timeout``.

    Nothing of the failed unit was written (its transaction never began), so
    whoever shows this can keep the user's input for another try.
    """

    def __init__(self) -> None:
        super().__init__("The database is busy; your entry is kept — try Save again.")


#: Execution option of a unit that only reads (see :func:`make_read_sessionmaker`).
READ_ONLY = "desk_read_only"
#: Milliseconds a unit waits for the write lock before giving up with SQLITE_BUSY.
BUSY_TIMEOUT_MS = 5000


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` is SQLite's "database is locked" (the lock was not had in time)."""
    original = getattr(error, "orig", error)
    return "database is locked" in str(original)


def make_engine(path: Path, key: bytes | None) -> sa.Engine:
    if key is None:
        engine = sa.create_engine(f"sqlite:///{path}")
    else:
        if len(key) != 32:
            raise ValueError("the database key must be 32 random bytes")
        url = sa.URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
        engine = sa.create_engine(url)
    _install_pragmas(engine)
    return engine


def _install_pragmas(engine: sa.Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:
            raise WrongKeyError(
                "The local database could not be opened: its key is wrong or missing, "
                "or the file is damaged."
            ) from exc
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
            connection.exec_driver_sql("PRAGMA query_only=ON")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _on_end(connection: sa.Connection) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("PRAGMA query_only=OFF")


#: The log size (pages of 4 KiB) at which a commit checkpoints by itself: ~32 MB.
_AUTOCHECKPOINT_PAGES = 8192


def checkpoint(engine: sa.Engine) -> None:
    """Copy the write-ahead log into the database file without blocking anyone.

    A passive checkpoint copies what no reader still needs and stops
    rather than wait, so it is safe from a background thread at any time.
    """
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def make_sessionmaker(engine: sa.Engine) -> sessionmaker[Session]:
    """Sessions whose transactions take the write lock when they begin."""
    return sessionmaker(engine, expire_on_commit=False)


def make_read_sessionmaker(engine: sa.Engine) -> sessionmaker[Session]:
    """Sessions for units that only read: deferred, never waiting on a writer.

    A write in one of them is refused (``attempt to write a readonly
    database``) rather than left to fail only when a commit races it.
    """
    return sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
