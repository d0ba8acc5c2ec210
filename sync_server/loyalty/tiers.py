"""The daily tier review: each move between tiers recorded once, and a move up congratulated.

A desk shows a patient's tier from their points at once, offline
(:func:`shared.domain.loyalty.standing`); this job writes down the moves that
rule makes, so there is a history, a patient who falls below a tier keeps it
for the program's ``tier_grace_days`` (the rule reads the last recorded
move), and a move up sends one congratulation. The move and its message are
written in one transaction and the next run starts from the recorded tier,
so a patient is congratulated once per move, however often the job runs.

The message goes by the patient's preferred channel if they consented to it
and a ``loyalty_tier_up`` template exists for it, else down the usual ladder;
it is a service notice, so dispatch still applies opt-outs, consent and
quiet hours. A patient nobody may message still has the move recorded.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import (
    Hospital,
    LoyaltyLedgerEntry,
    LoyaltyTierChange,
    Message,
    Patient,
)
from shared.db.queries.loyalty import program_rules
from shared.domain.enums import Channel
from shared.domain.loyalty import ORDER, ProgramRules, Tier, lifetime_earned, standing
from shared.domain.messaging.compose import patient_values
from shared.domain.messaging.policy import LADDER
from shared.domain.messaging.senders import TIER_UP
from shared.errors import FieldValidationError
from sync_server import audit
from sync_server.config import ServerSettings
from sync_server.messaging.outbox import queue_message
from sync_server.messaging.reminders import reachability
from sync_server.messaging.templates import find_template
from sync_server.sync.changes import set_actor

ACTOR = "job:loyalty_tiers"
#: Patients reviewed per round of queries.
BATCH = 500


@dataclass
class Review:
    up: int = 0
    down: int = 0
    congratulated: int = 0

    def __str__(self) -> str:
        return f"{self.up} up, {self.down} down, {self.congratulated} congratulated"


def review_tiers(session: Session, settings: ServerSettings, now: dt.datetime) -> str:
    """The ``loyalty_tiers`` schedule's handler."""
    del settings
    set_actor(session, ACTOR)
    return str(review(session, now))


def review(session: Session, now: dt.datetime) -> Review:
    """Record every patient's move since the last review; congratulate the moves up."""
    done = Review()
    rules: dict[uuid.UUID, ProgramRules] = {}
    for batch in _patients_with_points(session):
        ledgers = _ledgers(session, batch)
        recorded = _recorded(session, batch)
        for patient_id, entries in ledgers.items():
            hospital_id = entries[0].hospital_id
            if hospital_id not in rules:
                rules[hospital_id] = program_rules(session, hospital_id)
            last = recorded.get(patient_id)
            held = last.to_tier if last is not None else Tier.BRONZE
            now_held = standing(
                entries, held, last.changed_at if last else None, now, rules[hospital_id]
            ).tier
            if now_held is held:
                continue
            change = LoyaltyTierChange(
                hospital_id=hospital_id,
                patient_id=patient_id,
                from_tier=held,
                to_tier=now_held,
                lifetime_points=lifetime_earned(entries),
                changed_at=now,
            )
            if ORDER.index(now_held) > ORDER.index(held):
                done.up += 1
                message = _congratulate(session, patient_id, change)
                if message is not None:
                    change.message_id = message.id
                    done.congratulated += 1
            else:
                done.down += 1
            session.add(change)
            audit.record(
                session,
                None,
                "create",
                LoyaltyTierChange.__tablename__,
                change.id,
                hospital_id=hospital_id,
            )
    return done


def _patients_with_points(session: Session) -> Iterator[list[uuid.UUID]]:
    ids = list(
        session.scalars(
            sa.select(LoyaltyLedgerEntry.patient_id)
            .where(LoyaltyLedgerEntry.deleted_at.is_(None))
            .distinct()
            .order_by(LoyaltyLedgerEntry.patient_id)
        )
    )
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _ledgers(
    session: Session, patient_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[LoyaltyLedgerEntry]]:
    out: dict[uuid.UUID, list[LoyaltyLedgerEntry]] = {}
    query = sa.select(LoyaltyLedgerEntry).where(
        LoyaltyLedgerEntry.patient_id.in_(patient_ids), LoyaltyLedgerEntry.deleted_at.is_(None)
    )
    for entry in session.scalars(query):
        out.setdefault(entry.patient_id, []).append(entry)
    return out


def _recorded(
    session: Session, patient_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, LoyaltyTierChange]:
    """Each patient's latest recorded move."""
    query = (
        sa.select(LoyaltyTierChange)
        .where(
            LoyaltyTierChange.patient_id.in_(patient_ids),
            LoyaltyTierChange.deleted_at.is_(None),
        )
        .order_by(LoyaltyTierChange.patient_id, LoyaltyTierChange.changed_at.desc())
        .distinct(LoyaltyTierChange.patient_id)
    )
    return {change.patient_id: change for change in session.scalars(query)}


def _congratulate(
    session: Session, patient_id: uuid.UUID, change: LoyaltyTierChange
) -> Message | None:
    patient = session.get_one(Patient, patient_id)
    hospital = session.get_one(Hospital, change.hospital_id)
    if patient.deleted_at is not None:
        return None
    reach = reachability(patient)
    for channel in dict.fromkeys((patient.preferred_channel, *LADDER)):
        if not reach.allows(channel):
            continue
        try:
            template = find_template(session, TIER_UP, channel, patient.preferred_language)
        except FieldValidationError:
            continue
        values = patient_values(patient, hospital) | {
            "tier_name": change.to_tier.value.capitalize(),
            "points": f"{change.lifetime_points:,}",
        }
        address = patient.email if channel is Channel.EMAIL else patient.phone
        return queue_message(
            session,
            template=template,
            address=address or "",
            values=values,
            hospital_id=hospital.id,
            patient_id=patient.id,
        )
    return None
