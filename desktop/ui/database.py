"""Run one unit of work in its own session on the database thread.

Operations are small keyword-only functions taking a session; this wraps them
so each runs in ``with Session.begin()`` (commit on success, rollback on error)
and only frozen results reach the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from desktop.ui.tasks import Callback, ErrorCallback, TaskManager

T = TypeVar("T")


class Database:
    """The GUI's only door to the local store."""

    def __init__(self, sessions: sessionmaker[Session], tasks: TaskManager) -> None:
        self.sessions = sessions
        self.tasks = tasks

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
