"""Appointments: a day or a week, by clinician or by department; book, move, cancel.

The week grid is for finding the day; the day below it is where booking
happens, so booking, moving and cancelling work the same in both views.
The free slots list is what booking and moving use, so the desk never has
to guess a time that clashes. Alt+Left / Alt+Right page through days (or
weeks), Alt+Home comes back to today, Enter on a week cell opens that day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from desktop.services.reminders import ReminderLine, reminders_of
from desktop.services.schedule import (
    Grouping,
    ProviderChoice,
    Slotted,
    Week,
    provider_day,
    provider_week,
    providers,
    reschedule,
    week_start,
)
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import appointment_status, datetime_text, reminder_status, time_text
from desktop.ui.tables import tidy
from desktop.ui.widgets import PatientPicker
from shared.clock import format_date, lagos_today
from shared.domain.enums import Channel

ROLE = Qt.ItemDataRole.UserRole
#: Bookings listed in one week cell before the rest are counted.
CELL_LINES = 6


class WeekGrid(QTableWidget):
    """Seven day columns, one row per clinician or department, each cell that day's bookings."""

    def __init__(self) -> None:
        super().__init__(0, 7)
        self.week: Week | None = None
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)  # a clipped name reads better than one broken over lines
        self.setMinimumHeight(200)

    def show_week(self, week: Week) -> None:
        self.week = week
        self.setHorizontalHeaderLabels([f"{day:%a}\n{day.day} {day:%b}" for day in week.days])
        self.setRowCount(len(week.rows))
        self.setVerticalHeaderLabels([row.provider.name for row in week.rows])
        for r, row in enumerate(week.rows):
            for c, (bookings, free) in enumerate(zip(row.days, row.free, strict=True)):
                item = QTableWidgetItem(self._cell_text(bookings, free))
                item.setToolTip(item.text())
                self.setItem(r, c, item)

    def _cell_text(self, bookings: tuple[Slotted, ...], free: int | None) -> str:
        """A count line first (booked, and free while the day is still ahead), then who."""
        if free is None:
            count = self.tr("{booked} booked").format(booked=len(bookings))
        else:
            count = self.tr("{booked} booked · {free} free").format(booked=len(bookings), free=free)
        lines = [count]
        lines += [f"{time_text(b.starts_at)} {b.patient_name}" for b in bookings[:CELL_LINES]]
        if len(bookings) > CELL_LINES:
            lines.append(self.tr("+{count} more").format(count=len(bookings) - CELL_LINES))
        return "\n".join(lines)

    def cell_at(self, row: int, column: int) -> tuple[ProviderChoice, dt.date] | None:
        if self.week is None or not (0 <= row < len(self.week.rows) and 0 <= column < 7):
            return None
        return self.week.rows[row].provider, self.week.days[column]


class AppointmentsScreen(QWidget):
    """The schedule: pick day or week, clinician or department, then book in the chosen day."""

    #: Tables this screen shows: the week grid, the day's list and each booking's reminders.
    shows = frozenset(
        {
            "appointment_reminders",
            "appointments",
            "clinicians",
            "departments",
            "messages",
            "patients",
        }
    )

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._rows: list[Slotted] = []
        self.view = QComboBox()
        self.view.addItem(self.tr("Day"), "day")
        self.view.addItem(self.tr("Week"), "week")
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By clinician"), Grouping.CLINICIAN)
        self.grouping.addItem(self.tr("By department"), Grouping.DEPARTMENT)
        self.provider = QComboBox()
        self.provider.setMinimumWidth(220)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setDate(_qdate(lagos_today()))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.minutes = QSpinBox(minimum=5, maximum=240, singleStep=5, value=15, suffix=" min")
        self.week_grid = WeekGrid()
        self.week_grid.setVisible(False)
        self.day_title = QLabel()
        self.bookings = self._bookings_table()
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.slots = QListWidget()
        self.slots.setMaximumHeight(240)
        self.patient = PatientPicker(db)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.book_button = QPushButton(self.tr("Book selected slot"))
        self.move_button = QPushButton(self.tr("Move selected booking to slot"))
        self.cancel_button = QPushButton(self.tr("Cancel selected booking"))
        set_role(self.cancel_button, ButtonRole.DESTRUCTIVE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._connect()
        self._shortcuts()
        self._layout()

    def _bookings_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        tidy(table, fit_columns=False)
        headers = [self.tr("Time"), self.tr("Patient"), self.tr("Status"), self.tr("Reminder")]
        table.setHorizontalHeaderLabels([*headers, self.tr("With")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _connect(self) -> None:
        self.view.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.grouping.currentIndexChanged.connect(lambda _i: self._load_providers())
        self.provider.currentIndexChanged.connect(lambda _i: self.load_day())
        self.day.dateChanged.connect(lambda _d: self.load())
        self.minutes.valueChanged.connect(lambda _v: self.load())
        self.previous_button.clicked.connect(lambda: self.page(-1))
        self.next_button.clicked.connect(lambda: self.page(1))
        self.today_button.clicked.connect(lambda: self.day.setDate(_qdate(lagos_today())))
        self.bookings.itemSelectionChanged.connect(self.load_reminders)
        self.week_grid.cellClicked.connect(self.open_cell)
        self.week_grid.cellActivated.connect(self.open_cell)
        self.book_button.clicked.connect(self.book_slot)
        self.move_button.clicked.connect(self.move_booking)
        self.cancel_button.clicked.connect(self.cancel_booking)

    def _shortcuts(self) -> None:
        for keys, slot, button in (
            ("Alt+Left", lambda: self.page(-1), self.previous_button),
            ("Alt+Right", lambda: self.page(1), self.next_button),
            ("Alt+Home", self.today_button.click, self.today_button),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            button.setToolTip(keys)

    def _layout(self) -> None:
        top = QHBoxLayout()
        bar: tuple[QWidget, ...] = (self.view, self.grouping, self.provider, self.previous_button)
        for widget in (*bar, self.day, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(QLabel(self.tr("Length")))
        top.addWidget(self.minutes)
        top.addStretch(1)
        side = QFormLayout()
        side.addRow(self.tr("Free slots"), self.slots)
        side.addRow(self.tr("Patient"), self.patient)
        actions: tuple[QWidget, ...] = (self.book_button, self.move_button, self.reason)
        for widget in (*actions, self.cancel_button):
            side.addRow(widget)
        schedule = QVBoxLayout()
        schedule.addWidget(self.day_title)
        schedule.addWidget(self.bookings, 2)
        schedule.addWidget(self.reminders)
        body = QHBoxLayout()
        body.addLayout(schedule, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.week_grid, 3)
        layout.addLayout(body, 2)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        if self.provider.count() == 0:
            self._load_providers()
        else:
            self.load()

    def grouped_by(self) -> Grouping:
        return Grouping(self.grouping.currentData())

    def week_view(self) -> bool:
        return bool(self.view.currentData() == "week")

    def _view_changed(self) -> None:
        self.week_grid.setVisible(self.week_view())
        self.load()

    def _load_providers(self) -> None:
        by = self.grouping.currentData()
        self.provider.clear()  # no clinician id is ever read as a department's meanwhile
        self._db.run(lambda s: providers(s, Grouping(by)), self._show_providers)

    def _show_providers(self, choices: list[ProviderChoice]) -> None:
        self.provider.blockSignals(True)
        self.provider.clear()
        for choice in choices:
            self.provider.addItem(choice.name, choice.id)
        self.provider.blockSignals(False)
        self.load()

    def selected_day(self) -> dt.date:
        chosen = self.day.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def page(self, step: int) -> None:
        """Move a day (or a week, in the week view) forward or back."""
        self.day.setDate(self.day.date().addDays(step * (7 if self.week_view() else 1)))

    def open_cell(self, row: int, column: int) -> None:
        """A click in the week grid makes that provider's day the one to book in."""
        cell = self.week_grid.cell_at(row, column)
        if cell is None:
            return
        provider, day = cell
        ids = [self.provider.itemData(i) for i in range(self.provider.count())]
        if provider.id in ids:  # findData compares wrapped Python objects by identity
            self.provider.setCurrentIndex(ids.index(provider.id))
        self.day.setDate(_qdate(day))

    def load(self) -> None:
        if self.week_view():
            by, first = self.grouped_by(), week_start(self.selected_day())
            minutes = self.minutes.value()
            self._db.run(
                lambda s: provider_week(s, by, first, duration_minutes=minutes),
                self.week_grid.show_week,
            )
        self.load_day()

    def load_day(self) -> None:
        provider_id, by = self.provider.currentData(), self.grouped_by()
        day, minutes = self.selected_day(), self.minutes.value()
        if not isinstance(provider_id, uuid.UUID):
            return
        self.day_title.setText(
            self.tr("{provider}, {date}").format(
                provider=self.provider.currentText(), date=format_date(day)
            )
        )
        who = _provider_fields(by, provider_id)
        self._db.run(
            lambda s: (
                provider_day(s, by, provider_id, day),
                suggest_slots(s, **who, day=day, duration_minutes=minutes),
            ),
            self._show_day,
        )

    def _show_day(self, result: tuple[list[Slotted], list[dt.datetime]]) -> None:
        self._rows, free = result
        self.bookings.setRowCount(len(self._rows))
        for row, item in enumerate(self._rows):
            cells = (
                time_text(item.starts_at),
                item.patient_name,
                self._status_text(item),
                reminder_status(item.reminder),
                item.provider,
            )
            for column, text in enumerate(cells):
                self.bookings.setItem(row, column, QTableWidgetItem(text))
        self.slots.clear()
        for slot in free:
            entry = QListWidgetItem(time_text(slot))
            entry.setData(ROLE, slot)
            self.slots.addItem(entry)

    def load_reminders(self) -> None:
        """The selected booking's reminders: what will be sent, and what was."""
        booking = self.selected_booking()
        if booking is None:
            self.reminders.clear()
            return
        self._db.run(lambda s: reminders_of(s, booking.id), self._show_reminders)

    def _show_reminders(self, lines: list[ReminderLine]) -> None:
        channels = {
            Channel.SMS: self.tr("SMS"),
            Channel.WHATSAPP: self.tr("WhatsApp"),
            Channel.EMAIL: self.tr("E-mail"),
        }
        parts = [
            self.tr("{channel} {due}: {status}").format(
                channel=channels[line.channel],
                due=datetime_text(line.due_at),
                status=reminder_status(line.status),
            )
            for line in lines
        ]
        text = self.tr("Reminders: {list}").format(list="; ".join(parts)) if parts else ""
        self.reminders.setText(text or self.tr("No reminders planned for this booking yet."))

    def _status_text(self, item: Slotted) -> str:
        if item.needs_reschedule:
            return self.tr("{status} — needs a new time").format(
                status=appointment_status(item.status)
            )
        return appointment_status(item.status)

    def selected_slot(self) -> dt.datetime | None:
        item = self.slots.currentItem()
        value = item.data(ROLE) if item is not None else None
        return value if isinstance(value, dt.datetime) else None

    def selected_booking(self) -> Slotted | None:
        row = self.bookings.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def book_slot(self) -> None:
        data: dict[str, Any] = {
            "patient_id": self.patient.patient_id(),
            **_provider_fields(self.grouped_by(), self.provider.currentData()),
            "starts_at": self.selected_slot(),
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
            lambda _result: self._written(done_text),
            lambda error: self.message.setText(str(error)),
        )

    def _written(self, done_text: str) -> None:
        self.message.setText(done_text)
        self.load()


def _provider_fields(by: Grouping, provider_id: Any) -> dict[str, Any]:
    """The booking field the chosen provider goes in: a clinician or a department."""
    return {"clinician_id" if by is Grouping.CLINICIAN else "department_id": provider_id}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
