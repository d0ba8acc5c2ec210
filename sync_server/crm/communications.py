"""Patient and owner communications, bulk sends, templates, statistics and channel tests."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import LAGOS, utcnow
from shared.db.models.messaging import Message, MessageTemplate
from shared.db.models.owners import OwnerAccount, OwnerCommunication
from shared.db.models.patients import Patient, PatientCommunication
from shared.domain.access import Action, Principal, Resource, require
from shared.domain.enums import MessageStatus
from shared.errors import DomainError
from sync_server import audit
from sync_server.crm import outbox
from sync_server.crm.common import get_live, hospital_filter
from sync_server.crm.schemas import CommunicationIn, CommunicationLogOut, MessageOut, PageQuery
from sync_server.crm.schemas_comms import (
    BulkOut,
    ChannelTestIn,
    ProcessedOut,
    SendIn,
    SentOut,
    Skipped,
    StatisticsFilter,
    StatisticsOut,
    TemplateFilter,
    TemplateOut,
)
from sync_server.messaging.campaigns import run_scheduled


def _sent(message: Message, log: PatientCommunication | OwnerCommunication) -> SentOut:
    return SentOut(
        message=MessageOut.model_validate(message), log=CommunicationLogOut.model_validate(log)
    )


def _patient(
    session: Session, principal: Principal, patient_id: uuid.UUID, action: Action
) -> Patient:
    patient = get_live(session, Patient, patient_id, "patient")
    require(principal, action, Resource.PATIENT_COMMUNICATIONS, hospital_id=patient.hospital_id)
    return patient


def _owner(
    session: Session, principal: Principal, owner_id: uuid.UUID, action: Action
) -> OwnerAccount:
    require(principal, action, Resource.OWNER_COMMUNICATIONS, owner_account_id=owner_id)
    return get_live(session, OwnerAccount, owner_id, "owner")


def send_to_patient(
    session: Session, principal: Principal, patient_id: uuid.UUID, data: CommunicationIn
) -> SentOut:
    patient = _patient(session, principal, patient_id, Action.WRITE)
    return _sent(*outbox.to_patient(session, principal, patient, data))


def send_to_owner(
    session: Session, principal: Principal, owner_id: uuid.UUID, data: CommunicationIn
) -> SentOut:
    owner = _owner(session, principal, owner_id, Action.WRITE)
    return _sent(*outbox.to_owner(session, principal, owner, data))


def send(session: Session, principal: Principal, data: SendIn) -> SentOut:
    message = CommunicationIn.model_validate(data.model_dump(exclude={"patient_id", "owner_id"}))
    if data.patient_id is not None:
        return send_to_patient(session, principal, data.patient_id, message)
    assert data.owner_id is not None  # guaranteed by SendIn
    return send_to_owner(session, principal, data.owner_id, message)


def patient_history(
    session: Session, principal: Principal, patient_id: uuid.UUID, page: PageQuery
) -> list[CommunicationLogOut]:
    """A page of what the patient was sent; each page read is audited (NDPA 2023)."""
    patient = _patient(session, principal, patient_id, Action.READ)
    log = PatientCommunication
    query = sa.select(log).where(log.patient_id == patient_id, log.deleted_at.is_(None))
    query = (
        query.order_by(log.occurred_at.desc(), log.id.desc()).limit(page.limit).offset(page.offset)
    )
    rows = [CommunicationLogOut.model_validate(r) for r in session.scalars(query)]
    audit.record_list_read(
        session,
        principal,
        "patient_communications",
        patient.id,
        patient.hospital_id,
        rows=len(rows),
        offset=page.offset,
    )
    return rows


def owner_history(
    session: Session, principal: Principal, owner_id: uuid.UUID, page: PageQuery
) -> list[CommunicationLogOut]:
    _owner(session, principal, owner_id, Action.READ)
    log = OwnerCommunication
    query = sa.select(log).where(log.owner_account_id == owner_id, log.deleted_at.is_(None))
    query = (
        query.order_by(log.occurred_at.desc(), log.id.desc()).limit(page.limit).offset(page.offset)
    )
    return [CommunicationLogOut.model_validate(r) for r in session.scalars(query)]


def bulk(
    session: Session,
    principal: Principal,
    ids: list[uuid.UUID],
    data: CommunicationIn,
    *,
    to_owners: bool,
) -> BulkOut:
    """Queue one message per recipient; a recipient that cannot be reached is skipped, not fatal.

    Each recipient runs in a savepoint, so a refusal for one leaves the others' rows intact.
    """
    message = CommunicationIn.model_validate(
        data.model_dump(include=set(CommunicationIn.model_fields))
    )
    queued: list[uuid.UUID] = []
    skipped: list[Skipped] = []
    for recipient_id in dict.fromkeys(ids):
        try:
            with session.begin_nested():
                sender = send_to_owner if to_owners else send_to_patient
                queued.append(sender(session, principal, recipient_id, message).message.id)
        except DomainError as exc:
            skipped.append(Skipped(id=recipient_id, code=exc.code, message=exc.message))
    return BulkOut(queued=queued, skipped=skipped)


def templates(session: Session, principal: Principal, flt: TemplateFilter) -> list[TemplateOut]:
    hospital_filter(principal, Action.READ, Resource.TEMPLATES)
    query = sa.select(MessageTemplate).where(
        MessageTemplate.active.is_(True), MessageTemplate.deleted_at.is_(None)
    )
    if flt.channel is not None:
        query = query.where(MessageTemplate.channel == flt.channel)
    if flt.language is not None:
        query = query.where(MessageTemplate.language == flt.language)
    query = query.order_by(MessageTemplate.key, MessageTemplate.channel, MessageTemplate.language)
    return [TemplateOut.model_validate(r) for r in session.scalars(query)]


def statistics(session: Session, principal: Principal, flt: StatisticsFilter) -> StatisticsOut:
    """Messages by status and by channel, for the caller's hospital (all, for an administrator)."""
    hospital_id = hospital_filter(principal, Action.READ, Resource.PATIENT_COMMUNICATIONS)
    query = sa.select(Message.status, Message.channel, sa.func.count()).where(
        Message.deleted_at.is_(None)
    )
    if hospital_id is not None:
        query = query.where(Message.hospital_id == hospital_id)
    if flt.since is not None:
        query = query.where(Message.created_at >= dt.datetime.combine(flt.since, dt.time(), LAGOS))
    by_status: dict[str, int] = {}
    by_channel: dict[str, int] = {}
    for status, channel, count in session.execute(query.group_by(Message.status, Message.channel)):
        by_status[status.value] = by_status.get(status.value, 0) + count
        by_channel[channel.value] = by_channel.get(channel.value, 0) + count
    return StatisticsOut(total=sum(by_status.values()), by_status=by_status, by_channel=by_channel)


def process_scheduled(factory: sessionmaker[Session], principal: Principal) -> ProcessedOut:
    """Start due campaigns and queue a batch of each (the 15-minute job does the same).

    ``due`` counts the caller's queued messages whose time has come before the run;
    ``processed`` is how many campaign messages the run queued.
    """
    with factory.begin() as session:
        due = _due_messages(session, principal)
    return ProcessedOut(due=due, processed=run_scheduled(factory, utcnow()))


def _due_messages(session: Session, principal: Principal) -> int:
    hospital_id = hospital_filter(principal, Action.WRITE, Resource.CAMPAIGNS)
    query = (
        sa.select(sa.func.count())
        .select_from(Message)
        .where(
            Message.status == MessageStatus.QUEUED,
            Message.deleted_at.is_(None),
            sa.or_(Message.scheduled_for.is_(None), Message.scheduled_for <= utcnow()),
        )
    )
    if hospital_id is not None:
        query = query.where(Message.hospital_id == hospital_id)
    return session.scalar(query) or 0


def test_channel(session: Session, principal: Principal, data: ChannelTestIn) -> MessageOut:
    hospital_filter(principal, Action.WRITE, Resource.CAMPAIGNS)
    return MessageOut.model_validate(
        outbox.test_message(session, principal, data.channel, data.address)
    )
