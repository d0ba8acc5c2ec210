"""The task manager: no database or network work ever runs on the GUI thread.

Local database work goes to one dedicated thread (SQLite writes serialise
anyway, and one thread means one connection in use at a time); network work
goes to a small pool. Results come back to the GUI thread through a queued
signal, where the caller's success or failure callback runs.

The workers are Python threads, not QThreadPool ones: a Python thread keeps
its thread state for its whole life, so SQLAlchemy's per-thread SQLite
connection (SingletonThreadPool, used by the SQLCipher dialect) stays one
connection, instead of a new one per task that a later cleanup closes under
another thread's feet.

Signals:
    idle: emitted when the last outstanding task has delivered its result.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from queue import SimpleQueue
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import Shiboken

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass(frozen=True, slots=True)
class _Task:
    fn: Callable[[], Any]
    on_success: Callback | None
    on_failure: ErrorCallback | None


@dataclass(frozen=True, slots=True)
class _Outcome:
    ticket: int
    result: Any
    error: BaseException | None


class _Relay(QObject):
    """Wakes the GUI thread; outcomes travel through a plain thread-safe queue.

    The signal carries no arguments, so no Python object is marshalled by Qt
    across threads: the queue's ownership rules are Python's own.
    """

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.outcomes: SimpleQueue[_Outcome] = SimpleQueue()


def _job(ticket: int, tasks: dict[int, _Task], relay: _Relay) -> None:
    """Run a task by its ticket, holding no reference to it once it is answered.

    The task (its function and callbacks, which are often bound methods of
    widgets) stays owned by the GUI thread's table: were the worker to drop
    the last reference, a widget could be destroyed on this thread, which
    crashes Qt.
    """
    fn = tasks[ticket].fn
    try:
        outcome = _Outcome(ticket, fn(), None)
    except BaseException as exc:  # handed to the GUI thread, never swallowed
        outcome = _Outcome(ticket, None, exc)
    finally:
        del fn
    relay.outcomes.put(outcome)
    relay.ready.emit()


def _gone(callback: Callable[..., Any]) -> bool:
    """A widget's method whose widget was deleted while its work ran: its answer has no reader."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not Shiboken.isValid(owner)


class TaskManager(QObject):
    idle = Signal()

    def __init__(self, on_unhandled: ErrorCallback | None = None) -> None:
        super().__init__()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._net = ThreadPoolExecutor(max_workers=4, thread_name_prefix="desk-net")
        self._relay = _Relay()
        self._relay.ready.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._tasks: dict[int, _Task] = {}
        self._tickets = itertools.count()
        self._closed = False
        self._on_unhandled = on_unhandled

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run_db(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: ErrorCallback | None = None,
    ) -> None:
        """Run ``fn`` on the database thread; it must not touch widgets."""
        self._start(self._db, fn, on_success, on_failure)

    def run_net(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: ErrorCallback | None = None,
    ) -> None:
        """Run ``fn`` in the network pool; it must not touch widgets."""
        self._start(self._net, fn, on_success, on_failure)

    def _start(self, pool: ThreadPoolExecutor, fn: Callable[[], Any], ok: Any, fail: Any) -> None:
        if self._closed:
            return  # the app is closing: a screen refreshing as it closes gets nothing
        ticket = next(self._tickets)
        self._tasks[ticket] = _Task(fn, ok, fail)
        pool.submit(_job, ticket, self._tasks, self._relay)

    def _drain(self) -> None:
        while not self._relay.outcomes.empty():
            self._deliver(self._relay.outcomes.get())

    def _deliver(self, outcome: _Outcome) -> None:
        task = self._tasks[outcome.ticket]
        try:
            if outcome.error is None:
                if task.on_success is not None and not _gone(task.on_success):
                    task.on_success(outcome.result)
            elif task.on_failure is not None:
                if not _gone(task.on_failure):
                    task.on_failure(outcome.error)
            elif self._on_unhandled is not None:
                self._on_unhandled(outcome.error)
        finally:
            del self._tasks[outcome.ticket]
            if not self._tasks:
                self.idle.emit()

    def shutdown(self) -> None:
        """Let running work finish before the database is closed; refuse new work."""
        self._closed = True
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=True)
