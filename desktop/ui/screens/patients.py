"""Patients: type-ahead search over the whole register, results while typing.

Typing restarts a short timer; when it fires the query runs on the database
thread. A result arriving for text that has since changed is dropped, so a
slow early query never overwrites a later one.

Opening a patient (Enter or double-click) opens their profile in its own
window, which refreshes whenever local data changes.

Signals:
    patient_chosen(object): a :class:`PatientHit` the user opened (Enter or double-click).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.patient_import import RegisterTable, read_table
from desktop.services.registration import Registered
from desktop.store.search import PatientHit, search_patients
from desktop.ui.database import Database
from desktop.ui.models import PagedPatientModel, PatientHitsModel
from desktop.ui.screens.patient_import import ImportDialog
from desktop.ui.screens.patient_profile import PatientProfile
from desktop.ui.screens.registration import RegistrationDialog
from desktop.ui.tables import sortable, tidy

TYPE_AHEAD_MS = 120
#: Profiles kept after their window is closed, so reopening a patient is instant.
MAX_PROFILES = 8


class PatientsScreen(QWidget):
    patient_chosen = Signal(object)

    #: Tables this screen shows: the register and search results.
    shows = frozenset({"patients"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._profiles: dict[uuid.UUID, PatientProfile] = {}
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search by name, phone (0803 123 4567) or patient number")
        )
        self.search_box.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.register_model = PagedPatientModel(db)
        self.hits_model = PatientHitsModel()
        self.table = _table()
        self.table.setModel(self.register_model)
        self._timer = QTimer(self, singleShot=True, interval=TYPE_AHEAD_MS)
        self._timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self._to_results)
        self.table.activated.connect(self._open)
        self.register_button = QPushButton(self.tr("Register patient"))
        self.register_button.clicked.connect(self.open_registration)
        self.import_button = QPushButton(self.tr("Import CSV or Excel…"))
        self.import_button.clicked.connect(self._choose_import_file)
        #: Offered when a search finds nobody: register the person just looked for.
        self.register_found = QPushButton(self.tr("Register this patient"))
        self.register_found.clicked.connect(self.register_searched)
        self.register_found.setVisible(False)
        self.household = QLabel()
        self.household.setWordWrap(True)
        #: After a registration, the next natural step: the new patient's profile.
        self.open_new = QPushButton(self.tr("Open profile (Alt+O)"))
        self.open_new.setShortcut(QKeySequence("Alt+O"))
        self.open_new.clicked.connect(self._open_registered)
        self.open_new.setVisible(False)
        self._new: PatientHit | None = None
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.register_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        after = QHBoxLayout()
        after.addWidget(self.household, 1)
        after.addWidget(self.open_new)
        layout.addLayout(after)
        found = QHBoxLayout()
        found.addWidget(self.summary)
        found.addWidget(self.register_found)
        found.addStretch(1)
        layout.addLayout(found)
        layout.addWidget(self.table)

    def open_registration(self) -> RegistrationDialog:
        """Open the form non-modally so tests and keyboard users drive the same widget."""
        dialog = RegistrationDialog(self._db)
        dialog.registered.connect(self._registered)
        dialog.setParent(self, dialog.windowFlags())
        dialog.show()
        return dialog

    def register_searched(self) -> RegistrationDialog:
        """The registration form with the name just searched for already typed in."""
        dialog = self.open_registration()
        words = self.search_box.text().split()
        if words and not any(ch.isdigit() for ch in "".join(words)):
            dialog.inputs["first_name"].setText(words[0])
            dialog.inputs["last_name"].setText(" ".join(words[1:]))
            (dialog.inputs["last_name"] if len(words) == 1 else dialog.sex).setFocus()
        return dialog

    def _choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import patients"),
            "",
            self.tr(
                "Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"
            ),
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        """Read the register off the GUI thread (a long Excel file takes a while), then
        open the wizard; a file that cannot be read is said so here."""
        self._db.tasks.run_net(
            lambda: read_table(path),
            lambda table: self._show_import(table, path.name),
            lambda error: self.household.setText(str(error)),
        )

    def _show_import(self, table: RegisterTable, name: str) -> None:
        dialog = ImportDialog(self._db, table, name)
        dialog.imported.connect(lambda _count: self.refresh())
        dialog.setParent(self, dialog.windowFlags())
        dialog.show()

    def _registered(self, patient: Registered) -> None:
        text = self.tr("Registered {name} as {number}.").format(
            name=patient.full_name, number=patient.patient_number
        )
        if patient.household:
            text += " " + self.tr("Same phone as (household): {names}").format(
                names=", ".join(patient.household)
            )
        self.household.setText(text)
        self.search_box.clear()
        self._new = PatientHit(patient.id, patient.patient_number, patient.full_name, None, None)
        self.open_new.setVisible(True)
        self.open_new.setFocus()  # Space or Alt+O opens it; typing a search moves on

    def _open_registered(self) -> None:
        if self._new is not None:
            self.open_profile(self._new)

    def refresh(self) -> None:
        self.register_model.reload()
        if self.search_box.text().strip():
            self._run_search()

    def _run_search(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self.table.setSortingEnabled(False)  # the whole register comes a page at a time
            self.table.setModel(self.register_model)
            self.summary.setText("")
            self.register_found.setVisible(False)
            return
        self._db.run(lambda s: search_patients(s, text), lambda hits: self._show(text, hits))

    def _show(self, text: str, hits: list[PatientHit]) -> None:
        if text != self.search_box.text():
            return
        self.hits_model.set_hits(hits)
        if self.table.model() is not self.hits_model:
            self.table.setModel(self.hits_model)
            sortable(self.table)
        self.summary.setText(
            self.tr("%n patient(s) found", "", len(hits)) if hits else self.tr("No patient found")
        )
        self.register_found.setVisible(not hits)

    def _to_results(self) -> None:
        """Enter in the search box moves to the first result; Enter again opens it."""
        self.table.setFocus()
        self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        model = self.table.model()
        hit = model.hit_at(index.row()) if hasattr(model, "hit_at") else None
        if hit is not None:
            self.patient_chosen.emit(hit)
            self.open_profile(hit)

    def open_profile(self, hit: PatientHit) -> PatientProfile:
        """The patient's profile in its own window; opening a patient again raises the same one.

        Closing only hides a profile (a hidden one skips refreshes), so no
        answer from the database thread can arrive for a deleted widget; the
        oldest hidden ones beyond :data:`MAX_PROFILES` are let go.
        """
        profile = self._profiles.pop(hit.id, None)
        reopened = profile is not None
        if profile is None:
            profile = PatientProfile(self._db, hit.id, f"{hit.full_name} · {hit.patient_number}")
            profile.setParent(self, Qt.WindowType.Window)
            profile.resize(1100, 680)
            self._db.changed.connect(profile.data_changed)
        self._profiles[hit.id] = profile
        self._let_go_of_hidden_profiles()
        profile.show()
        if reopened:
            profile.raise_()
            profile.activateWindow()
        profile.refresh()
        return profile

    def _let_go_of_hidden_profiles(self) -> None:
        hidden = [key for key, profile in self._profiles.items() if profile.isHidden()]
        for key in hidden[: max(len(self._profiles) - MAX_PROFILES, 0)]:
            self._profiles.pop(key).deleteLater()


def _table() -> QTableView:
    table = QTableView()
    tidy(table, fit_columns=False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table
