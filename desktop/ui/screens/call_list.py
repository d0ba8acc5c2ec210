"""Call today: patients no reminder reached, and rewards refused at sync, with a button per outcome.

Recording an outcome writes it through the outbox (so the call is in the
patient's contact log everywhere) and takes the patient off the list. With
the phone in one hand, Alt+1 to Alt+4 record the outcomes in button order.
For a refused reward the first button reads "Reached — sorted out" and
there is no booking to reschedule.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services.call_list import (
    CallDue,
    CallReason,
    calls_due,
    record_call,
    record_reward_call,
)
from desktop.store.changes import OUTBOX
from desktop.store.writes import LocalWriter
from desktop.ui.database import Database
from desktop.ui.format import phone_text, time_text
from shared.clock import format_date
from shared.domain.enums import CallOutcome


class CallListScreen(QWidget):
    #: Tables this screen shows: who to call today, and the calls already logged.
    shows = frozenset(
        {
            OUTBOX,  # a reward the server refused at sync
            "appointment_reminders",
            "appointments",
            "clinicians",
            "departments",
            "patient_communications",
            "patients",
        }
    )

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._rows: list[CallDue] = []
        self.heading = QLabel(self.tr("Call today"))
        self.heading.setObjectName("heading")
        self.table = QTableWidget(0, 6)
        headers = [self.tr("Patient"), self.tr("Patient no."), self.tr("Phone")]
        headers += [self.tr("Appointment"), self.tr("With"), self.tr("Why")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the contact log (optional)"))
        self.outcome_buttons = {
            CallOutcome.CONFIRMED: QPushButton(self.tr("Reached — confirmed")),
            CallOutcome.WILL_RESCHEDULE: QPushButton(self.tr("Reached — will reschedule")),
            CallOutcome.NO_ANSWER: QPushButton(self.tr("No answer")),
            CallOutcome.WRONG_NUMBER: QPushButton(self.tr("Wrong number")),
        }
        actions = QHBoxLayout()
        for number, (outcome, button) in enumerate(self.outcome_buttons.items(), start=1):
            button.clicked.connect(lambda _checked=False, o=outcome: self.record(o))
            button.setShortcut(QKeySequence(f"Alt+{number}"))
            button.setToolTip(f"Alt+{number}")
            actions.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        self._db.run(calls_due, self._show)

    def _show(self, rows: list[CallDue]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for row, call in enumerate(rows):
            booked = call.appointment_id is not None
            cells = (
                call.patient_name,
                call.patient_number,
                phone_text(call.phone) or self.tr("no phone on file"),
                f"{format_date(call.starts_at)} {time_text(call.starts_at)}" if booked else "—",
                call.provider if booked else "—",
                self._why(call.reason),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(call.detail or "")
                self.table.setItem(row, column, item)
        self.heading.setText(self.tr("Call today ({count})").format(count=len(rows)))
        self._selection_changed()  # the rows under the selection may be others now

    def _why(self, reason: CallReason) -> str:
        return {
            CallReason.NOT_DELIVERED: self.tr("Reminder not delivered"),
            CallReason.NO_CONSENT: self.tr("No channel with consent"),
            CallReason.NEEDS_RESCHEDULE: self.tr("Booking needs a new time"),
            CallReason.REWARD_REFUSED: self.tr("Reward refused at sync"),
        }[reason]

    def _selection_changed(self) -> None:
        """A refused reward is sorted out, not confirmed, and has no booking to move."""
        call = self.selected()
        reward = call is not None and call.reason is CallReason.REWARD_REFUSED
        self.outcome_buttons[CallOutcome.CONFIRMED].setText(
            self.tr("Reached — sorted out") if reward else self.tr("Reached — confirmed")
        )
        self.outcome_buttons[CallOutcome.WILL_RESCHEDULE].setEnabled(not reward)

    def selected(self) -> CallDue | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record(self, outcome: CallOutcome) -> None:
        """Save what came of the call for the selected patient; the row then leaves the list."""
        call, note = self.selected(), self.note.text()
        if call is None:
            self.message.setText(self.tr("Select the patient you called first."))
            return
        appointment_id, patient_id = call.appointment_id, call.patient_id

        def save(s: Session, w: LocalWriter) -> None:
            if appointment_id is not None:
                record_call(s, w, appointment_id=appointment_id, outcome=outcome, note=note)
            elif patient_id is not None:
                record_reward_call(s, w, patient_id=patient_id, outcome=outcome, note=note)

        self._db.write(
            save,
            lambda _result: self._recorded(call),
            lambda error: self.message.setText(str(error)),
        )

    def _recorded(self, call: CallDue) -> None:
        self.note.clear()
        self.message.setText(self.tr("Saved the call to {name}.").format(name=call.patient_name))
        self.refresh()
