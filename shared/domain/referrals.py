"""Referrals: who brought a new patient in, recorded once, at registration.

The desk and the REST API both register through :func:`record_referral`, so
the referrer is found and checked the same way on every path. The points it
earns are :func:`shared.domain.earning.for_referral`, at the new patient's
first completed visit.
"""

from __future__ import annotations

import sqlalchemy as sa

from shared.db.models import Patient, PatientReferral
from shared.domain.writer import Writer
from shared.errors import FieldValidationError


def record_referral(
    writer: Writer, patient: Patient, referred_by: str | None
) -> PatientReferral | None:
    """Record that the patient numbered ``referred_by`` (same hospital) brought ``patient`` in."""
    if referred_by is None:
        return None
    found = writer.select(
        sa.select(Patient).where(
            Patient.hospital_id == patient.hospital_id,
            Patient.patient_number == referred_by,
            Patient.deleted_at.is_(None),
        )
    )
    if not found:
        raise FieldValidationError(
            "referred_by", f"no patient of this hospital has the number {referred_by}"
        )
    referrer = found[0]
    if referrer.id == patient.id:
        raise FieldValidationError("referred_by", "a patient cannot refer themselves")
    return writer.insert(
        PatientReferral,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        referrer_id=referrer.id,
    )
