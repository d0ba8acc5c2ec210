"""Feedback: a quick post-visit form and the list of open follow-ups.

The patient is picked with the shared type-ahead :class:`PatientPicker`.
Low feedback opens a service-recovery callback (``shared.domain.service_recovery``):
the list shows each one's due time, overdue first, and who owns it; the
owner can be changed to another staff member; closing says how it ended.
The banner above the list is the :class:`RecoveryNotifier`'s notice of new
callbacks for the signed-in person.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.feedback import (
    FollowUp,
    StaffChoice,
    open_follow_ups,
    reassign_follow_up,
    staff_choices,
    submit_feedback,
)
from desktop.services.visits import close_follow_up
from desktop.ui.database import Database
from desktop.ui.format import datetime_text
from desktop.ui.recovery_notice import RecoveryNotifier
from desktop.ui.widgets import PatientPicker
from shared.domain.enums import FeedbackCategory, FollowUpStatus, RecoveryOutcome

NO_NPS = -1


class FeedbackScreen(QWidget):
    #: Tables this screen shows: open follow-ups.
    shows = frozenset({"patient_feedback", "patients", "users"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.patient = PatientPicker(db)
        self.rating = QSpinBox(minimum=1, maximum=5, value=5, suffix=self.tr(" ★"))
        self.nps = QSpinBox(minimum=NO_NPS, maximum=10, value=NO_NPS)
        self.nps.setSpecialValueText(self.tr("not asked"))
        self.category = QComboBox()
        for category in FeedbackCategory:
            self.category.addItem(category.value.replace("_", " ").capitalize(), category)
        self.comments = QPlainTextEdit()
        self.comments.setMaximumHeight(80)
        self.submit_button = QPushButton(self.tr("Save feedback"))
        self.submit_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.only_mine = QCheckBox(self.tr("Only callbacks I own"))
        self.only_mine.toggled.connect(lambda _on: self.refresh())
        self.follow_ups = QTableWidget(0, 7)
        self.follow_ups.setHorizontalHeaderLabels(
            [
                self.tr("Call back by"),
                self.tr("Owner"),
                self.tr("Submitted"),
                self.tr("Patient"),
                self.tr("Rating"),
                self.tr("NPS"),
                self.tr("Comment"),
            ]
        )
        self.follow_ups.horizontalHeader().setStretchLastSection(True)
        self.follow_ups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_ups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._rows: list[FollowUp] = []
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome of the call (required)"))
        self.outcome.setMaxLength(2000)
        self.result = QComboBox()
        for result, label in (
            (RecoveryOutcome.RECOVERED, self.tr("Recovered: the patient is satisfied")),
            (RecoveryOutcome.NOT_RECOVERED, self.tr("Not recovered")),
            (RecoveryOutcome.UNREACHABLE, self.tr("Could not reach the patient")),
        ):
            self.result.addItem(label, result)
        self.close_button = QPushButton(self.tr("Close follow-up"))
        self.close_button.clicked.connect(self.close_selected)
        self.assignee = QComboBox()
        self.assign_button = QPushButton(self.tr("Give to"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.follow_up_message = QLabel()
        self.notifier = RecoveryNotifier(db, self)
        self.notifier.notified.connect(self.show_notice)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.patient)
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Would recommend (0-10)"), self.nps)
        form.addRow(self.tr("About"), self.category)
        form.addRow(self.tr("Comment"), self.comments)
        form.addRow(self.submit_button, self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Open follow-ups (call these patients back)")), 1)
        heading.addWidget(self.only_mine)
        layout.addLayout(heading)
        layout.addWidget(self.follow_ups)
        closing = QHBoxLayout()
        closing.addWidget(self.outcome, 1)
        closing.addWidget(self.result)
        closing.addWidget(self.close_button)
        layout.addLayout(closing)
        owning = QHBoxLayout()
        owning.addWidget(self.assign_button)
        owning.addWidget(self.assignee, 1)
        owning.addWidget(self.follow_up_message, 1)
        layout.addLayout(owning)

    def refresh(self) -> None:
        mine = self._db.actor if self.only_mine.isChecked() else None
        self._db.run(lambda s: open_follow_ups(s, assignee_id=mine), self._show_follow_ups)
        self._db.run(staff_choices, self._show_staff)

    def show_notice(self, text: str) -> None:
        """A new callback for the signed-in person: said above the list until the next one."""
        self.notice.setText(text)
        self.notice.show()
        self.refresh()

    def _show_staff(self, staff: list[StaffChoice]) -> None:
        current = self.assignee.currentData()
        self.assignee.clear()
        for person in staff:
            self.assignee.addItem(person.name, person.id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))
        # a front-desk PC holds no staff accounts: the owner is changed on a manager's
        self.assignee.setEnabled(bool(staff))
        self.assign_button.setEnabled(bool(staff))

    def _selected(self) -> FollowUp | None:
        rows = self.follow_ups.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def assign_selected(self) -> None:
        """Give the selected callback to the staff member chosen."""
        selected, assignee_id = self._selected(), self.assignee.currentData()
        if selected is None or assignee_id is None:
            self.follow_up_message.setText(self.tr("Choose the follow-up and who takes it."))
            return
        self._db.write(
            lambda s, w: reassign_follow_up(s, w, feedback_id=selected.id, assignee_id=assignee_id),
            lambda _none: self._done(
                self.tr("Follow-up given to {name}.").format(name=self.assignee.currentText())
            ),
            lambda error: self.follow_up_message.setText(str(error)),
        )

    def _done(self, text: str) -> None:
        self.follow_up_message.setText(text)
        self.refresh()

    def form_data(self) -> dict[str, Any]:
        return {
            "rating": self.rating.value(),
            "nps": None if self.nps.value() == NO_NPS else self.nps.value(),
            "category": self.category.currentData(),
            "comments": self.comments.toPlainText().strip() or None,
        }

    def submit(self) -> None:
        patient_id, data = self.patient.patient_id(), self.form_data()
        if patient_id is None:
            self.message.setText(self.tr("Choose the patient the feedback is from first."))
            return
        self._db.write(
            lambda s, w: submit_feedback(s, w, patient_id=patient_id, data=data),
            self._saved,
            lambda error: self.message.setText(str(error)),
        )

    def _saved(self, status: FollowUpStatus) -> None:
        self.comments.clear()
        self.message.setText(
            self.tr("Saved. A follow-up call is now open.")
            if status is FollowUpStatus.OPEN
            else self.tr("Saved. Thank you!")
        )

    def close_selected(self) -> None:
        """Close the selected follow-up with what was done for the patient."""
        rows = self.follow_ups.selectionModel().selectedRows()
        if not rows:
            self.follow_up_message.setText(self.tr("Choose the follow-up to close."))
            return
        feedback_id, outcome = self._rows[rows[0].row()].id, self.outcome.text()
        result = RecoveryOutcome(self.result.currentData())
        self._db.write(
            lambda s, w: close_follow_up(
                s, w, feedback_id=feedback_id, outcome=outcome, result=result
            ),
            lambda _none: self._closed(),
            lambda error: self.follow_up_message.setText(str(error)),
        )

    def _closed(self) -> None:
        self.outcome.clear()
        self.follow_up_message.setText(self.tr("Follow-up closed."))
        self.refresh()

    def _show_follow_ups(self, rows: list[FollowUp]) -> None:
        self._rows = rows
        self.follow_ups.setRowCount(len(rows))
        for row, item in enumerate(rows):
            due = datetime_text(item.due_at) if item.due_at is not None else ""
            cells = (
                self.tr("{due} (overdue)").format(due=due) if item.overdue else due,
                item.assignee_name,
                datetime_text(item.submitted_at),
                f"{item.patient_name} ({item.patient_number})",
                str(item.rating),
                "" if item.nps is None else str(item.nps),
                item.comments,
            )
            for column, text in enumerate(cells):
                self.follow_ups.setItem(row, column, QTableWidgetItem(text))
