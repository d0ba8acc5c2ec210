"""The writer protocol: what a domain command needs from whichever store it runs against.

A command (``complete_visit``, ``close_follow_up``, ...) decides everything a
rule decides and then writes through this protocol, so the desk and the
server run the same decisions. Two implementations exist: the desk's
(``desktop.store.writes.LocalWriter``: row + outbox mutation, field clocks) and the server's
(``sync_server.appointments.writer.TrackedWriter``: audit, and the change log
the session writes by itself). Every method is keyword-only past the row or
model and returns what it wrote, so a command can build on its own writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

T = TypeVar("T")


class Reader(Protocol):
    """Read synced rows: what a rule that decides without writing needs."""

    def get(self, model: type[T], row_id: uuid.UUID) -> T | None: ...

    def select(self, query: Select[tuple[T]]) -> Sequence[T]: ...


class Writer(Reader, Protocol):
    """Insert, edit, tombstone and read synced rows inside the caller's one transaction."""

    def insert(self, model: type[T], **fields: Any) -> T: ...

    def update(self, row: T, **fields: Any) -> T: ...

    def delete(self, row: T) -> T: ...


class SessionReader:
    """A plain session as a :class:`Reader`, for screens and lists that only read."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, model: type[T], row_id: uuid.UUID) -> T | None:
        return self.session.get(model, row_id)

    def select(self, query: Select[tuple[T]]) -> Sequence[T]:
        return self.session.scalars(query).all()
