"""The service-recovery job: alert the managers about low feedback once, and keep the rate.

Every two minutes (``service_recovery`` in ``sync_server.jobs.schedules``)
the job takes the open callbacks nobody was alerted about yet
(``follow_up_alerted_at`` empty), locked with ``SKIP LOCKED`` so two
workers never take the same one, and queues one
``feedback_recovery_alert`` message per channel each active manager of the
hospital can be reached on: an SMS to the phone and an e-mail to the
address on their user row. It stamps ``follow_up_alerted_at`` in the same
transaction, so a retried or repeated run never alerts twice, and the
stamp reaches the desks by sync. A manager with neither address is alerted
on their desk only (the desk's notice); feedback more than
:data:`ALERT_WINDOW` old when first seen is stamped without a message.

The alert names the patient by number only, never by name or comment: it
travels through an SMS provider, and the desk has the rest.

Then it recounts the current and the previous month of every hospital
into ``service_recovery_months`` (``shared.domain.service_recovery.recovery_months``),
the counts owners' and managers' devices show the recovery rate from.
Only changed counts are written, so the change log does not grow on a quiet day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import as_utc, format_datetime
from shared.db.models import Hospital, Message, Patient, PatientFeedback, ServiceRecoveryMonth, User
from shared.domain.enums import Channel, FollowUpStatus, Language
from shared.domain.messaging.senders import RECOVERY_ALERT
from shared.domain.payouts import period_bounds, period_of, previous_period
from shared.domain.phones import normalize_phone
from shared.domain.service_recovery import OPEN, RecoveryMonth, managers, recovery_months, task_of
from shared.errors import FieldValidationError
from sync_server import audit
from sync_server.appointments.writer import system_writer
from sync_server.config import ServerSettings
from sync_server.messaging.outbox import PRIORITY_REMINDER, queue_message
from sync_server.messaging.templates import find_template
from sync_server.sync.changes import set_actor

ACTOR = "job:service_recovery"
#: Feedback older than this when the job first sees it is not worth a page.
ALERT_WINDOW = dt.timedelta(days=7)
#: Callbacks alerted per run; the rest wait two minutes.
BATCH = 200


@dataclass
class Run:
    alerted: int = 0
    messages: int = 0
    stale: int = 0
    months: int = 0

    def __str__(self) -> str:
        return (
            f"{self.alerted} alerted, {self.messages} messages, {self.stale} too old,"
            f" {self.months} months recounted"
        )


def run_service_recovery(session: Session, settings: ServerSettings, now: dt.datetime) -> str:
    """The ``service_recovery`` schedule's handler."""
    del settings
    set_actor(session, ACTOR)
    done = alert_managers(session, now)
    done.months = recount_months(session, now)
    return str(done)


def alert_managers(session: Session, now: dt.datetime) -> Run:
    """Queue the alerts for every open callback not alerted yet, and stamp each once."""
    done = Run()
    f = PatientFeedback
    due = session.scalars(
        sa.select(f)
        .where(f.follow_up_status.in_(OPEN), f.follow_up_alerted_at.is_(None))
        .where(f.deleted_at.is_(None))
        .order_by(f.submitted_at)
        .limit(BATCH)
        .with_for_update(skip_locked=True)
    ).all()
    for feedback in due:
        if as_utc(feedback.submitted_at) < as_utc(now) - ALERT_WINDOW:
            done.stale += 1
        else:
            done.alerted += 1
            done.messages += len(_alert(session, feedback))
        feedback.follow_up_alerted_at = now
    return done


def _alert(session: Session, feedback: PatientFeedback) -> list[Message]:
    hospital = session.get_one(Hospital, feedback.hospital_id)
    patient = session.get_one(Patient, feedback.patient_id)
    sent = []
    for manager in managers(system_writer(session), hospital.id):
        for channel, address in _addresses(manager):
            try:
                template = find_template(session, RECOVERY_ALERT, channel, Language.ENGLISH)
            except FieldValidationError:
                continue  # no alert wording on this channel: the desk's notice still shows it
            message = queue_message(
                session,
                template=template,
                address=address,
                values=alert_values(manager, hospital, patient, feedback),
                priority=PRIORITY_REMINDER,
                hospital_id=hospital.id,
            )
            sent.append(message)
    for message in sent:
        audit.record(session, None, "create", "messages", message.id, hospital_id=hospital.id)
    return sent


def _addresses(user: User) -> list[tuple[Channel, str]]:
    out = []
    if user.phone:
        # a phone that is not a Nigerian mobile number gets no SMS
        with contextlib.suppress(FieldValidationError):
            out.append((Channel.SMS, normalize_phone(user.phone)))
    if user.email:
        out.append((Channel.EMAIL, user.email))
    return out


def score_text(rating: int, nps: int | None) -> str:
    """ "1/5 stars" or "2/5 stars, would recommend 3/10": what the manager reads first."""
    text = f"{rating}/5 stars"
    return text if nps is None else f"{text}, would recommend {nps}/10"


def alert_values(
    manager: User, hospital: Hospital, patient: Patient, feedback: PatientFeedback
) -> dict[str, object]:
    due = feedback.follow_up_due_at
    return {
        "manager_name": manager.full_name,
        "hospital_name": hospital.name,
        "patient_number": patient.patient_number,
        "score": score_text(feedback.rating, feedback.nps),
        "due_time": format_datetime(due) if due is not None else "as soon as you can",
    }


def recount_months(session: Session, now: dt.datetime) -> int:
    """Recount this month and the last for every hospital; returns the rows written."""
    current = period_of(as_utc(now))
    periods = (previous_period(current), current)
    start, _ = period_bounds(periods[0])
    _, end = period_bounds(periods[1])
    f = PatientFeedback
    rows = session.scalars(
        sa.select(f).where(
            f.follow_up_status != FollowUpStatus.NONE,
            f.submitted_at >= start,
            f.submitted_at < end,
            f.deleted_at.is_(None),
        )
    ).all()
    by_hospital: dict[uuid.UUID, list[PatientFeedback]] = {}
    for feedback_row in rows:
        by_hospital.setdefault(feedback_row.hospital_id, []).append(feedback_row)
    counted: dict[tuple[uuid.UUID, str], RecoveryMonth] = {}
    for hospital_id, feedback in by_hospital.items():
        for period, month in recovery_months(map(task_of, feedback), now).items():
            counted[(hospital_id, period)] = month
    stored = {
        (r.hospital_id, r.period): r
        for r in session.scalars(
            sa.select(ServiceRecoveryMonth).where(ServiceRecoveryMonth.period.in_(periods))
        )
    }
    written = 0
    for key in sorted(set(counted) | set(stored), key=str):
        month = counted.get(key, RecoveryMonth())
        row = stored.get(key)
        if row is None:
            session.add(
                ServiceRecoveryMonth(
                    hospital_id=key[0], period=key[1], known=month.known, recovered=month.recovered
                )
            )
        elif (row.known, row.recovered) != (month.known, month.recovered):
            row.known, row.recovered = month.known, month.recovered
        else:
            continue
        written += 1
    return written
