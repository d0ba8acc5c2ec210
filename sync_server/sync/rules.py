"""Checks the server makes on pushed rows that no single desk could make offline.

- Two desks booking one clinician for overlapping times: the later arrival is
  kept but marked ``needs_reschedule`` (the desk is told, staff call the patient).
- A loyalty redemption that would take a balance below zero is rejected.
- The same person registered at two desks (same phone, names and date of
  birth) is flagged in ``patient_duplicate_flags`` for a human, never merged.

Each check locks the row the race is about (the clinician, the patient) so
two concurrent pushes cannot both pass it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import format_datetime
from shared.db.models import Appointment, Clinician, LoyaltyLedgerEntry, Patient
from shared.db.models.patients import PatientDuplicateFlag
from shared.domain.enums import AppointmentStatus, LedgerKind
from sync_server.sync.changes import SERVER_CLOCK, record_change

_INACTIVE = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class Note:
    code: str
    message: str


class MutationRejectedError(Exception):
    """A mutation refused for good, with a machine code and a sentence for staff."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def before_insert(session: Session, table_name: str, values: dict[str, Any]) -> None:
    """Refuse inserts that break a rule needing data from other desks."""
    if table_name == "loyalty_ledger":
        _check_balance(session, values)


def after_apply(session: Session, table_name: str, row: Any, *, inserted: bool) -> Note | None:
    """Flag what the server noticed about an applied row (the row itself is kept)."""
    if table_name == "appointments":
        return _check_overlap(session, row)
    if table_name == "patients" and inserted:
        return _flag_duplicate(session, row)
    return None


def _check_balance(session: Session, values: dict[str, Any]) -> None:
    points = values.get("points") or 0
    if values.get("kind") != LedgerKind.REDEEM.value or points >= 0:
        return
    session.get(Patient, values["patient_id"], with_for_update=True)
    balance = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(LoyaltyLedgerEntry.points), 0)).where(
            LoyaltyLedgerEntry.patient_id == values["patient_id"],
            LoyaltyLedgerEntry.deleted_at.is_(None),
        )
    )
    if (balance or 0) + points < 0:
        raise MutationRejectedError(
            "insufficient_points",
            f"The redemption needs {-points} points but the patient has {balance}.",
        )


def _check_overlap(session: Session, row: Appointment) -> Note | None:
    if row.clinician_id is None or row.deleted_at is not None or row.status in _INACTIVE:
        return None
    session.get(Clinician, row.clinician_id, with_for_update=True)
    other = session.scalars(
        sa.select(Appointment)
        .where(
            Appointment.clinician_id == row.clinician_id,
            Appointment.id != row.id,
            Appointment.deleted_at.is_(None),
            Appointment.status.not_in(_INACTIVE),
            Appointment.needs_reschedule.is_(False),
            Appointment.starts_at < row.ends_at,
            Appointment.ends_at > row.starts_at,
        )
        .limit(1)
    ).first()
    if other is None:
        return None
    reason = (
        f"Clashes with another booking for this clinician at {format_datetime(other.starts_at)}"
    )
    if not row.needs_reschedule:
        stamp = SERVER_CLOCK.now()
        row.needs_reschedule = True
        row.reschedule_reason = reason
        row.field_clocks = {
            **row.field_clocks,
            "needs_reschedule": stamp,
            "reschedule_reason": stamp,
        }
    return Note("needs_reschedule", f"Kept, but needs rescheduling: {reason}.")


def _flag_duplicate(session: Session, row: Patient) -> Note | None:
    if not row.phone or row.date_of_birth is None:
        return None
    other = session.scalars(
        sa.select(Patient).where(
            Patient.hospital_id == row.hospital_id,
            Patient.id != row.id,
            Patient.deleted_at.is_(None),
            Patient.phone == row.phone,
            Patient.date_of_birth == row.date_of_birth,
            sa.func.lower(Patient.first_name) == row.first_name.lower(),
            sa.func.lower(Patient.last_name) == row.last_name.lower(),
        )
    ).first()
    if other is None:
        return None
    flag = PatientDuplicateFlag(
        hospital_id=row.hospital_id,
        patient_id=row.id,
        other_patient_id=other.id,
        reason="Same phone, names and date of birth",
    )
    session.add(flag)
    record_change(session, flag, actor="sync")
    return Note(
        "possible_duplicate",
        f"Registered, and flagged as a likely duplicate of {other.patient_number} for review.",
    )
