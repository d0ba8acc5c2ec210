"""A pooled redemption, on the desk and over REST, against the server on PostgreSQL.

A mother and her son share a phone at one hospital whose program allows
pooling. At the desk she consents for him, and a reward for him is paid from
the pool: his points first, then hers, one spend entry each. The desk's
writes sync and the server holds the same balances; the REST API pays the
next reward from the pool by the same command, and refuses one the pool
cannot afford with the shortfall named.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.pooling import add_to_pool, redeem_from_pool
from desktop.store.tables import OutboxMutation
from desktop.store.writes import LocalWriter
from shared.clock import utcnow
from shared.db.models import LoyaltyLedgerEntry, LoyaltyProgram, LoyaltyRedemption, LoyaltyReward
from shared.db.queries.loyalty import ledger_entries
from shared.domain.access import Principal
from shared.domain.enums import LedgerKind, RewardKind
from shared.domain.loyalty import balance
from shared.domain.pooling import POOLED
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.rule_paths import Site
from tests.integration.sync.test_roundtrip import register

PHONE = "+2348035550101"


def _rewards(sessions: sessionmaker[Session], world: HospitalWorld) -> dict[int, uuid.UUID]:
    with sessions.begin() as session:
        session.add(
            LoyaltyProgram(hospital_id=world.hospital_id, name="Care", pooling_allowed=True)
        )
        rewards = {
            cost: LoyaltyReward(
                hospital_id=world.hospital_id,
                name=f"Reward {cost}",
                kind=RewardKind.DISCOUNT,
                points_cost=cost,
            )
            for cost in (300, 40, 80)
        }
        session.add_all(rewards.values())
        session.flush()
        return {cost: reward.id for cost, reward in rewards.items()}


def _opening(sessions: sessionmaker[Session], world: HospitalWorld, **points: uuid.UUID) -> None:
    with sessions.begin() as session:  # managers' adjustments, made on the server
        for amount, patient_id in points.items():
            session.add(
                LoyaltyLedgerEntry(
                    hospital_id=world.hospital_id,
                    patient_id=patient_id,
                    kind=LedgerKind.ADJUST,
                    points=int(amount.removeprefix("p")),
                    reason="Opening balance",
                    occurred_at=utcnow(),
                )
            )


def _server_balance(sessions: sessionmaker[Session], patient_id: uuid.UUID) -> int:
    with sessions() as session:
        return balance(ledger_entries(session, patient_id))


def test_a_pooled_redemption_on_the_desk_and_over_rest(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    make_desk: Callable[[Principal], Desk],
) -> None:
    rewards = _rewards(pg_sessions, world)
    site = Site.of(world, sync_server, pg_sessions, make_desk)
    desk = site.a
    mother = register(desk, world, "IKJ1-000081", phone=PHONE, date_of_birth=dt.date(1985, 3, 2))
    son = register(desk, world, "IKJ1-000082", phone=PHONE, date_of_birth=dt.date(2015, 7, 9))
    desk.sync.sync_once()
    _opening(pg_sessions, world, p200=mother.id, p150=son.id)
    desk.sync.sync_once()

    assert desk.principal.device_id is not None
    with desk.sessions.begin() as session:
        writer = LocalWriter(
            session, device_id=desk.principal.device_id, clock=desk.clock, actor=world.user_id
        )
        add_to_pool(writer, guardian_id=mother.id, member_id=son.id)
        done = redeem_from_pool(writer, patient_id=son.id, reward_id=rewards[300])
    assert [(s.patient_id, s.points) for s in done.shares] == [(son.id, 150), (mother.id, 150)]
    desk.sync.sync_once()

    with desk.sessions() as session:
        answers = session.scalars(
            sa.select(OutboxMutation.outcome).where(
                OutboxMutation.table_name.in_(
                    ["loyalty_pool_members", "loyalty_ledger", "loyalty_redemptions"]
                )
            )
        ).all()
    assert answers == ["applied"] * 4
    assert (_server_balance(pg_sessions, son.id), _server_balance(pg_sessions, mother.id)) == (
        0,
        50,
    )
    with pg_sessions() as session:
        redemption = session.get_one(LoyaltyRedemption, done.redeemed.redemption.id)
        assert (redemption.patient_id, redemption.code) == (son.id, done.redeemed.code)

    with site.api() as client:
        paid = client.post(
            f"/api/crm/patients/{son.id}/loyalty/pool/redeem",
            json={"reward_id": str(rewards[40])},
        )
        assert paid.status_code == 201, paid.text
        assert paid.json()["shares"] == [{"patient_id": str(mother.id), "points": 40}]
        short = client.post(
            f"/api/crm/patients/{son.id}/loyalty/pool/redeem",
            json={"reward_id": str(rewards[80])},
        )
    assert short.status_code == 409, short.text
    assert short.json()["error"]["message"] == (
        "the family pool needs 80 points but only 10 are available (70 short)"
    )
    assert _server_balance(pg_sessions, mother.id) == 10
    with pg_sessions() as session:
        shares = session.scalars(
            sa.select(LoyaltyLedgerEntry.patient_id).where(
                LoyaltyLedgerEntry.reference_type == POOLED
            )
        ).all()
    assert sorted(map(str, shares)) == sorted(map(str, [son.id, mother.id, mother.id]))
