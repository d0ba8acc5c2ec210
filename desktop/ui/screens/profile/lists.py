"""The profile's list tabs: appointments, feedback, messages and the change history.

Each is a :class:`ListTab` over a :class:`PagedRowsModel` whose page function
is one of the patient-profile services; this module only says which columns
each tab shows and how a row reads. The appointments tab also completes a
checked-in visit, as Today does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services import patient_profile as profile
from desktop.services.visits import complete_visit
from desktop.ui.database import Database
from desktop.ui.format import appointment_status, datetime_text
from desktop.ui.screens.profile.paged import PagedRowsModel
from desktop.ui.tables import tidy
from shared.domain.enums import FollowUpStatus, MessageStatus

#: Qt's translate, by the name lupdate looks for: each call names its context
#: and a literal text, so the string is found and extracted.
translate = QCoreApplication.translate


class ListTab(QWidget):
    """A paged table of one kind of row, with a line above it saying what it shows."""

    def __init__(self, model: PagedRowsModel[Any], note: str = "") -> None:
        super().__init__()
        self.model = model
        # Owned by the tab on the C++ side: its callbacks pass through the database
        # thread, and a Python-owned model released there would be deleted late.
        model.setParent(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.table = QTableView()
        tidy(self.table, fit_columns=False)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # size to the visible rows, never load them all
        header.setStretchLastSection(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.table)

    def refresh(self) -> None:
        self.model.reload()

    def selected_row(self) -> Any | None:
        """The loaded row under the selection, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def cell(self, row: int, column: int) -> str:
        return str(self.model.data(self.model.index(row, column)))


def fetcher(page: Callable[..., Any], patient_id: uuid.UUID) -> Callable[[Session, int, int], Any]:
    """Bind a ``*_page(session, *, patient_id, offset, limit)`` service to one patient."""
    return lambda s, offset, limit: page(s, patient_id=patient_id, offset=offset, limit=limit)


class AppointmentsTab(ListTab):
    """The patient's appointments, newest first, with "Complete visit" for a checked-in one."""

    def __init__(self, db: Database, model: PagedRowsModel[Any]) -> None:
        super().__init__(model)
        self._db = db
        self.visit_note = QLineEdit()
        self.visit_note.setPlaceholderText(translate("profile", "Visit note (optional)"))
        self.visit_note.setMaxLength(1000)
        self.complete_button = QPushButton(translate("profile", "Complete visit"))
        self.complete_button.clicked.connect(self.complete_selected)
        self.message = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.visit_note, 1)
        actions.addWidget(self.complete_button)
        actions.addWidget(self.message, 1)
        self.layout_.addLayout(actions)

    def complete_selected(self) -> None:
        line = self.selected_row()
        if line is None or line.id is None:
            self.message.setText(translate("profile", "Choose the visit to complete."))
            return
        appointment_id, note = line.id, self.visit_note.text().strip() or None
        self._db.write(
            lambda s, w: complete_visit(s, w, appointment_id=appointment_id, note=note),
            lambda _done: self._completed(),
            lambda error: self.message.setText(str(error)),
        )

    def _completed(self) -> None:
        self.visit_note.clear()
        self.message.setText(translate("profile", "Visit completed."))
        self.refresh()


def appointments_tab(db: Database, patient_id: uuid.UUID) -> AppointmentsTab:
    def cells(line: profile.AppointmentLine) -> tuple[str, ...]:
        status = appointment_status(line.status)
        return datetime_text(line.starts_at), line.provider, status, line.reason

    headers = (
        translate("profile", "When"),
        translate("profile", "With"),
        translate("profile", "Status"),
        translate("profile", "Reason"),
    )
    fetch = fetcher(profile.appointments_page, patient_id)
    return AppointmentsTab(db, PagedRowsModel(db, headers, fetch, cells))


def follow_up_text(status: FollowUpStatus) -> str:
    labels = {
        FollowUpStatus.NONE: "",
        FollowUpStatus.OPEN: translate("profile", "call back"),
        FollowUpStatus.IN_PROGRESS: translate("profile", "being followed up"),
        FollowUpStatus.CLOSED: translate("profile", "closed"),
    }
    return labels[status]


def feedback_tab(db: Database, patient_id: uuid.UUID) -> ListTab:
    def cells(line: profile.FeedbackLine) -> tuple[str, ...]:
        return (
            datetime_text(line.submitted_at),
            "★" * line.rating,
            "" if line.nps is None else str(line.nps),
            line.category.value.replace("_", " ").capitalize(),
            line.comments,
            follow_up_text(line.follow_up),
        )

    headers = (
        translate("profile", "Submitted"),
        translate("profile", "Rating"),
        translate("profile", "NPS"),
        translate("profile", "About"),
        translate("profile", "Comment"),
        translate("profile", "Follow-up"),
    )
    fetch = fetcher(profile.feedback_page, patient_id)
    return ListTab(PagedRowsModel(db, headers, fetch, cells))


def message_status_text(status: MessageStatus) -> str:
    labels = {
        MessageStatus.QUEUED: translate("profile", "queued — will send when online"),
        MessageStatus.SENDING: translate("profile", "sending"),
        MessageStatus.SENT: translate("profile", "sent"),
        MessageStatus.DELIVERED: translate("profile", "delivered"),
        MessageStatus.READ: translate("profile", "read"),
        MessageStatus.FAILED: translate("profile", "failed"),
        MessageStatus.UNDELIVERABLE: translate("profile", "undeliverable"),
        MessageStatus.SUPPRESSED: translate("profile", "not sent (opted out)"),
        MessageStatus.CANCELLED: translate("profile", "cancelled"),
    }
    return labels[status]


def messages_tab(db: Database, patient_id: uuid.UUID) -> ListTab:
    def cells(line: profile.MessageLine) -> tuple[str, ...]:
        status = message_status_text(line.status)
        channel = {
            "sms": translate("profile", "SMS"),
            "whatsapp": translate("profile", "WhatsApp"),
            "email": translate("profile", "Email"),
        }
        return datetime_text(line.created_at), channel[line.channel], status, line.body

    headers = (
        translate("profile", "Written"),
        translate("profile", "Channel"),
        translate("profile", "Delivery"),
        translate("profile", "Message"),
    )
    fetch = fetcher(profile.messages_page, patient_id)
    return ListTab(PagedRowsModel(db, headers, fetch, cells))


def history_state_text(state: str) -> str:
    labels = {
        "pending": translate("profile", "waiting to sync"),
        "applied": translate("profile", "accepted by the server"),
        "merged": translate("profile", "merged with another desk's edit"),
        "rejected": translate("profile", "refused by the server"),
        "audit": translate("profile", "server audit log"),
    }
    return labels.get(state, state)


def history_action_text(line: profile.HistoryLine) -> str:
    """ "Payment added", "Record changed": what changed, in the desk's words."""
    tables = {
        "patients": translate("profile", "Record"),
        "appointments": translate("profile", "Appointment"),
        "revenue_entries": translate("profile", "Payment"),
        "patient_feedback": translate("profile", "Feedback"),
        "messages": translate("profile", "Message"),
        "loyalty_ledger": translate("profile", "Points"),
        "loyalty_redemptions": translate("profile", "Reward"),
        "patient_communications": translate("profile", "Contact log"),
    }
    actions = {
        "added": translate("profile", "added"),
        "changed": translate("profile", "changed"),
        "deleted": translate("profile", "deleted"),
    }
    what = tables.get(line.table, line.table)
    return f"{what} {actions.get(line.action, line.action)}"


def history_tab(db: Database, patient_id: uuid.UUID) -> ListTab:
    def cells(line: profile.HistoryLine) -> tuple[str, ...]:
        fields = ", ".join(f.replace("_", " ") for f in line.fields)
        action = history_action_text(line)
        return datetime_text(line.occurred_at), action, fields, history_state_text(line.state)

    headers = (
        translate("profile", "When"),
        translate("profile", "Change"),
        translate("profile", "Fields"),
        translate("profile", "State"),
    )
    note = translate(
        "profile",
        "Changes made at this desk to this patient's record, appointments, payments, "
        "feedback, messages and points, and any server audit entries this desk holds. "
        "The full audit trail is kept on the server.",
    )
    fetch = fetcher(profile.history_page, patient_id)
    return ListTab(PagedRowsModel(db, headers, fetch, cells), note)
