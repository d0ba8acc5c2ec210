"""The task manager: no database or network work ever runs on the GUI thread.

Local database work goes to one dedicated thread (SQLite writes serialise
anyway, and one thread means one connection in use at a time); network work
goes to a small pool. Results come back to the GUI thread through a queued
signal, where the caller's success or failure callback runs.

Signals:
    idle: emitted when the last outstanding task has delivered its result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass(frozen=True, slots=True)
class _Outcome:
    result: Any
    error: BaseException | None
    on_success: Callback | None
    on_failure: ErrorCallback | None


class _Relay(QObject):
    delivered = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, callbacks: tuple[Any, Any]) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._callbacks = callbacks

    def run(self) -> None:
        try:
            outcome = _Outcome(self._fn(), None, *self._callbacks)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            outcome = _Outcome(None, exc, *self._callbacks)
        self._relay.delivered.emit(outcome)


class TaskManager(QObject):
    idle = Signal()

    def __init__(self, on_unhandled: ErrorCallback | None = None) -> None:
        super().__init__()
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._db.setExpiryTimeout(-1)
        self._net = QThreadPool(self)
        self._net.setMaxThreadCount(4)
        self._relay = _Relay()
        self._relay.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._outstanding = 0
        self._on_unhandled = on_unhandled

    @property
    def busy(self) -> bool:
        return self._outstanding > 0

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

    def _start(self, pool: QThreadPool, fn: Callable[[], Any], ok: Any, fail: Any) -> None:
        self._outstanding += 1
        pool.start(_Job(fn, self._relay, (ok, fail)))

    def _deliver(self, outcome: _Outcome) -> None:
        try:
            if outcome.error is None:
                if outcome.on_success is not None:
                    outcome.on_success(outcome.result)
            elif outcome.on_failure is not None:
                outcome.on_failure(outcome.error)
            elif self._on_unhandled is not None:
                self._on_unhandled(outcome.error)
        finally:
            self._outstanding -= 1
            if self._outstanding == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Let running work finish before the database is closed."""
        self._db.waitForDone()
        self._net.waitForDone()
