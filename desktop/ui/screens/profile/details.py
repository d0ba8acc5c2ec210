"""The profile's details tab: every field of the patient record, edited in place.

The edit is checked against the shared patient rules as typed: every
field's problem shows at once under that field, in plain words after its
label, and clears as soon as the field is fixed. A clean edit is saved, the
same rules checking it again on the database thread; a refusal from there
is shown under its field too. Dates are typed day first (or picked on a
calendar), states and LGAs come from type-ahead lists; Enter moves on as Tab
does. Only changed fields are written, each with its own clock.

Signals:
    saved(object): the :class:`PatientDetails` after an edit committed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.patient_profile import (
    PREFERENCES,
    REQUIRED,
    PatientDetails,
    update_patient,
)
from desktop.ui.database import Database
from desktop.ui.fields import DateField, FieldErrors, KeyboardFlow, LgaBox, StateBox
from desktop.ui.format import phone_text
from shared.domain.enums import BloodGroup, Channel, Genotype, Language, PayerType, Sex
from shared.domain.inputs import form_problems, format_date_ng
from shared.domain.patients import CommunicationPreferences, PatientUpdate
from shared.errors import DomainError, FieldValidationError

PERSONAL = (
    ("first_name", "First name"),
    ("middle_name", "Middle name"),
    ("last_name", "Last name"),
    ("date_of_birth", "Date of birth"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("address", "Address"),
    ("state", "State"),
    ("lga", "LGA"),
    ("state_of_origin", "State of origin"),
    ("religion", "Religion"),
    ("nin", "NIN"),
)
CARE = (
    ("allergies", "Allergies (comma-separated)"),
    ("chronic_conditions", "Chronic conditions (comma-separated)"),
    ("payer_name", "HMO / scheme name"),
    ("payer_number", "HMO / scheme number"),
    ("next_of_kin_name", "Next of kin"),
    ("next_of_kin_phone", "Next of kin phone"),
    ("next_of_kin_relationship", "Relationship"),
)
LISTS = ("allergies", "chronic_conditions")
#: Fields picked from the shipped list of states and their LGAs.
PLACES = ("state", "lga", "state_of_origin")
PHONES = ("phone", "next_of_kin_phone")
CHOICES: dict[str, tuple[str, type[StrEnum], bool]] = {
    "sex": ("Sex", Sex, False),
    "blood_group": ("Blood group", BloodGroup, True),
    "genotype": ("Genotype", Genotype, True),
    "payer_type": ("Who pays", PayerType, False),
    "preferred_language": ("Language", Language, False),
    "preferred_channel": ("Preferred channel", Channel, False),
}
#: How a choice reads; blood groups and genotypes read as stored (A+, AS).
CHOICE_LABELS: dict[StrEnum, str] = {
    Sex.FEMALE: "Female",
    Sex.MALE: "Male",
    PayerType.SELF_PAY: "Self pay",
    PayerType.NHIA: "NHIA",
    PayerType.STATE_SCHEME: "State scheme",
    PayerType.HMO: "HMO",
    Language.ENGLISH: "English",
    Language.YORUBA: "Yorùbá",
    Language.HAUSA: "Hausa",
    Language.IGBO: "Igbo",
    Language.PIDGIN: "Pidgin",
    Channel.SMS: "SMS",
    Channel.WHATSAPP: "WhatsApp",
    Channel.EMAIL: "Email",
}
CONSENTS = (
    ("consent_sms", "SMS"),
    ("consent_whatsapp", "WhatsApp"),
    ("consent_email", "Email"),
    ("consent_marketing", "Promotions"),
)


class DetailsTab(QWidget):
    saved = Signal(object)

    def __init__(self, db: Database, patient_id: uuid.UUID) -> None:
        super().__init__()
        self._db = db
        self._patient_id = patient_id
        self.texts: dict[str, QLineEdit] = {
            name: QLineEdit() for name, _ in PERSONAL + CARE if name not in PLACES
        }
        self.date_of_birth = self.texts["date_of_birth"] = DateField()
        state, origin = StateBox(), StateBox()
        self.places: dict[str, StateBox | LgaBox] = {
            "state": state,
            "lga": LgaBox(state),
            "state_of_origin": origin,
        }
        self.combos = {name: self._combo(kind, blank) for name, (_, kind, blank) in CHOICES.items()}
        self.consents = {name: QCheckBox(self.tr(label)) for name, label in CONSENTS}
        self.inputs: dict[str, QWidget] = {
            **self.texts,
            **self.places,
            **self.combos,
            **self.consents,
        }
        labels = dict(PERSONAL + CARE) | {name: label for name, (label, _, _) in CHOICES.items()}
        self.errors = FieldErrors(
            {name: self.tr(label) for name, label in labels.items()}, self.problems, self
        )
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self._shown: dict[str, Any] = {}
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.submit)
        self._layout()
        self.keys = KeyboardFlow([*self._order(), self.save_button], self.submit, self)

    def _combo(self, kind: type[StrEnum], blank: bool) -> QComboBox:
        combo = QComboBox()
        if blank:
            combo.addItem(self.tr("not known"), None)
        for value in kind:
            label = CHOICE_LABELS.get(value)
            combo.addItem(self.tr(label) if label else value.value, value)
        return combo

    def _layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        for name, label in PERSONAL:
            left.addRow(self.tr(label), self._field(name))
            if name == "last_name":
                left.addRow(self.tr("Sex"), self._field("sex"))
        for name in ("blood_group", "genotype"):
            right.addRow(self.tr(CHOICES[name][0]), self._field(name))
        for name, label in CARE:
            right.addRow(self.tr(label), self._field(name))
            if name == "chronic_conditions":
                right.addRow(self.tr("Who pays"), self._field("payer_type"))
        for name in ("preferred_language", "preferred_channel"):
            right.addRow(self.tr(CHOICES[name][0]), self._field(name))
        consents = QHBoxLayout()
        for box in self.consents.values():
            consents.addWidget(box)
        right.addRow(self.tr("Consents to"), consents)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)

    def _order(self) -> list[QWidget]:
        """The fields as the layout shows them: the left column, then the right."""
        names = [n for n, _ in PERSONAL]
        names.insert(names.index("last_name") + 1, "sex")
        care = [n for n, _ in CARE]
        care.insert(care.index("chronic_conditions") + 1, "payer_type")
        names += ["blood_group", "genotype", *care, "preferred_language", "preferred_channel"]
        return [self.inputs[n] for n in names] + list(self.consents.values())

    def _field(self, name: str) -> QWidget:
        """The field's widget with its error line beneath."""
        return self.errors.row(name, self.inputs[name])

    def show_details(self, details: PatientDetails) -> None:
        values = details.values
        self.errors.clear()
        for name, edit in {**self.texts, **self.places}.items():
            edit.setText(_text(name, values[name]))
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(values[name]), 0))
        for name, box in self.consents.items():
            box.setChecked(bool(values[name]))
        self._shown = self.form_data()

    def is_dirty(self) -> bool:
        """Has the user typed something not yet saved? A refresh must not wipe it."""
        return bool(self._shown) and self.form_data() != self._shown

    def form_data(self) -> dict[str, Any]:
        """The record as typed; a date the rules cannot read stays as its text."""
        data: dict[str, Any] = {}
        for name, edit in {**self.texts, **self.places}.items():
            text = edit.text().strip()
            data[name] = (
                [p.strip() for p in text.split(",") if p.strip()] if name in LISTS else text
            )
            data[name] = data[name] or ([] if name in LISTS else None)
        data["date_of_birth"] = self._date_or_text()
        data |= {name: combo.currentData() for name, combo in self.combos.items()}
        data |= {name: box.isChecked() for name, box in self.consents.items()}
        return data

    def problems(self) -> dict[str, str]:
        """Every field's problem as typed (field -> message); empty when the edit may be saved."""
        data = self.form_data()
        found: dict[str, str] = {}
        try:
            self.date_of_birth.value(field="date_of_birth")
        except FieldValidationError as error:
            found["date_of_birth"] = error.message
            data["date_of_birth"] = None
        record = {k: v for k, v in data.items() if k not in PREFERENCES}
        found = form_problems(PatientUpdate, record) | found
        found |= {n: "is required" for n in REQUIRED if record.get(n) is None and n not in found}
        wanted = {k: v for k, v in data.items() if k in PREFERENCES}
        return found | form_problems(CommunicationPreferences, wanted)

    def _date_or_text(self) -> Any:
        try:
            return self.date_of_birth.value(field="date_of_birth")
        except FieldValidationError:
            return self.date_of_birth.text().strip()

    def submit(self) -> None:
        patient_id, data = self._patient_id, self.form_data()
        self.error.setText("")
        problems = self.problems()
        if problems:
            self.errors.show(problems)
            self.error.setText(
                self.tr("Please correct the %n field(s) marked in red.", "", len(problems))
            )
            return
        self.errors.clear()
        self.save_button.setEnabled(False)
        self._db.write(
            lambda s, w: update_patient(s, w, patient_id=patient_id, data=data),
            self._saved,
            self._failed,
        )

    def _saved(self, details: PatientDetails) -> None:
        self.save_button.setEnabled(True)
        self.show_details(details)
        self.error.setText(self.tr("Saved."))
        self.saved.emit(details)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = (error.field or "").split(".")[0] if isinstance(error, DomainError) else ""
        if isinstance(error, FieldValidationError) and field in self.errors.lines:
            self.errors.show({field: error.message})
        else:
            self.error.setText(error.message if isinstance(error, DomainError) else str(error))


def _text(name: str, value: Any) -> str:
    """A stored value as the form shows it: dates 12/05/1990, phones 0803 123 4567, lists joined."""
    if value is None:
        return ""
    if name in LISTS:
        return ", ".join(value)
    if name in PHONES:
        return phone_text(value)
    if isinstance(value, dt.date):
        return format_date_ng(value)
    return str(value)
