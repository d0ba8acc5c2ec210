"""Loyalty reads shared by the desk services and the CRM API, so both compute the same balance."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import as_utc
from shared.db.models import LoyaltyLedgerEntry, LoyaltyProgram, LoyaltyTierChange
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import LedgerLine, ProgramRules, Standing, standing


def program_query(hospital_id: uuid.UUID) -> sa.Select[tuple[LoyaltyProgram]]:
    """The hospital's own active program first, then the network-wide one."""
    return (
        sa.select(LoyaltyProgram)
        .where(
            LoyaltyProgram.active.is_(True),
            LoyaltyProgram.deleted_at.is_(None),
            sa.or_(LoyaltyProgram.hospital_id == hospital_id, LoyaltyProgram.hospital_id.is_(None)),
        )
        .order_by(LoyaltyProgram.hospital_id.is_(None))
        .limit(1)
    )


def program_rules(session: Session, hospital_id: uuid.UUID) -> ProgramRules:
    """The hospital's own active program, else the network-wide one, else the defaults."""
    program = session.scalar(program_query(hospital_id))
    return ProgramRules.of(program) if program is not None else ProgramRules()


def ledger_query(patient_id: uuid.UUID) -> sa.Select[tuple[LoyaltyLedgerEntry]]:
    """A patient's live ledger rows; the balance is always derived from these."""
    return sa.select(LoyaltyLedgerEntry).where(
        LoyaltyLedgerEntry.patient_id == patient_id, LoyaltyLedgerEntry.deleted_at.is_(None)
    )


class _Line(NamedTuple):
    """One ledger row as the rules read it (``shared.domain.loyalty.LedgerLine``)."""

    id: uuid.UUID
    kind: LedgerKind
    points: int
    occurred_at: dt.datetime
    expires_at: dt.datetime | None
    available_at: dt.datetime | None
    source_key: str | None
    reference_id: uuid.UUID | None


#: The columns the rules read, fetched as the driver gives them (see ``ledger_entries``).
_RAW = tuple(
    sa.type_coerce(column, sa.String)
    for column in (
        LoyaltyLedgerEntry.id,
        LoyaltyLedgerEntry.kind,
        LoyaltyLedgerEntry.points,
        LoyaltyLedgerEntry.occurred_at,
        LoyaltyLedgerEntry.expires_at,
        LoyaltyLedgerEntry.available_at,
        LoyaltyLedgerEntry.source_key,
        LoyaltyLedgerEntry.reference_id,
    )
)
_KINDS = {kind.value: kind for kind in LedgerKind}


def _when(value: str | dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time: SQLite's text (``2026-12-01 09:00:00.000000``) or the driver's."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value + "+00:00")  # 7x faster than .replace(tzinfo)
    return as_utc(value)


def _id(value: str | uuid.UUID | None) -> uuid.UUID | None:
    """A stored id: SQLite's 32 hex digits or the driver's UUID."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(value)


def ledger_entries(session: Session, patient_id: uuid.UUID) -> list[LedgerLine]:
    """A patient's live ledger rows, as the plain rows the rules read.

    Plain rows, not ORM objects, and decoded here in one loop rather than by
    each column type's result processor: for a 500-entry history, building
    entities cost more than all the arithmetic on them, and SQLite's generic
    datetime parsing half of what was left (``bench/loyalty_bench.py``).
    """
    query = sa.select(*_RAW).where(
        LoyaltyLedgerEntry.patient_id == patient_id, LoyaltyLedgerEntry.deleted_at.is_(None)
    )
    kinds, when, ident = _KINDS, _when, _id
    return [
        _Line(ident(i), kinds[k], int(p), when(o), when(e), when(a), s, ident(r))  # type: ignore[arg-type]
        for i, k, p, o, e, a, s, r in session.execute(query)
    ]


def latest_tier_change(session: Session, patient_id: uuid.UUID) -> LoyaltyTierChange | None:
    """The patient's last recorded move between tiers (None: never moved, so Bronze)."""
    return session.scalar(
        sa.select(LoyaltyTierChange)
        .where(LoyaltyTierChange.patient_id == patient_id, LoyaltyTierChange.deleted_at.is_(None))
        .order_by(LoyaltyTierChange.changed_at.desc())
        .limit(1)
    )


def tier_changes(session: Session, patient_id: uuid.UUID) -> list[LoyaltyTierChange]:
    """Every recorded move between tiers of the patient, newest first.

    A patient moves a few times a year at most, so the whole list is read.
    """
    query = (
        sa.select(LoyaltyTierChange)
        .where(LoyaltyTierChange.patient_id == patient_id, LoyaltyTierChange.deleted_at.is_(None))
        .order_by(LoyaltyTierChange.changed_at.desc(), LoyaltyTierChange.id.desc())
    )
    return list(session.scalars(query))


def patient_standing(
    session: Session,
    patient_id: uuid.UUID,
    hospital_id: uuid.UUID,
    now: dt.datetime,
    entries: Sequence[LedgerLine] | None = None,
    rules: ProgramRules | None = None,
) -> Standing:
    """The tier the patient holds now, by the one rule (:func:`shared.domain.loyalty.standing`)."""
    recorded = latest_tier_change(session, patient_id)
    return standing(
        ledger_entries(session, patient_id) if entries is None else entries,
        recorded.to_tier if recorded is not None else None,
        recorded.changed_at if recorded is not None else None,
        now,
        rules or program_rules(session, hospital_id),
    )
