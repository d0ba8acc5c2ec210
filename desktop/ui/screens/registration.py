"""The registration form: every problem beside its field, duplicate and household warnings.

The form is checked against the shared patient rules as typed, and every
field's problem is shown at once under that field, labelled as the form
labels it; each clears as soon as its field is fixed. Only a form with no
problem is sent to the save, which checks the same rules again on the
database thread. Dates are typed day first or picked on a calendar; the
state and LGA come from type-ahead lists of the shipped data. Sex has no
default: the clerk chooses. Enter moves to the next field, as Tab does, so a
patient is registered without the mouse; Enter on Save, or Ctrl+Enter, saves.
A likely duplicate stops the save and offers "Save anyway"; other patients
on the same phone are shown as the new patient's household.

Signals:
    registered(object): the :class:`Registered` patient, after the save committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.registration import (
    LikelyDuplicateError,
    Registered,
    field_of,
    register_patient,
)
from desktop.ui.database import Database
from desktop.ui.design import ButtonRole, set_role
from desktop.ui.fields import DateField, FieldErrors, KeyboardFlow, LgaBox, StateBox, field_text
from desktop.ui.screens.profile.details import CHOICE_LABELS
from shared.domain.enums import PayerType, Sex
from shared.domain.inputs import form_problems, sentence
from shared.domain.patients import PatientRegistration
from shared.errors import DomainError, FieldValidationError
from shared.sync.validators import field_label

#: The fields in the order the form shows them, and a clerk tabs through them.
ORDER = (
    "first_name",
    "middle_name",
    "last_name",
    "sex",
    "date_of_birth",
    "phone",
    "email",
    "address",
    "state",
    "lga",
    "nin",
    "payer_type",
    "payer_name",
    "next_of_kin_name",
    "next_of_kin_phone",
    "referred_by",
)
#: The fields typed as plain text (the others have their own widgets).
TEXT_FIELDS = tuple(
    n for n in ORDER if n not in {"sex", "date_of_birth", "state", "lga", "payer_type"}
)
#: Labels this form words differently from the column's label (``field_label``).
LABELS = {
    "payer_type": "Who pays",
    "payer_name": "HMO / scheme name",
    "next_of_kin_name": "Next of kin",
    "referred_by": "Referred by (patient no.)",
}


def label_of(name: str) -> str:
    """The label the form shows for ``name``; errors name the field by it too."""
    return LABELS.get(name) or field_label(name)


class RegistrationDialog(QDialog):
    registered = Signal(object)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.setWindowTitle(self.tr("Register a patient"))
        self.setMinimumWidth(900)
        self.inputs: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.date_of_birth = self.inputs["date_of_birth"] = DateField()
        self.inputs["referred_by"].setPlaceholderText(self.tr("e.g. IKJ01-000042"))
        self.state = StateBox()
        self.lga = LgaBox(self.state)
        self.sex = _combo(
            {self.tr("Choose…"): None, self.tr("Female"): Sex.FEMALE, self.tr("Male"): Sex.MALE}
        )
        self.payer = _combo({self.tr(CHOICE_LABELS[p]): p for p in PayerType})
        others = {"sex": self.sex, "state": self.state, "lga": self.lga, "payer_type": self.payer}
        self.fields: dict[str, QWidget] = {n: others.get(n) or self.inputs[n] for n in ORDER}
        labels = {name: self.tr(label_of(name)) for name in ORDER}
        self.errors = FieldErrors(labels, self.problems, self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.save_anyway = QPushButton(self.tr("Different person — save anyway"))
        self.save_anyway.setVisible(False)
        self.save_anyway.clicked.connect(lambda: self.submit(confirmed_not_duplicate=True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        set_role(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), ButtonRole.SECONDARY)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout(labels)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.keys = KeyboardFlow([*self.fields.values(), save], self.submit, self)
        self.inputs["first_name"].setFocus()

    def _layout(self, labels: Mapping[str, str]) -> None:
        """Two columns, so the form and its error lines fit a 1366x768 screen."""
        columns = QHBoxLayout()
        for names in (ORDER[: ORDER.index("lga") + 1], ORDER[ORDER.index("lga") + 1 :]):
            form = QFormLayout()
            for name in names:
                form.addRow(labels[name], self.errors.row(name, self.fields[name]))
            columns.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.save_anyway)
        layout.addWidget(self.buttons)

    def form_data(self) -> dict[str, Any]:
        """What the fields hold, for the save; a date the rules cannot read is left out."""
        return self._typed()[0]

    def problems(self) -> dict[str, str]:
        """Every field's problem as typed (field -> message); empty when the form may be saved."""
        data, unreadable = self._typed()
        return form_problems(PatientRegistration, data) | unreadable

    def _typed(self) -> tuple[dict[str, Any], dict[str, str]]:
        data: dict[str, Any] = {name: field_text(self.fields[name]) or None for name in TEXT_FIELDS}
        data |= {"state": self.state.text() or None, "lga": self.lga.text() or None}
        data |= {"sex": self.sex.currentData(), "payer_type": self.payer.currentData()}
        try:
            data["date_of_birth"] = self.date_of_birth.value(field="date_of_birth")
        except FieldValidationError as error:
            data["date_of_birth"] = None
            return data, {"date_of_birth": error.message}
        return data, {}

    def submit(self, *, confirmed_not_duplicate: bool = False) -> None:
        problems = self.problems()
        self.error.setText("")
        if problems:
            self._show_problems(problems)
            return
        self.errors.clear()
        data = self.form_data()
        self.buttons.setEnabled(False)
        self._db.write(
            lambda s, w: register_patient(
                s, w, desk=self._db.desk, data=data, confirmed_not_duplicate=confirmed_not_duplicate
            ),
            self._saved,
            self._failed,
        )

    def _show_problems(self, problems: Mapping[str, str]) -> None:
        elsewhere = self.errors.show(problems)
        words = [sentence(field_label(name), problems[name]) for name in elsewhere]
        placed = len(problems) - len(elsewhere)
        if placed:
            words.insert(0, self.tr("Please correct the %n field(s) marked in red.", "", placed))
        self.error.setText(" ".join(words))
        self._make_room()

    def _make_room(self) -> None:
        """Grow to fit the error lines; ``adjustSize`` would cap the height at 2/3 of the screen."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), needed))

    def _saved(self, patient: Registered) -> None:
        self.registered.emit(patient)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.save_anyway.setVisible(isinstance(error, LikelyDuplicateError))
        field = field_of(error) if isinstance(error, Exception) else None
        if isinstance(error, FieldValidationError) and field is not None:
            self._show_problems({field: error.message})
        else:
            self.error.setText(error.message if isinstance(error, DomainError) else str(error))


def _combo(options: dict[str, Any]) -> QComboBox:
    combo = QComboBox()
    for label, value in options.items():
        combo.addItem(label, value)
    return combo
