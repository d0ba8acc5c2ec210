"""Loyalty points earned from events (a visit, a payment, a feedback, a refund, a referral).

Every automatic entry is a pure function of its source event and the
hospital's program (:func:`for_visit`, :func:`for_payment`,
:func:`for_feedback`, :func:`for_reversal`, :func:`for_referral`), written
by :func:`record`. The entry's id is derived from its source key
(``visit:<appointment id>``, ``payment:<entry id>``,
``payment:<entry id>:reversal``, ``feedback:<id>``, ``referral:<new patient id>``),
and the key is unique in the ledger, so two desks completing one visit
offline write the same row, and the server answers the second "already
saved": an event earns once however many times it is recorded.

The same functions run on every path: the desk's commands, the REST API's,
and the server's push hooks (which earn for events a desk pushed, and
check any earned entry a desk pushes against the server's own copy of its
event, so a crafted entry cannot award points nothing earned).

Decisions the issue left open:

- Payment points count whole spend units of the amount paid and are held
  for the program's ``hold_days`` (14 by default) before they can be spent,
  so a refund in that time takes back points nobody has used.
- A refund takes back the payment's points in full (an ``adjust`` entry
  tied to the payment). Where the patient has already spent some, the
  balance would go below zero; a second, visible entry
  (``payment:<id>:write-off``) restores it to zero and says how many points
  were written off.
- A referral earns when the referred patient's first visit is completed
  (the key is the new patient's, so later visits earn the referrer nothing
  more), dated when that patient arrived.
- Tiers count points earned less points taken back by refunds; redeeming,
  expiring and manual adjustments do not change a patient's tier.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from shared.clock import as_utc, utcnow
from shared.db.models import (
    Appointment,
    LoyaltyLedgerEntry,
    Patient,
    PatientFeedback,
    PatientReferral,
    RevenueEntry,
)
from shared.db.queries.loyalty import ledger_query, program_query
from shared.domain.enums import AppointmentStatus, LedgerKind
from shared.domain.loyalty import (
    REVERSAL_SUFFIX,
    AdjustmentInput,
    ProgramRules,
    check_adjustment,
    expires_at,
    points_for_spend,
)
from shared.domain.patients import parse
from shared.domain.writer import Writer
from shared.errors import NotFoundError

#: Namespace of ledger ids derived from source keys (fixed forever: desks and server agree).
_LEDGER_IDS = uuid.UUID("6f1d3c52-8a47-4e0b-9d2a-3b1e7c55a901")
REVERSAL = REVERSAL_SUFFIX
WRITE_OFF = ":write-off"


def ledger_id(source_key: str) -> uuid.UUID:
    """The id every store gives the entry for ``source_key``."""
    return uuid.uuid5(_LEDGER_IDS, source_key)


def visit_key(appointment_id: uuid.UUID) -> str:
    return f"visit:{appointment_id}"


def payment_key(entry_id: uuid.UUID) -> str:
    return f"payment:{entry_id}"


def feedback_key(feedback_id: uuid.UUID) -> str:
    return f"feedback:{feedback_id}"


def referral_key(referred_patient_id: uuid.UUID) -> str:
    return f"referral:{referred_patient_id}"


@dataclass(frozen=True, slots=True)
class Earning:
    """One automatic ledger entry, exactly as every store writes it."""

    source_key: str
    hospital_id: uuid.UUID
    patient_id: uuid.UUID
    kind: LedgerKind
    points: int
    reason: str
    occurred_at: dt.datetime
    expires_at: dt.datetime | None = None
    available_at: dt.datetime | None = None
    reference_type: str | None = None
    reference_id: uuid.UUID | None = None

    @property
    def id(self) -> uuid.UUID:
        return ledger_id(self.source_key)

    def fields(self) -> dict[str, Any]:
        """The row's columns, id included."""
        return {"id": self.id, **asdict(self)}


def for_visit(appointment: Appointment, rules: ProgramRules) -> Earning | None:
    """Points for a completed visit, dated when the patient arrived."""
    if appointment.status != AppointmentStatus.COMPLETED or appointment.deleted_at:
        return None
    if rules.points_per_visit <= 0:
        return None
    when = as_utc(appointment.checked_in_at or appointment.starts_at)
    return Earning(
        visit_key(appointment.id),
        appointment.hospital_id,
        appointment.patient_id,
        LedgerKind.EARN,
        rules.points_per_visit,
        "Visit completed",
        when,
        expires_at(when, rules),
        reference_type="appointment",
        reference_id=appointment.id,
    )


def for_referral(
    referral: PatientReferral, visit: Appointment, rules: ProgramRules
) -> Earning | None:
    """The referrer's points for the referred patient's completed ``visit``."""
    if visit.status != AppointmentStatus.COMPLETED or visit.deleted_at or referral.deleted_at:
        return None
    if visit.patient_id != referral.patient_id or rules.points_per_referral <= 0:
        return None
    when = as_utc(visit.checked_in_at or visit.starts_at)
    return Earning(
        referral_key(referral.patient_id),
        referral.hospital_id,
        referral.referrer_id,
        LedgerKind.EARN,
        rules.points_per_referral,
        "Referred a new patient",
        when,
        expires_at(when, rules),
        reference_type="patient_referral",
        reference_id=referral.id,
    )


def for_payment(entry: RevenueEntry, rules: ProgramRules) -> Earning | None:
    """Points for a payment's whole spend units, held for the program's ``hold_days``."""
    if entry.reverses_id is not None or entry.amount_minor <= 0 or entry.deleted_at:
        return None
    if entry.patient_id is None:  # a payment nobody is named for earns nobody points
        return None
    points = points_for_spend(entry.amount_minor, rules)
    if points <= 0:
        return None
    when = as_utc(entry.received_at)
    held = when + dt.timedelta(days=rules.hold_days) if rules.hold_days else None
    return Earning(
        payment_key(entry.id),
        entry.hospital_id,
        entry.patient_id,
        LedgerKind.EARN,
        points,
        "Payment",
        when,
        expires_at(when, rules),
        available_at=held,
        reference_type="revenue_entry",
        reference_id=entry.id,
    )


def for_feedback(feedback: PatientFeedback, rules: ProgramRules) -> Earning | None:
    if rules.points_per_feedback <= 0 or feedback.deleted_at:
        return None
    when = as_utc(feedback.submitted_at)
    return Earning(
        feedback_key(feedback.id),
        feedback.hospital_id,
        feedback.patient_id,
        LedgerKind.EARN,
        rules.points_per_feedback,
        "Feedback given",
        when,
        expires_at(when, rules),
        reference_type="feedback",
        reference_id=feedback.id,
    )


def for_reversal(
    reversal: RevenueEntry, earned: LoyaltyLedgerEntry | None, balance_now: int
) -> list[Earning]:
    """What a refund takes back: the payment's points, and a write-off if they were spent.

    ``earned`` is the original payment's entry (None: it earned nothing);
    ``balance_now`` the patient's balance before the refund.
    """
    if earned is None or reversal.reverses_id is None:
        return []
    key = payment_key(reversal.reverses_id)
    when = as_utc(reversal.received_at)
    taken = Earning(
        key + REVERSAL,
        earned.hospital_id,
        earned.patient_id,
        LedgerKind.ADJUST,
        -earned.points,
        "Payment refunded: its points are taken back",
        when,
        reference_type="loyalty_ledger",
        reference_id=earned.id,
    )
    short = earned.points - max(balance_now, 0)
    if short <= 0:
        return [taken]
    written_off = Earning(
        key + WRITE_OFF,
        earned.hospital_id,
        earned.patient_id,
        LedgerKind.ADJUST,
        short,
        f"Written off: {short:,} points of the refunded payment were already spent",
        when,
        reference_type="loyalty_ledger",
        reference_id=earned.id,
    )
    return [taken, written_off]


def rules_for(writer: Writer, hospital_id: uuid.UUID) -> ProgramRules:
    """The hospital's program (its own, else the network's, else the defaults)."""
    programs = writer.select(program_query(hospital_id))
    return ProgramRules.of(programs[0]) if programs else ProgramRules()


def record(writer: Writer, earnings: Iterable[Earning | None]) -> list[LoyaltyLedgerEntry]:
    """Write each earning not written yet; returns the entries written now."""
    written = []
    for earning in earnings:
        if earning is None or writer.get(LoyaltyLedgerEntry, earning.id) is not None:
            continue
        written.append(writer.insert(LoyaltyLedgerEntry, **earning.fields()))
    return written


def earn_for_visit(writer: Writer, appointment: Appointment) -> list[LoyaltyLedgerEntry]:
    """The patient's points for the visit and, at a referred patient's first, the referrer's."""
    rules = rules_for(writer, appointment.hospital_id)
    referral = _referral_of(writer, appointment.patient_id)
    return record(
        writer,
        [
            for_visit(appointment, rules),
            for_referral(referral, appointment, rules) if referral is not None else None,
        ],
    )


def _referral_of(writer: Writer, patient_id: uuid.UUID) -> PatientReferral | None:
    found = writer.select(
        sa.select(PatientReferral).where(
            PatientReferral.patient_id == patient_id, PatientReferral.deleted_at.is_(None)
        )
    )
    return found[0] if found else None


def _first_visit(writer: Writer, patient_id: uuid.UUID) -> Appointment | None:
    """The patient's earliest completed visit: the one a referral earns at."""
    found = writer.select(
        sa.select(Appointment)
        .where(
            Appointment.patient_id == patient_id,
            Appointment.status == AppointmentStatus.COMPLETED,
            Appointment.deleted_at.is_(None),
        )
        .order_by(Appointment.starts_at)
        .limit(1)
    )
    return found[0] if found else None


def earn_for_feedback(writer: Writer, feedback: PatientFeedback) -> list[LoyaltyLedgerEntry]:
    return record(writer, [for_feedback(feedback, rules_for(writer, feedback.hospital_id))])


def earn_for_payment(writer: Writer, entry: RevenueEntry) -> list[LoyaltyLedgerEntry]:
    """A payment's points, or for a refund, the original payment's points taken back."""
    if entry.reverses_id is None:
        return record(writer, [for_payment(entry, rules_for(writer, entry.hospital_id))])
    if entry.patient_id is None:
        return []
    earned = writer.get(LoyaltyLedgerEntry, ledger_id(payment_key(entry.reverses_id)))
    return record(writer, for_reversal(entry, earned, _balance(writer, entry.patient_id)))


def expected(writer: Writer, source_key: str) -> Earning | None:
    """What the writer's copy of the event behind ``source_key`` earns (None: nothing)."""
    kind, _, rest = source_key.partition(":")
    raw_id, _, suffix = rest.partition(":")
    try:
        event_id = uuid.UUID(raw_id)
    except ValueError:
        return None
    if kind == "visit" and not suffix:
        appointment = writer.get(Appointment, event_id)
        return (
            for_visit(appointment, rules_for(writer, appointment.hospital_id))
            if appointment
            else None
        )
    if kind == "referral" and not suffix:
        referral = _referral_of(writer, event_id)
        visit = _first_visit(writer, event_id) if referral is not None else None
        if referral is None or visit is None:
            return None
        return for_referral(referral, visit, rules_for(writer, referral.hospital_id))
    if kind == "feedback" and not suffix:
        feedback = writer.get(PatientFeedback, event_id)
        return for_feedback(feedback, rules_for(writer, feedback.hospital_id)) if feedback else None
    if kind != "payment":
        return None
    if not suffix:
        entry = writer.get(RevenueEntry, event_id)
        return for_payment(entry, rules_for(writer, entry.hospital_id)) if entry else None
    refunds = writer.select(sa.select(RevenueEntry).where(RevenueEntry.reverses_id == event_id))
    if not refunds or refunds[0].patient_id is None:
        return None
    earned = writer.get(LoyaltyLedgerEntry, ledger_id(payment_key(event_id)))
    taken = for_reversal(refunds[0], earned, _balance(writer, refunds[0].patient_id))
    return next((e for e in taken if e.source_key == source_key), None)


def adjust_points(
    writer: Writer,
    *,
    patient_id: uuid.UUID,
    data: Any,
    may_manage: bool,
    now: dt.datetime | None = None,
) -> LoyaltyLedgerEntry:
    """A manager's correction: within the program's bound, with a reason, never below zero."""
    form = parse(AdjustmentInput, data)
    patient = writer.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.", field="patient")
    check_adjustment(
        may_manage=may_manage,
        points=form.points,
        reason=form.reason,
        rules=rules_for(writer, patient.hospital_id),
        balance_now=_balance(writer, patient.id),
    )
    return writer.insert(
        LoyaltyLedgerEntry,
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.ADJUST,
        points=form.points,
        reason=form.reason,
        occurred_at=now or utcnow(),
    )


def _balance(writer: Writer, patient_id: uuid.UUID) -> int:
    return sum(e.points for e in writer.select(ledger_query(patient_id)))
