"""Sync health: how much is waiting to reach the server and what it refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.services.sync_health import SyncHealth, sync_health
from desktop.ui.database import Database
from desktop.ui.format import datetime_text


class SyncHealthScreen(QWidget):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.summary = QLabel()
        self.summary.setObjectName("heading")
        self.rejections = QTableWidget(0, 3)
        self.rejections.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Record"), self.tr("Why the server refused it")]
        )
        self.rejections.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Changes the server refused")))
        layout.addWidget(self.rejections)

    def refresh(self) -> None:
        self._db.run(sync_health, self.show_health)

    def show_health(self, health: SyncHealth) -> None:
        self.summary.setText(
            self.tr("{pending} change(s) waiting to sync · last sync {when}").format(
                pending=health.pending, when=datetime_text(health.last_sync_at)
            )
        )
        self.rejections.setRowCount(len(health.rejections))
        for row, rejection in enumerate(health.rejections):
            cells = (datetime_text(rejection.created_at), rejection.table_name, rejection.reason)
            for column, text in enumerate(cells):
                self.rejections.setItem(row, column, QTableWidgetItem(text))
