"""Patient profiles over the API: registration (numbering, duplicate flags), reads, preferences."""

from __future__ import annotations

import uuid
import zlib

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import Device
from shared.db.models.patients import Appointment, Patient, PatientDuplicateFlag
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.appointments import FREE_STATUSES
from shared.domain.enums import AppointmentStatus
from shared.domain.patients import (
    DUPLICATE_REASON,
    CommunicationPreferences,
    PreferencesUpdate,
    format_patient_number,
    likely_duplicates,
    parse_patient_number,
)
from shared.domain.referrals import record_referral
from sync_server import audit
from sync_server.appointments.writer import TrackedWriter
from sync_server.crm import loyalty
from sync_server.crm.common import get_live, home_hospital, track
from sync_server.crm.schemas import (
    PatientOut,
    PreferencesOut,
    ProfileOut,
    RegisteredOut,
    RegisterPatientIn,
)

#: Numbers made through the API when the caller has no registered desk PC.
API_PREFIX = "API"
PREFERENCE_FIELDS = tuple(CommunicationPreferences.model_fields)


def register(session: Session, principal: Principal, data: RegisterPatientIn) -> RegisteredOut:
    hospital_id = home_hospital(
        session, principal, Action.WRITE, Resource.PATIENTS, data.hospital_id
    )
    columns = data.patient_columns()
    del columns["hospital_id"]  # the one the caller may write to, decided above
    patient = Patient(
        hospital_id=hospital_id,
        patient_number=next_patient_number(session, hospital_id, _prefix(session, principal)),
        **columns,
    )
    track(session, principal, patient)
    record_referral(TrackedWriter(session, principal), patient, data.referred_by)
    household = household_of(session, patient)
    duplicates = [other.id for other in likely_duplicates(patient, household)]
    for other_id in duplicates:
        flag = PatientDuplicateFlag(
            hospital_id=hospital_id,
            patient_id=patient.id,
            other_patient_id=other_id,
            reason=DUPLICATE_REASON,
        )
        track(session, principal, flag)
    return RegisteredOut(
        patient=PatientOut.model_validate(patient),
        possible_duplicates=duplicates,
        household=[p.id for p in household],
    )


def _prefix(session: Session, principal: Principal) -> str:
    device = session.get(Device, principal.device_id) if principal.device_id else None
    return device.prefix if device is not None else API_PREFIX


def next_patient_number(session: Session, hospital_id: uuid.UUID, prefix: str) -> str:
    """The next number for this prefix in this hospital, serialised by an advisory lock."""
    key = zlib.crc32(f"{hospital_id}:{prefix}".encode())
    session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))
    last = session.scalar(
        sa.select(Patient.patient_number)
        .where(Patient.hospital_id == hospital_id, Patient.patient_number.like(f"{prefix}-%"))
        .order_by(Patient.patient_number.desc())
        .limit(1)
    )
    sequence = parse_patient_number(last)[1] + 1 if last else 1
    return format_patient_number(prefix, sequence)


def household_of(session: Session, patient: Patient) -> list[Patient]:
    """Other live patients of the hospital at the same phone number."""
    if not patient.phone:
        return []
    query = sa.select(Patient).where(
        Patient.hospital_id == patient.hospital_id,
        Patient.phone == patient.phone,
        Patient.id != patient.id,
        Patient.deleted_at.is_(None),
    )
    return list(session.scalars(query))


def readable_patient(
    session: Session, principal: Principal, patient_id: uuid.UUID, action: Action = Action.READ
) -> Patient:
    patient = get_live(session, Patient, patient_id, "patient")
    require(principal, action, Resource.PATIENTS, hospital_id=patient.hospital_id)
    return patient


def profile(session: Session, principal: Principal, patient_id: uuid.UUID) -> ProfileOut:
    """The full record; reading it is audited (NDPA 2023)."""
    patient = readable_patient(session, principal, patient_id)
    audit.record_patient_read(session, principal, patient.id, patient.hospital_id)
    upcoming = session.scalar(
        sa.select(sa.func.count())
        .select_from(Appointment)
        .where(
            Appointment.patient_id == patient.id,
            Appointment.starts_at >= utcnow(),
            Appointment.status.not_in([s.value for s in FREE_STATUSES]),
            Appointment.status != AppointmentStatus.COMPLETED.value,
        )
    )
    return ProfileOut(
        patient=PatientOut.model_validate(patient),
        household=[p.id for p in household_of(session, patient)],
        loyalty=loyalty.summary_of(session, patient),
        upcoming_appointments=upcoming or 0,
    )


def update_preferences(
    session: Session, principal: Principal, patient_id: uuid.UUID, change: PreferencesUpdate
) -> PreferencesOut:
    patient = readable_patient(session, principal, patient_id, Action.WRITE)
    current = CommunicationPreferences.model_construct(
        **{name: getattr(patient, name) for name in PREFERENCE_FIELDS}
    )
    updated = change.apply(current)
    for name, value in updated.model_dump().items():
        setattr(patient, name, value)
    track(
        session, principal, patient, "update", summary={"fields": sorted(change.model_fields_set)}
    )
    return PreferencesOut(patient_id=patient.id, **updated.model_dump())
