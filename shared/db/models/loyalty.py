"""Loyalty: program settings, an append-only points ledger, rewards and redemptions.

A patient's balance is the sum of their ledger rows, never a stored counter,
so two desks earning points offline can never overwrite each other.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from shared.db.base import Base, SyncedMixin, hospital_fk
from shared.db.models.patients import patient_fk
from shared.db.types import enum_column
from shared.domain.enums import LedgerKind, RedemptionStatus, RewardKind
from shared.domain.loyalty import DEFAULT_RULES as D
from shared.domain.loyalty import Tier


class LoyaltyProgram(SyncedMixin, Base):
    __tablename__ = "loyalty_programs"
    __table_args__ = (
        sa.CheckConstraint(
            "0 < silver_threshold AND silver_threshold < gold_threshold"
            " AND gold_threshold < platinum_threshold",
            name="tiers_ascending",
        ),
        sa.CheckConstraint("spend_unit_minor > 0", name="spend_unit_positive"),
        sa.CheckConstraint("expiry_months >= 0", name="expiry_not_negative"),
        sa.CheckConstraint("hold_days BETWEEN 0 AND 365", name="hold_days_range"),
        sa.CheckConstraint("adjustment_limit >= 0", name="adjustment_limit_not_negative"),
        sa.CheckConstraint("tier_grace_days BETWEEN 0 AND 730", name="tier_grace_days_range"),
    )

    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    points_per_visit: Mapped[int] = mapped_column(default=D.points_per_visit)
    points_per_spend_unit: Mapped[int] = mapped_column(default=D.points_per_spend_unit)
    spend_unit_minor: Mapped[int] = mapped_column(sa.BigInteger, default=D.spend_unit_minor)
    points_per_feedback: Mapped[int] = mapped_column(default=D.points_per_feedback)
    points_per_referral: Mapped[int] = mapped_column(default=D.points_per_referral)
    silver_threshold: Mapped[int] = mapped_column(default=D.silver_threshold)
    gold_threshold: Mapped[int] = mapped_column(default=D.gold_threshold)
    platinum_threshold: Mapped[int] = mapped_column(default=D.platinum_threshold)
    expiry_months: Mapped[int] = mapped_column(default=D.expiry_months)
    #: Days a payment's points wait before they can be spent, so a refund can take them back.
    hold_days: Mapped[int] = mapped_column(default=D.hold_days, server_default=str(D.hold_days))
    #: The most points a manager may add or remove in one adjustment.
    adjustment_limit: Mapped[int] = mapped_column(
        default=D.adjustment_limit, server_default=str(D.adjustment_limit)
    )
    #: Days a patient keeps a tier after falling below it.
    tier_grace_days: Mapped[int] = mapped_column(
        default=D.tier_grace_days, server_default=str(D.tier_grace_days)
    )
    #: Whether a household may pool its points (``shared.domain.pooling``).
    pooling_allowed: Mapped[bool] = mapped_column(
        default=D.pooling_allowed, server_default=sa.false()
    )
    active: Mapped[bool] = mapped_column(default=True)


class LoyaltyLedgerEntry(SyncedMixin, Base):
    __tablename__ = "loyalty_ledger"
    __table_args__ = (
        sa.CheckConstraint(
            "(kind = 'earn' AND points > 0) OR (kind IN ('redeem', 'expire') AND points < 0)"
            " OR (kind = 'adjust' AND points <> 0)",
            name="sign_matches_kind",
        ),
        sa.Index("ix_loyalty_ledger_patient_occurred", "patient_id", "occurred_at"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    kind: Mapped[LedgerKind] = mapped_column(enum_column(LedgerKind, name="kind"))
    points: Mapped[int]
    reason: Mapped[str] = mapped_column(sa.String(200))
    reference_type: Mapped[str | None] = mapped_column(sa.String(40))
    reference_id: Mapped[uuid.UUID | None]
    occurred_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime | None]
    #: The event the points came from (``visit:<id>``, ``payment:<id>``, ...): at most one
    #: entry per event, so an event earns once however many desks record it.
    source_key: Mapped[str | None] = mapped_column(sa.String(80), unique=True)
    #: Until when earned points are held (not yet spendable); None: spendable at once.
    available_at: Mapped[dt.datetime | None]


class LoyaltyTierChange(SyncedMixin, Base):
    """A patient moved to another tier: recorded by the server's daily review, once per move.

    The latest row is the patient's recorded tier, which a patient keeps for
    the program's ``tier_grace_days`` after falling below it
    (:func:`shared.domain.loyalty.standing`). ``message_id`` is the
    congratulation a move up queued, if the patient could be reached.
    """

    __tablename__ = "loyalty_tier_changes"
    __table_args__ = (
        sa.CheckConstraint("from_tier <> to_tier", name="tier_moves"),
        sa.Index("ix_loyalty_tier_changes_patient_changed", "patient_id", "changed_at"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    from_tier: Mapped[Tier] = mapped_column(enum_column(Tier, name="from_tier"))
    to_tier: Mapped[Tier] = mapped_column(enum_column(Tier, name="to_tier"))
    lifetime_points: Mapped[int]
    changed_at: Mapped[dt.datetime]
    #: No foreign key: the message stays on the server, and a desk may not hold it.
    message_id: Mapped[uuid.UUID | None]


class LoyaltyReward(SyncedMixin, Base):
    __tablename__ = "loyalty_rewards"
    __table_args__ = (
        sa.CheckConstraint("points_cost > 0", name="cost_positive"),
        sa.CheckConstraint("stock IS NULL OR stock >= 0", name="stock_not_negative"),
    )

    hospital_id: Mapped[uuid.UUID | None] = hospital_fk(nullable=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    description: Mapped[str | None] = mapped_column(sa.Text)
    kind: Mapped[RewardKind] = mapped_column(enum_column(RewardKind, name="kind"))
    points_cost: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)
    #: How many may be redeemed in all (None: no limit).
    stock: Mapped[int | None]
    #: The last day (Lagos) it may be redeemed (None: no end).
    valid_until: Mapped[dt.date | None]


class LoyaltyRedemption(SyncedMixin, Base):
    __tablename__ = "loyalty_redemptions"
    __table_args__ = (
        sa.CheckConstraint("points > 0", name="points_positive"),
        sa.UniqueConstraint("hospital_id", "code"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    patient_id: Mapped[uuid.UUID] = patient_fk()
    reward_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("loyalty_rewards.id", ondelete="RESTRICT")
    )
    points: Mapped[int]
    status: Mapped[RedemptionStatus] = mapped_column(
        enum_column(RedemptionStatus, name="status"), default=RedemptionStatus.COMPLETED
    )
    status_reason: Mapped[str | None] = mapped_column(sa.String(300))
    ledger_entry_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("loyalty_ledger.id"))
    redeemed_at: Mapped[dt.datetime]
    #: What the patient shows the cashier (``K7QM-3ZD9``); None on redemptions made before codes.
    code: Mapped[str | None] = mapped_column(sa.String(12))
    #: The payment the code was used on, once: a code is good for one payment.
    used_on_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("revenue_entries.id", ondelete="RESTRICT")
    )
    used_at: Mapped[dt.datetime | None]


class LoyaltyPoolMember(SyncedMixin, Base):
    """A patient who pools points with their household's guardian, by the guardian's consent.

    The guardian is the pool: their own points count without a row of their
    own. ``recorded_by_id`` is who recorded the consent; leaving the pool is
    ``withdrawn_at`` (the row stays, so the history of consent is kept).
    See :mod:`shared.domain.pooling`.
    """

    __tablename__ = "loyalty_pool_members"
    __table_args__ = (
        sa.CheckConstraint("member_id <> guardian_id", name="not_self"),
        sa.Index("ix_loyalty_pool_members_guardian", "guardian_id"),
    )

    hospital_id: Mapped[uuid.UUID] = hospital_fk()
    guardian_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("patients.id", ondelete="RESTRICT")
    )
    member_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("patients.id", ondelete="RESTRICT"), index=True
    )
    consented_at: Mapped[dt.datetime]
    #: No foreign key: a desk records who was signed in before its copy of the staff list
    #: may hold them; the server checks they are staff of the hospital.
    recorded_by_id: Mapped[uuid.UUID]
    withdrawn_at: Mapped[dt.datetime | None]
