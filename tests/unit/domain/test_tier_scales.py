"""The ready-made tier scales: the standard one is the defaults, the compact one stops at Gold."""

from __future__ import annotations

import dataclasses

from shared.domain.admin.loyalty import LoyaltyProgramCreate
from shared.domain.loyalty import (
    DEFAULT_RULES,
    NO_PLATINUM,
    TIER_SCALES,
    Tier,
    next_tier,
    tier_for,
)


def test_the_standard_scale_is_the_defaults_and_the_compact_one_is_seed_000s() -> None:
    standard, compact = TIER_SCALES
    assert standard.fields() == {
        "silver_threshold": DEFAULT_RULES.silver_threshold,
        "gold_threshold": DEFAULT_RULES.gold_threshold,
        "platinum_threshold": DEFAULT_RULES.platinum_threshold,
    }
    assert compact.ranges() == (
        (Tier.BRONZE, 0, 99),
        (Tier.SILVER, 100, 499),
        (Tier.GOLD, 500, None),
    )
    for scale in TIER_SCALES:  # each is a program the admin form accepts as it stands
        LoyaltyProgramCreate(name="Rewards", **scale.fields())


def test_a_program_without_platinum_tops_out_at_gold() -> None:
    rules = dataclasses.replace(DEFAULT_RULES, **TIER_SCALES[1].fields())
    assert next_tier(90, rules) == (Tier.SILVER, 10)
    assert next_tier(499, rules) == (Tier.GOLD, 1)
    assert next_tier(500, rules) is None, "nothing beyond Gold to point at"
    assert tier_for(250_000, rules) is Tier.GOLD
    assert rules.platinum_threshold == NO_PLATINUM
    assert next_tier(5_000, DEFAULT_RULES) == (Tier.PLATINUM, 5_000)
