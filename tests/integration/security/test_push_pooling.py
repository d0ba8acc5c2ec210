"""Crafted pooled spends: points leave a patient for a family pool only while they are in it.

A pooled share is a spend entry naming a pooled redemption. A desk could push
one for a patient who never joined a pool, or for a member whose consent was
withdrawn at another desk; the server refuses both from its own copy of the
consents (``sync_server.loyalty.pool_hooks``). Each test is the attack, sent
as the front desk; a real member's share is the control. The last tests are
the honest desk's offline redemption that sync refuses half of: the shares
that passed are given back, once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import (
    LoyaltyLedgerEntry,
    LoyaltyPoolMember,
    LoyaltyProgram,
    LoyaltyRedemption,
    LoyaltyReward,
)
from shared.db.queries.loyalty import ledger_entries
from shared.domain.enums import RewardKind, Role
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


def _share(
    side: Side, patient_id: uuid.UUID, points: int, redemption_id: uuid.UUID | None = None
) -> dict[str, object]:
    return {
        "hospital_id": str(side.hospital_id),
        "patient_id": str(patient_id),
        "kind": "redeem",
        "points": -points,
        "reason": "Family pool: Free Blood Test",
        "reference_type": POOLED,
        "reference_id": str(redemption_id or uuid.uuid4()),
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


def _offline_pooled_redemption(
    wire: Wire, pg_sessions: sessionmaker[Session], side: Side, home: Household
) -> tuple[list[dict[str, object]], uuid.UUID]:
    """What a desk's pooled redemption of a 300-point reward pushes: two shares, then it."""
    with pg_sessions.begin() as session:
        factories.points(
            session, hospital_id=side.hospital_id, patient_id=home.guardian_id, amount=200
        )
        reward = LoyaltyReward(
            hospital_id=side.hospital_id,
            name="Free Blood Test",
            kind=RewardKind.FREE_SERVICE,
            points_cost=300,
        )
        session.add(reward)
        session.flush()
        reward_id = reward.id
    redemption_id, member_share, guardian_share = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    mutations = [
        wire.mutation(
            "loyalty_ledger", member_share, _share(side, home.member_id, 150, redemption_id)
        ),
        wire.mutation(
            "loyalty_ledger", guardian_share, _share(side, home.guardian_id, 150, redemption_id)
        ),
        wire.mutation(
            "loyalty_redemptions",
            redemption_id,
            {
                "hospital_id": str(side.hospital_id),
                "patient_id": str(home.member_id),
                "reward_id": str(reward_id),
                "points": 300,
                "status": "completed",
                "ledger_entry_id": str(member_share),
                "redeemed_at": NOW.isoformat(),
                "code": "K7QM-3ZD9",
            },
        ),
    ]
    return mutations, redemption_id


def test_a_refused_pooled_redemption_gives_back_the_shares_that_passed(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    home = _household(pg_sessions, side)
    mutations, redemption_id = _offline_pooled_redemption(wire, pg_sessions, side, home)
    start = _balance(pg_sessions, home.guardian_id)
    with pg_sessions.begin() as session:  # the member's points went at another desk meanwhile
        factories.points(
            session, hospital_id=side.hospital_id, patient_id=home.member_id, amount=-100
        )
    results = wire.push(side.desk, *mutations)
    assert outcomes(results)[0] == "rejected:insufficient_points"
    assert outcomes(results)[1] == "applied:None", "the guardian's share passed on its own"
    assert outcomes(results)[2].startswith("rejected:")
    assert _balance(pg_sessions, home.guardian_id) == start, "the guardian's 150 came back"
    assert _balance(pg_sessions, home.member_id) == 100
    assert side.desk.device_id is not None
    wire.seqs[side.desk.device_id] -= 3  # the desk never got the answers and sends them again
    wire.push(side.desk, *mutations)
    assert _balance(pg_sessions, home.guardian_id) == start, "given back once"
    with pg_sessions() as session:
        assert session.get(LoyaltyRedemption, redemption_id) is None
    returned = [
        row["row"]
        for row in wire.pull(side.desk)
        if row["table"] == "loyalty_ledger" and row["row"]["reference_type"] == "loyalty_ledger"
    ]
    assert [(r["patient_id"], r["points"]) for r in returned] == [(str(home.guardian_id), 150)]


def test_a_pooled_redemption_that_passes_keeps_its_shares(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    home = _household(pg_sessions, side)
    mutations, redemption_id = _offline_pooled_redemption(wire, pg_sessions, side, home)
    start = _balance(pg_sessions, home.guardian_id)
    assert outcomes(wire.push(side.desk, *mutations)) == ["applied:None"] * 3
    assert _balance(pg_sessions, home.guardian_id) == start - 150
    assert _balance(pg_sessions, home.member_id) == 50
    with pg_sessions() as session:
        assert session.get(LoyaltyRedemption, redemption_id) is not None
