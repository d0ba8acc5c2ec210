"""The registration form: inline errors that name the problem, duplicate and household warnings.

Validation happens where it always does (the shared patient rules, on the
database thread, inside the save); the form only shows the first problem next
to its field. A likely duplicate stops the save and offers "Save anyway";
other patients on the same phone are shown as the new patient's household.

Signals:
    registered(object): the :class:`Registered` patient, after the save committed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.registration import (
    LikelyDuplicateError,
    Registered,
    field_of,
    register_patient,
)
from desktop.ui.database import Database
from shared.domain.enums import PayerType, Sex

TEXT_FIELDS = (
    ("first_name", "First name"),
    ("middle_name", "Middle name"),
    ("last_name", "Last name"),
    ("date_of_birth", "Date of birth (YYYY-MM-DD)"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("address", "Address"),
    ("state", "State"),
    ("lga", "LGA"),
    ("nin", "NIN"),
    ("payer_name", "HMO / scheme name"),
    ("next_of_kin_name", "Next of kin"),
    ("next_of_kin_phone", "Next of kin phone"),
)


class RegistrationDialog(QDialog):
    registered = Signal(object)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.setWindowTitle(self.tr("Register a patient"))
        self.inputs: dict[str, QLineEdit] = {name: QLineEdit() for name, _ in TEXT_FIELDS}
        self.sex = _combo({self.tr("Female"): Sex.FEMALE, self.tr("Male"): Sex.MALE})
        self.payer = _combo({p.value.replace("_", " ").title(): p for p in PayerType})
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.save_anyway = QPushButton(self.tr("Different person — save anyway"))
        self.save_anyway.setVisible(False)
        self.save_anyway.clicked.connect(lambda: self.submit(confirmed_not_duplicate=True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout(QFormLayout(self))

    def _layout(self, form: QFormLayout) -> None:
        labels = dict(TEXT_FIELDS)
        for name, widget in self.inputs.items():
            form.addRow(self.tr(labels[name]), widget)
            if name == "last_name":
                form.addRow(self.tr("Sex"), self.sex)
            if name == "nin":
                form.addRow(self.tr("Who pays"), self.payer)
        form.addRow(self.error)
        form.addRow(self.save_anyway)
        form.addRow(self.buttons)

    def form_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: w.text().strip() or None for k, w in self.inputs.items()}
        data["sex"] = self.sex.currentData()
        data["payer_type"] = self.payer.currentData()
        return data

    def submit(self, *, confirmed_not_duplicate: bool = False) -> None:
        data = self.form_data()
        self._clear_marks()
        self.buttons.setEnabled(False)
        self._db.write(
            lambda s, w: register_patient(
                s, w, desk=self._db.desk, data=data, confirmed_not_duplicate=confirmed_not_duplicate
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, patient: Registered) -> None:
        self.registered.emit(patient)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.save_anyway.setVisible(isinstance(error, LikelyDuplicateError))
        field = field_of(error) if isinstance(error, Exception) else None
        widget = self.inputs.get(field or "")
        if widget is not None:
            _mark(widget, True)
            widget.setFocus()
        self.error.setText(str(error))

    def _clear_marks(self) -> None:
        self.error.setText("")
        for widget in self.inputs.values():
            _mark(widget, False)


def _combo(options: dict[str, Any]) -> QComboBox:
    combo = QComboBox()
    for label, value in options.items():
        combo.addItem(label, value)
    return combo


def _mark(widget: QWidget, invalid: bool) -> None:
    """Flag a field for the stylesheet's red border; re-polish so it shows at once."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
