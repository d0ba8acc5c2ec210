"""Payments taken at the front desk: one append-only revenue entry each, and its receipt.

A payment is a ``revenue_entries`` row written through the local writer, so it
is queued for the server in the same transaction and syncs like any other row;
being append-only, it can never conflict, and a mistake is corrected by a
negative entry that names the one it reverses, never by an edit. Amounts
are typed the way staff type them ("5,000", "₦5,000.50") and parsed exactly
into kobo in the hospital's currency.

A receipt number is the desk's device prefix, the Lagos year and the desk's
own count (``shared.domain.receipts``): two desks taking payments offline
never hand out the same one, and a cashier can read it out. The cashier is
the signed-in user the writer records (``recorded_by_id``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.services.desk import desk_hospital, desk_identity
from desktop.services.patient_profile import Page, page_of
from desktop.services.today import lagos_day_bounds
from desktop.store.tables import CachedLogin
from desktop.store.writes import LocalWriter
from shared.clock import to_lagos, utcnow
from shared.db.models import Hospital, Patient, RevenueEntry, User
from shared.domain import earning
from shared.domain.enums import PaymentMethod
from shared.domain.money import Money
from shared.domain.payments import check_reversible, receipt_label
from shared.domain.receipts import format_receipt_number, number_range, parse_receipt_number
from shared.domain.rewards import use_code
from shared.errors import FieldValidationError, NotFoundError

#: The longest POS, transfer or HMO authorisation reference the column holds.
MAX_REFERENCE = 80
#: The longest reason for a reversal the column holds.
MAX_NOTE = 300
#: The longest service line ("Consultation and malaria test") the column holds.
MAX_DESCRIPTION = 120


@dataclass(frozen=True, slots=True)
class Receipt:
    """Everything a printed receipt and the payments list show about one payment."""

    entry_id: uuid.UUID
    receipt_number: str
    hospital_name: str
    patient_name: str
    patient_number: str
    amount: Money
    method: PaymentMethod
    reference: str | None
    received_at: dt.datetime
    #: For a reversal: the receipt number it reverses, and why.
    reverses: str | None = None
    note: str | None = None
    #: What was paid for, as the cashier typed it.
    description: str | None = None
    #: The full name of the staff member who took the payment, when known.
    cashier: str | None = None
    hospital_address: str | None = None
    hospital_phone: str | None = None


def parse_method(value: Any) -> PaymentMethod:
    try:
        return PaymentMethod(value)
    except ValueError:
        allowed = ", ".join(m.value for m in PaymentMethod)
        raise FieldValidationError("method", f"choose how the patient paid ({allowed})") from None


def _reference(value: Any) -> str | None:
    text = " ".join(str(value or "").split())
    if len(text) > MAX_REFERENCE:
        raise FieldValidationError("reference", f"is longer than {MAX_REFERENCE} characters")
    return text or None


def _description(value: Any) -> str | None:
    text = " ".join(str(value or "").split())
    if len(text) > MAX_DESCRIPTION:
        raise FieldValidationError("description", f"is longer than {MAX_DESCRIPTION} characters")
    return text or None


def next_receipt_number(session: Session, hospital_id: uuid.UUID, when: dt.datetime) -> str:
    """This desk's next number for the Lagos year of ``when``.

    Counted on from the highest number with the desk's prefix and year in its
    own store, pulled rows included: one seek of the hospital's number index.
    """
    prefix, year = desk_identity(session).prefix, to_lagos(when).year
    low, high = number_range(prefix, year)
    last = session.scalar(
        sa.select(RevenueEntry.receipt_number)
        .where(
            RevenueEntry.hospital_id == hospital_id,
            RevenueEntry.receipt_number >= low,
            RevenueEntry.receipt_number < high,
        )
        .order_by(RevenueEntry.receipt_number.desc())
        .limit(1)
    )
    sequence = parse_receipt_number(last)[2] + 1 if last else 1
    return format_receipt_number(prefix, year, sequence)


def record_payment(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> Receipt:
    """Check the typed payment and write it with its outbox row; the caller commits.

    ``data`` holds ``amount`` (text as typed), ``method``, and optional
    ``reference``, ``description`` (the service paid for) and ``reward_code``
    (a loyalty reward the payment uses, once). The amount is in the patient's
    hospital's currency.
    """
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("Choose the patient who is paying.", field="patient")
    hospital = session.get_one(Hospital, patient.hospital_id)
    amount = Money.parse(str(data.get("amount") or ""), hospital.currency, field="amount")
    if amount.minor == 0:
        raise FieldValidationError("amount", "must be more than zero")
    method = parse_method(data.get("method"))
    reference = _reference(data.get("reference"))
    description = _description(data.get("description"))
    now = utcnow()
    entry = writer.insert(
        RevenueEntry,
        hospital_id=hospital.id,
        patient_id=patient.id,
        amount_minor=amount.minor,
        currency=amount.currency,
        method=method,
        reference=reference,
        description=description,
        received_at=now,
        receipt_number=next_receipt_number(session, hospital.id, now),
        recorded_by_id=_recorder(session, writer.actor),
    )
    earning.earn_for_payment(writer, entry)
    code = str(data.get("reward_code") or "").strip()
    if code:
        use_code(writer, hospital_id=hospital.id, code=code, payment=entry, now=now)
    return _receipt(entry, patient, hospital, None, _cashier(session, writer.actor))


def reverse_payment(
    session: Session, writer: LocalWriter, *, entry_id: uuid.UUID, reason: str
) -> Receipt:
    """Cancel a payment taken in error by a new, negative entry that names it; the caller commits.

    Entries are append-only, so the mistake stays on record with its
    correction beside it. A payment is reversed at most once, and a reversal
    is never itself reversed: take the payment again instead. The server
    checks the same rule again, since another desk may reverse it offline.
    """
    original = session.get(RevenueEntry, entry_id)
    if original is None or original.deleted_at is not None:
        raise NotFoundError("Choose the payment to reverse.", field="payment")
    earlier = session.execute(
        sa.select(RevenueEntry.id, RevenueEntry.receipt_number).where(
            RevenueEntry.reverses_id == entry_id
        )
    ).first()
    check_reversible(
        original_reverses_id=original.reverses_id,
        earlier=earlier.id if earlier else None,
        earlier_number=earlier.receipt_number if earlier else None,
    )
    note = " ".join((reason or "").split())
    if not note or len(note) > MAX_NOTE:
        raise FieldValidationError("reason", f"say why, in 1 to {MAX_NOTE} characters")
    entry = writer.insert(
        RevenueEntry,
        hospital_id=original.hospital_id,
        patient_id=original.patient_id,
        amount_minor=-original.amount_minor,
        currency=original.currency,
        method=original.method,
        reference=original.reference,
        description=original.description,
        received_at=(now := utcnow()),
        receipt_number=next_receipt_number(session, original.hospital_id, now),
        recorded_by_id=_recorder(session, writer.actor),
        reverses_id=original.id,
        note=note,
    )
    earning.earn_for_payment(writer, entry)
    patient = session.get_one(Patient, original.patient_id)
    hospital = session.get_one(Hospital, original.hospital_id)
    reverses = receipt_label(original.receipt_number, original.id)
    return _receipt(entry, patient, hospital, reverses, _cashier(session, writer.actor))


def payments_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[Receipt]:
    """A patient's payments, newest first, a page at a time."""
    query = _receipts().where(
        RevenueEntry.patient_id == patient_id, RevenueEntry.deleted_at.is_(None)
    )
    return page_of(session, _newest_first(query), offset, limit, _receipt_of_row)


@dataclass(frozen=True, slots=True)
class MethodTotal:
    method: PaymentMethod
    count: int
    amount: Money


def _on_day(session: Session, day: dt.date) -> sa.ColumnElement[bool]:
    """The desk's hospital on one Lagos day: the hospital lets SQLite use its date index."""
    start, end = lagos_day_bounds(day)
    return sa.and_(
        RevenueEntry.hospital_id == desk_hospital(session),
        RevenueEntry.received_at >= start,
        RevenueEntry.received_at < end,
        RevenueEntry.deleted_at.is_(None),
    )


def day_payments_page(session: Session, *, day: dt.date, offset: int, limit: int) -> Page[Receipt]:
    """Payments taken on a Lagos calendar day, latest first, a page at a time."""
    query = _newest_first(_receipts().where(_on_day(session, day)))
    return page_of(session, query, offset, limit, _receipt_of_row)


def day_totals(session: Session, *, day: dt.date) -> tuple[MethodTotal, ...]:
    """The day's takings per method, summed in SQL: what the desk hands over at closing."""
    rows = session.execute(
        sa.select(
            RevenueEntry.method,
            RevenueEntry.currency,
            sa.func.count(),
            sa.func.sum(RevenueEntry.amount_minor),
        )
        .where(_on_day(session, day))
        .group_by(RevenueEntry.method, RevenueEntry.currency)
        .order_by(RevenueEntry.method, RevenueEntry.currency)
    )
    return tuple(
        MethodTotal(method, count, Money(int(total), currency))
        for method, currency, count, total in rows
    )


_ORIGINAL = aliased(RevenueEntry, name="original")


def _receipts() -> sa.Select[Any]:
    """Entries with what their receipts print: patient, hospital, the number reversed, cashier.

    The outer joins add names to a row, never rows, so ``page_of`` counts entries alone.
    """
    return (
        sa.select(RevenueEntry, Patient, Hospital, _ORIGINAL.receipt_number, User.full_name)
        .join(Patient, Patient.id == RevenueEntry.patient_id)
        .join(Hospital, Hospital.id == RevenueEntry.hospital_id)
        .outerjoin(_ORIGINAL, _ORIGINAL.id == RevenueEntry.reverses_id)
        .outerjoin(User, User.id == RevenueEntry.recorded_by_id)
    )


def _newest_first(query: sa.Select[Any]) -> sa.Select[Any]:
    return query.order_by(RevenueEntry.received_at.desc(), RevenueEntry.id.desc())


def _receipt_of_row(row: Any) -> Receipt:
    entry, patient, hospital, reversed_number, cashier = row
    reverses = receipt_label(reversed_number, entry.reverses_id) if entry.reverses_id else None
    return _receipt(entry, patient, hospital, reverses, cashier)


def _recorder(session: Session, actor: uuid.UUID | None) -> uuid.UUID | None:
    """The signed-in user, when this desk holds their row (the foreign key needs it).

    A clinic set up offline signs in with a local account the server has never
    seen; its payments name no recorder, and only the receipt printed at the
    time names the cashier (:func:`_cashier`).
    """
    return actor if actor is not None and session.get(User, actor) is not None else None


def _cashier(session: Session, actor: uuid.UUID | None) -> str | None:
    """The signed-in user's full name: their user row, else the login this PC remembers."""
    if actor is None:
        return None
    user = session.get(User, actor)
    if user is not None:
        return user.full_name
    return session.scalar(
        sa.select(CachedLogin.full_name).where(CachedLogin.user_id == actor).limit(1)
    )


def _receipt(
    entry: RevenueEntry,
    patient: Patient,
    hospital: Hospital,
    reverses: str | None,
    cashier: str | None,
) -> Receipt:
    names = (patient.first_name, patient.middle_name, patient.last_name)
    return Receipt(
        entry.id,
        receipt_label(entry.receipt_number, entry.id),
        hospital.name,
        " ".join(n for n in names if n),
        patient.patient_number,
        Money(entry.amount_minor, entry.currency),
        entry.method,
        entry.reference,
        entry.received_at,
        reverses,
        entry.note,
        entry.description,
        cashier,
        hospital.address,
        hospital.phone,
    )
