"""One patient's profile: details and medical info, appointments, payments, loyalty,
feedback, messages and the change history, one tab each.

Opened from the Patients list (double-click or Enter). Each tab loads its own
rows on the database thread, a page at a time; ``refresh`` reloads them all,
so a write anywhere (or a sync round) to a table the profile shows appears
here too — except over edits the user has typed into the details form and
not saved yet.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.patient_profile import PatientDetails, load_details
from desktop.store.changes import OUTBOX, Changes
from desktop.ui.database import Database
from desktop.ui.screens.profile.details import DetailsTab
from desktop.ui.screens.profile.lists import (
    ListTab,
    appointments_tab,
    feedback_tab,
    history_tab,
    messages_tab,
)
from desktop.ui.screens.profile.loyalty import LoyaltyTab
from desktop.ui.screens.profile.payments import PaymentsTab


class PatientProfile(QWidget):
    #: Tables this window shows: the patient's record and every tab's rows.
    shows = frozenset(
        {
            "appointments",
            "clinicians",
            "departments",
            "loyalty_ledger",
            "loyalty_pool_members",
            "loyalty_programs",
            "loyalty_redemptions",
            "loyalty_rewards",
            "loyalty_tier_changes",
            "messages",
            "patient_communications",
            "patient_feedback",
            "patients",
            "revenue_entries",
            OUTBOX,
        }
    )

    def __init__(self, db: Database, patient_id: uuid.UUID, patient_label: str = "") -> None:
        super().__init__()
        self._db = db
        self.patient_id = patient_id
        self.setWindowTitle(self.tr("Patient — {name}").format(name=patient_label))
        self.heading = QLabel(patient_label)
        self.heading.setObjectName("heading")
        self.details = DetailsTab(db, patient_id)
        self.appointments = appointments_tab(db, patient_id)
        self.payments = PaymentsTab(db, patient_id, patient_label)
        self.loyalty = LoyaltyTab(db, patient_id)
        self.feedback = feedback_tab(db, patient_id)
        self.messages = messages_tab(db, patient_id)
        self.history = history_tab(db, patient_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details && medical"))
        self.tabs.addTab(self.appointments, self.tr("Appointments"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.loyalty, self.tr("Loyalty"))
        self.tabs.addTab(self.feedback, self.tr("Feedback"))
        self.tabs.addTab(self.messages, self.tr("Messages"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.details.saved.connect(self._show_heading)

    def lists(self) -> tuple[ListTab, ...]:
        return self.appointments, self.payments, self.feedback, self.messages, self.history

    def data_changed(self, changes: Changes) -> None:
        """Reload only for a change to something the profile shows."""
        if changes.touches(self.shows):
            self.refresh()

    def refresh(self) -> None:
        """Reload every tab; a closed (hidden) profile waits until it is shown again."""
        if self.isHidden():
            return
        patient_id = self.patient_id
        self._db.run(lambda s: load_details(s, patient_id=patient_id), self._loaded)
        self.loyalty.refresh()
        for tab in self.lists():
            tab.refresh()

    def _loaded(self, details: PatientDetails) -> None:
        self._show_heading(details)
        if not self.details.is_dirty():
            self.details.show_details(details)

    def _show_heading(self, details: PatientDetails) -> None:
        self.heading.setText(f"{details.full_name} · {details.patient_number}")
        self.setWindowTitle(self.tr("Patient — {name}").format(name=details.full_name))
