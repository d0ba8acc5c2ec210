"""Small widgets more than one screen uses."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.store.search import PatientHit, search_patients
from desktop.ui.database import Database


class PatientPicker(QWidget):
    """Type-ahead patient choice: a search box and the matching patients."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type the patient's name or phone"))
        self.choices = QComboBox()
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choices, 1)

    def patient_id(self) -> uuid.UUID | None:
        value = self.choices.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _find(self) -> None:
        text = self.search.text()
        self._db.run(lambda s: search_patients(s, text, limit=20), self._show)

    def _show(self, hits: list[PatientHit]) -> None:
        self.choices.clear()
        for hit in hits:
            self.choices.addItem(f"{hit.full_name} · {hit.patient_number}", hit.id)


def index_of(combo: QComboBox, value: object) -> int:
    """The item holding ``value`` (the first if none does), compared as Python values.

    ``findData`` compares wrapped Python objects by identity, and each reload
    brings new id objects: a list rebuilt by a refresh fell back to its first
    item (the Messages composer then sent the wrong template).
    """
    found = (i for i in range(combo.count()) if combo.itemData(i) == value)
    return next(found, 0)


def documents_folder() -> Path:
    """The user's Documents folder, where a saved file goes unless they choose otherwise."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())
