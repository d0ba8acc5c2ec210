"""Run one unit of work in its own session on the database thread.

Operations are small keyword-only functions taking a session (and, for
writes, the local writer); this wraps them so each runs in
``with Session.begin()`` (commit on success, rollback on error) and only
frozen results reach the GUI thread.

Signals:
    changed: a local write committed; views of synced data should refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.desk import DeskIdentity
from desktop.store.engine import DatabaseBusyError, is_busy
from desktop.store.writes import LocalWriter
from desktop.ui.tasks import Callback, ErrorCallback, TaskManager
from shared.clock import HybridLogicalClock

T = TypeVar("T")
WriteOp = Callable[[Session, LocalWriter], Any]


class Database(QObject):
    """The GUI's only door to the local store."""

    changed = Signal()

    def __init__(
        self, sessions: sessionmaker[Session], tasks: TaskManager, desk: DeskIdentity
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.tasks = tasks
        self.desk = desk
        self.clock = HybridLogicalClock(desk.prefix)

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
        """Run a write (row + outbox in one transaction), then announce the change."""

        def op(session: Session) -> Any:
            return fn(
                session, LocalWriter(session, device_id=self.desk.device_id, clock=self.clock)
            )

        def done(result: Any) -> None:
            self.changed.emit()
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
