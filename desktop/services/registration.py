"""Register a patient at the desk, warning about likely duplicates and households.

A likely duplicate (same phone, names and birth date) stops the save until
the user confirms it is a different person; other patients on the same phone
are a household, shown to the user and linked, not refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.desk import DeskIdentity, desk_hospital
from desktop.store.writes import LocalWriter
from shared.db.models import Patient
from shared.domain import patients as rules
from shared.domain.referrals import record_referral
from shared.errors import ConflictError, FieldValidationError

__all__ = ["LikelyDuplicateError", "Registered", "field_of", "register_patient"]


class LikelyDuplicateError(ConflictError):
    """The patient seems to be registered already; ``matches`` names who."""

    def __init__(self, matches: tuple[str, ...]) -> None:
        super().__init__(
            "This patient may already be registered: " + ", ".join(matches), field="phone"
        )
        self.matches = matches


@dataclass(frozen=True, slots=True)
class Registered:
    id: uuid.UUID
    patient_number: str
    full_name: str
    household: tuple[str, ...]


def register_patient(
    session: Session,
    writer: LocalWriter,
    *,
    desk: DeskIdentity,
    data: dict[str, Any],
    confirmed_not_duplicate: bool = False,
) -> Registered:
    """Validate, check for duplicates, number and save; the caller commits."""
    hospital_id = desk_hospital(session)
    if hospital_id is None:
        raise ConflictError("This PC has no hospital yet: finish the first sync or setup.")
    form = rules.parse(rules.PatientRegistration, data)
    same_phone = _same_phone(session, hospital_id, form.phone)
    duplicates = rules.likely_duplicates(form, same_phone)
    if duplicates and not confirmed_not_duplicate:
        raise LikelyDuplicateError(tuple(_label(p) for p in duplicates))
    patient = writer.insert(
        Patient,
        hospital_id=hospital_id,
        patient_number=_next_number(session, desk.prefix),
        **form.patient_columns(),
    )
    record_referral(writer, patient, form.referred_by)
    return Registered(
        patient.id,
        patient.patient_number,
        f"{patient.first_name} {patient.last_name}",
        tuple(_label(p) for p in same_phone),
    )


def _same_phone(session: Session, hospital_id: uuid.UUID, phone: str | None) -> list[Patient]:
    if phone is None:
        return []
    return list(
        session.scalars(
            sa.select(Patient).where(
                Patient.hospital_id == hospital_id,
                Patient.phone == phone,
                Patient.deleted_at.is_(None),
            )
        )
    )


def _next_number(session: Session, prefix: str) -> str:
    last = session.scalar(
        sa.select(sa.func.max(Patient.patient_number)).where(
            Patient.patient_number.like(f"{prefix}-%")
        )
    )
    sequence = rules.parse_patient_number(last)[1] + 1 if last else 1
    return rules.format_patient_number(prefix, sequence)


def _label(patient: Patient) -> str:
    return f"{patient.first_name} {patient.last_name} ({patient.patient_number})"


def field_of(error: Exception) -> str | None:
    """The form field an error belongs to, for inline display."""
    if isinstance(error, FieldValidationError | ConflictError):
        return (error.field or "").split(".")[0] or None
    return None
