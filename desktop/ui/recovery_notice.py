"""The notice a callback's owner gets when low feedback reaches their desk.

:class:`RecoveryNotifier` listens to every change of the store (a sync round
or a local write) and looks up the open callbacks the signed-in person owns
(a manager also those nobody owns yet, as a front-desk PC leaves them until
the server names the manager). A callback it has not seen before for that
person is announced once: ``notified`` carries the sentence, the Feedback
screen shows it as a banner, and the system tray shows it as a desktop
notification where the desktop has a tray. What was already open when the
person signed in is listed on the Feedback screen, not announced.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.services.feedback import FollowUp, my_callbacks
from desktop.store.changes import Changes
from desktop.ui.database import Database
from desktop.ui.format import datetime_text

#: What a change must touch to be worth a look.
WATCHED = frozenset({"patient_feedback", "users"})
TRAY_MILLISECONDS = 15_000


class RecoveryNotifier(QObject):
    #: The sentence announcing new callbacks (one per batch that arrives).
    notified = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._known: dict[uuid.UUID, set[uuid.UUID]] = {}
        self._tray: QSystemTrayIcon | None = None
        db.changed.connect(self._changed)
        self.check()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(WATCHED):
            self.check()

    def check(self) -> None:
        actor = self._db.actor
        if actor is not None:
            self._db.run(lambda s: my_callbacks(s, actor), lambda rows: self._seen(actor, rows))

    def _seen(self, actor: uuid.UUID, rows: list[FollowUp]) -> None:
        known = self._known.get(actor)
        self._known[actor] = (known or set()) | {r.id for r in rows}
        if known is None:
            return  # what was open at sign-in is on the list, not news
        new = [r for r in rows if r.id not in known]
        if new:
            self._announce(self.sentence(new))

    def sentence(self, new: list[FollowUp]) -> str:
        first = new[0]
        if len(new) == 1:
            return self.tr("Low feedback: {patient} gave {rating}/5. Call back by {due}.").format(
                patient=f"{first.patient_name} ({first.patient_number})",
                rating=first.rating,
                due=datetime_text(first.due_at),
            )
        return self.tr("{count} new low-feedback callbacks; the first is due by {due}.").format(
            count=len(new), due=datetime_text(min(r.due_at or r.submitted_at for r in new))
        )

    def _announce(self, text: str) -> None:
        self.notified.emit(text)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            self._tray = QSystemTrayIcon(self)
            if icon is not None:
                self._tray.setIcon(icon)
            self._tray.show()
        self._tray.showMessage(
            self.tr("Service recovery"),
            text,
            QSystemTrayIcon.MessageIcon.Warning,
            TRAY_MILLISECONDS,
        )
