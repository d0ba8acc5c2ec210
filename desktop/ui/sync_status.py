"""Show the background sync worker's state in the status bar, and react to its rounds.

The worker is a plain thread with a lock-protected state, and the engine
publishes its download progress as an immutable object; polling both from a
GUI timer costs nothing and keeps Qt out of the sync package.

Signals:
    synced: a sync round finished, well or not (what it changed arrives
        through ``Database.changed``, and only from a good round).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.sync.worker import SyncWorker, WorkerState
from desktop.ui.screens.sync_health import SyncHealthScreen
from desktop.ui.status import Connection, SyncStatusBar
from shared.clock import utcnow


class SyncStatusPoller(QObject):
    synced = Signal()

    def __init__(
        self,
        worker: SyncWorker,
        status: SyncStatusBar,
        interval_ms: int = 1000,
        health: SyncHealthScreen | None = None,
    ) -> None:
        super().__init__()
        self.worker = worker
        self.status = status
        self.health = health
        self._rounds = worker.rounds
        self._retry_of: int | None = None
        status.try_now.clicked.connect(self.try_now)
        status.set_connection(*connection(worker.state()))  # "Connecting…" from the start
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def show_in(self, status: SyncStatusBar, health: SyncHealthScreen | None) -> None:
        """Report to a new window's status bar and Sync health (another user signed in)."""
        self.status, self.health = status, health
        status.try_now.clicked.connect(self.try_now)
        self.poll()

    def poll(self) -> None:
        state = self.worker.state()
        if self._retry_of is not None and self.worker.rounds != self._retry_of:
            self._retry_of = None  # the round asked for has ended
        self.status.set_connection(*connection(state, retrying=self._retry_of is not None))
        if state.status is not None:
            self.status.set_pending(state.status.pending)
            last = state.status.last_sync_at
            self.status.set_last_sync(dt.datetime.fromisoformat(last) if last else None)
        self.status.set_download(self.worker.engine.download_progress())
        self._show_problem(state)
        if self.worker.rounds != self._rounds:
            self._rounds = self.worker.rounds
            self.synced.emit()

    def try_now(self) -> None:
        """Sync at once; the chip says Connecting until that round ends."""
        self._retry_of = self.worker.rounds
        self.worker.nudge()
        self.poll()

    def show_now(self, _changes: object = None) -> None:
        """Poll at once: a round's changes reach the screens through a queued signal,
        and the status bar must not say Offline beside what that round just pulled."""
        self.poll()

    def _show_problem(self, state: WorkerState) -> None:
        """A held-up sync in the status bar (and on Sync health), with the next try."""
        error = state.last_error if state.stopped else None
        retry_in = (state.retry_at - utcnow()).total_seconds() if state.retry_at else None
        self.status.set_stopped(error, retry_in)
        if self.health is not None:
            self.health.show_worker(error, state.failing_since if error else None)


def connection(
    state: WorkerState, *, retrying: bool = False
) -> tuple[Connection, dt.datetime | None]:
    """The chip's state: connecting until a round has finished (or, ``retrying``, until the
    round Try now asked for ends), then online, or offline since the first failed round."""
    if state.online:
        return Connection.ONLINE, None
    if retrying or state.failing_since is None:
        return Connection.CONNECTING, None
    return Connection.OFFLINE, state.failing_since
