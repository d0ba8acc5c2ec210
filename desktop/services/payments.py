"""Payments taken at the front desk: one append-only revenue entry each, and its receipt.

A payment is a ``revenue_entries`` row written through the local writer, so it
is queued for the server in the same transaction and syncs like any other row;
being append-only, it can never conflict, and a mistake is corrected by a
negative entry that names the one it reverses, never by an edit. Amounts
are typed the way staff type them ("5,000", "₦5,000.50") and parsed exactly
into kobo in the hospital's currency.

A receipt number is derived from the entry's id rather than from a counter
(``shared.domain.payments.receipt_number``): two desks taking payments
offline would otherwise hand out the same number.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.desk import desk_hospital
from desktop.services.patient_profile import Page, page_of
from desktop.services.today import lagos_day_bounds
from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import Hospital, Patient, RevenueEntry
from shared.domain.enums import PaymentMethod
from shared.domain.money import Money
from shared.domain.payments import check_reversible, receipt_number
from shared.errors import FieldValidationError, NotFoundError

#: The longest POS, transfer or HMO authorisation reference the column holds.
MAX_REFERENCE = 80
#: The longest reason for a reversal the column holds.
MAX_NOTE = 300


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


def record_payment(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> Receipt:
    """Check the typed payment and write it with its outbox row; the caller commits.

    ``data`` holds ``amount`` (text as typed), ``method`` and an optional
    ``reference``. The amount is in the patient's hospital's currency.
    """
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("Choose the patient who is paying.", field="patient")
    hospital = session.get_one(Hospital, patient.hospital_id)
    amount = Money.parse(str(data.get("amount") or ""), hospital.currency, field="amount")
    if amount.minor == 0:
        raise FieldValidationError("amount", "must be more than zero")
    method = parse_method(data.get("method"))
    entry = writer.insert(
        RevenueEntry,
        hospital_id=hospital.id,
        patient_id=patient.id,
        amount_minor=amount.minor,
        currency=amount.currency,
        method=method,
        reference=_reference(data.get("reference")),
        received_at=utcnow(),
    )
    return _receipt(entry, patient, hospital)


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
    earlier = session.scalar(sa.select(RevenueEntry.id).where(RevenueEntry.reverses_id == entry_id))
    check_reversible(original_reverses_id=original.reverses_id, earlier=earlier)
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
        received_at=utcnow(),
        reverses_id=original.id,
        note=note,
    )
    patient = session.get_one(Patient, original.patient_id)
    return _receipt(entry, patient, session.get_one(Hospital, original.hospital_id))


def payments_page(
    session: Session, *, patient_id: uuid.UUID, offset: int, limit: int
) -> Page[Receipt]:
    """A patient's payments, newest first, a page at a time."""
    query = (
        sa.select(RevenueEntry, Patient, Hospital)
        .join(Patient, Patient.id == RevenueEntry.patient_id)
        .join(Hospital, Hospital.id == RevenueEntry.hospital_id)
        .where(RevenueEntry.patient_id == patient_id, RevenueEntry.deleted_at.is_(None))
        .order_by(RevenueEntry.received_at.desc(), RevenueEntry.id.desc())
    )
    return page_of(session, query, offset, limit, lambda row: _receipt(*row))


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
    query = (
        sa.select(RevenueEntry, Patient, Hospital)
        .join(Patient, Patient.id == RevenueEntry.patient_id)
        .join(Hospital, Hospital.id == RevenueEntry.hospital_id)
        .where(_on_day(session, day))
        .order_by(RevenueEntry.received_at.desc(), RevenueEntry.id.desc())
    )
    return page_of(session, query, offset, limit, lambda row: _receipt(*row))


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


def _receipt(entry: RevenueEntry, patient: Patient, hospital: Hospital) -> Receipt:
    names = (patient.first_name, patient.middle_name, patient.last_name)
    return Receipt(
        entry.id,
        receipt_number(entry.id),
        hospital.name,
        " ".join(n for n in names if n),
        patient.patient_number,
        Money(entry.amount_minor, entry.currency),
        entry.method,
        entry.reference,
        entry.received_at,
        receipt_number(entry.reverses_id) if entry.reverses_id else None,
        entry.note,
    )
