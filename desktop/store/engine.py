"""The local database: SQLCipher-encrypted SQLite with WAL and foreign keys.

The key is a random 256-bit raw key (``x'<hex>'``), so opening a connection
costs no key derivation. A wrong or missing key only shows at the first
query ("file is not a database"), so every new connection runs a probe query
and turns that into :class:`WrongKeyError`. ``key=None`` opens plain SQLite,
which tests of non-sensitive logic and benchmarks' raw baselines use.

pysqlite (and sqlcipher3, which copies it) would commit around DDL on its own;
the ``begin`` listener below makes SQLAlchemy own every transaction, so a
migration runs in one transaction (SQLAlchemy's documented recipe).

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
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN")


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
    return sessionmaker(engine, expire_on_commit=False)
