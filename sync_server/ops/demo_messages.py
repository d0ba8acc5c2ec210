"""The demo's message history: reminders that reached patients, some that did not, owners' e-mails.

Each message is recorded the way the dispatcher and the providers' webhooks
leave one: an attempt row, the provider's "sent" report and then its
"delivered", "undelivered" or "failed" report, applied by the same
``apply_event`` the webhooks use. A reminder that failed for a booking still
ahead is on the Call today list, as the reminder job would leave it.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from shared.clock import format_datetime
from shared.db import models as m
from shared.domain import enums as e
from shared.domain.messaging.policy import CALL_TODAY
from sync_server.messaging.events import apply_event
from sync_server.messaging.templates import install_templates
from sync_server.ops.demo_world import DemoHospital, DemoWorld

#: Reminders are in the history for bookings from this long ago onwards.
HISTORY = dt.timedelta(days=14)
DAY_BEFORE = 24 * 60
#: One reminder in this many does not reach the patient.
FAILURE_ODDS = 12
#: Twilio's reports for an SMS that did not arrive: (event, error code, what it means).
FAILURES = (
    ("undelivered", "30003", "Unreachable destination handset"),
    ("failed", "30006", "Landline or unreachable carrier"),
)


def build_messages(world: DemoWorld, booked: dict[uuid.UUID, list[m.Appointment]]) -> None:
    """Day-before reminders for the hospitals' recent and coming bookings, and owners' e-mails."""
    for hospital in world.hospitals:
        patients = {p.id: p for p in hospital.patients}
        for visit in booked[hospital.row.id]:
            due = visit.starts_at - dt.timedelta(minutes=DAY_BEFORE)
            if world.now - HISTORY <= visit.starts_at and due <= world.now:
                _reminder(world, hospital, visit, patients[visit.patient_id], due)
    _statement_emails(world)
    _campaigns(world)


def _campaigns(world: DemoWorld) -> None:
    """Each hospital's campaigns: a health tip sent last month, and one waiting for approval.

    The waiting one costs more than its cap, so it needs a second person's
    approval; the administrator wrote it, so the hospital's manager is that
    person on the Campaigns screen.
    """
    world.flush()
    tip = _template(world, "health_tip")
    for hospital in world.hospitals:
        sent_at = world.now - dt.timedelta(days=20)
        world.add(
            m.Campaign(
                hospital_id=hospital.row.id,
                name="Malaria season: sleep under a net",
                template_id=tip.id,
                channel=e.Channel.WHATSAPP,
                purpose=e.MessagePurpose.HEALTH_EDUCATION,
                audience_filter={"hospital_id": str(hospital.row.id)},
                variables={"tip": "sleep under a treated net every night"},
                status=e.CampaignStatus.COMPLETED,
                created_by_id=world.admin.id if world.admin else None,
                created_at=sent_at - dt.timedelta(days=1),
                updated_at=sent_at,
                scheduled_at=sent_at,
                started_at=sent_at,
                completed_at=sent_at,
            )
        )
        world.add(
            m.Campaign(
                hospital_id=hospital.row.id,
                name="Blood pressure checks for the over-40s",
                template_id=tip.id,
                channel=e.Channel.WHATSAPP,
                purpose=e.MessagePurpose.HEALTH_EDUCATION,
                audience_filter={"hospital_id": str(hospital.row.id), "min_age": 40},
                variables={"tip": "have your blood pressure checked this month"},
                status=e.CampaignStatus.PENDING_APPROVAL,
                budget_cap_minor=50_000,
                estimated_cost_minor=120_000,
                created_by_id=world.admin.id if world.admin else None,
                created_at=world.now - dt.timedelta(hours=3),
                updated_at=world.now - dt.timedelta(hours=3),
            )
        )


def _template(world: DemoWorld, key: str) -> m.MessageTemplate:
    """A shipped WhatsApp template (``migrate`` installs them; a bare database gets them now)."""
    query = sa.select(m.MessageTemplate).where(
        m.MessageTemplate.key == key,
        m.MessageTemplate.channel == e.Channel.WHATSAPP,
        m.MessageTemplate.language == e.Language.ENGLISH,
    )
    found = world.session.scalars(query).first()
    if found is None:
        install_templates(world.session)
        found = world.session.scalars(query).one()
    return found


def _reminder(
    world: DemoWorld,
    hospital: DemoHospital,
    visit: m.Appointment,
    patient: m.Patient,
    due: dt.datetime,
) -> None:
    if patient.phone is None or visit.status is e.AppointmentStatus.CANCELLED:
        return
    body = (
        f"Dear {patient.first_name}, this is a reminder of your appointment at"
        f" {hospital.row.name} on {format_datetime(visit.starts_at)}."
        f" Call {hospital.row.phone} to reschedule."
    )
    failure = world.rng.choice(FAILURES) if world.rng.randrange(FAILURE_ODDS) == 0 else None
    message = _sent(world, hospital.row.id, patient.id, e.Channel.SMS, patient.phone, body, due)
    _report(world, message, "twilio", failure)
    world.add(
        m.AppointmentReminder(
            hospital_id=hospital.row.id,
            appointment_id=visit.id,
            offset_minutes=DAY_BEFORE,
            channel=e.Channel.SMS,
            due_at=due,
            status=e.ReminderStatus.FAILED if failure else e.ReminderStatus.DELIVERED,
            status_reason=CALL_TODAY if failure else None,
            message_id=message.id,
            created_at=due,
            updated_at=due,
        )
    )


def _sent(
    world: DemoWorld,
    hospital_id: uuid.UUID | None,
    patient_id: uuid.UUID | None,
    channel: e.Channel,
    address: str,
    body: str,
    at: dt.datetime,
    *,
    subject: str | None = None,
    owner_account_id: uuid.UUID | None = None,
) -> m.Message:
    """A message the dispatcher handed to its provider at ``at``, with that attempt."""
    provider = "sendgrid" if channel is e.Channel.EMAIL else "twilio"
    provider_id = ("SM" if provider == "twilio" else "sg") + world.rng.randbytes(16).hex()
    message = world.add(
        m.Message(
            hospital_id=hospital_id,
            patient_id=patient_id,
            owner_account_id=owner_account_id,
            channel=channel,
            address=address,
            subject=subject,
            body=body,
            priority=10 if patient_id else 100,
            status=e.MessageStatus.SENT,
            attempts=1,
            provider=provider,
            provider_message_id=provider_id,
            created_at=at,
            updated_at=at,
        )
    )
    world.add(
        m.MessageAttempt(
            message_id=message.id,
            attempt_number=1,
            provider=provider,
            started_at=at,
            finished_at=at + dt.timedelta(seconds=1),
            outcome="accepted",
            provider_message_id=provider_id,
        )
    )
    world.counts.messages += 1
    return message


def _report(
    world: DemoWorld, message: m.Message, provider: str, failure: tuple[str, str, str] | None
) -> None:
    """The provider's reports on the message, applied as its webhook applies them."""
    assert message.created_at is not None and message.provider_message_id is not None
    at = message.created_at + dt.timedelta(seconds=2)
    events = ["sent", failure[0] if failure else "delivered"]
    if provider == "sendgrid":
        events = ["delivered", "opened"]
    for event in events:
        at = min(at + dt.timedelta(seconds=world.rng.randint(3, 600)), world.now)
        world.add(
            m.DeliveryEvent(
                message_id=message.id,
                provider=provider,
                provider_event_id=f"{message.provider_message_id}:{event}",
                event=event,
                occurred_at=at,
                payload={"MessageSid": message.provider_message_id, "MessageStatus": event},
            )
        )
        apply_event(world.session, message, event, at)
    if failure is not None:
        message.error_code, message.error_message = failure[1], failure[2]


def _statement_emails(world: DemoWorld) -> None:
    """The "your statement is attached" e-mail each paid payout sent its owner, and its log line."""
    paid = world.session.scalars(
        sa.select(m.Payout).where(m.Payout.status == e.PayoutStatus.PAID).order_by(m.Payout.period)
    )
    names = {h.row.id: h.row.name for h in world.hospitals}
    for payout in paid:
        owner = next(o for o in world.owners if o.id == payout.owner_account_id)
        if not owner.email or payout.paid_at is None:
            continue
        sent_at = min(payout.paid_at, world.now)
        subject = f"Your GrandPro statement for {payout.period}"
        body = (
            f"Dear {owner.contact_name or owner.display_name}, your payout for"
            f" {names[payout.hospital_id]} for {payout.period} has been paid."
            " The statement is attached."
        )
        message = _sent(
            world,
            None,
            None,
            e.Channel.EMAIL,
            owner.email,
            body,
            sent_at,
            subject=subject,
            owner_account_id=owner.id,
        )
        _report(world, message, "sendgrid", None)
        world.add(
            m.OwnerCommunication(
                owner_account_id=owner.id,
                channel=e.LogChannel.EMAIL,
                direction=e.Direction.OUTBOUND,
                subject=subject,
                summary="Payout statement sent with the payout confirmation.",
                occurred_at=sent_at,
                message_id=message.id,
                created_at=sent_at,
                updated_at=sent_at,
            )
        )
