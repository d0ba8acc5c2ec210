"""Sync health: what is waiting to reach the server, and the changes it refused.

A refused change has already been undone on this desk, so each one needs a
decision: correct it and send again, send it again as it was (the reason may
have gone away), or let the server's copy stand. When the sync itself is held
up (not by the network), the error and when it began head the screen, and so
does a server whose message sender (job worker) has stopped.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync_health import (
    Rejection,
    SyncHealth,
    discard,
    problem_text,
    send_again,
    server_worker_notice,
    sync_health,
)
from desktop.store.changes import OUTBOX
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.format import datetime_text
from desktop.ui.tables import tidy
from shared.sync.validators import field_label, record_label


class SyncHealthScreen(QWidget):
    #: Tables this screen shows: the changes waiting and those the server refused.
    shows = frozenset({OUTBOX})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._rejections: tuple[Rejection, ...] = ()
        self._editing: Rejection | None = None
        self.summary = QLabel()
        self.summary.setObjectName("heading")
        self.problem = QLabel()
        self.problem.setObjectName("sync_problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.server_worker = QLabel()
        self.server_worker.setObjectName("sync_problem")
        self.server_worker.setWordWrap(True)
        self.server_worker.setVisible(False)
        self.pending_heading = QLabel()
        self.pending = _table(
            [self.tr("When"), self.tr("Record"), self.tr("Fields")],
        )
        self.rejections = _table(
            [
                self.tr("When"),
                self.tr("Record"),
                self.tr("Why the server refused it"),
                self.tr("Refused values"),
            ]
        )
        self.rejections.itemSelectionChanged.connect(self._edit_selected)
        self.edit_button = QPushButton(self.tr("Edit and send again"))
        self.edit_button.clicked.connect(self.send_edited)
        self.resend_button = QPushButton(self.tr("Send again unchanged"))
        self.resend_button.clicked.connect(self.send_unchanged)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self.discard)
        set_role(self.resend_button, ButtonRole.SECONDARY)
        set_role(self.discard_button, ButtonRole.DESTRUCTIVE)
        self.form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        self.message = QLabel()
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.resend_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.server_worker)
        layout.addWidget(self.pending_heading)
        layout.addWidget(self.pending)
        layout.addWidget(QLabel(self.tr("Changes the server refused")))
        layout.addWidget(self.rejections)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self._db.run(sync_health, self.show_health)

    def show_worker(self, error: str | None, since: dt.datetime | None) -> None:
        """Why sync is held up and since when; ``None`` hides the line."""
        self.problem.setVisible(error is not None)
        if error is not None:
            self.problem.setText(
                self.tr("Sync stopped since {when}: {error}").format(
                    when=datetime_text(since), error=error
                )
            )

    def show_server_worker(self, notice: str | None) -> None:
        """The server's stalled message sender, in one line; ``None`` hides it."""
        self.server_worker.setVisible(notice is not None)
        self.server_worker.setText(notice or "")

    def _ask_server(self, server_url: str | None) -> None:
        if server_url is None:
            self.show_server_worker(None)
            return
        self._db.tasks.run_net(lambda: server_worker_notice(server_url), self.show_server_worker)

    def show_health(self, health: SyncHealth) -> None:
        self._ask_server(health.server_url)
        self.summary.setText(
            self.tr("{pending} change(s) waiting to sync · last sync {when}").format(
                pending=health.pending, when=datetime_text(health.last_sync_at)
            )
        )
        self.pending_heading.setText(
            self.tr("Waiting to sync (newest {shown} of {total})").format(
                shown=len(health.pending_items), total=health.pending
            )
        )
        self.pending.setRowCount(len(health.pending_items))
        for row, item in enumerate(health.pending_items):
            _fill(
                self.pending,
                row,
                (
                    datetime_text(item.created_at),
                    _record(item.table_name, item.row_id, item.whose),
                    ", ".join(field_label(name) for name in item.fields),
                ),
            )
        self._rejections = health.rejections
        self.rejections.setRowCount(len(health.rejections))
        for row, rejection in enumerate(health.rejections):
            _fill(
                self.rejections,
                row,
                (
                    datetime_text(rejection.created_at),
                    _record(rejection.table_name, rejection.row_id, rejection.whose),
                    rejection.reason,
                    "; ".join(f"{field_label(name)}: {text}" for name, text in rejection.values),
                ),
            )
        self._edit_selected()

    def _edit_selected(self) -> None:
        """One line per refused field, prefilled with what was refused."""
        row = self.rejections.currentRow()
        selected = self._rejections[row] if 0 <= row < len(self._rejections) else None
        why = "" if selected else self.tr("Choose a refused change in the list first.")
        for button in (self.edit_button, self.resend_button, self.discard_button):
            button.setEnabled(selected is not None)  # nothing chosen: nothing to act on
            button.setToolTip(why)
        if selected == self._editing:
            return
        self._editing = selected
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        for name, text in selected.values if selected else ():
            line = QLineEdit(text)
            self.inputs[name] = line
            self.form.addRow(field_label(name), line)

    def _selected(self) -> Rejection | None:
        if self._editing is None:
            self.message.setText(self.tr("Choose a refused change in the list first."))
        return self._editing

    def send_edited(self) -> None:
        rejection = self._selected()
        if rejection is not None:
            texts = {name: line.text() for name, line in self.inputs.items()}
            self._resend(rejection.mutation_id, texts, self.tr("Corrected change queued to sync."))

    def send_unchanged(self) -> None:
        rejection = self._selected()
        if rejection is not None:
            self._resend(rejection.mutation_id, None, self.tr("Change queued to sync again."))

    def _resend(self, mutation_id: uuid.UUID, texts: dict[str, str] | None, done: str) -> None:
        self._db.write(
            lambda s, w: send_again(s, w, mutation_id=mutation_id, texts=texts),
            lambda _r: self._finished(done),
            lambda error: self.message.setText(problem_text(error)),
        )

    def discard(self) -> None:
        rejection = self._selected()
        if rejection is not None:
            mutation_id = rejection.mutation_id
            self._db.write(
                lambda s, _w: discard(s, mutation_id=mutation_id),
                lambda _r: self._finished(self.tr("Refused change discarded.")),
                lambda error: self.message.setText(problem_text(error)),
            )

    def _finished(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    tidy(table)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, row: int, cells: tuple[str, ...]) -> None:
    for column, text in enumerate(cells):
        table.setItem(row, column, QTableWidgetItem(text))


def _record(table_name: str, row_id: uuid.UUID, whose: str) -> str:
    """The record as staff call it and whose it is ("Payment · Ngozi Adeyemi"); the start
    of its id tells apart two records of no one's (a department, a clinician)."""
    if whose:
        return f"{record_label(table_name)} · {whose}"
    return f"{record_label(table_name)} {str(row_id)[:8]}"
