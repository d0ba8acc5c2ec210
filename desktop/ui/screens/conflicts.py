"""Conflicts: what sync could not merge on its own, with the two ways to settle it.

Each row is a value that lost a same-field race at the server; staff either
restore it (it becomes the newest edit and syncs out) or keep what won.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.conflicts import (
    OpenConflict,
    keep_current,
    open_conflicts,
    restore_lost_value,
)
from desktop.ui.database import Database
from desktop.ui.format import datetime_text
from desktop.ui.tables import tidy


class ConflictsScreen(QWidget):
    #: Tables this screen shows: the open conflicts.
    shows = frozenset({"sync_conflicts"})

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.table = QTableWidget(0, 5)
        tidy(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Kept value"),
                self.tr("Lost value"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("Restore lost value"))
        self.restore_button.clicked.connect(self.restore)
        self.keep_button = QPushButton(self.tr("Keep current"))
        self.keep_button.clicked.connect(self.keep)
        self.message = QLabel()
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Edits that raced at two desks: the later one was kept")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self._db.run(open_conflicts, self._show)

    def _show(self, rows: tuple[OpenConflict, ...]) -> None:
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = (
                datetime_text(item.created_at),
                f"{item.table_name} {str(item.row_id)[:8]}",
                item.field,
                _shown(item.kept),
                _shown(item.lost),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)

    def _selected(self) -> uuid.UUID | None:
        cell = self.table.item(self.table.currentRow(), 0)
        value = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        if not isinstance(value, uuid.UUID):
            self.message.setText(self.tr("conflict: choose a conflict in the list"))
            return None
        return value

    def restore(self) -> None:
        conflict_id = self._selected()
        if conflict_id is not None:
            self._db.write(
                lambda s, w: restore_lost_value(s, w, conflict_id=conflict_id),
                lambda _r: self.message.setText(self.tr("Lost value restored.")),
                lambda error: self.message.setText(str(error)),
            )

    def keep(self) -> None:
        conflict_id = self._selected()
        if conflict_id is not None:
            self._db.write(
                lambda s, w: keep_current(s, w, conflict_id=conflict_id),
                lambda _r: self.message.setText(self.tr("Current value kept.")),
                lambda error: self.message.setText(str(error)),
            )


def _shown(value: Any) -> str:
    """Values arrive as JSON data; text shows as itself, anything else as JSON."""
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
