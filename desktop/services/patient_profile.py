"""One patient's profile at the desk: details to edit, and each tab's history a page at a time.

Every list is read as a :class:`Page` (the total and one slice), so a patient
with years of visits opens at once and a tab loads only the rows it shows.

The audit trail: the server's ``audit_log`` is not replicated to desks, so a
desk usually holds no audit rows for a patient. The history tab therefore
shows any audit rows the desk does hold and, with them, the local change
history from the outbox — every change this desk made to the patient's record
and to their appointments, payments, feedback, messages and points: when,
which fields, and whether the server has accepted it yet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.db import models as m
from shared.domain.enums import (
    AppointmentStatus,
    FeedbackCategory,
    FollowUpStatus,
    LedgerKind,
    MessageStatus,
)
from shared.domain.patients import (
    CommunicationPreferences,
    PatientFields,
    PatientUpdate,
    PreferencesUpdate,
    parse,
)
from shared.errors import FieldValidationError, NotFoundError

T = TypeVar("T")

#: Fields a patient record cannot be without, so an edit may not clear them.
REQUIRED = ("first_name", "last_name", "sex", "payer_type")
PREFERENCES = tuple(PreferencesUpdate.model_fields)
EDITABLE = tuple(PatientFields.model_fields) + PREFERENCES


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    total: int
    rows: tuple[T, ...]


def page_of(
    session: Session,
    query: sa.Select[Any],
    offset: int,
    limit: int,
    row: Callable[[Any], T],
) -> Page[T]:
    """The total of an ordered query and one slice of it, mapped to frozen rows.

    The total counts the query's first table under its filters alone: the
    joins only add names (patient, hospital, clinician) to a row, never rows,
    and leaving them out lets SQLite count from an index without reading rows.
    """
    counting = sa.select(sa.func.count()).select_from(query.columns_clause_froms[0])
    if query.whereclause is not None:
        counting = counting.where(query.whereclause)
    total = session.scalar(counting) or 0
    rows = session.execute(query.offset(offset).limit(limit))
    return Page(int(total), tuple(row(r) for r in rows))


@dataclass(frozen=True, slots=True)
class PatientDetails:
    """The whole record as the form shows it; ``values`` holds every editable field."""

    id: uuid.UUID
    patient_number: str
    full_name: str
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class AppointmentLine:
    starts_at: dt.datetime
    provider: str
    status: AppointmentStatus
    reason: str
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class FeedbackLine:
    submitted_at: dt.datetime
    rating: int
    nps: int | None
    category: FeedbackCategory
    comments: str
    follow_up: FollowUpStatus


@dataclass(frozen=True, slots=True)
class MessageLine:
    created_at: dt.datetime
    channel: str
    body: str
    status: MessageStatus


@dataclass(frozen=True, slots=True)
class LedgerLine:
    occurred_at: dt.datetime
    kind: LedgerKind
    points: int
    reason: str


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One change: from the audit log, or a local outbox mutation.

    ``table`` names what changed (``patients`` for the record itself);
    ``action`` is added, changed or deleted for local changes, the audit
    log's own word otherwise; ``fields`` lists what a change touched.
    """

    occurred_at: dt.datetime
    table: str
    action: str
    fields: tuple[str, ...]
    state: str


def _patient(session: Session, patient_id: uuid.UUID) -> m.Patient:
    patient = session.get(m.Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.", field="patient")
    return patient


def load_details(session: Session, *, patient_id: uuid.UUID) -> PatientDetails:
    patient = _patient(session, patient_id)
    names = (patient.first_name, patient.middle_name, patient.last_name)
    return PatientDetails(
        patient.id,
        patient.patient_number,
        " ".join(n for n in names if n),
        MappingProxyType({name: getattr(patient, name) for name in EDITABLE}),
    )


def update_patient(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> PatientDetails:
    """Check the edited fields with the shared rules and write the changed ones.

    Only fields whose value changed are queued, each with its own clock, so an
    edit at this desk and another desk's edit to a different field both stand.
    """
    patient = _patient(session, patient_id)
    changes = parse(PatientUpdate, {k: v for k, v in data.items() if k not in PREFERENCES})
    fields = changes.model_dump(exclude_unset=True)
    for name in REQUIRED:
        if name in fields and fields[name] is None:
            raise FieldValidationError(name, "is required")
    wanted = {k: v for k, v in data.items() if k in PREFERENCES}
    if wanted:
        current = CommunicationPreferences.model_validate(
            {name: getattr(patient, name) for name in CommunicationPreferences.model_fields}
        )
        fields |= parse(PreferencesUpdate, wanted).apply(current).model_dump()
    writer.update(patient, **fields)
    return load_details(session, patient_id=patient_id)


def appointments_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[AppointmentLine]:
    """Newest first: the next or latest visit is what the desk is asked about."""
    dept = aliased(m.Department)
    provider = sa.func.coalesce(m.Clinician.full_name, dept.name, "")
    query = (
        sa.select(m.Appointment, provider)
        .outerjoin(m.Clinician, m.Clinician.id == m.Appointment.clinician_id)
        .outerjoin(dept, dept.id == m.Appointment.department_id)
        .where(m.Appointment.patient_id == patient_id, m.Appointment.deleted_at.is_(None))
        .order_by(m.Appointment.starts_at.desc())
    )
    return page_of(
        session,
        query,
        offset,
        limit,
        lambda r: AppointmentLine(r[0].starts_at, r[1], r[0].status, r[0].reason or "", r[0].id),
    )


def feedback_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[FeedbackLine]:
    query = (
        sa.select(m.PatientFeedback)
        .where(m.PatientFeedback.patient_id == patient_id, m.PatientFeedback.deleted_at.is_(None))
        .order_by(m.PatientFeedback.submitted_at.desc())
    )

    def line(r: Any) -> FeedbackLine:
        f: m.PatientFeedback = r[0]
        return FeedbackLine(
            f.submitted_at, f.rating, f.nps, f.category, f.comments or "", f.follow_up_status
        )

    return page_of(session, query, offset, limit, line)


def messages_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[MessageLine]:
    """Newest first, with whatever delivery status sync has brought back so far."""
    query = (
        sa.select(m.Message)
        .where(m.Message.patient_id == patient_id, m.Message.deleted_at.is_(None))
        .order_by(m.Message.created_at.desc(), m.Message.id.desc())
    )
    return page_of(
        session,
        query,
        offset,
        limit,
        lambda r: MessageLine(r[0].created_at, r[0].channel.value, r[0].body, r[0].status),
    )


def ledger_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[LedgerLine]:
    """The points history behind the balance, newest first."""
    query = (
        sa.select(m.LoyaltyLedgerEntry)
        .where(
            m.LoyaltyLedgerEntry.patient_id == patient_id,
            m.LoyaltyLedgerEntry.deleted_at.is_(None),
        )
        .order_by(m.LoyaltyLedgerEntry.occurred_at.desc(), m.LoyaltyLedgerEntry.id.desc())
    )
    return page_of(
        session,
        query,
        offset,
        limit,
        lambda r: LedgerLine(r[0].occurred_at, r[0].kind, r[0].points, r[0].reason),
    )


#: Tables whose rows belong to one patient: their local changes are the patient's history too.
PATIENT_TABLES: tuple[Any, ...] = (
    m.Appointment,
    m.RevenueEntry,
    m.PatientFeedback,
    m.Message,
    m.LoyaltyLedgerEntry,
    m.LoyaltyRedemption,
    m.PatientCommunication,
)


def _mutations_of(patient_id: uuid.UUID) -> sa.ColumnElement[bool]:
    """Outbox rows for the patient's record or for any row that belongs to the patient."""
    own = sa.and_(OutboxMutation.table_name == "patients", OutboxMutation.row_id == patient_id)
    linked = [
        sa.and_(
            OutboxMutation.table_name == table.__tablename__,
            OutboxMutation.row_id.in_(sa.select(table.id).where(table.patient_id == patient_id)),
        )
        for table in PATIENT_TABLES
    ]
    return sa.or_(own, *linked)


def history_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[HistoryLine]:
    """This desk's changes to the patient and their rows, and any audit rows held, newest first."""
    local = sa.select(
        OutboxMutation.created_at.label("at"),
        OutboxMutation.table_name.label("table"),
        OutboxMutation.op.label("op"),
        OutboxMutation.fields.label("fields"),
        OutboxMutation.base_clocks.label("base_clocks"),
        sa.func.coalesce(OutboxMutation.outcome, "pending").label("state"),
    ).where(_mutations_of(patient_id))
    audit = sa.select(
        m.AuditEntry.occurred_at.label("at"),
        m.AuditEntry.entity.label("table"),
        m.AuditEntry.action.label("op"),
        sa.literal(None).label("fields"),
        sa.literal(None).label("base_clocks"),
        sa.literal("audit").label("state"),
    ).where(m.AuditEntry.entity == "patients", m.AuditEntry.entity_id == patient_id)
    union = sa.union_all(local, audit).subquery()
    query = sa.select(union).order_by(union.c.at.desc())
    return page_of(session, query, offset, limit, _history_line)


def _history_line(row: Any) -> HistoryLine:
    """An insert replaces no earlier values (no base clocks); an edit names what it changed."""
    if row.state == "audit":
        action = row.op
    elif row.op == "delete":
        action = "deleted"
    else:
        action = "changed" if row.base_clocks else "added"
    changed = action == "changed" and isinstance(row.fields, dict)
    return HistoryLine(
        row.at, row.table, action, tuple(sorted(row.fields)) if changed else (), row.state
    )
