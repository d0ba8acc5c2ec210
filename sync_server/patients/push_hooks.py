"""The duplicate-person check on pushed registrations: the shared rule, across every desk.

The same person registered at two desks offline gets two records; the desks
could not see each other's. The server flags each likely duplicate in
``patient_duplicate_flags`` for a human to review, and never merges them.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import Patient
from shared.db.models.patients import PatientDuplicateFlag, PatientReferral
from shared.domain.access import Principal
from shared.domain.patients import DUPLICATE_REASON, likely_duplicates
from sync_server.sync import rules


def register_push_hooks() -> None:
    rules.register(Patient.__tablename__, after_apply=flag_duplicates)
    rules.register(PatientReferral.__tablename__, before_insert=check_referral)


def check_referral(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """Both patients of a pushed referral belong to its hospital, as registration requires.

    The reference check only asks that the desk may see each patient; a
    manager of two hospitals could otherwise credit a patient of the other.
    """
    del principal
    hospital_id = values.get("hospital_id")
    for field in ("patient_id", "referrer_id"):
        found = values.get(field)
        patient = session.get(Patient, uuid.UUID(str(found))) if found else None
        if patient is None or patient.hospital_id != hospital_id:
            raise rules.MutationRejectedError(
                "invalid", "Referred by: no patient of this hospital has that number.", field=field
            )


def flag_duplicates(session: Session, row: Patient, inserted: bool) -> rules.Note | None:
    """Flag a newly pushed patient against the hospital's patients at the same phone."""
    if not inserted or not row.phone:
        return None
    same_phone = session.scalars(
        sa.select(Patient).where(
            Patient.hospital_id == row.hospital_id,
            Patient.id != row.id,
            Patient.deleted_at.is_(None),
            Patient.phone == row.phone,
        )
    )
    others = likely_duplicates(row, same_phone)
    if not others:
        return None
    session.add_all(
        PatientDuplicateFlag(
            hospital_id=row.hospital_id,
            patient_id=row.id,
            other_patient_id=other.id,
            reason=DUPLICATE_REASON,
        )
        for other in others
    )
    numbers = ", ".join(other.patient_number for other in others)
    return rules.Note(
        "possible_duplicate",
        f"Registered, and flagged as a likely duplicate of {numbers} for review.",
    )
