"""Today: the day's appointments per clinician, walk-ins, and who is waiting now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.desk import desk_hospital_name
from desktop.services.schedule import ProviderChoice, clinicians, departments
from desktop.services.today import DayAppointment, day_appointments, waiting_queue
from desktop.services.visits import check_in, complete_visit, mark_no_show, walk_in
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import time_text
from desktop.ui.models import DayAppointmentsModel
from desktop.ui.printing import appointment_slip_html, print_with_dialog
from desktop.ui.tables import sortable, tidy
from desktop.ui.widgets import PatientPicker
from shared.clock import format_date, lagos_today


class WalkInForm(QFrame):
    """Registers a patient who came without a booking: checked in now, straight into the queue.

    Signals:
        registered: a walk-in was saved; the day and the queue should refresh.
    """

    registered = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.patient = PatientPicker(db)
        self.provider = QComboBox()
        self.provider.setMinimumWidth(220)
        self.register_button = QPushButton(self.tr("Register arrival"))
        self.register_button.clicked.connect(self.register)
        self.message = QLabel()
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Walk-in")))
        layout.addWidget(self.patient, 3)
        layout.addWidget(QLabel(self.tr("To see")))
        layout.addWidget(self.provider, 1)
        layout.addWidget(self.register_button)
        layout.addWidget(self.message)

    def load(self) -> None:
        """Clinicians first, then departments, for a patient who just needs "the clinic"."""
        self._db.run(lambda s: (clinicians(s), departments(s)), self._show_providers)

    def _show_providers(self, choices: tuple[list[ProviderChoice], list[ProviderChoice]]) -> None:
        people, places = choices
        chosen = self.provider.currentData()
        self.provider.clear()
        for choice in people:
            self.provider.addItem(choice.name, ("clinician_id", choice.id))
        for choice in places:
            label = self.tr("{department} (department)").format(department=choice.name)
            self.provider.addItem(label, ("department_id", choice.id))
        items = [self.provider.itemData(i) for i in range(self.provider.count())]
        if chosen in items:  # a reload keeps what the desk already picked
            self.provider.setCurrentIndex(items.index(chosen))

    def register(self) -> None:
        patient_id, chosen = self.patient.patient_id(), self.provider.currentData()
        field, provider_id = chosen if chosen else ("", None)
        clinician_id = provider_id if field == "clinician_id" else None
        department_id = provider_id if field == "department_id" else None
        self._db.write(
            lambda s, w: (
                walk_in(
                    s,
                    w,
                    patient_id=patient_id,
                    clinician_id=clinician_id,
                    department_id=department_id,
                )
                and None
            ),
            lambda _result: self._registered(),
            lambda error: self.message.setText(str(error)),
        )

    def _registered(self) -> None:
        self.message.setText("")
        self.patient.search.clear()
        self.registered.emit()


class TodayScreen(QWidget):
    #: Tables this screen shows: the day's appointments and the waiting queue.
    shows = frozenset({"appointments", "clinicians", "departments", "patients"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.model = DayAppointmentsModel()
        self.table = QTableView()
        tidy(self.table, fit_columns=False)
        self.table.setModel(self.model)
        sortable(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for names in (1, 2):  # clinician and patient take the room that is left
            header.setSectionResizeMode(names, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No appointments today. Book one on the Appointments screen, "
                "or register a walk-in (Alt+W)."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.queue = QListWidget()
        self.queue.setMaximumWidth(320)
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.no_show_button = QPushButton(self.tr("Mark no-show"))
        set_role(self.no_show_button, ButtonRole.DESTRUCTIVE)
        self.visit_note = QLineEdit()
        self.visit_note.setPlaceholderText(self.tr("Visit note (optional)"))
        self.visit_note.setMaxLength(1000)
        self.complete_button = QPushButton(self.tr("Complete visit"))
        self.print_button = QPushButton(self.tr("Print slip"))
        set_role(self.print_button, ButtonRole.SECONDARY)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.setShortcut(QKeySequence("Alt+W"))
        self.walk_in_button.setToolTip("Alt+W")
        self.walk_in = WalkInForm(db)
        self.walk_in.setVisible(False)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.walk_in.registered.connect(self._walked_in)
        self.print_button.clicked.connect(self.print_selected)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.no_show_button.clicked.connect(self.no_show_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.message = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.no_show_button)
        actions.addWidget(self.visit_note)
        actions.addWidget(self.complete_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.walk_in_button)
        actions.addWidget(self.message, 1)
        main = QVBoxLayout()
        main.addWidget(self.walk_in)
        main.addWidget(self.empty)
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

    def open_walk_in(self) -> None:
        """Show the walk-in form (a second press puts it away again)."""
        if self.walk_in.isVisible():
            self.walk_in.setVisible(False)
            return
        self.walk_in.setVisible(True)
        self.walk_in.load()
        self.walk_in.patient.search.setFocus()

    def _walked_in(self) -> None:
        self.walk_in.setVisible(False)
        self.refresh()

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

    def complete_selected(self) -> None:
        """The clinician has seen the selected, checked-in patient; the note is optional."""
        appt = self.selected()
        if appt is None:
            return
        note = self.visit_note.text().strip() or None
        self._db.write(
            lambda s, w: complete_visit(s, w, appointment_id=appt.id, note=note),
            lambda _done: self._completed(),
            self._failed,
        )

    def _completed(self) -> None:
        """The row now reads "completed" and the patient leaves the waiting queue."""
        self.visit_note.clear()
        self.refresh()

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
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.queue.clear()
        for appt in waiting_queue(rows):
            since = time_text(appt.checked_in_at) if appt.checked_in_at else ""
            self.queue.addItem(
                self.tr("{name} — since {time}").format(name=appt.patient_name, time=since)
            )
