"""Today: the day's appointments per clinician and who is waiting now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.today import DayAppointment, day_appointments, waiting_queue
from desktop.ui.database import Database
from desktop.ui.format import time_text
from desktop.ui.models import DayAppointmentsModel
from shared.clock import format_date, lagos_today


class TodayScreen(QWidget):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.model = DayAppointmentsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.queue = QListWidget()
        self.queue.setMaximumWidth(320)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Waiting now")))
        side.addWidget(self.queue)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body)

    def refresh(self) -> None:
        day = lagos_today()
        self.heading.setText(self.tr("Today, {date}").format(date=format_date(day)))
        self._db.run(lambda s: day_appointments(s, day), self._show)

    def _show(self, rows: list[DayAppointment]) -> None:
        self.model.set_rows(rows)
        self.queue.clear()
        for appt in waiting_queue(rows):
            since = time_text(appt.checked_in_at) if appt.checked_in_at else ""
            self.queue.addItem(
                self.tr("{name} — since {time}").format(name=appt.patient_name, time=since)
            )
