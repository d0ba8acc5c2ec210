"""The redemption balance rule gives one answer on the desk, over REST and on push.

Desk ``b`` went offline holding 100 points for the patient; desk ``a`` then
spent 30 of them. A reward the 70 left cannot cover is refused by the desk
that knows, by the REST API, and by the push of the desk that did not know,
with the same sentence; one the balance covers is accepted on all three.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.tables import OutboxMutation
from shared.clock import utcnow
from shared.db.models import LoyaltyLedgerEntry, LoyaltyReward, Patient
from shared.db.queries.loyalty import ledger_entries
from shared.domain.access import Principal
from shared.domain.enums import LedgerKind, RewardKind
from shared.domain.loyalty import balance
from shared.domain.rewards import redeem
from shared.errors import ConflictError
from tests.integration.sync.conftest import Desk, HospitalWorld, SyncServer
from tests.integration.sync.rule_paths import Site, dry_run
from tests.integration.sync.test_roundtrip import register


@dataclass(frozen=True)
class Paths:
    site: Site
    patient: Patient
    rewards: dict[int, uuid.UUID]

    def desk(self, cost: int) -> str | None:
        """Desk ``a``'s refusal, or None if it would redeem (nothing is saved either way)."""
        with dry_run(self.site.a) as (_session, writer):
            try:
                redeem(writer, patient_id=self.patient.id, reward_id=self.rewards[cost])
            except ConflictError as exc:
                assert exc.code == "insufficient_points"
                return exc.message
        return None

    def rest(self, cost: int) -> str | None:
        with self.site.api() as client:
            response = client.post(
                f"/api/crm/patients/{self.patient.id}/loyalty/redeem",
                json={"reward_id": str(self.rewards[cost])},
            )
        if response.status_code == 201:
            return None
        assert response.status_code == 409, response.text
        error = response.json()["error"]
        assert error["code"] == "insufficient_points"
        return str(error["message"])

    def push(self, cost: int) -> str | None:
        """Desk ``b``, which still counts 100 points, redeems and syncs."""
        with self.site.b.write() as writer:
            redeem(writer, patient_id=self.patient.id, reward_id=self.rewards[cost])
        self.site.b.sync.sync_once()
        with self.site.b.sessions() as session:
            answer = session.scalars(
                sa.select(OutboxMutation)
                .where(OutboxMutation.table_name == LoyaltyLedgerEntry.__tablename__)
                .order_by(OutboxMutation.seq.desc())
                .limit(1)
            ).one()
        if answer.outcome == "applied":
            return None
        assert (answer.outcome, answer.reason_code) == ("rejected", "insufficient_points")
        return answer.reason

    def server_balance(self) -> int:
        with self.site.sessions() as session:
            return balance(ledger_entries(session, self.patient.id))


@pytest.fixture
def paths(
    world: HospitalWorld,
    sync_server: SyncServer,
    pg_sessions: sessionmaker[Session],
    make_desk: Callable[[Principal], Desk],
) -> Paths:
    with pg_sessions.begin() as session:
        rewards = {
            cost: LoyaltyReward(
                hospital_id=world.hospital_id,
                name=f"Reward {cost}",
                kind=RewardKind.DISCOUNT,
                points_cost=cost,
            )
            for cost in (30, 80)
        }
        session.add_all(rewards.values())
    site = Site.of(world, sync_server, pg_sessions, make_desk)
    a = site.a
    patient = register(a, world, "IKJ1-000071")
    a.sync.sync_once()
    with pg_sessions.begin() as session:  # a manager's adjustment, made on the server
        session.add(
            LoyaltyLedgerEntry(
                hospital_id=world.hospital_id,
                patient_id=patient.id,
                kind=LedgerKind.ADJUST,
                points=100,
                reason="Opening balance",
                occurred_at=utcnow(),
            )
        )
    a.sync.sync_once()
    site.b.sync.sync_once()  # b goes offline holding 100 points
    paths = Paths(site, patient, {cost: reward.id for cost, reward in rewards.items()})
    with a.write() as writer:
        redeem(writer, patient_id=patient.id, reward_id=paths.rewards[30])
    a.sync.sync_once()
    assert paths.server_balance() == 70
    return paths


def test_a_redemption_the_balance_cannot_cover_is_refused_alike_on_every_path(
    paths: Paths,
) -> None:
    desk, rest, push = paths.desk(80), paths.rest(80), paths.push(80)
    assert desk == "needs 80 points but only 70 are available"
    assert desk == rest == push
    assert paths.server_balance() == 70


def test_a_redemption_the_balance_covers_is_accepted_on_every_path(paths: Paths) -> None:
    assert (paths.desk(30), paths.rest(30), paths.push(30)) == (None, None, None)
    assert paths.server_balance() == 10
