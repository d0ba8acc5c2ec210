"""The reminder job: idempotent planning, late arrivals, cancellation, households."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import lagos_today
from shared.db.models import Appointment, AppointmentReminder, Message, PatientCommunication
from shared.domain.enums import (
    AppointmentStatus,
    CallOutcome,
    Channel,
    Direction,
    LogChannel,
    MessageStatus,
    ReminderStatus,
)
from sync_server.config import ServerSettings
from sync_server.messaging.jobs import (
    dispatch_due_messages,
    queue_appointment_reminders,
    release_scheduled,
)
from sync_server.messaging.reminders import call_list, create_due_reminders
from tests import factories

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def _book(
    sessions: sessionmaker[Session],
    hospital_id: uuid.UUID,
    starts_at: dt.datetime,
    **patient: object,
) -> uuid.UUID:
    with sessions.begin() as session:
        person = factories.patient(session, hospital_id=hospital_id, **patient)
        visit = factories.appointment(
            session, hospital_id=hospital_id, patient_id=person.id, starts_at=starts_at
        )
        return visit.id


def _reminders(
    sessions: sessionmaker[Session], appointment_id: uuid.UUID
) -> dict[int, AppointmentReminder]:
    with sessions() as session:
        rows = session.scalars(
            sa.select(AppointmentReminder).where(
                AppointmentReminder.appointment_id == appointment_id
            )
        )
        return {r.offset_minutes: r for r in rows}


def _messages(sessions: sessionmaker[Session]) -> list[Message]:
    with sessions() as session:
        return list(session.scalars(sa.select(Message).order_by(Message.created_at)))


def test_24h_and_3h_reminders_are_created_once_each(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(sessions, hospital_id, NOW + 30 * HOUR)
    assert create_due_reminders(sessions, NOW) == 0
    planned = _reminders(sessions, visit)
    assert {o: r.status for o, r in planned.items()} == {
        1440: ReminderStatus.PENDING,
        180: ReminderStatus.PENDING,
    }
    assert planned[1440].due_at == NOW + 6 * HOUR
    assert create_due_reminders(sessions, NOW + 6 * HOUR) == 1
    assert create_due_reminders(sessions, NOW + 7 * HOUR) == 0
    assert create_due_reminders(sessions, NOW + 27 * HOUR) == 1
    assert create_due_reminders(sessions, NOW + 28 * HOUR) == 0
    (day, _) = _messages(sessions)
    assert day.channel is Channel.SMS and day.address == "+2348031234567"
    assert "To change, call +2348011112222" in day.body
    assert {r.status for r in _reminders(sessions, visit).values()} == {ReminderStatus.QUEUED}


def test_custom_offsets(sessions: sessionmaker[Session], hospital_id: uuid.UUID) -> None:
    visit = _book(sessions, hospital_id, NOW + 50 * HOUR)
    create_due_reminders(sessions, NOW, offsets=(48 * 60, 24 * 60, 60))
    assert sorted(_reminders(sessions, visit)) == [60, 1440, 2880]


def test_appointment_arriving_2h_before_gets_only_the_3h_reminder(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(sessions, hospital_id, NOW + 2 * HOUR)
    assert create_due_reminders(sessions, NOW) == 1
    planned = _reminders(sessions, visit)
    assert planned[1440].status is ReminderStatus.SKIPPED
    assert planned[1440].status_reason == "too late for this reminder"
    assert planned[180].status is ReminderStatus.QUEUED
    assert create_due_reminders(sessions, NOW + HOUR) == 0


def test_cancelled_appointment_cancels_its_reminder_and_unsent_message(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(sessions, hospital_id, NOW + 20 * HOUR)
    create_due_reminders(sessions, NOW)
    assert len(_messages(sessions)) == 1
    with sessions.begin() as session:
        session.get_one(Appointment, visit).status = AppointmentStatus.CANCELLED
    create_due_reminders(sessions, NOW + 18 * HOUR)
    assert {r.status for r in _reminders(sessions, visit).values()} == {ReminderStatus.CANCELLED}
    assert [m.status for m in _messages(sessions)] == [MessageStatus.CANCELLED]


def test_moved_appointment_retimes_its_reminders(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(sessions, hospital_id, NOW + 20 * HOUR)
    create_due_reminders(sessions, NOW)
    new_start = NOW + 50 * HOUR
    with sessions.begin() as session:
        row = session.get_one(Appointment, visit)
        row.starts_at, row.ends_at = new_start, new_start + HOUR
    assert create_due_reminders(sessions, NOW + HOUR) == 0
    planned = _reminders(sessions, visit)
    assert planned[1440].due_at == new_start - 24 * HOUR
    assert planned[1440].status is ReminderStatus.PENDING
    assert [m.status for m in _messages(sessions)] == [MessageStatus.CANCELLED]
    assert create_due_reminders(sessions, new_start - 24 * HOUR) == 1


def test_household_phone_gets_one_reminder_listing_everyone(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    shared_phone = "+2348055550000"
    _book(sessions, hospital_id, NOW + 26 * HOUR, first_name="Kemi", phone=shared_phone)
    _book(sessions, hospital_id, NOW + 25 * HOUR, first_name="Tunde", phone=shared_phone)
    _book(sessions, hospital_id, NOW + 25 * HOUR, first_name="Musa", phone="+2348066660000")
    assert create_due_reminders(sessions, NOW + 2 * HOUR) == 2
    by_address = {m.address: m.body for m in _messages(sessions)}
    family = by_address[shared_phone]
    assert "Tunde: Wed 25 Nov 11:00" in family and "Kemi: Wed 25 Nov 12:00" in family
    assert family.index("Tunde") < family.index("Kemi")
    assert "Musa" not in family


def test_no_consented_channel_lands_on_the_call_list(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(sessions, hospital_id, NOW + 20 * HOUR, consent_sms=False)
    create_due_reminders(sessions, NOW)
    assert {r.status_reason for r in _reminders(sessions, visit).values()} == {
        "no channel with consent: call list"
    }
    assert _messages(sessions) == []


def _fail_messages(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        session.execute(sa.update(Message).values(status=MessageStatus.FAILED))


def test_failed_sms_falls_back_to_email_then_to_the_call_list(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(
        sessions, hospital_id, NOW + 20 * HOUR, consent_email=True, email="kemi@example.ng"
    )
    create_due_reminders(sessions, NOW)
    _fail_messages(sessions)
    assert create_due_reminders(sessions, NOW + HOUR) == 1
    email = _messages(sessions)[-1]
    assert (email.channel, email.address) == (Channel.EMAIL, "kemi@example.ng")
    assert (email.subject or "").startswith("Appointment reminder from Ikeja General")
    _fail_messages(sessions)
    assert create_due_reminders(sessions, NOW + 2 * HOUR) == 0
    with sessions() as session:
        (calls,) = call_list(session, hospital_id)
    assert (calls.appointment_id, calls.status) == (visit, ReminderStatus.FAILED)


def _log_call(
    sessions: sessionmaker[Session], visit: uuid.UUID, outcome: CallOutcome, at: dt.datetime
) -> None:
    """A call as a desk records it (a synced contact-log row naming the booking)."""
    with sessions.begin() as session:
        appointment = session.get_one(Appointment, visit)
        session.add(
            PatientCommunication(
                hospital_id=appointment.hospital_id,
                patient_id=appointment.patient_id,
                channel=LogChannel.CALL,
                direction=Direction.OUTBOUND,
                summary=outcome.value,
                occurred_at=at,
                appointment_id=visit,
                call_outcome=outcome,
            )
        )


def test_the_call_list_drops_a_booking_a_desk_called_about_as_the_desks_do(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    visit = _book(sessions, hospital_id, NOW + 30 * HOUR, consent_sms=False)
    create_due_reminders(sessions, NOW)
    today, tomorrow = lagos_today(NOW), lagos_today(NOW + 24 * HOUR)

    def listed(day: dt.date) -> set[uuid.UUID]:
        with sessions() as session:
            return {r.appointment_id for r in call_list(session, hospital_id, today=day)}

    assert listed(today) == {visit}
    _log_call(sessions, visit, CallOutcome.NO_ANSWER, NOW)
    assert listed(today) == set()
    assert listed(tomorrow) == {visit}, "after no answer the desk tries again the next day"
    _log_call(sessions, visit, CallOutcome.WILL_RESCHEDULE, NOW + 24 * HOUR)
    assert listed(tomorrow) == listed(lagos_today(NOW + 48 * HOUR)) == set()


def test_job_handlers_run_inside_the_schedulers_transaction(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID, tmp_path: Path
) -> None:
    _book(sessions, hospital_id, NOW + 20 * HOUR)
    settings = ServerSettings(data_dir=tmp_path)
    with sessions.begin() as session:
        assert queue_appointment_reminders(session, settings, NOW) == "queued 1 reminder messages"
    with sessions.begin() as session:
        outcome = dispatch_due_messages(session, settings, NOW)
        assert outcome.startswith("sent 1,")
        assert release_scheduled(session, settings, NOW) == "queued 0 campaign messages"
    assert [m.status for m in _messages(sessions)] == [MessageStatus.DELIVERED]
