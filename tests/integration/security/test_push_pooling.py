"""Crafted pooled spends: points leave a patient for a family pool only while they are in it.

A pooled share is a spend entry naming a pooled redemption. A desk could push
one for a patient who never joined a pool, or for a member whose consent was
withdrawn at another desk; the server refuses both from its own copy of the
consents (``sync_server.loyalty.pool_hooks``). Each test is the attack, sent
as the front desk; a real member's share is the control.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import LoyaltyLedgerEntry, LoyaltyPoolMember, LoyaltyProgram
from shared.db.queries.loyalty import ledger_entries
from shared.domain.enums import Role
from shared.domain.loyalty import balance
from shared.domain.pooling import POOLED
from tests import factories
from tests.integration.security.conftest import Estate, Side, Wire, outcomes

NOW = utcnow().replace(microsecond=0)


@dataclass(frozen=True)
class Household:
    guardian_id: uuid.UUID
    member_id: uuid.UUID
    outsider_id: uuid.UUID
    consent_id: uuid.UUID


def _household(pg_sessions: sessionmaker[Session], side: Side) -> Household:
    """Side's patient is the guardian of a pool with one member; an outsider shares the phone."""
    with pg_sessions.begin() as session:
        session.add(LoyaltyProgram(hospital_id=side.hospital_id, name="Care", pooling_allowed=True))
        member, outsider = (
            factories.patient(session, hospital_id=side.hospital_id, phone=side.patient_phone)
            for _ in range(2)
        )
        for patient in (member, outsider):
            factories.points(
                session, hospital_id=side.hospital_id, patient_id=patient.id, amount=200
            )
        clerk = factories.user(session, role=Role.FRONT_DESK, hospital_id=side.hospital_id)
        consent = LoyaltyPoolMember(
            hospital_id=side.hospital_id,
            guardian_id=side.patient_id,
            member_id=member.id,
            consented_at=NOW,
            recorded_by_id=clerk.id,
        )
        session.add(consent)
        session.flush()
        return Household(side.patient_id, member.id, outsider.id, consent.id)


def _share(side: Side, patient_id: uuid.UUID, points: int) -> dict[str, object]:
    return {
        "hospital_id": str(side.hospital_id),
        "patient_id": str(patient_id),
        "kind": "redeem",
        "points": -points,
        "reason": "Family pool: Free Blood Test",
        "reference_type": POOLED,
        "reference_id": str(uuid.uuid4()),
        "occurred_at": NOW.isoformat(),
    }


def _balance(pg_sessions: sessionmaker[Session], patient_id: uuid.UUID) -> int:
    with pg_sessions() as session:
        return balance(ledger_entries(session, patient_id))


def test_a_pooled_spend_for_a_patient_in_no_pool_is_refused(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    home = _household(pg_sessions, side)
    crafted = wire.mutation("loyalty_ledger", uuid.uuid4(), _share(side, home.outsider_id, 150))
    assert outcomes(wire.push(side.desk, crafted)) == ["rejected:not_pooled"]
    assert _balance(pg_sessions, home.outsider_id) == 200
    member = wire.mutation("loyalty_ledger", uuid.uuid4(), _share(side, home.member_id, 150))
    assert outcomes(wire.push(side.desk, member)) == ["applied:None"], "a member's share passes"
    assert _balance(pg_sessions, home.member_id) == 50


def test_a_pooled_spend_after_the_consent_was_withdrawn_is_refused(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    home = _household(pg_sessions, side)
    with pg_sessions.begin() as session:  # withdrawn at another desk, synced already
        session.get_one(LoyaltyPoolMember, home.consent_id).withdrawn_at = NOW
    crafted = wire.mutation("loyalty_ledger", uuid.uuid4(), _share(side, home.member_id, 150))
    assert outcomes(wire.push(side.desk, crafted)) == ["rejected:not_pooled"]
    assert _balance(pg_sessions, home.member_id) == 200
    with pg_sessions() as session:
        spent = session.scalars(
            sa.select(LoyaltyLedgerEntry).where(LoyaltyLedgerEntry.reference_type == POOLED)
        ).all()
    assert spent == []


def test_a_withdrawn_consent_cannot_be_given_again_by_an_edit(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    home = _household(pg_sessions, side)
    with pg_sessions.begin() as session:
        row = session.get_one(LoyaltyPoolMember, home.consent_id)
        row.withdrawn_at = NOW
        session.flush()
        seen = dict(row.field_clocks)
    undo = wire.mutation(
        "loyalty_pool_members", home.consent_id, {"withdrawn_at": None}, base_clocks=seen
    )
    assert outcomes(wire.push(side.desk, undo)) == ["rejected:invalid"]
    with pg_sessions() as session:
        assert session.get_one(LoyaltyPoolMember, home.consent_id).withdrawn_at is not None
