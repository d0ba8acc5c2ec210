"""The service-recovery job on a real PostgreSQL: managers alerted once, by the shipped wording.

Low feedback reaches the hospital's active managers on every channel their
user row gives (an SMS to the phone, an e-mail to the address), sent through
the recording Twilio and SendGrid servers; a second run, or a retry of the
same slot, alerts nobody again. The month's counts follow the callback.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import Message, PatientFeedback, ServiceRecoveryMonth
from shared.domain.enums import Channel, FollowUpStatus, RecoveryOutcome, Role
from shared.domain.service_recovery import task_fields
from shared.domain.visits import close_follow_up
from sync_server.appointments.writer import system_writer
from sync_server.config import ServerSettings
from sync_server.jobs.schedules import run_slot
from sync_server.messaging.jobs import dispatch_due_messages
from tests import factories
from tests.integration.messaging.conftest import Recorder

#: Wednesday 25 Nov 2026, 10:00 in Lagos: not in quiet hours.
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
MINUTE = 60


def _staff(session: Session, hospital_id: uuid.UUID) -> dict[str, uuid.UUID]:
    def user(role: Role, **kw: object) -> uuid.UUID:
        return factories.user(session, role=role, hospital_id=hospital_id, **kw).id

    return {
        "manager": user(Role.MANAGER, phone="0803 111 2222", email="manager@clinic.example.ng"),
        "deputy": user(Role.MANAGER, email="deputy@clinic.example.ng"),
        "retired": user(Role.MANAGER, email="gone@clinic.example.ng", is_active=False),
        "desk": user(Role.FRONT_DESK, phone="+2348033334444", email="desk@clinic.example.ng"),
    }


def _feedback(
    session: Session, hospital_id: uuid.UUID, rating: int, nps: int | None
) -> PatientFeedback:
    patient = factories.patient(session, hospital_id=hospital_id, first_name="Ifeoma")
    submitted = NOW - dt.timedelta(minutes=1)
    row = PatientFeedback(
        hospital_id=hospital_id,
        patient_id=patient.id,
        rating=rating,
        nps=nps,
        comments="Nobody told me the doctor had left",
        submitted_at=submitted,
        **task_fields(
            system_writer(session),
            hospital_id=hospital_id,
            rating=rating,
            nps=nps,
            submitted_at=submitted,
        ),
    )
    session.add(row)
    session.flush()
    return row


def _run(sessions: sessionmaker[Session], seconds_later: int = 0) -> str:
    with sessions.begin() as session:
        return run_slot(
            session, ServerSettings(), "service_recovery", int(NOW.timestamp()) + seconds_later
        )


def test_low_feedback_alerts_each_manager_once_on_each_channel(
    sessions: sessionmaker[Session],
    hospital_id: uuid.UUID,
    settings: ServerSettings,
    twilio: Recorder,
    sendgrid: Recorder,
) -> None:
    with sessions.begin() as session:
        staff = _staff(session, hospital_id)
        low = _feedback(session, hospital_id, rating=4, nps=3)
        _feedback(session, hospital_id, rating=5, nps=9)  # happy: no callback, no alert
    assert low.follow_up_status is FollowUpStatus.OPEN
    assert low.follow_up_assignee_id == staff["manager"], "the longest-standing manager owns it"

    assert _run(sessions) == "1 alerted, 3 messages, 0 too old, 0 months recounted"
    assert _run(sessions) == "already ran", "a retried slot does nothing"
    assert _run(sessions, 2 * MINUTE) == "0 alerted, 0 messages, 0 too old, 0 months recounted"

    with sessions() as session:
        messages = session.scalars(sa.select(Message).order_by(Message.address)).all()
        stored = session.get_one(PatientFeedback, low.id)
        assert stored.follow_up_alerted_at == NOW
    assert sorted((m.channel, m.address) for m in messages) == [
        (Channel.EMAIL, "deputy@clinic.example.ng"),
        (Channel.EMAIL, "manager@clinic.example.ng"),
        (Channel.SMS, "+2348031112222"),
    ]
    assert all(m.patient_id is None and m.hospital_id == hospital_id for m in messages)

    with sessions.begin() as session:
        assert dispatch_due_messages(session, settings, NOW).startswith("sent 3,")
    [sms] = twilio.sent()
    assert sms.form()["To"] == "+2348031112222"
    body = sms.form()["Body"]
    assert "4/5 stars, would recommend 3/10" in body and "26 Nov 2026 18:00" in body
    assert "Ifeoma" not in body and "doctor" not in body, "no patient name or comment by SMS"
    assert len(sendgrid.sent()) == 2


def test_feedback_older_than_the_window_is_stamped_without_a_page(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    with sessions.begin() as session:
        _staff(session, hospital_id)
        old = _feedback(session, hospital_id, rating=1, nps=None)
        old.submitted_at = NOW - dt.timedelta(days=8)
    assert _run(sessions).startswith("0 alerted, 0 messages, 1 too old")
    with sessions() as session:
        assert session.scalars(sa.select(Message)).all() == []


def test_the_months_counts_follow_the_callback(
    sessions: sessionmaker[Session], hospital_id: uuid.UUID
) -> None:
    with sessions.begin() as session:
        staff = _staff(session, hospital_id)
        recovered = _feedback(session, hospital_id, rating=2, nps=None)
        _feedback(session, hospital_id, rating=1, nps=None)  # left open past its due time
    _run(sessions)
    with sessions.begin() as session:
        close_follow_up(
            system_writer(session),
            feedback_id=recovered.id,
            outcome="Apologised; booked her with the same doctor",
            result=RecoveryOutcome.RECOVERED,
            closed_by_id=staff["manager"],
            now=NOW + dt.timedelta(hours=3),
        )
    two_days = 2 * 24 * 60 * MINUTE  # both are due 26 Nov 18:00; on the 27th both are known
    assert _run(sessions, two_days).endswith("1 months recounted")
    assert _run(sessions, two_days + 2 * MINUTE).endswith("0 months recounted")
    with sessions() as session:
        [month] = session.scalars(sa.select(ServiceRecoveryMonth)).all()
    assert (month.hospital_id, month.period, month.known, month.recovered) == (
        hospital_id,
        "2026-11",
        2,
        1,
    )
