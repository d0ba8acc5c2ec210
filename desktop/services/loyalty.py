"""Loyalty at the front desk, offline: balance and tier, a manager's adjustment, redeeming.

Points live in an append-only ledger, so two desks earning points offline
simply add rows; the balance is their sum, computed with the shared rules.
Points are earned by the events themselves (``shared.domain.earning``);
nobody at the desk types points in, and only a manager adjusts a balance.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import CachedLogin
from desktop.store.writes import LocalWriter
from shared.clock import to_lagos, utcnow
from shared.db.models import (
    Patient,
    User,
)
from shared.db.queries.loyalty import (
    ledger_entries,
    patient_standing,
    program_rules,
    tier_changes,
)
from shared.domain import earning, rewards
from shared.domain.enums import Role
from shared.domain.loyalty import (
    Tier,
    balance,
    lifetime_earned,
    moved_up,
    next_expiry,
    next_tier,
    on_hold,
)
from shared.domain.writer import SessionReader
from shared.errors import NotFoundError


@dataclass(frozen=True, slots=True)
class LoyaltySummary:
    points: int
    lifetime_points: int
    tier: Tier
    #: Points earned on recent payments, not spendable until their hold ends.
    on_hold: int = 0
    #: The points that lapse next, and when (None: nothing is due to lapse).
    next_expiry: tuple[int, dt.datetime] | None = None
    #: The next tier and the lifetime points still needed to reach it.
    next_tier: tuple[Tier, int] | None = None
    #: Until when ``tier`` is kept although the points have fallen below it (a refund).
    tier_kept_until: dt.datetime | None = None
    #: Since when the patient holds ``tier`` (None: not recorded by the server's review yet).
    tier_since: dt.datetime | None = None

    @property
    def spendable(self) -> int:
        return max(self.points - self.on_hold, 0)


@dataclass(frozen=True, slots=True)
class Reward:
    id: uuid.UUID
    name: str
    points_cost: int


@dataclass(frozen=True, slots=True)
class TierMove:
    """One move between tiers the server's daily review recorded."""

    #: The Lagos day of the move.
    day: dt.date
    from_tier: Tier
    to_tier: Tier

    @property
    def up(self) -> bool:
        return moved_up(self.from_tier, self.to_tier)


@dataclass(frozen=True, slots=True)
class LoyaltyCard:
    """What the profile's loyalty tab shows at the top: standing and what can be redeemed."""

    summary: LoyaltySummary
    rewards: tuple[Reward, ...]
    #: Whether the signed-in person may adjust the balance (managers only).
    may_adjust: bool = False
    #: The patient's past moves between tiers, newest first.
    moves: tuple[TierMove, ...] = ()


def _patient(session: Session, patient_id: uuid.UUID) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise NotFoundError("That patient no longer exists.")
    return patient


def loyalty_summary(
    session: Session, *, patient_id: uuid.UUID, now: dt.datetime | None = None
) -> LoyaltySummary:
    patient = _patient(session, patient_id)
    entries = ledger_entries(session, patient.id)
    rules = program_rules(session, patient.hospital_id)
    earned = lifetime_earned(entries)
    when = now or utcnow()
    held = patient_standing(session, patient.id, patient.hospital_id, when, entries, rules)
    return LoyaltySummary(
        balance(entries),
        earned,
        held.tier,
        on_hold(entries, when),
        next_expiry(entries, when),
        next_tier(earned, rules),
        held.kept_until,
        held.since,
    )


def loyalty_card(
    session: Session, *, patient_id: uuid.UUID, actor: uuid.UUID | None = None
) -> LoyaltyCard:
    patient = _patient(session, patient_id)
    rewards = available_rewards(session, hospital_id=patient.hospital_id)
    summary = loyalty_summary(session, patient_id=patient_id)
    moves = tier_moves(session, patient_id=patient_id)
    return LoyaltyCard(summary, tuple(rewards), may_manage(session, actor), moves)


def tier_moves(session: Session, *, patient_id: uuid.UUID) -> tuple[TierMove, ...]:
    """The patient's recorded moves between tiers, newest first, each on its Lagos day."""
    return tuple(
        TierMove(to_lagos(change.changed_at).date(), change.from_tier, change.to_tier)
        for change in tier_changes(session, patient_id)
    )


def may_manage(session: Session, actor: uuid.UUID | None) -> bool:
    """Whether the signed-in person is a manager (or an administrator) on this PC."""
    if actor is None:
        return False
    user = session.get(User, actor)
    role = user.role.value if user is not None else _cached_role(session, actor)
    return role in (Role.MANAGER.value, Role.ADMIN.value)


def _cached_role(session: Session, actor: uuid.UUID) -> str | None:
    query = sa.select(CachedLogin.role).where(CachedLogin.user_id == actor).limit(1)
    return session.scalar(query)


def adjust_points(
    session: Session, writer: LocalWriter, *, patient_id: uuid.UUID, data: dict[str, Any]
) -> int:
    """A manager's correction of the balance; returns the points added (or removed)."""
    entry = earning.adjust_points(
        writer, patient_id=patient_id, data=data, may_manage=may_manage(session, writer.actor)
    )
    return entry.points


def available_rewards(
    session: Session, *, hospital_id: uuid.UUID, now: dt.datetime | None = None
) -> list[Reward]:
    """The rewards a patient may choose today: live, in date and not sold out on this PC."""
    found = rewards.offered(SessionReader(session), hospital_id, now or utcnow())
    return [Reward(r.id, r.name, r.points_cost) for r in found]
