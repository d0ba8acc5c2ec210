"""Call today: patients no reminder reached, with their number and a button per outcome.

Recording an outcome writes it through the outbox (so the call is in the
patient's contact log everywhere) and takes the patient off the list. With
the phone in one hand, Alt+1 to Alt+4 record the outcomes in button order.
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

from desktop.services.call_list import CallDue, CallReason, calls_due, record_call
from desktop.ui.database import Database
from desktop.ui.format import phone_text, time_text
from shared.clock import format_date
from shared.domain.enums import CallOutcome


class CallListScreen(QWidget):
    #: Tables this screen shows: who to call today, and the calls already logged.
    shows = frozenset(
        {
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
            cells = (
                call.patient_name,
                call.patient_number,
                phone_text(call.phone) or self.tr("no phone on file"),
                f"{format_date(call.starts_at)} {time_text(call.starts_at)}",
                call.provider,
                self._why(call.reason),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(call.detail or "")
                self.table.setItem(row, column, item)
        self.heading.setText(self.tr("Call today ({count})").format(count=len(rows)))

    def _why(self, reason: CallReason) -> str:
        return {
            CallReason.NOT_DELIVERED: self.tr("Reminder not delivered"),
            CallReason.NO_CONSENT: self.tr("No channel with consent"),
            CallReason.NEEDS_RESCHEDULE: self.tr("Booking needs a new time"),
        }[reason]

    def selected(self) -> CallDue | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record(self, outcome: CallOutcome) -> None:
        """Save what came of the call for the selected patient; the row then leaves the list."""
        call, note = self.selected(), self.note.text()
        if call is None:
            self.message.setText(self.tr("Select the patient you called first."))
            return
        self._db.write(
            lambda s, w: (
                record_call(s, w, appointment_id=call.appointment_id, outcome=outcome, note=note)
                and None
            ),
            lambda _result: self._recorded(call),
            lambda error: self.message.setText(str(error)),
        )

    def _recorded(self, call: CallDue) -> None:
        self.note.clear()
        self.message.setText(self.tr("Saved the call to {name}.").format(name=call.patient_name))
        self.refresh()
