"""Run one unit of work in its own session on the database thread.

Operations are small keyword-only functions taking a session (and, for
writes, the local writer); this wraps them so each runs in
``with Session.begin()`` (commit on success, rollback on error) and only
frozen results reach the GUI thread.

Signals:
    changed(Changes): a local write committed or a sync round changed local
        rows; views showing one of the named tables should refresh.
    written(Changes): a local write committed (the outbox has work to push).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.desk import DeskIdentity
from desktop.store.changes import NOTHING, Changes
from desktop.store.engine import DatabaseBusyError, is_busy
from desktop.store.writes import LocalWriter
from desktop.ui.tasks import Callback, ErrorCallback, TaskManager
from shared.clock import HybridLogicalClock

T = TypeVar("T")
WriteOp = Callable[[Session, LocalWriter], Any]


class Database(QObject):
    """The GUI's only door to the local store."""

    changed = Signal(object)
    written = Signal(object)
    _synced = Signal(object)

    def __init__(
        self, sessions: sessionmaker[Session], tasks: TaskManager, desk: DeskIdentity
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.tasks = tasks
        self.desk = desk
        self.clock = HybridLogicalClock(desk.prefix)
        #: Whoever is signed in: every write from now on is queued as theirs.
        self.actor: uuid.UUID | None = None
        self._synced.connect(self.changed, Qt.ConnectionType.QueuedConnection)

    def sync_changed(self, changes: Changes) -> None:
        """A sync round changed local rows: announce it on the GUI thread.

        Called on the sync thread; the queued connection hands the summary to
        the thread this object lives on, so views refresh on the GUI thread
        and never touch a widget from the sync thread.
        """
        self._synced.emit(changes)

    def adopt(self, desk: DeskIdentity) -> None:
        """Switch to the identity a server registration gave this PC.

        The new clock first observes the old one, so timestamps stay monotonic.
        """
        clock = HybridLogicalClock(desk.prefix)
        clock.observe(self.clock.last())
        self.desk, self.clock = desk, clock

    def unit(self, fn: Callable[[Session], T]) -> Callable[[], T]:
        def run() -> T:
            with self.sessions.begin() as session:
                return fn(session)

        return run

    def run(
        self,
        fn: Callable[[Session], Any],
        on_success: Callback | None = None,
        on_failure: ErrorCallback | None = None,
    ) -> None:
        self.tasks.run_db(self.unit(fn), on_success, on_failure)

    def write(
        self,
        fn: WriteOp,
        on_success: Callback | None = None,
        on_failure: ErrorCallback | None = None,
    ) -> None:
        """Run a write (row + outbox in one transaction), then announce what it changed.

        The summary is emitted after the commit, and only when the write
        changed a row: a write that found nothing to change refreshes nothing.
        """
        writers: list[LocalWriter] = []

        def op(session: Session) -> Any:
            writer = LocalWriter(
                session, device_id=self.desk.device_id, clock=self.clock, actor=self.actor
            )
            writers.append(writer)
            return fn(session, writer)

        def done(result: Any) -> None:
            changes = writers[-1].changes() if writers else NOTHING
            if changes:
                self.written.emit(changes)
                self.changed.emit(changes)
            if on_success is not None:
                on_success(result)

        self.tasks.run_db(_busy_said_plainly(self.unit(op)), done, on_failure)


def _busy_said_plainly(unit: Callable[[], T]) -> Callable[[], T]:
    """A write that could not get the lock in time fails with a sentence staff can act on.

    Its transaction never began, so nothing is half-written, and the form
    that started it still holds what was typed (it is cleared only on success).
    """

    def run() -> T:
        try:
            return unit()
        except sa.exc.OperationalError as exc:
            if is_busy(exc):
                raise DatabaseBusyError() from exc
            raise

    return run
