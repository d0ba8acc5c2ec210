"""A hospital's loyalty program settings and rewards catalogue, as its manager keeps them.

Only the settings and the catalogue are here; how points are earned and
spent is ``shared.domain.loyalty``. Tier thresholds must ascend, the rule the
database's ``tiers_ascending`` constraint holds too (:func:`check_tiers`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import Field, model_validator

from shared.domain.admin.fields import AdminInput, Kobo, RequiredText, Text
from shared.domain.enums import RewardKind
from shared.domain.loyalty import DEFAULT_RULES as D
from shared.domain.loyalty import MAX_AWARD_POINTS
from shared.errors import FieldValidationError

Points = Annotated[int, Field(ge=0, le=MAX_AWARD_POINTS)]
PositivePoints = Annotated[int, Field(gt=0, le=MAX_AWARD_POINTS)]


class RewardCreate(AdminInput):
    """A reward patients may redeem points for (network-wide without a hospital)."""

    hospital_id: uuid.UUID | None = Field(None, title="Hospital")
    name: RequiredText = Field(title="Name", max_length=120)
    description: Text = Field(None, title="Description", max_length=2000)
    kind: RewardKind = Field(title="Kind")
    points_cost: PositivePoints = Field(title="Points cost")
    stock: Annotated[int, Field(ge=0, le=1_000_000)] | None = Field(
        None, title="Stock", description="How many may be redeemed in all; empty for no limit."
    )
    valid_until: dt.date | None = Field(
        None, title="Offered until", description="The last day it may be redeemed."
    )
    active: bool = Field(True, title="Active")


class RewardUpdate(AdminInput):
    name: Text = Field(None, title="Name", max_length=120)
    description: Text = Field(None, title="Description", max_length=2000)
    kind: RewardKind | None = Field(None, title="Kind")
    points_cost: PositivePoints | None = Field(None, title="Points cost")
    stock: Annotated[int, Field(ge=0, le=1_000_000)] | None = Field(None, title="Stock")
    valid_until: dt.date | None = Field(None, title="Offered until")
    active: bool | None = Field(None, title="Active")


class LoyaltyProgramCreate(AdminInput):
    """How a hospital's patients earn points and reach tiers."""

    hospital_id: uuid.UUID | None = Field(None, title="Hospital")
    name: RequiredText = Field(title="Name", max_length=120)
    points_per_visit: Points = Field(D.points_per_visit, title="Points per visit")
    points_per_spend_unit: Points = Field(D.points_per_spend_unit, title="Points per spend unit")
    spend_unit_minor: Kobo = Field(D.spend_unit_minor, title="Spend unit", gt=0)
    points_per_feedback: Points = Field(D.points_per_feedback, title="Points per feedback")
    points_per_referral: Points = Field(D.points_per_referral, title="Points per referral")
    silver_threshold: PositivePoints = Field(D.silver_threshold, title="Silver from")
    gold_threshold: PositivePoints = Field(D.gold_threshold, title="Gold from")
    platinum_threshold: PositivePoints = Field(D.platinum_threshold, title="Platinum from")
    expiry_months: Annotated[int, Field(ge=0, le=120)] = Field(
        D.expiry_months, title="Points expire after"
    )
    hold_days: Annotated[int, Field(ge=0, le=365)] = Field(
        D.hold_days, title="Payment points held for"
    )
    adjustment_limit: Points = Field(D.adjustment_limit, title="Largest adjustment")
    tier_grace_days: Annotated[int, Field(ge=0, le=730)] = Field(
        D.tier_grace_days, title="Tier kept after falling below (days)"
    )
    pooling_allowed: bool = Field(D.pooling_allowed, title="Households may pool points")
    active: bool = Field(True, title="Active")

    @model_validator(mode="after")
    def _tiers(self) -> LoyaltyProgramCreate:
        check_tiers(self.silver_threshold, self.gold_threshold, self.platinum_threshold)
        return self


class LoyaltyProgramUpdate(AdminInput):
    name: Text = Field(None, title="Name", max_length=120)
    points_per_visit: Points | None = Field(None, title="Points per visit")
    points_per_spend_unit: Points | None = Field(None, title="Points per spend unit")
    spend_unit_minor: Kobo | None = Field(None, title="Spend unit", gt=0)
    points_per_feedback: Points | None = Field(None, title="Points per feedback")
    points_per_referral: Points | None = Field(None, title="Points per referral")
    silver_threshold: PositivePoints | None = Field(None, title="Silver from")
    gold_threshold: PositivePoints | None = Field(None, title="Gold from")
    platinum_threshold: PositivePoints | None = Field(None, title="Platinum from")
    expiry_months: Annotated[int, Field(ge=0, le=120)] | None = Field(
        None, title="Points expire after"
    )
    hold_days: Annotated[int, Field(ge=0, le=365)] | None = Field(
        None, title="Payment points held for"
    )
    adjustment_limit: Points | None = Field(None, title="Largest adjustment")
    tier_grace_days: Annotated[int, Field(ge=0, le=730)] | None = Field(
        None, title="Tier kept after falling below (days)"
    )
    pooling_allowed: bool | None = Field(None, title="Households may pool points")
    active: bool | None = Field(None, title="Active")


def check_tiers(silver: int, gold: int, platinum: int) -> None:
    """Silver below gold below platinum, on the program as it will be stored."""
    if not silver < gold:
        raise FieldValidationError("gold_threshold", "Gold from: must be above Silver from")
    if not gold < platinum:
        raise FieldValidationError("platinum_threshold", "Platinum from: must be above Gold from")
