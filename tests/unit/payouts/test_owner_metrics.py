"""Performance pack and owner satisfaction metrics."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.domain.enums import Direction, PayoutStatus
from shared.domain.owner_metrics import (
    ContractTerm,
    HospitalMonth,
    average_score,
    communication_engagement_rate,
    contract_renewal_rate,
    net_promoter_score,
    payout_completion_rate,
    performance_pack,
    satisfaction_trend,
)

T0 = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)


def test_nps_counts_promoters_minus_detractors() -> None:
    assert net_promoter_score([10, 9, 8, 7, 6, 0]) == pytest.approx(0.0)
    assert net_promoter_score([10, 10, 9, 3]) == pytest.approx(50.0)
    assert net_promoter_score([]) is None


def test_performance_pack_sets_the_hospital_beside_the_network_median() -> None:
    mine = HospitalMonth(visits=120, no_shows=30, nps_scores=(10, 9, 5), revenue_minor=9_000_000)
    others = [
        HospitalMonth(visits=80, no_shows=20, nps_scores=(), revenue_minor=4_000_000),
        HospitalMonth(visits=200, no_shows=0, nps_scores=(10,), revenue_minor=20_000_000),
    ]
    pack = performance_pack(mine, [mine, *others])
    assert pack.visits == 120 and pack.no_show_rate == pytest.approx(0.2)
    assert pack.nps == pytest.approx(100 / 3)
    assert pack.network_median_visits == 120
    assert pack.network_median_no_show_rate == pytest.approx(0.2)
    assert pack.network_median_nps == pytest.approx((100 / 3 + 100) / 2)  # no-feedback excluded
    assert pack.network_median_revenue_minor == 9_000_000
    alone = performance_pack(mine, [mine, others[0]])
    assert alone.network_median_visits is None and alone.network_median_nps is None


def test_satisfaction_average_ignores_unanswered_and_trend_compares_last_two() -> None:
    assert average_score([5, None, 4, 3]) == pytest.approx(4.0)
    assert average_score([None]) is None
    assert satisfaction_trend({"2026-08": 3.0, "2026-10": 4.5, "2026-09": 4.0}) == 0.5
    assert satisfaction_trend({"2026-10": 4.5}) is None


def test_payout_completion_leaves_pending_out() -> None:
    s = PayoutStatus
    assert payout_completion_rate([s.PAID, s.PAID, s.FAILED, s.PENDING, s.APPROVED]) == 0.5
    assert payout_completion_rate([s.PENDING]) is None


def test_engagement_counts_answers_within_two_weeks() -> None:
    out, inn = Direction.OUTBOUND, Direction.INBOUND
    log = [
        (out, T0),
        (inn, T0 + dt.timedelta(days=2)),
        (out, T0 + dt.timedelta(days=30)),
        (inn, T0 + dt.timedelta(days=50)),  # too late for the second contact
    ]
    assert communication_engagement_rate(log) == 0.5
    assert communication_engagement_rate([]) is None


def test_renewal_rate_counts_successors_within_the_grace_period() -> None:
    d = dt.date
    contracts = [
        ContractTerm("o1", "h1", d(2024, 1, 1), d(2025, 12, 31)),
        ContractTerm("o1", "h1", d(2026, 1, 15), None),  # renewal
        ContractTerm("o2", "h2", d(2024, 1, 1), d(2025, 6, 30)),  # lapsed
        ContractTerm("o3", "h3", d(2024, 1, 1), d(2027, 1, 1)),  # not ended yet
    ]
    assert contract_renewal_rate(contracts, as_of=d(2026, 11, 1)) == 0.5
