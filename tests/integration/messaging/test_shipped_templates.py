"""Shipped templates: installed by ``migrate``, kept current without losing staff edits, and
every one of them sent by the real code that sends it.

The walk runs each sender (the reminder job on every channel and both
wordings, marking a payout paid, a survey round on every channel, completing
a visit, staff writing to a patient, a campaign, the unsubscribe link) twice:
once with the shipped wording, and once with each template rewritten to use
every variable the senders table says its code provides. A sender that stops giving a variable fails
the second run; a template using one no sender gives fails the first.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db import models as m
from shared.domain.enums import (
    AppointmentStatus,
    Channel,
    LedgerKind,
    MessageStatus,
    PayoutStatus,
    ReminderStatus,
    Role,
)
from shared.domain.messaging.senders import (
    APPOINTMENT_CONFIRMATION,
    FEEDBACK_REQUEST,
    HEALTH_TIP,
    OWNER_SURVEY,
    PAYOUT_PAID,
    RECOVERY_ALERT,
    REMINDER_DAY_BEFORE,
    REMINDER_SAME_DAY,
    SENDERS,
    TIER_UP,
    UNSUBSCRIBE_CONFIRMATION,
)
from shared.domain.payouts import TransitionDetails
from shared.domain.service_recovery import task_fields
from shared.domain.visits import complete_visit
from sync_server.appointments.writer import TrackedWriter
from sync_server.cli import main
from sync_server.config import ServerSettings
from sync_server.crm.outbox import compose_for_patient
from sync_server.crm.schemas import CommunicationIn
from sync_server.loyalty.tiers import review
from sync_server.messaging.campaigns import enqueue_campaign, materialize_batch
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.reminders import run_reminders
from sync_server.messaging.tables import ShippedTemplate
from sync_server.messaging.templates import (
    install_shipped_templates,
    install_templates,
    load_shipped,
    row_hash,
)
from sync_server.messaging.unsubscribe import queue_confirmation
from sync_server.ops.common import engine_for
from sync_server.ops.demo import seed_if_empty
from sync_server.owners import service, surveys
from sync_server.recovery.alerts import alert_managers
from tests import factories
from tests.integration.messaging.conftest import LiveServer, Recorder
from tests.integration.messaging.test_webhooks import _email
from tests.integration.owners.conftest import World, make_world, pay

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # 10:00 in Lagos, outside quiet hours
HOUR = dt.timedelta(hours=1)
CHANNELS = (Channel.SMS, Channel.WHATSAPP, Channel.EMAIL)
#: What staff type in for the variables only they can give.
STAFF_VALUES = {"appointment_time": "Tue 1 Dec 10:00", "clinician_name": "Dr Bello", "tip": "rest"}
Walk = Callable[[Session, World, Path], list[m.Message]]


def _env(monkeypatch: pytest.MonkeyPatch, pg_url: str, tmp_path: Path) -> None:
    monkeypatch.setenv("HMSO_DATABASE_URL", pg_url)
    monkeypatch.setenv("HMSO_DATA_DIR", str(tmp_path))


def _installed(session: Session) -> set[tuple[str, Channel, str]]:
    rows = session.execute(
        sa.select(m.MessageTemplate.key, m.MessageTemplate.channel, m.MessageTemplate.language)
    )
    return {(key, channel, language.value) for key, channel, language in rows}


def _shipped() -> set[tuple[str, Channel, str]]:
    return {(t.key, t.channel, t.language.value) for t in load_shipped()}


def test_migrate_installs_every_shipped_template_once(
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    pg_engine: sa.Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _env(monkeypatch, pg_url, tmp_path)
    assert main(["migrate"]) == 0
    assert f"{len(_shipped())} installed, 0 updated" in capsys.readouterr().out
    with Session(pg_engine) as session:
        assert _installed(session) == _shipped()
        assert session.scalar(sa.select(sa.func.count()).select_from(ShippedTemplate)) == len(
            _shipped()
        )
        reminder = session.scalars(
            sa.select(m.MessageTemplate).where(m.MessageTemplate.key == REMINDER_DAY_BEFORE)
        ).first()
        assert reminder is not None and reminder.server_seq > 0  # desks pull it
    assert main(["migrate"]) == 0
    assert "0 installed, 0 updated, 0 kept" in capsys.readouterr().out


def test_operator_commands_and_the_demo_start_install_them_too(
    monkeypatch: pytest.MonkeyPatch, pg_url: str, pg_engine: sa.Engine, tmp_path: Path
) -> None:
    _env(monkeypatch, pg_url, tmp_path)
    engine_for(ServerSettings()).dispose()
    with Session(pg_engine) as session:
        assert _installed(session) == _shipped()


def _row(session: Session, key: str, channel: Channel = Channel.SMS) -> m.MessageTemplate:
    query = sa.select(m.MessageTemplate).where(
        m.MessageTemplate.key == key,
        m.MessageTemplate.channel == channel,
        m.MessageTemplate.language == "en",
    )
    return session.scalars(query).one()


def _record(session: Session, key: str, channel: Channel = Channel.SMS) -> ShippedTemplate:
    return session.get_one(ShippedTemplate, (key, channel.value, "en"))


def test_an_untouched_template_takes_the_new_wording(pg_session: Session) -> None:
    install_templates(pg_session)
    shipped_body = _row(pg_session, REMINDER_DAY_BEFORE).body
    row = _row(pg_session, REMINDER_DAY_BEFORE)
    row.body = "{{ hospital_name }}: {{ appointments | join(', ') }}"  # last version's text
    pg_session.flush()
    _record(pg_session, REMINDER_DAY_BEFORE).content_hash = row_hash(row)

    report = install_templates(pg_session)
    assert report.upgraded == ["appointment_reminder (sms, en)"] and report.kept_edited == []
    assert _row(pg_session, REMINDER_DAY_BEFORE).body == shipped_body
    assert _record(pg_session, REMINDER_DAY_BEFORE).content_hash == row_hash(row)


def test_a_staff_edit_is_kept_and_the_new_wording_held_back(
    pg_engine: sa.Engine, caplog: pytest.LogCaptureFixture
) -> None:
    sessions = sessionmaker(pg_engine, expire_on_commit=False)
    with sessions.begin() as session:
        install_templates(session)
        _row(session, REMINDER_SAME_DAY).body = "Ikeja: {{ appointments | join(', ') }}. Come!"
        _record(session, REMINDER_SAME_DAY).content_hash = "0" * 64  # what an older version shipped
    with caplog.at_level(logging.WARNING):
        report = install_shipped_templates(pg_engine)
    assert report.kept_edited == ["appointment_reminder_3h (sms, en)"] and report.upgraded == []
    assert "appointment_reminder_3h (sms, en) was edited by staff" in caplog.text
    with sessions() as session:
        assert _row(session, REMINDER_SAME_DAY).body.endswith("Come!")
        record = _record(session, REMINDER_SAME_DAY)
        assert record.content_hash == "0" * 64 and record.held_back_hash is not None
    assert install_shipped_templates(pg_engine).kept_edited == report.kept_edited


def test_an_edit_with_nothing_newer_shipped_is_left_alone_quietly(pg_session: Session) -> None:
    install_templates(pg_session)
    _row(pg_session, FEEDBACK_REQUEST).body = "Rate {{ hospital_name }}: {{ feedback_link }}"
    report = install_templates(pg_session)
    assert (report.written, report.kept_edited, report.problems) == (0, [], [])
    assert _row(pg_session, FEEDBACK_REQUEST).body.startswith("Rate ")


def test_a_deleted_template_stays_deleted(pg_session: Session) -> None:
    install_templates(pg_session)
    row = _row(pg_session, FEEDBACK_REQUEST)
    row.deleted_at = NOW
    assert install_templates(pg_session).written == 0
    assert _row(pg_session, FEEDBACK_REQUEST).deleted_at is not None


def test_wording_from_before_the_record_is_upgraded_and_other_text_kept(
    pg_session: Session,
) -> None:
    """The demo's own reminder (it asked for a patient name the job never gives) is replaced."""
    install_templates(pg_session)
    pg_session.execute(sa.delete(ShippedTemplate))
    demo = _row(pg_session, REMINDER_DAY_BEFORE)
    demo.name, demo.variables = (
        "Appointment reminder",
        [
            "patient_name",
            "hospital_name",
            "appointment_time",
            "hospital_phone",
        ],
    )
    demo.body = (
        "Dear {{ patient_name }}, this is a reminder of your appointment at {{ hospital_name }}"
        " on {{ appointment_time }}. Reply or call {{ hospital_phone }} to reschedule."
    )
    _row(pg_session, FEEDBACK_REQUEST).body = "Rate us: {{ feedback_link }}"
    pg_session.flush()
    report = install_templates(pg_session)
    assert report.upgraded == ["appointment_reminder (sms, en)"]
    assert report.kept_edited == ["patient_feedback_request (sms, en)"]
    assert "patient_name" not in _row(pg_session, REMINDER_DAY_BEFORE).variables


def test_an_edit_its_sender_cannot_fill_is_reported_at_start(pg_session: Session) -> None:
    install_templates(pg_session)
    row = _row(pg_session, REMINDER_DAY_BEFORE)
    row.body, row.variables = "Dear {{ patient_name }}", ["patient_name"]
    pg_session.flush()
    assert install_templates(pg_session).problems == [
        "appointment_reminder needs 'patient_name', which the reminder job, a day ahead"
        " does not give (sms, en)"
    ]


# The walk: every sender, on every channel it has a template for.


def _new(session: Session, before: set[object]) -> list[m.Message]:
    return [r for r in session.scalars(sa.select(m.Message)) if r.id not in before]


def _ids(session: Session) -> set[object]:
    return set(session.scalars(sa.select(m.Message.id)))


def _patient(session: Session, world: World, channel: Channel, n: int) -> m.Patient:
    return factories.patient(
        session,
        hospital_id=world.hospital.id,
        first_name="Kemi",
        phone=f"+23480312340{n:02d}",
        email=f"kemi{n}@example.ng",
        preferred_channel=channel,
        consent_sms=channel is Channel.SMS,
        consent_whatsapp=channel is Channel.WHATSAPP,
        consent_email=channel is Channel.EMAIL,
    )


def _reminders(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    for n, channel in enumerate(CHANNELS):
        person = _patient(session, world, channel, n)
        for starts in (NOW + 23 * HOUR, NOW + dt.timedelta(hours=2, minutes=30)):
            factories.appointment(
                session, hospital_id=world.hospital.id, patient_id=person.id, starts_at=starts
            )
    run_reminders(session, NOW)
    return _new(session, before)


def _payout_paid(session: Session, world: World, tmp_path: Path) -> list[m.Message]:
    before = _ids(session)
    pay(session, world.hospital.id, 8_000_000, dt.datetime(2026, 10, 5, tzinfo=dt.UTC))
    (payout_id,) = service.run_monthly_payouts(session, "2026-10", now=NOW).created
    details = TransitionDetails(bank_reference="GTB-9", paid_on=dt.date(2026, 11, 4))
    for status in (PayoutStatus.APPROVED, PayoutStatus.PAID):
        service.transition_payout(
            session,
            payout_id,
            status,
            world.admin,
            details=details,
            now=NOW,
            attachments_dir=tmp_path,
        )
    return _new(session, before)


def _survey_rounds(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    for channel in CHANNELS:
        sent = surveys.send_survey(
            session,
            world.admin,
            ServerSettings(),
            survey_round=f"R-{channel.value}",
            channel=channel,
            now=NOW,
        )
        assert sent.skipped == []
    return _new(session, before)


def _feedback_requests(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    world.hospital.feedback_request_link = "https://surulere.example.ng/rate"
    for n, channel in enumerate(CHANNELS):
        person = _patient(session, world, channel, 10 + n)
        visit = factories.appointment(
            session,
            hospital_id=world.hospital.id,
            patient_id=person.id,
            starts_at=NOW - HOUR,
            status=AppointmentStatus.CHECKED_IN,
        )
        done = complete_visit(TrackedWriter(session, world.admin), appointment_id=visit.id)
        assert done.feedback_request_id is not None, channel
    return _new(session, before)


def _staff_message(session: Session, world: World, _: Path) -> list[m.Message]:
    """What staff send from a patient's page: the template's own variables typed in."""
    key = APPOINTMENT_CONFIRMATION
    person = _patient(session, world, Channel.EMAIL, 20)
    data = CommunicationIn(
        channel=Channel.EMAIL,
        template_key=key,
        variables={k: STAFF_VALUES[k] for k in SENDERS[key].staff_fills},
    )
    composed = compose_for_patient(session, person, data)
    return [m.Message(hospital_id=world.hospital.id, **composed.columns())]


def _campaign(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    _patient(session, world, Channel.WHATSAPP, 21).consent_marketing = True  # campaigns ask it
    template = _row(session, HEALTH_TIP, Channel.WHATSAPP)
    campaign = m.Campaign(
        hospital_id=world.hospital.id,
        name="Malaria season",
        template_id=template.id,
        channel=Channel.WHATSAPP,
        audience_filter={"hospital_id": str(world.hospital.id)},
        variables={k: STAFF_VALUES[k] for k in SENDERS[HEALTH_TIP].staff_fills},
    )
    session.add(campaign)
    session.flush()
    enqueue_campaign(session, campaign)
    assert materialize_batch(session, campaign) == 1
    return _new(session, before)


def _unsubscribe_confirmation(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    person = _patient(session, world, Channel.EMAIL, 30)
    tip = m.Message(
        hospital_id=world.hospital.id,
        patient_id=person.id,
        channel=Channel.EMAIL,
        address="kemi30@example.ng",
        subject="A health tip",
        body="Sleep under a net.",
    )
    session.add(tip)
    session.flush()
    assert queue_confirmation(session, tip) is not None
    return [msg for msg in _new(session, before) if msg.id != tip.id]


def _tier_review(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    for n, channel in enumerate((Channel.SMS, Channel.EMAIL)):
        person = _patient(session, world, channel, 40 + n)
        session.add(
            m.LoyaltyLedgerEntry(
                hospital_id=world.hospital.id,
                patient_id=person.id,
                kind=LedgerKind.EARN,
                points=2_500,
                reason="Payment",
                occurred_at=NOW - HOUR,
            )
        )
    session.flush()
    assert review(session, NOW).congratulated == 2
    return _new(session, before)


def _recovery_alert(session: Session, world: World, _: Path) -> list[m.Message]:
    before = _ids(session)
    factories.user(
        session,
        role=Role.MANAGER,
        hospital_id=world.hospital.id,
        phone="+2348031112222",
        email="manager@clinic.example.ng",
    )
    person = _patient(session, world, Channel.SMS, 50)
    submitted = NOW - HOUR
    session.add(
        m.PatientFeedback(
            hospital_id=world.hospital.id,
            patient_id=person.id,
            rating=1,
            submitted_at=submitted,
            **task_fields(
                TrackedWriter(session, None),
                hospital_id=world.hospital.id,
                rating=1,
                nps=None,
                submitted_at=submitted,
            ),
        )
    )
    session.flush()
    assert alert_managers(session, NOW).messages == 2
    return _new(session, before)


WALKS: dict[str, Walk] = {
    "reminders": _reminders,
    "payout paid": _payout_paid,
    "survey rounds": _survey_rounds,
    "feedback requests": _feedback_requests,
    "staff message": _staff_message,
    "campaign": _campaign,
    "unsubscribe link": _unsubscribe_confirmation,
    "tier review": _tier_review,
    "service recovery": _recovery_alert,
}
#: The (key, channel) pairs each walk must send.
SENDS = {
    "reminders": {(k, c) for k in (REMINDER_DAY_BEFORE, REMINDER_SAME_DAY) for c in CHANNELS},
    "payout paid": {(PAYOUT_PAID, Channel.EMAIL)},
    "survey rounds": {(OWNER_SURVEY, c) for c in CHANNELS},
    "feedback requests": {(FEEDBACK_REQUEST, c) for c in CHANNELS},
    "staff message": {(APPOINTMENT_CONFIRMATION, Channel.EMAIL)},
    "campaign": {(HEALTH_TIP, Channel.WHATSAPP)},
    "unsubscribe link": {(UNSUBSCRIBE_CONFIRMATION, Channel.EMAIL)},
    "tier review": {(TIER_UP, Channel.SMS), (TIER_UP, Channel.EMAIL)},
    "service recovery": {(RECOVERY_ALERT, Channel.SMS), (RECOVERY_ALERT, Channel.EMAIL)},
}


def test_the_walk_covers_every_sender_and_every_shipped_template() -> None:
    walked = set().union(*SENDS.values())
    assert {key for key, _ in walked} == set(SENDERS)
    assert walked == {(t.key, t.channel) for t in load_shipped()}


def _probe(session: Session) -> None:
    """Each template rewritten to use every variable its sender is said to provide."""
    for row in session.scalars(sa.select(m.MessageTemplate)):
        names = sorted(SENDERS[row.key].provides | SENDERS[row.key].staff_fills)
        row.body = " ".join(f"{name}=<{{{{ {name} }}}}>" for name in names)
        row.variables = names
        row.subject = "probe" if row.channel is Channel.EMAIL else None


def _sent(session: Session, messages: list[m.Message]) -> dict[tuple[str, Channel], str]:
    keys: dict[object, str] = {t.id: t.key for t in session.scalars(sa.select(m.MessageTemplate))}
    return {(keys[msg.template_id], msg.channel): msg.body for msg in messages}


@pytest.mark.parametrize("probe", [False, True], ids=["shipped wording", "every variable"])
@pytest.mark.parametrize("walk", list(WALKS))
def test_every_sender_fills_its_templates(
    pg_session: Session, tmp_path: Path, walk: str, probe: bool
) -> None:
    install_templates(pg_session)
    if probe:
        _probe(pg_session)
    world = make_world(pg_session)
    world.hospital.phone = "+2348011112222"
    pg_session.flush()
    sent = _sent(pg_session, WALKS[walk](pg_session, world, tmp_path))
    assert set(sent) == SENDS[walk]
    for (key, _), body in sent.items():
        assert "{{" not in body and "<>" not in body, (key, body)
        if probe:
            sender = SENDERS[key]
            assert all(f"{name}=<" in body for name in sender.provides | sender.staff_fills)


def test_the_first_unsubscribe_click_confirms_by_email_once(
    live_server: LiveServer,
    sessions: sessionmaker[Session],
    settings: ServerSettings,
    sendgrid: Recorder,
) -> None:
    message_id = _email(sessions, settings)
    text = sendgrid.sent()[0].json()["content"][0]["value"]
    path = text.rsplit("Unsubscribe: ", 1)[1].strip().removeprefix("https://crm.example.ng")
    for _ in range(2):
        assert live_server.client.get(path).status_code == 200
    with sessions() as session:
        confirmations = session.scalars(
            sa.select(m.Message).where(m.Message.id != message_id)
        ).all()
    (confirmation,) = confirmations
    assert (confirmation.address, confirmation.subject) == (
        "kemi@example.ng",
        "You are unsubscribed from GrandPro health tips and offers",
    )
    dispatch_due(sessions, settings, now=NOW)
    with sessions() as session:
        assert session.get_one(m.Message, confirmation.id).status is MessageStatus.SENT


def test_the_demo_reminder_job_runs_on_the_shipped_templates(
    monkeypatch: pytest.MonkeyPatch, pg_url: str, pg_engine: sa.Engine, tmp_path: Path
) -> None:
    """The demo's own reminder template asked for a patient name: the job failed every run."""
    _env(monkeypatch, pg_url, tmp_path)
    assert seed_if_empty(ServerSettings())
    with sessionmaker(pg_engine).begin() as session:
        queued = run_reminders(session, utcnow())
        statuses = set(session.scalars(sa.select(m.AppointmentReminder.status)))
    assert queued > 0 and ReminderStatus.QUEUED in statuses
