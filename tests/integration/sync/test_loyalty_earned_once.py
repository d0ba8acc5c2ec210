"""One event, two offline desks: a visit earns once, and a reward code pays for one payment.

Both desks write the visit's entry under the id its source key gives
(``shared.domain.earning``), so after syncing the server holds one entry and
each desk the same one, and neither desk is told its points were rejected
(the second completion itself is refused as already completed, as before).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.call_list import CallReason, calls_due, record_reward_call
from desktop.services.payments import record_payment
from desktop.store.tables import OutboxMutation
from shared.clock import lagos_today, utcnow
from shared.db.models import Appointment, LoyaltyLedgerEntry, LoyaltyRedemption, LoyaltyReward
from shared.domain.access import Principal
from shared.domain.earning import visit_key
from shared.domain.enums import AppointmentStatus, CallOutcome, LedgerKind, RewardKind
from shared.domain.rewards import redeem
from shared.domain.visits import complete_visit
from shared.errors import ConflictError
from tests import factories
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.test_roundtrip import register


def _entries(session: Session) -> list[tuple[str | None, int]]:
    query = sa.select(LoyaltyLedgerEntry.source_key, LoyaltyLedgerEntry.points)
    return [(key, points) for key, points in session.execute(query)]


def test_one_visit_completed_at_two_offline_desks_earns_once(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000301")
    arrived = utcnow().replace(microsecond=0) - dt.timedelta(minutes=20)
    with a.write() as writer:
        visit = writer.insert(
            Appointment,
            hospital_id=world.hospital_id,
            patient_id=patient.id,
            clinician_id=world.clinician_id,
            starts_at=arrived,
            ends_at=arrived + dt.timedelta(minutes=20),
            status=AppointmentStatus.CHECKED_IN,
            checked_in_at=arrived,
        )
    a.sync.sync_once()
    b.sync.sync_once()
    for desk in (a, b):  # both offline: neither knows the other completed it
        with desk.write() as writer:
            complete_visit(writer, appointment_id=visit.id)
    a.sync.sync_once()
    b.sync.sync_once()
    a.sync.sync_once()
    expected = [(visit_key(visit.id), 10)]
    with pg_sessions() as session:
        assert _entries(session) == expected
    for desk in (a, b):
        with desk.sessions() as session:
            assert _entries(session) == expected
            rejected = session.scalars(
                sa.select(OutboxMutation.reason).where(
                    OutboxMutation.outcome == "rejected",
                    OutboxMutation.table_name == LoyaltyLedgerEntry.__tablename__,
                )
            ).all()
            assert rejected == [], "the repeat is answered as saved, not refused"


def test_one_reward_code_taken_at_two_offline_desks_pays_once(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    patient = register(a, world, "IKJ1-000302")
    a.sync.sync_once()
    with pg_sessions.begin() as session:
        reward = LoyaltyReward(
            hospital_id=world.hospital_id,
            name="BP check",
            kind=RewardKind.FREE_SERVICE,
            points_cost=50,
        )
        session.add(reward)
        factories.points(session, hospital_id=world.hospital_id, patient_id=patient.id, amount=50)
    a.sync.sync_once()
    with a.write() as writer:
        code = redeem(writer, patient_id=patient.id, reward_id=reward.id).code
    a.sync.sync_once()
    b.sync.sync_once()
    payments = {}
    for desk in (a, b):  # both offline, the patient's code typed at each
        with desk.write() as writer:
            data = {"amount": "3,000", "method": "cash", "reward_code": code}
            payments[desk] = record_payment(
                writer.session, writer, patient_id=patient.id, data=data
            ).entry_id
    a.sync.sync_once()
    b.sync.sync_once()
    with pg_sessions() as session:
        redemption = session.scalars(sa.select(LoyaltyRedemption)).one()
        assert redemption.used_on_id == payments[a]
    with b.sessions() as session:
        [reason] = session.scalars(
            sa.select(OutboxMutation.reason).where(
                OutboxMutation.outcome == "rejected",
                OutboxMutation.table_name == LoyaltyRedemption.__tablename__,
            )
        ).all()
        assert reason == f"Reward code: {code} was already used"
        assert session.scalars(sa.select(LoyaltyRedemption.used_on_id)).one() == payments[a]


def test_the_last_of_a_limited_reward_goes_to_one_of_two_offline_desks(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    a, b = make_desk(world.principal(0)), make_desk(world.principal(1))
    first, second = register(a, world, "IKJ1-000303"), register(a, world, "IKJ1-000304")
    a.sync.sync_once()
    with pg_sessions.begin() as session:
        reward = LoyaltyReward(
            hospital_id=world.hospital_id,
            name="Free BP check",
            kind=RewardKind.FREE_SERVICE,
            points_cost=50,
            stock=1,
        )
        session.add(reward)
        for patient in (first, second):
            factories.points(
                session, hospital_id=world.hospital_id, patient_id=patient.id, amount=80
            )
    for desk in (a, b):
        desk.sync.sync_once()
    for desk, patient in ((a, first), (b, second)):  # both offline: each sees one left
        with desk.write() as writer:
            redeem(writer, patient_id=patient.id, reward_id=reward.id)
    a.sync.sync_once()
    b.sync.sync_once()
    with pg_sessions() as session:
        assert session.scalars(sa.select(LoyaltyRedemption.patient_id)).all() == [first.id]
        spent = sa.select(LoyaltyLedgerEntry.patient_id).where(
            LoyaltyLedgerEntry.kind == LedgerKind.REDEEM
        )
        assert session.scalars(spent).all() == [first.id], "nobody pays for what they lost"
    with b.sessions() as session:
        reasons = session.scalars(
            sa.select(OutboxMutation.reason).where(OutboxMutation.outcome == "rejected")
        ).all()
        assert "Free BP check: none left" in reasons
    with b.write() as writer, pytest.raises(ConflictError, match="Free BP check: none left"):
        redeem(writer, patient_id=second.id, reward_id=reward.id)
    with b.sessions() as session:  # the desk that said yes calls the patient
        [due] = calls_due(session)
        assert (due.reason, due.patient_id, due.detail) == (
            CallReason.REWARD_REFUSED,
            second.id,
            "Free BP check: none left",
        )
    with a.sessions() as session:
        assert calls_due(session) == [], "only the desk that gave the reward calls"
    with b.write() as writer:
        record_reward_call(
            writer.session, writer, patient_id=second.id, outcome=CallOutcome.NO_ANSWER
        )
    with b.sessions() as session:
        assert calls_due(session) == [], "tried today; back on the list tomorrow"
        tomorrow = calls_due(session, today=lagos_today() + dt.timedelta(days=1))
        assert [c.patient_id for c in tomorrow] == [second.id]
    with b.write() as writer:
        record_reward_call(
            writer.session, writer, patient_id=second.id, outcome=CallOutcome.CONFIRMED
        )
    with b.sessions() as session:
        assert calls_due(session, today=lagos_today() + dt.timedelta(days=1)) == []
