"""What the status bar and the Sync health screen show, and how staff settle a refused change.

The sync engine owns the outbox: it records the server's answers and undoes a
refused edit locally. This module reads that state and offers the three ways
out of a rejection — edit and send again, send again unchanged, or discard.
Sending again is an ordinary new local write (a new outbox mutation), so the
refused mutation itself is never touched and ``seq`` stays gapless.

The outbox has no column to mark a rejection as dealt with, and adding one
would change the desktop schema for a list that only this screen reads. So
the ids of resolved rejections are kept in ``sync_state`` under
:data:`RESOLVED_KEY`, and the rejection list leaves them out.

A row the server's validator refused (code ``invalid``) arrives as
"<field label>: <rule's message>"; the list names that field and says the
rule as one sentence in staff words, the way the edit form says it.

The server's ``/readyz`` says whether its job worker (the message sender)
has run lately. Nobody at a desk can start it, but staff are the first to
wonder why a reminder never went out, so the screen says it plainly and
names who can fix it (:func:`server_worker_notice`).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.desk import SESSION_KEY
from desktop.store.outbox import IS_REJECTED
from desktop.store.tables import OutboxMutation, SyncStateEntry
from desktop.store.writes import LocalWriter
from desktop.sync.engine import read_state, write_state
from shared.clock import as_utc, utcnow
from shared.db.models import Patient
from shared.errors import ConflictError, DomainError, FieldValidationError, NotFoundError
from shared.sync.codec import column_names, decode_row, decoders, model_of, table_of
from shared.sync.validators import field_label

LAST_SYNC_KEY = "last_sync_at"
RESOLVED_KEY = "resolved_rejections"
#: Rows a list shows at most; the totals still count everything.
LIST_LIMIT = 200


@dataclass(frozen=True, slots=True)
class PendingItem:
    created_at: dt.datetime
    table_name: str
    row_id: uuid.UUID
    fields: tuple[str, ...]
    #: The patient the change is about, by name ("" when it is about no one).
    whose: str = ""


@dataclass(frozen=True, slots=True)
class Rejection:
    mutation_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    reason: str
    created_at: dt.datetime
    #: The refused values, per field, as the text the edit form shows.
    values: tuple[tuple[str, str], ...] = ()
    #: The column a refused row broke a rule of, and its label on the form.
    field: str | None = None
    field_label: str | None = None
    #: The patient the refused change is about, by name ("" when it is about no one).
    whose: str = ""


@dataclass(frozen=True, slots=True)
class SyncHealth:
    pending: int
    rejections: tuple[Rejection, ...]
    last_sync_at: dt.datetime | None
    pending_items: tuple[PendingItem, ...] = ()
    #: The server this desk syncs with, asked for its worker's health; None offline only.
    server_url: str | None = None


def sync_health(session: Session) -> SyncHealth:
    """Pending count and newest pending items, unresolved rejections, last sync time."""
    unacked = OutboxMutation.acked_at.is_(None)
    pending = session.scalar(sa.select(sa.func.count()).select_from(OutboxMutation).where(unacked))
    items = session.execute(
        sa.select(
            OutboxMutation.created_at,
            OutboxMutation.table_name,
            OutboxMutation.row_id,
            OutboxMutation.fields,
        )
        .where(unacked)
        .order_by(OutboxMutation.seq.desc())
        .limit(LIST_LIMIT)
    )
    resolved = [uuid.UUID(value) for value in read_state(session, RESOLVED_KEY, [])]
    rejected = session.scalars(
        sa.select(OutboxMutation)
        .where(IS_REJECTED, OutboxMutation.mutation_id.not_in(resolved))
        .order_by(OutboxMutation.seq.desc())
        .limit(LIST_LIMIT)
    )
    last = session.get(SyncStateEntry, LAST_SYNC_KEY)
    names = _PatientNames(session)
    return SyncHealth(
        pending=pending or 0,
        rejections=tuple(
            replace(_rejection(r), whose=names.whose(r.table_name, r.row_id, r.fields or {}))
            for r in rejected
        ),
        last_sync_at=dt.datetime.fromisoformat(last.value) if last and last.value else None,
        pending_items=tuple(
            PendingItem(
                created_at,
                table_name,
                row_id,
                tuple(fields),
                names.whose(table_name, row_id, fields or {}),
            )
            for created_at, table_name, row_id, fields in items
        ),
        server_url=(read_state(session, SESSION_KEY) or {}).get("server"),
    )


class _PatientNames:
    """Whose record a change is about, so staff read "Payment · Ngozi Adeyemi".

    The patient is the row itself (``patients``), the row's ``patient_id``, or
    the one the change names (a refused insert may have no local row). Each
    patient is looked up once per screenful.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._names: dict[object, str] = {}

    def whose(self, table_name: str, row_id: uuid.UUID, fields: Mapping[str, Any]) -> str:
        if table_name == Patient.__tablename__:
            return self._name(row_id)
        if "patient_id" not in table_of(table_name).columns:
            return ""
        named = fields.get("patient_id")
        if named is None:
            row = self._session.get(model_of(table_name), row_id)
            named = getattr(row, "patient_id", None)
        return self._name(named) if named is not None else ""

    def _name(self, patient_id: object) -> str:
        if patient_id not in self._names:
            try:
                key = uuid.UUID(str(patient_id))
            except ValueError:
                return ""
            patient = self._session.get(Patient, key)
            name = f"{patient.first_name} {patient.last_name}" if patient is not None else ""
            self._names[patient_id] = name
        return self._names[patient_id]


#: How long ``/readyz`` may take before the line is left out (the desk is likely offline).
READYZ_TIMEOUT_S = 5.0
#: The server calls its worker stale after this long without a run (``WORKER_STALE_AFTER``).
STALE_MINUTES = 5


def server_worker_notice(server_url: str, *, now: dt.datetime | None = None) -> str | None:
    """The line to show when the server's job worker has not run lately, or None.

    Runs in the network pool. An unreachable or unready server gives no line:
    the status bar already says Offline, and a guess would only alarm.
    """
    try:
        with httpx.Client(timeout=READYZ_TIMEOUT_S) as http:
            response = http.get(f"{server_url}/readyz")
        readiness = response.json() if response.status_code == 200 else {}
    except (httpx.HTTPError, ValueError):
        return None
    return worker_notice(readiness, now=now)


def worker_notice(readiness: Mapping[str, Any], *, now: dt.datetime | None = None) -> str | None:
    """``/readyz``'s worker report as a sentence for staff; None while the worker is up."""
    if readiness.get("worker") != "stale":
        return None
    last = readiness.get("worker_last_run_at")
    how_long = f"more than {STALE_MINUTES} minutes"
    if isinstance(last, str):
        since = (now or utcnow()) - as_utc(dt.datetime.fromisoformat(last))
        how_long = f"{max(int(since.total_seconds() // 60), STALE_MINUTES)} minutes"
    return (
        f"The server's message sender has not run for {how_long}; reminders and "
        "messages are waiting. Tell your administrator."
    )


def _rejection(mutation: OutboxMutation) -> Rejection:
    reason = mutation.reason or ""
    field = _invalid_field(mutation) if mutation.reason_code == "invalid" else None
    if field is not None:
        reason = _sentence(field_label(field), reason.split(": ", 1)[1])
    return Rejection(
        mutation.mutation_id,
        mutation.table_name,
        mutation.row_id,
        reason,
        mutation.created_at,
        tuple((name, _text(value)) for name, value in _editable(mutation).items()),
        field,
        field_label(field) if field is not None else None,
    )


def _invalid_field(mutation: OutboxMutation) -> str | None:
    """The column the server named in "<label>: <message>", if the label is one of the table's."""
    label, sep, _ = (mutation.reason or "").partition(": ")
    if not sep:
        return None
    columns = column_names(mutation.table_name)
    return next((name for name in columns if field_label(name) == label), None)


#: Pydantic's wording of a broken bound, as the form's words.
_BOUNDS = (
    (re.compile(r"^Input should be less than or equal to (.+)$"), r"must be at most \1"),
    (re.compile(r"^Input should be greater than or equal to (.+)$"), r"must be at least \1"),
    (re.compile(r"^Input should be less than (.+)$"), r"must be below \1"),
    (re.compile(r"^Input should be greater than (.+)$"), r"must be above \1"),
    (re.compile(r"^Input should be (.+)$"), r"must be \1"),
)


def problem_text(error: BaseException) -> str:
    """A refused resend or discard as one sentence that names the field as the form does."""
    if isinstance(error, DomainError) and error.field:
        return _sentence(field_label(error.field), error.message)
    return str(error)


def _sentence(label: str, message: str) -> str:
    """``Rating`` and "Input should be less than or equal to 5" as "Rating must be at most 5."."""
    message = message.strip().rstrip(".")
    for pattern, words in _BOUNDS:
        message = pattern.sub(words, message)
    if message.lower().startswith(label.lower()):
        text = message
    elif message[:1].islower():
        text = f"{label} {message}"
    else:
        text = f"{label}: {message}"
    return f"{text[:1].upper()}{text[1:]}."


def send_again(
    session: Session,
    writer: LocalWriter,
    *,
    mutation_id: uuid.UUID,
    texts: Mapping[str, str] | None = None,
) -> None:
    """Queue the refused change again as a new edit, corrected by ``texts`` if given.

    The engine put the server's copy back (or removed a row the server would
    not create), so the row is updated if it is here and inserted again if not.
    """
    mutation = _open_rejection(session, mutation_id)
    model = model_of(mutation.table_name)
    row = session.get(model, mutation.row_id)
    if mutation.op == "delete":
        if row is not None:
            writer.delete(row)
    else:
        values = decode_row(mutation.table_name, _editable(mutation))
        for field, text in (texts or {}).items():
            values[field] = _parse(mutation.table_name, field, text)
        if row is None:
            writer.insert(model, id=mutation.row_id, **values)
        else:
            writer.update(row, **values)
    _mark_resolved(session, mutation_id)


def discard(session: Session, *, mutation_id: uuid.UUID) -> None:
    """Let the refused change go: the server's copy, already restored here, stands."""
    _open_rejection(session, mutation_id)
    _mark_resolved(session, mutation_id)


def _open_rejection(session: Session, mutation_id: uuid.UUID) -> OutboxMutation:
    mutation = session.scalars(
        sa.select(OutboxMutation).where(OutboxMutation.mutation_id == mutation_id)
    ).first()
    if mutation is None or mutation.outcome != "rejected":
        raise NotFoundError("That refused change is no longer on this desk.", field="change")
    if str(mutation_id) in read_state(session, RESOLVED_KEY, []):
        raise ConflictError("That refused change was already resolved.", field="change")
    return mutation


def _mark_resolved(session: Session, mutation_id: uuid.UUID) -> None:
    write_state(session, RESOLVED_KEY, [*read_state(session, RESOLVED_KEY, []), str(mutation_id)])


def _editable(mutation: OutboxMutation) -> dict[str, Any]:
    """The refused values staff may change: everything but the row's own id."""
    return {k: v for k, v in mutation.fields.items() if k != "id"}


def _text(value: Any) -> str:
    """A wire value as form text: text as itself, nothing as empty, the rest as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _parse(table_name: str, field: str, text: str) -> Any:
    """Form text as the column's value; text the column cannot take names the field."""
    column = table_of(table_name).columns.get(field)
    if column is None:
        raise FieldValidationError(field, f"{table_name} has no field {field}.")
    text = text.strip()
    if not text and column.nullable:
        return None
    column_type = column.type
    if isinstance(column_type, sa.types.TypeDecorator):
        column_type = column_type.impl_instance
    try:
        python_type: Any = column_type.python_type
    except NotImplementedError:
        python_type = str
    try:
        return _convert(python_type, text, decoders(table_name)[field])
    except (ValueError, TypeError, decimal.InvalidOperation):
        raise FieldValidationError(field, f"cannot take the value “{text}”.") from None


def _convert(python_type: Any, text: str, decoder: Any) -> Any:
    if python_type is bool:
        if text.lower() not in {"true", "false"}:
            raise ValueError(text)
        return text.lower() == "true"
    if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
        return python_type(text)
    if python_type in (int, float):
        return python_type(text)
    if python_type is decimal.Decimal:
        return decimal.Decimal(text)
    if python_type in (dict, list):
        return json.loads(text)
    if python_type in (uuid.UUID, dt.date, dt.datetime):
        return decoder(text)
    return text
