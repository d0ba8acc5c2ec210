"""Points at the desk, offline: earned by the events themselves, once each, adjusted by managers.

Every test drives the desk's own commands on a real local store (the ones
the screens call) and reads the patient's standing the way the loyalty tab
does, so a rule that stopped earning, earned twice or let held points be
spent fails here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.feedback import submit_feedback
from desktop.services.loyalty import adjust_points, available_rewards, loyalty_summary
from desktop.services.payments import record_payment, reverse_payment
from desktop.services.visits import complete_visit
from desktop.store.writes import LocalWriter
from shared.clock import HybridLogicalClock, as_utc, format_date, to_lagos, utcnow
from shared.db.models import LoyaltyLedgerEntry, LoyaltyRedemption, LoyaltyReward, LoyaltyTierChange
from shared.domain.earning import ledger_id, payment_key, visit_key
from shared.domain.enums import AppointmentStatus, LedgerKind, RewardKind, Role
from shared.domain.loyalty import Tier, add_months
from shared.domain.rewards import redeem
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError
from tests import factories


@dataclass
class Desk:
    session: Session
    hospital_id: uuid.UUID
    patient_id: uuid.UUID
    clerk: uuid.UUID
    manager: uuid.UUID

    def writer(self, actor: uuid.UUID | None = None) -> LocalWriter:
        return LocalWriter(
            self.session,
            device_id=uuid.uuid4(),
            clock=HybridLogicalClock("desk1"),
            actor=actor or self.clerk,
        )

    def entries(self) -> list[LoyaltyLedgerEntry]:
        query = sa.select(LoyaltyLedgerEntry).where(
            LoyaltyLedgerEntry.patient_id == self.patient_id
        )
        return list(self.session.scalars(query.order_by(LoyaltyLedgerEntry.occurred_at)))


@pytest.fixture
def desk(sqlite_session: Session) -> Desk:
    hospital = factories.hospital(sqlite_session)
    patient = factories.patient(sqlite_session, hospital_id=hospital.id)
    clerk = factories.user(sqlite_session, role=Role.FRONT_DESK, hospital_id=hospital.id)
    manager = factories.user(sqlite_session, role=Role.MANAGER, hospital_id=hospital.id)
    sqlite_session.commit()
    return Desk(sqlite_session, hospital.id, patient.id, clerk.id, manager.id)


def _checked_in(desk: Desk) -> uuid.UUID:
    arrived = utcnow().replace(microsecond=0) - dt.timedelta(minutes=30)
    visit = factories.appointment(
        desk.session,
        hospital_id=desk.hospital_id,
        patient_id=desk.patient_id,
        starts_at=arrived,
        status=AppointmentStatus.CHECKED_IN,
        checked_in_at=arrived,
    )
    desk.session.flush()
    return visit.id


def _pay(desk: Desk, amount: str) -> uuid.UUID:
    data = {"amount": amount, "method": "cash"}
    receipt = record_payment(desk.session, desk.writer(), patient_id=desk.patient_id, data=data)
    return receipt.entry_id


def test_a_completed_visit_earns_its_points_once(desk: Desk) -> None:
    visit = _checked_in(desk)
    complete_visit(desk.session, desk.writer(), appointment_id=visit)
    [entry] = desk.entries()
    assert (entry.points, entry.source_key, entry.id) == (
        10,
        visit_key(visit),
        ledger_id(visit_key(visit)),
    )
    with pytest.raises(ConflictError):
        complete_visit(desk.session, desk.writer(), appointment_id=visit)
    assert len(desk.entries()) == 1


def test_a_payment_earns_per_spend_unit_and_holds_the_points(desk: Desk) -> None:
    entry_id = _pay(desk, "2,595")  # 25 whole units of ₦100
    [entry] = desk.entries()
    assert (entry.points, entry.source_key) == (25, payment_key(entry_id))
    summary = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert (summary.points, summary.on_hold, summary.spendable) == (25, 25, 0)
    later = loyalty_summary(
        desk.session, patient_id=desk.patient_id, now=utcnow() + dt.timedelta(days=15)
    )
    assert (later.on_hold, later.spendable) == (0, 25)


def test_held_points_cannot_be_spent(desk: Desk) -> None:
    reward = LoyaltyReward(name="BP check", kind=RewardKind.FREE_SERVICE, points_cost=20)
    desk.session.add(reward)
    desk.session.flush()
    _pay(desk, "3,000")  # 30 points, held
    with pytest.raises(ConflictError) as refused:
        redeem(desk.writer(), patient_id=desk.patient_id, reward_id=reward.id)
    assert refused.value.message == "needs 20 points but only 0 are available"
    after_hold = utcnow() + dt.timedelta(days=15)
    left = redeem(
        desk.writer(),
        patient_id=desk.patient_id,
        reward_id=reward.id,
        now=after_hold,
    )
    assert left.balance == 10


def test_feedback_earns_twenty_points(desk: Desk) -> None:
    data = {"rating": 5, "nps": 9, "category": "general", "comments": "Kind nurses"}
    submit_feedback(desk.session, desk.writer(), patient_id=desk.patient_id, data=data)
    [entry] = desk.entries()
    assert (entry.points, entry.reason) == (20, "Feedback given")


def test_a_refund_takes_back_held_points_in_full(desk: Desk) -> None:
    entry_id = _pay(desk, "4,000")
    reverse_payment(desk.session, desk.writer(), entry_id=entry_id, reason="Charged twice")
    summary = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert (summary.points, summary.on_hold, summary.lifetime_points) == (0, 0, 0)
    assert [e.points for e in desk.entries()] == [40, -40]


def test_a_refund_of_spent_points_writes_the_shortfall_off_visibly(desk: Desk) -> None:
    reward = LoyaltyReward(name="Blood test", kind=RewardKind.FREE_SERVICE, points_cost=30)
    desk.session.add(reward)
    desk.session.flush()
    entry_id = _pay(desk, "4,000")
    later = utcnow() + dt.timedelta(days=15)
    redeem(desk.writer(), patient_id=desk.patient_id, reward_id=reward.id, now=later)
    reverse_payment(desk.session, desk.writer(), entry_id=entry_id, reason="Refunded")
    points = sorted(e.points for e in desk.entries())
    assert points == [-40, -30, 30, 40]
    [write_off] = [e for e in desk.entries() if e.source_key and e.source_key.endswith("write-off")]
    assert write_off.reason == "Written off: 30 points of the refunded payment were already spent"
    summary = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert (summary.points, summary.lifetime_points, summary.tier) == (0, 0, Tier.BRONZE)


def test_only_a_manager_adjusts_and_only_within_the_bound(desk: Desk) -> None:
    data = {"points": 200, "reason": "Points lost when the desk was offline"}
    with pytest.raises(PermissionDeniedError):
        adjust_points(desk.session, desk.writer(), patient_id=desk.patient_id, data=data)
    manager = desk.writer(desk.manager)
    assert adjust_points(desk.session, manager, patient_id=desk.patient_id, data=data) == 200
    for bad, message in [
        ({"points": 501, "reason": "x"}, "must be between -500 and 500"),
        ({"points": -300, "reason": "x"}, "would take the balance below zero (it is 200)"),
        ({"points": 50, "reason": " "}, None),
        ({"points": 1.5, "reason": "x"}, None),
    ]:
        with pytest.raises(FieldValidationError) as refused:
            adjust_points(desk.session, manager, patient_id=desk.patient_id, data=bad)
        if message is not None:
            assert refused.value.message == message
    assert [e.points for e in desk.entries()] == [200]


def test_the_tab_shows_the_next_tier_and_what_lapses_next(desk: Desk) -> None:
    visit = _checked_in(desk)
    complete_visit(desk.session, desk.writer(), appointment_id=visit)
    summary = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert summary.next_tier is not None and summary.next_tier == (Tier.SILVER, 1990)
    [entry] = desk.entries()
    assert entry.expires_at is not None
    assert summary.next_expiry == (10, as_utc(entry.expires_at))
    assert as_utc(entry.expires_at) == add_months(as_utc(entry.occurred_at), 12)


def _redeemed_code(desk: Desk, cost: int = 20) -> str:
    reward = LoyaltyReward(name="BP check", kind=RewardKind.FREE_SERVICE, points_cost=cost)
    desk.session.add(reward)
    factories.points(
        desk.session, hospital_id=desk.hospital_id, patient_id=desk.patient_id, amount=cost
    )
    desk.session.flush()
    done = redeem(desk.writer(), patient_id=desk.patient_id, reward_id=reward.id)
    assert (done.balance, done.reward.name) == (0, "BP check")
    return done.code


def test_a_reward_code_pays_for_one_payment(desk: Desk) -> None:
    code = _redeemed_code(desk)
    assert len(code) == 9 and code[4] == "-"
    typed = code.lower().replace("-", " ")  # as a cashier might type it
    first = {"amount": "5,000", "method": "cash", "reward_code": typed}
    receipt = record_payment(desk.session, desk.writer(), patient_id=desk.patient_id, data=first)
    redemption = desk.session.scalars(sa.select(LoyaltyRedemption)).one()
    assert (redemption.code, redemption.used_on_id) == (code, receipt.entry_id)
    again = first | {"amount": "2,000"}
    with pytest.raises(FieldValidationError) as refused:
        record_payment(desk.session, desk.writer(), patient_id=desk.patient_id, data=again)
    assert refused.value.field == "reward_code"
    assert refused.value.message.startswith(f"{code} was already used on ")
    other = factories.patient(desk.session, hospital_id=desk.hospital_id)
    with pytest.raises(FieldValidationError) as foreign:
        record_payment(desk.session, desk.writer(), patient_id=other.id, data=first)
    assert foreign.value.message in (f"{code} belongs to another patient",)
    for bad in ("K7QM", "hello-world"):
        with pytest.raises(FieldValidationError) as wrong:
            record_payment(
                desk.session,
                desk.writer(),
                patient_id=desk.patient_id,
                data=first | {"reward_code": bad},
            )
        assert wrong.value.field == "reward_code"


def test_a_refund_below_the_recorded_tier_keeps_it_for_the_grace_period(desk: Desk) -> None:
    entry_id = _pay(desk, "2,100")  # 21 points: far from Silver by itself
    desk.session.add(
        LoyaltyLedgerEntry(
            hospital_id=desk.hospital_id,
            patient_id=desk.patient_id,
            kind=LedgerKind.EARN,
            points=2_000,
            reason="Opening points",
            occurred_at=utcnow() - dt.timedelta(days=30),
        )
    )
    desk.session.add(  # the server's review recorded the move to Silver
        LoyaltyTierChange(
            hospital_id=desk.hospital_id,
            patient_id=desk.patient_id,
            from_tier=Tier.BRONZE,
            to_tier=Tier.SILVER,
            lifetime_points=2_021,
            changed_at=utcnow() - dt.timedelta(days=1),
        )
    )
    desk.session.flush()
    reverse_payment(desk.session, desk.writer(), entry_id=entry_id, reason="Charged twice")
    refunded = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert (refunded.lifetime_points, refunded.tier) == (2_000, Tier.SILVER)
    assert refunded.tier_kept_until is None, "2,000 is still Silver"
    assert refunded.tier_since is not None and refunded.tier_since < utcnow()
    desk.session.add(
        LoyaltyLedgerEntry(
            hospital_id=desk.hospital_id,
            patient_id=desk.patient_id,
            kind=LedgerKind.ADJUST,
            points=-50,
            reason="Payment refunded: its points are taken back",
            source_key=f"{payment_key(uuid.uuid4())}:reversal",
            occurred_at=utcnow(),
        )
    )
    desk.session.flush()
    below = loyalty_summary(desk.session, patient_id=desk.patient_id)
    assert (below.lifetime_points, below.tier) == (1_950, Tier.SILVER)
    assert below.tier_kept_until is not None and below.tier_since == refunded.tier_since
    assert 89 <= (below.tier_kept_until - utcnow()).days <= 90
    after = loyalty_summary(
        desk.session, patient_id=desk.patient_id, now=utcnow() + dt.timedelta(days=91)
    )
    assert (after.tier, after.tier_kept_until) == (Tier.BRONZE, None)


def test_a_sold_out_or_lapsed_reward_is_not_offered_or_redeemed(desk: Desk) -> None:
    today = to_lagos(utcnow()).date()
    limited = LoyaltyReward(name="BP check", kind=RewardKind.FREE_SERVICE, points_cost=20, stock=1)
    lapsed = LoyaltyReward(
        name="Eye test",
        kind=RewardKind.FREE_SERVICE,
        points_cost=20,
        valid_until=today - dt.timedelta(days=1),
    )
    desk.session.add_all([limited, lapsed])
    factories.points(
        desk.session, hospital_id=desk.hospital_id, patient_id=desk.patient_id, amount=100
    )
    desk.session.flush()
    offered = [r.name for r in available_rewards(desk.session, hospital_id=desk.hospital_id)]
    assert offered == ["BP check"]
    with pytest.raises(ConflictError) as too_late:
        redeem(desk.writer(), patient_id=desk.patient_id, reward_id=lapsed.id)
    assert too_late.value.message == f"Eye test was offered until {format_date(lapsed.valid_until)}"
    redeem(desk.writer(), patient_id=desk.patient_id, reward_id=limited.id)
    assert available_rewards(desk.session, hospital_id=desk.hospital_id) == []
    with pytest.raises(ConflictError, match="BP check: none left"):
        redeem(desk.writer(), patient_id=desk.patient_id, reward_id=limited.id)
