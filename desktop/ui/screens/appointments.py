"""Appointments: one clinician's day, free-slot suggestions, book, move, cancel.

Pick a clinician and a day; the free slots list is what booking and moving
use, so the desk never has to guess a time that clashes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.appointments import book_appointment, cancel_appointment, suggest_slots
from desktop.services.schedule import (
    ClinicianChoice,
    Slotted,
    clinician_day,
    clinicians,
    reschedule,
)
from desktop.ui.database import Database
from desktop.ui.format import appointment_status, time_text
from desktop.ui.widgets import PatientPicker
from shared.clock import lagos_today

ROLE = Qt.ItemDataRole.UserRole


class AppointmentsScreen(QWidget):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._rows: list[Slotted] = []
        self.clinician = QComboBox()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setDate(_qdate(lagos_today()))
        self.minutes = QSpinBox(minimum=5, maximum=240, singleStep=5, value=15, suffix=" min")
        self.bookings = QTableWidget(0, 3)
        self.bookings.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Patient"), self.tr("Status")]
        )
        self.bookings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bookings.verticalHeader().setVisible(False)
        self.bookings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.slots = QListWidget()
        self.slots.setMaximumHeight(240)
        self.clinician.setMinimumWidth(220)
        self.patient = PatientPicker(db)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.book_button = QPushButton(self.tr("Book selected slot"))
        self.move_button = QPushButton(self.tr("Move selected booking to slot"))
        self.cancel_button = QPushButton(self.tr("Cancel selected booking"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._connect()
        self._layout()

    def _connect(self) -> None:
        self.clinician.currentIndexChanged.connect(lambda _i: self.load_day())
        self.day.dateChanged.connect(lambda _d: self.load_day())
        self.minutes.valueChanged.connect(lambda _v: self.load_day())
        self.book_button.clicked.connect(self.book_slot)
        self.move_button.clicked.connect(self.move_booking)
        self.cancel_button.clicked.connect(self.cancel_booking)

    def _layout(self) -> None:
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Clinician"), self.clinician),
            (self.tr("Day"), self.day),
            (self.tr("Length"), self.minutes),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        side = QFormLayout()
        side.addRow(self.tr("Free slots"), self.slots)
        side.addRow(self.tr("Patient"), self.patient)
        side.addRow(self.book_button)
        side.addRow(self.move_button)
        side.addRow(self.reason)
        side.addRow(self.cancel_button)
        body = QHBoxLayout()
        body.addWidget(self.bookings, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        if self.clinician.count() == 0:
            self._db.run(clinicians, self._show_clinicians)
        else:
            self.load_day()

    def _show_clinicians(self, choices: list[ClinicianChoice]) -> None:
        for choice in choices:
            self.clinician.addItem(choice.name, choice.id)

    def selected_day(self) -> dt.date:
        chosen = self.day.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def load_day(self) -> None:
        clinician_id, day, minutes = (
            self.clinician.currentData(),
            self.selected_day(),
            self.minutes.value(),
        )
        if clinician_id is None:
            return
        self._db.run(
            lambda s: (
                clinician_day(s, clinician_id, day),
                suggest_slots(s, clinician_id=clinician_id, day=day, duration_minutes=minutes),
            ),
            self._show_day,
        )

    def _show_day(self, result: tuple[list[Slotted], list[dt.datetime]]) -> None:
        self._rows, free = result
        self.bookings.setRowCount(len(self._rows))
        for row, item in enumerate(self._rows):
            cells = (time_text(item.starts_at), item.patient_name, appointment_status(item.status))
            for column, text in enumerate(cells):
                self.bookings.setItem(row, column, QTableWidgetItem(text))
        self.slots.clear()
        for slot in free:
            entry = QListWidgetItem(time_text(slot))
            entry.setData(ROLE, slot)
            self.slots.addItem(entry)

    def selected_slot(self) -> dt.datetime | None:
        item = self.slots.currentItem()
        value = item.data(ROLE) if item is not None else None
        return value if isinstance(value, dt.datetime) else None

    def selected_booking(self) -> Slotted | None:
        row = self.bookings.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def book_slot(self) -> None:
        slot = self.selected_slot()
        data: dict[str, Any] = {
            "patient_id": self.patient.patient_id(),
            "clinician_id": self.clinician.currentData(),
            "starts_at": slot,
            "duration_minutes": self.minutes.value(),
        }
        self._write(lambda s, w: book_appointment(s, w, data=data) and None, self.tr("Booked."))

    def move_booking(self) -> None:
        booking, slot = self.selected_booking(), self.selected_slot()
        if booking is None or slot is None:
            self.message.setText(self.tr("Select a booking and a free slot first."))
            return
        self._write(
            lambda s, w: reschedule(s, w, appointment_id=booking.id, starts_at=slot),
            self.tr("Moved to {time}.").format(time=time_text(slot)),
        )

    def cancel_booking(self) -> None:
        booking, reason = self.selected_booking(), self.reason.text()
        if booking is None:
            self.message.setText(self.tr("Select the booking to cancel first."))
            return
        self._write(
            lambda s, w: (
                cancel_appointment(s, w, appointment_id=booking.id, reason=reason) and None
            ),
            self.tr("Cancelled."),
        )

    def _write(self, op: Any, done_text: str) -> None:
        self._db.write(
            op,
            lambda _result: self.message.setText(done_text),
            lambda error: self.message.setText(str(error)),
        )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
