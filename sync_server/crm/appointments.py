"""Appointments over the API: booking with the clash rule, reminders, and the reminder run.

The run itself is the messaging service's ``create_due_reminders``; this module
only checks who may trigger it and reports what it did.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models.organisation import Clinician, Department
from shared.db.models.patients import Appointment, AppointmentReminder, Patient
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.appointments import (
    booking_of,
    check_no_clash,
    check_not_in_past,
    check_within_hours,
    reminder_due_times,
)
from shared.domain.enums import Channel, ReminderStatus
from shared.domain.patients import has_channel_consent
from shared.errors import FieldValidationError
from sync_server.crm.common import get_live, hospital_filter, track
from sync_server.crm.schemas import AppointmentOut, RemindersOut, ScheduledOut, ScheduleIn
from sync_server.messaging.reminders import create_due_reminders


def _check_provider(session: Session, hospital_id: uuid.UUID, data: ScheduleIn) -> None:
    """The clinician and department must exist, be active and belong to the patient's hospital."""
    if data.clinician_id is not None:
        clinician = session.get(Clinician, data.clinician_id, with_for_update=True)
        if clinician is None or clinician.hospital_id != hospital_id or not clinician.active:
            raise FieldValidationError("clinician_id", "no such active clinician here")
        check_within_hours(clinician.working_hours, data.starts_at, data.ends_at)
    if data.department_id is not None:
        department = session.get(Department, data.department_id)
        if department is None or department.hospital_id != hospital_id:
            raise FieldValidationError("department_id", "no such department here")


def _clinician_bookings(
    session: Session, clinician_id: uuid.UUID, data: ScheduleIn
) -> list[Appointment]:
    """The clinician's live bookings overlapping ``data``; the shared rule says which clash."""
    query = sa.select(Appointment).where(
        Appointment.clinician_id == clinician_id,
        Appointment.deleted_at.is_(None),
        Appointment.starts_at < data.ends_at,
        Appointment.ends_at > data.starts_at,
    )
    return list(session.scalars(query))


def schedule(session: Session, principal: Principal, data: ScheduleIn) -> ScheduledOut:
    patient = get_live(session, Patient, data.patient_id, "patient")
    require(principal, Action.WRITE, Resource.APPOINTMENTS, hospital_id=patient.hospital_id)
    check_not_in_past(data.starts_at)
    _check_provider(session, patient.hospital_id, data)
    appointment = Appointment(
        hospital_id=patient.hospital_id,
        **data.model_dump(exclude={"duration_minutes", "reminder_channel"}),
        ends_at=data.ends_at,
    )
    if data.clinician_id is not None:
        existing = [booking_of(a) for a in _clinician_bookings(session, data.clinician_id, data)]
        check_no_clash(existing, booking_of(appointment))
    track(session, principal, appointment)
    reminders = _add_reminders(session, principal, patient, appointment, data.reminder_channel)
    return ScheduledOut(appointment=AppointmentOut.model_validate(appointment), reminders=reminders)


def _add_reminders(
    session: Session,
    principal: Principal,
    patient: Patient,
    appointment: Appointment,
    channel: Channel | None,
) -> list[dt.datetime]:
    """Reminder rows for each default offset still ahead, if the patient consents to the channel."""
    channel = channel or patient.preferred_channel
    address = patient.email if channel is Channel.EMAIL else patient.phone
    if address is None or not has_channel_consent(patient, channel):
        return []
    due = reminder_due_times(appointment.starts_at)
    for offset, due_at in due.items():
        reminder = AppointmentReminder(
            hospital_id=patient.hospital_id,
            appointment_id=appointment.id,
            offset_minutes=offset,
            channel=channel,
            due_at=due_at,
        )
        track(session, principal, reminder)
    return sorted(due.values())


def _due_count(session: Session, principal: Principal) -> int:
    hospital_id = hospital_filter(principal, Action.WRITE, Resource.APPOINTMENTS)
    query = (
        sa.select(sa.func.count())
        .select_from(AppointmentReminder)
        .where(
            AppointmentReminder.status == ReminderStatus.PENDING.value,
            AppointmentReminder.due_at <= utcnow(),
            AppointmentReminder.deleted_at.is_(None),
        )
    )
    if hospital_id is not None:
        query = query.where(AppointmentReminder.hospital_id == hospital_id)
    return session.scalar(query) or 0


def process_reminders(factory: sessionmaker[Session], principal: Principal) -> RemindersOut:
    """Run the reminder step now (the job does the same every few minutes).

    ``due`` counts the caller's hospital's reminders due before the run;
    ``processed`` is how many messages the run queued (households share one).
    """
    with factory.begin() as session:
        due = _due_count(session, principal)
    return RemindersOut(due=due, processed=create_due_reminders(factory, utcnow()))
