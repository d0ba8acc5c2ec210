"""The status bar: the connection chip, pending changes, last sync, initial-sync progress.

The chip says one of three things: connecting (no round has finished since
the app started or a retry was asked for: never "Offline" while the first
connection is still being made), online, or offline since when, with a Try
now button that syncs at once instead of waiting out the backoff.

When sync is held up by something other than the network (a bug, the local
database), it says so in words, with when the next try is: a desk whose
outbox silently stops emptying is the failure staff cannot see.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from desktop.sync.download import DownloadProgress
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import datetime_text, time_text
from shared.clock import to_lagos, utcnow


class Connection(StrEnum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"


class SyncStatusBar(QStatusBar):
    def __init__(self) -> None:
        super().__init__()
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.pending = QLabel()
        self.last_sync = QLabel()
        self.problem = QLabel()
        self.problem.setObjectName("sync_problem")
        self.problem.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(360)
        self.progress.setVisible(False)
        self.try_now = QPushButton(self.tr("Try now"))
        self.try_now.setToolTip(self.tr("Sync now instead of waiting for the next try"))
        set_role(self.try_now, ButtonRole.SECONDARY)
        self.try_now.clicked.connect(lambda: self.set_connection(Connection.CONNECTING))
        for widget in (self.problem, self.connection, self.try_now, self.pending, self.last_sync):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.progress)
        self.set_connection(Connection.OFFLINE, can_retry=False)
        self.set_pending(0)
        self.set_last_sync(None)

    def set_connection(
        self, state: Connection, since: dt.datetime | None = None, *, can_retry: bool = True
    ) -> None:
        """Show ``state``; ``since`` is when an offline spell began (UTC), shown in Lagos time.

        ``can_retry`` is false on a PC set up to work alone, which has nothing to try.
        """
        if state is Connection.ONLINE:
            text = self.tr("● Online")
        elif state is Connection.CONNECTING:
            text = self.tr("◌ Connecting…")
        elif since is None:
            text = self.tr("○ Offline")
        else:
            text = self.tr("○ Offline since {when}").format(when=self._since(since))
        self.connection.setText(text)
        self.connection.setProperty("state", state.value)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        self.try_now.setVisible(state is Connection.OFFLINE and can_retry)

    def _since(self, when: dt.datetime) -> str:
        """A time today; a date and time for a spell that began on an earlier day."""
        if to_lagos(when).date() == to_lagos(utcnow()).date():
            return time_text(when)
        return datetime_text(when)

    def set_pending(self, count: int) -> None:
        self.pending.setText(self.tr("%n change(s) to sync", "", count))

    def set_last_sync(self, when: dt.datetime | None) -> None:
        self.last_sync.setText(self.tr("Last sync: {when}").format(when=datetime_text(when)))

    def set_stopped(self, error: str | None, retry_in: float | None = None) -> None:
        """Show why sync is held up and when it tries again; ``None`` hides it."""
        self.problem.setVisible(error is not None)
        if error is None:
            return
        text = self.tr("Sync stopped: {error}").format(error=error)
        if retry_in is not None:
            text += self.tr(" · retrying in {s} s").format(s=max(0, round(retry_in)))
        self.problem.setText(text)

    def set_download(self, progress: DownloadProgress | None) -> None:
        """Show a running first download (``SyncEngine.download_progress()``); ``None`` hides it."""
        if progress is None:
            self.progress.setVisible(False)
            return
        self.set_initial_sync(progress.rows_done, progress.rows_total, progress.seconds_left)

    def set_initial_sync(self, done: int, total: int, seconds_left: float | None) -> None:
        """Show the first full download's progress; hidden again once done reaches total."""
        running = total > 0 and done < total
        self.progress.setVisible(running)
        if not running:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("First sync: {done} of {total} rows{left}").format(
                done=f"{done:,}", total=f"{total:,}", left=self._time_left(seconds_left)
            )
        )

    def _time_left(self, seconds: float | None) -> str:
        if not seconds:
            return ""
        if seconds < 90:
            return self.tr(", about {s} s left").format(s=round(seconds))
        return self.tr(", about {m} min left").format(m=round(seconds / 60))
