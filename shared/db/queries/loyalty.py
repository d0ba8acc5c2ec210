"""Loyalty reads shared by the desk services and the CRM API, so both compute the same balance."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import LoyaltyLedgerEntry, LoyaltyProgram, LoyaltyTierChange
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


#: The columns the rules read (``shared.domain.loyalty.LedgerLine``).
_LINE = (
    LoyaltyLedgerEntry.id,
    LoyaltyLedgerEntry.kind,
    LoyaltyLedgerEntry.points,
    LoyaltyLedgerEntry.occurred_at,
    LoyaltyLedgerEntry.expires_at,
    LoyaltyLedgerEntry.available_at,
    LoyaltyLedgerEntry.source_key,
    LoyaltyLedgerEntry.reference_id,
)


def ledger_entries(session: Session, patient_id: uuid.UUID) -> list[LedgerLine]:
    """A patient's live ledger rows, as the plain rows the rules read.

    Plain rows, not ORM objects: building and identity-mapping 500 entities
    cost more than all the arithmetic on them (``bench/loyalty_bench.py``).
    """
    query = sa.select(*_LINE).where(
        LoyaltyLedgerEntry.patient_id == patient_id, LoyaltyLedgerEntry.deleted_at.is_(None)
    )
    return cast(list[LedgerLine], list(session.execute(query)))


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
