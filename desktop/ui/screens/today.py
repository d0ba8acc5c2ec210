"""Today: the day's appointments per clinician and who is waiting now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.desk import desk_hospital_name
from desktop.services.today import DayAppointment, day_appointments, waiting_queue
from desktop.services.visits import check_in, mark_no_show
from desktop.ui.database import Database
from desktop.ui.format import time_text
from desktop.ui.models import DayAppointmentsModel
from desktop.ui.printing import appointment_slip_html, print_with_dialog
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.queue = QListWidget()
        self.queue.setMaximumWidth(320)
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.no_show_button = QPushButton(self.tr("Mark no-show"))
        self.print_button = QPushButton(self.tr("Print slip"))
        self.print_button.clicked.connect(self.print_selected)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.no_show_button.clicked.connect(self.no_show_selected)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.message = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.no_show_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.message, 1)
        main = QVBoxLayout()
        main.addWidget(self.table)
        main.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(main, 3)
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

    def selected(self) -> DayAppointment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def check_in_selected(self) -> None:
        """One click: the selected patient has arrived and joins the queue."""
        appt = self.selected()
        if appt is not None:
            self._db.write(
                lambda s, w: check_in(s, w, appointment_id=appt.id), on_failure=self._failed
            )

    def no_show_selected(self) -> None:
        appt = self.selected()
        if appt is not None:
            self._db.write(
                lambda s, w: mark_no_show(s, w, appointment_id=appt.id), on_failure=self._failed
            )

    def print_selected(self) -> None:
        appt = self.selected()
        if appt is not None:
            self._db.run(desk_hospital_name, lambda name: self._print(appt, name))

    def _print(self, appt: DayAppointment, hospital_name: str) -> None:
        print_with_dialog(appointment_slip_html(appt, hospital_name), self)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error))

    def _show(self, rows: list[DayAppointment]) -> None:
        self.message.setText("")
        self.model.set_rows(rows)
        self.queue.clear()
        for appt in waiting_queue(rows):
            since = time_text(appt.checked_in_at) if appt.checked_in_at else ""
            self.queue.addItem(
                self.tr("{name} — since {time}").format(name=appt.patient_name, time=since)
            )
