"""Claim due messages, record the attempt, call the provider, record the outcome.

Order of writes is what makes a crash safe: the ``message_attempts`` row and
the ``sending`` status are committed *before* the provider is called. A
worker that dies after the provider accepted leaves a ``sending`` message
with an unfinished attempt; ``recover_stalled`` asks the provider about it
(Twilio: messages to the number since the attempt began; SendGrid: our id in
``custom_args``) and only re-queues it when the provider has no record.

The remaining duplicate window. A worker can only die "after the send" in
the gap between the provider accepting a message and our outcome commit;
``bench/messaging_bench.py`` measures that gap at 25–40 ms median and
under 100 ms at p99 on a loaded two-core machine. A crash there resends only when
the provider cannot confirm the first send at recovery time:

- SMTP can never be asked, so its whole gap is a duplicate window;
- Twilio lists a message as soon as ``create`` returns, and recovery waits
  ``STALL_AFTER`` before asking, so a duplicate needs the list API to lag
  by more than that;
- SendGrid's activity search can lag by minutes (and needs the add-on);
  a lookup that finds nothing there can still resend.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.base import new_id
from shared.db.models import Message, MessageAttempt, Patient, Suppression
from shared.domain.enums import Channel, MessagePurpose, MessageStatus, SuppressionScope
from shared.domain.messaging.compose import consent_refusal
from shared.domain.messaging.policy import send_time
from sync_server.config import ServerSettings
from sync_server.messaging.events import apply_event
from sync_server.messaging.outbox import load_attachments
from sync_server.messaging.providers import build_providers
from sync_server.messaging.providers.base import (
    Outbound,
    PermanentSendError,
    Provider,
    SendError,
    SendResult,
)
from sync_server.messaging.unsubscribe import unsubscribe_url
from sync_server.messaging.whatsapp import OUTSIDE_WINDOW, needs_template
from sync_server.sync.changes import set_actor

BACKOFF = dt.timedelta(seconds=30)
STALL_AFTER = dt.timedelta(minutes=2)
ACTOR = "job:dispatch"
#: The outcome commit need not wait for the disk: if it is lost, the message is
#: still ``sending`` with its attempt recorded, and recovery asks the provider.
#: The claim commit before the call stays synchronous; that one carries safety.
ASYNC_COMMIT = sa.text("SET LOCAL synchronous_commit = off")


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    suppressed: int = 0
    deferred: int = 0
    recovered: int = 0
    ids: list[uuid.UUID] = field(default_factory=list)


def attachments_dir(settings: ServerSettings) -> Path:
    return settings.data_dir / "attachments"


class RateLimiter:
    """Per-provider pacing inside one worker: at most ``rate`` calls a second."""

    def __init__(self) -> None:
        self._next: dict[str, float] = {}

    def wait(self, provider: Provider) -> None:
        now = time.monotonic()
        ready = self._next.get(provider.name, now)
        if ready > now:
            time.sleep(ready - now)
        self._next[provider.name] = max(ready, now) + 1.0 / provider.rate_per_second


def dispatch_due(
    session_factory: sessionmaker[Session],
    settings: ServerSettings,
    limit: int = 100,
    *,
    providers: Mapping[Channel, Provider] | None = None,
    now: dt.datetime | None = None,
) -> DispatchReport:
    """Send up to ``limit`` due messages, most urgent first; safe to run in many workers."""
    providers = providers or build_providers(settings)
    now = now or utcnow()
    report = DispatchReport()
    report.recovered = recover_stalled(session_factory, providers, now=now)
    with session_factory.begin() as session:
        set_actor(session, ACTOR)
        claimed = _claim(session, providers, limit, now, report, settings)
    limiter = RateLimiter()
    for outbound, attempt_id, provider in claimed:
        limiter.wait(provider)
        _deliver(session_factory, outbound, attempt_id, provider, report, now)
    return report


def _claim(
    session: Session,
    providers: Mapping[Channel, Provider],
    limit: int,
    now: dt.datetime,
    report: DispatchReport,
    settings: ServerSettings,
) -> list[tuple[Outbound, uuid.UUID, Provider]]:
    rows = session.scalars(
        sa.select(Message)
        .where(
            Message.status == MessageStatus.QUEUED,
            Message.deleted_at.is_(None),
            sa.or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
            sa.or_(Message.scheduled_for.is_(None), Message.scheduled_for <= now),
        )
        .order_by(Message.priority, Message.created_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    claimed = []
    for message in rows:
        if _held_back(session, message, now, report):
            continue
        provider = providers[message.channel]
        message.status, message.provider = MessageStatus.SENDING, provider.name
        message.attempts += 1
        attempt = MessageAttempt(
            id=new_id(),
            message_id=message.id,
            attempt_number=message.attempts,
            provider=provider.name,
            started_at=now,
        )
        session.add(attempt)
        outbound = outbound_of(message, attachments_dir(settings))
        claimed.append((_with_unsubscribe(outbound, message, settings), attempt.id, provider))
    session.flush()
    return claimed


def _held_back(
    session: Session, message: Message, now: dt.datetime, report: DispatchReport
) -> bool:
    """Skip the suppressed and free-text WhatsApp outside its window; quiet hours wait."""
    reason = suppression_reason(session, message)
    if reason:
        message.status, message.error_code, message.error_message = (
            MessageStatus.SUPPRESSED,
            "suppressed",
            reason,
        )
        report.suppressed += 1
        return True
    if needs_template(session, message, now):
        message.status, message.error_code, message.error_message = (
            MessageStatus.FAILED,
            "whatsapp_window",
            OUTSIDE_WINDOW,
        )
        report.failed += 1
        return True
    allowed = send_time(message.channel, now, urgent=message.urgent)
    if allowed > now:
        message.next_attempt_at = allowed
        report.deferred += 1
        return True
    return False


class Outgoing(Protocol):
    """What judging a message needs: a stored row, or a pushed one not yet stored."""

    @property
    def patient_id(self) -> uuid.UUID | None: ...
    @property
    def address(self) -> str: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def purpose(self) -> MessagePurpose: ...


def suppression_reason(session: Session, message: Outgoing) -> str | None:
    """Why the message must not go: an opt-out of its address, else the patient's consent.

    Consent is read as it is now, with the compose command's own rule, so a
    message queued before the patient withdrew it (or written by any path that
    skipped the check) is held back too.
    """
    return suppression_reasons(session, [message])[0]


def suppression_reasons(session: Session, messages: Sequence[Outgoing]) -> list[str | None]:
    """:func:`suppression_reason` for many messages in two queries (a pushed batch).

    The queries do not flush: a push flushes its batch once, at the end.
    """
    with session.no_autoflush:
        opt_outs = _opt_outs(session, {m.address for m in messages})
        patients = _patients(session, {m.patient_id for m in messages if m.patient_id})
    return [
        _opted_out(opt_outs.get(m.address, ()), m)
        or _no_consent(patients.get(m.patient_id) if m.patient_id else None, m)
        for m in messages
    ]


def _opt_outs(session: Session, addresses: set[str]) -> dict[str, list[Suppression]]:
    rows = session.scalars(
        sa.select(Suppression).where(
            Suppression.address.in_(addresses),
            Suppression.lifted_at.is_(None),
            Suppression.deleted_at.is_(None),
        )
    )
    by_address: dict[str, list[Suppression]] = defaultdict(list)
    for row in rows:
        by_address[row.address].append(row)
    return by_address


def _patients(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Patient]:
    rows = session.scalars(sa.select(Patient).where(Patient.id.in_(ids))) if ids else ()
    return {patient.id: patient for patient in rows}


def _opted_out(rows: Iterable[Suppression], message: Outgoing) -> str | None:
    """An opt-out of everything, or of marketing for a message that is not transactional."""
    marketing = message.purpose is not MessagePurpose.TRANSACTIONAL
    for row in rows:
        scoped = row.scope is SuppressionScope.ALL or (
            marketing and row.scope is SuppressionScope.MARKETING
        )
        if scoped and row.channel in (None, message.channel):
            return f"recipient opted out ({row.reason.value})"
    return None


def _no_consent(patient: Patient | None, message: Outgoing) -> str | None:
    if patient is None:
        return None
    refusal = consent_refusal(patient, message.channel, message.purpose)
    return f"the patient {refusal}" if refusal else None


def outbound_of(message: Message, attachments_dir: Path | None = None) -> Outbound:
    variables = message.content_variables or {}
    content_sid = variables.get("_content_sid")
    names = variables.get("_attachments") or []
    files = load_attachments(attachments_dir, message.id, names) if attachments_dir else ()
    return Outbound(
        id=message.id,
        channel=message.channel,
        to=message.address,
        body=message.body,
        subject=message.subject,
        content_sid=str(content_sid) if content_sid else None,
        content_variables={k: v for k, v in variables.items() if not k.startswith("_")},
        attachments=files,
    )


def _with_unsubscribe(outbound: Outbound, message: Message, settings: ServerSettings) -> Outbound:
    """Marketing and notice e-mail ends with a one-click unsubscribe link."""
    if message.channel is not Channel.EMAIL or message.purpose is MessagePurpose.TRANSACTIONAL:
        return outbound
    link = unsubscribe_url(settings, message.id, message.address)
    return replace(outbound, body=f"{outbound.body}\n\nUnsubscribe: {link}")


def _deliver(
    session_factory: sessionmaker[Session],
    outbound: Outbound,
    attempt_id: uuid.UUID,
    provider: Provider,
    report: DispatchReport,
    now: dt.datetime,
) -> None:
    try:
        result: SendResult | SendError = provider.send(outbound)
    except SendError as exc:
        result = exc
    with session_factory.begin() as session:
        set_actor(session, ACTOR)
        session.execute(ASYNC_COMMIT)
        message = session.get_one(Message, outbound.id, with_for_update=True)
        attempt = session.get_one(MessageAttempt, attempt_id)
        record_outcome(session, message, attempt, result, now)
    _count(report, message, outbound.id)


def record_outcome(
    session: Session,
    message: Message,
    attempt: MessageAttempt,
    result: SendResult | SendError,
    now: dt.datetime,
) -> None:
    """Write the attempt's outcome and move the message to its next state."""
    attempt.finished_at = now
    if isinstance(result, SendResult):
        attempt.outcome, attempt.provider_message_id = "accepted", result.provider_message_id
        message.provider_message_id = result.provider_message_id
        message.error_code = message.error_message = None
        if message.status is MessageStatus.SENDING:
            message.status = MessageStatus.SENT
        apply_event(session, message, "delivered" if result.delivered else "sent", now)
        return
    attempt.error_code, attempt.error_message = result.code, result.message[:500]
    message.error_code, message.error_message = result.code, result.message[:500]
    final = isinstance(result, PermanentSendError) or message.attempts >= message.max_attempts
    attempt.outcome = "failed" if final else "retry"
    message.status = MessageStatus.FAILED if final else MessageStatus.QUEUED
    message.next_attempt_at = None if final else now + BACKOFF * 2 ** (message.attempts - 1)


def _count(report: DispatchReport, message: Message, message_id: uuid.UUID) -> None:
    report.ids.append(message_id)
    if message.status in (MessageStatus.SENT, MessageStatus.DELIVERED):
        report.sent += 1
    elif message.status is MessageStatus.QUEUED:
        report.retried += 1
    else:
        report.failed += 1


def recover_stalled(
    session_factory: sessionmaker[Session],
    providers: Mapping[Channel, Provider],
    *,
    now: dt.datetime,
) -> int:
    """Settle ``sending`` messages whose worker died: ask the provider before resending."""
    recovered = 0
    with session_factory.begin() as session:
        set_actor(session, ACTOR)
        stalled = session.scalars(
            sa.select(Message)
            .where(Message.status == MessageStatus.SENDING, Message.updated_at < now - STALL_AFTER)
            .with_for_update(skip_locked=True)
        ).all()
        for message in stalled:
            attempt = session.scalars(
                sa.select(MessageAttempt)
                .where(MessageAttempt.message_id == message.id)
                .order_by(MessageAttempt.attempt_number.desc())
            ).first()
            if attempt is None:
                message.status = MessageStatus.QUEUED
                continue
            _settle(session, message, attempt, providers[message.channel], now)
            recovered += 1
    return recovered


def _settle(
    session: Session,
    message: Message,
    attempt: MessageAttempt,
    provider: Provider,
    now: dt.datetime,
) -> None:
    try:
        found = provider.lookup(outbound_of(message), attempt.started_at)
    except SendError:
        return
    if found:
        record_outcome(session, message, attempt, SendResult(found), now)
        attempt.outcome = "recovered"
        return
    attempt.finished_at, attempt.outcome = now, "lost"
    final = message.attempts >= message.max_attempts
    message.status = MessageStatus.FAILED if final else MessageStatus.QUEUED
    if final:
        message.error_code, message.error_message = "lost", "worker stopped during every attempt"
