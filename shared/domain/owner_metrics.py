"""Owner-facing metrics: the monthly performance pack and owner satisfaction.

Pure functions over plain numbers, so the server's monthly job and the
owner's desktop compute them the same way. Rates are fractions in [0, 1] or
``None`` when there is nothing to divide by: "no data" must not read as 0 %.

The performance pack compares a hospital with the network's *median* only,
and only when the network has :data:`MIN_NETWORK` hospitals or more: with two,
the median and one's own figure would give away the other hospital's.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from shared.domain.enums import Direction, PayoutStatus

#: Fewest hospitals whose median can be shown without identifying one of them.
MIN_NETWORK = 3
#: An outbound contact counts as engaged if the owner answers within this window.
ENGAGEMENT_WINDOW = dt.timedelta(days=14)
#: A contract is renewed if its successor starts within this many days of its end.
RENEWAL_GRACE = dt.timedelta(days=31)


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def net_promoter_score(scores: Sequence[int]) -> float | None:
    """NPS on the 0-10 scale: % promoters (9-10) minus % detractors (0-6), -100..100."""
    if not scores:
        return None
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    return 100 * (promoters - detractors) / len(scores)


@dataclass(frozen=True, slots=True)
class HospitalMonth:
    """One hospital's raw counts for a month."""

    visits: int
    no_shows: int
    nps_scores: tuple[int, ...]
    revenue_minor: int
    #: Low-feedback callbacks whose result is known, and those recovered in time
    #: (``shared.domain.service_recovery.recovery_months``).
    recovery_known: int = 0
    recovery_recovered: int = 0

    @property
    def recovery_rate(self) -> float | None:
        return recovery_rate(self.recovery_recovered, self.recovery_known)

    @property
    def no_show_rate(self) -> float | None:
        """No-shows among appointments that were due: attended plus missed."""
        return rate(self.no_shows, self.visits + self.no_shows)

    @property
    def nps(self) -> float | None:
        return net_promoter_score(self.nps_scores)


@dataclass(frozen=True, slots=True)
class PerformancePack:
    visits: int
    no_show_rate: float | None
    nps: float | None
    revenue_minor: int
    network_median_visits: float | None
    network_median_no_show_rate: float | None
    network_median_nps: float | None
    network_median_revenue_minor: float | None
    recovery_rate: float | None = None
    network_median_recovery_rate: float | None = None


def _median(values: Sequence[float | int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def performance_pack(hospital: HospitalMonth, network: Sequence[HospitalMonth]) -> PerformancePack:
    """The hospital's month beside the network's medians (``network`` includes it)."""
    everyone = list(network) if len(network) >= MIN_NETWORK else []
    return PerformancePack(
        visits=hospital.visits,
        no_show_rate=hospital.no_show_rate,
        nps=hospital.nps,
        revenue_minor=hospital.revenue_minor,
        network_median_visits=_median([h.visits for h in everyone]),
        network_median_no_show_rate=_median([h.no_show_rate for h in everyone]),
        network_median_nps=_median([h.nps for h in everyone]),
        network_median_revenue_minor=_median([h.revenue_minor for h in everyone]),
        recovery_rate=hospital.recovery_rate,
        network_median_recovery_rate=_median([h.recovery_rate for h in everyone]),
    )


def recovery_rate(recovered: int, known: int) -> float | None:
    """Service recovery: of the callbacks whose result is known, the share recovered in time.

    "Known" and "recovered" are counted by ``shared.domain.service_recovery``;
    ``None`` before any callback of the period has a result.
    """
    return rate(recovered, known)


def combined_recovery_rate(months: Sequence[tuple[int, int]]) -> float | None:
    """The rate over several hospitals' or months' ``(known, recovered)`` counts."""
    return recovery_rate(sum(r for _, r in months), sum(k for k, _ in months))


# --- satisfaction ------------------------------------------------------------


def average_score(scores: Sequence[int | None]) -> float | None:
    """Mean of the 1-5 scores given; unanswered questions do not count as zero."""
    given = [s for s in scores if s is not None]
    return statistics.fmean(given) if given else None


def satisfaction_trend(by_period: dict[str, float]) -> float | None:
    """Change of the latest period's average against the one before it."""
    periods = sorted(by_period)
    if len(periods) < 2:
        return None
    return by_period[periods[-1]] - by_period[periods[-2]]


def payout_completion_rate(statuses: Sequence[PayoutStatus]) -> float | None:
    """Share of payouts that reached "paid" among those that were approved at some point.

    Pending payouts are not yet due to be paid, so they are left out.
    """
    due = [s for s in statuses if s is not PayoutStatus.PENDING]
    return rate(sum(1 for s in due if s is PayoutStatus.PAID), len(due))


def survey_response_rate(sent: int, answered: int) -> float | None:
    """Share of the surveys GrandPro sent that owners answered (None before the first send)."""
    return rate(answered, sent)


def communication_engagement_rate(log: Sequence[tuple[Direction, dt.datetime]]) -> float | None:
    """Share of outbound contacts the owner answered (an inbound one) within the window."""
    ordered = sorted(log, key=lambda item: item[1])
    inbound = [at for direction, at in ordered if direction is Direction.INBOUND]
    outbound = [at for direction, at in ordered if direction is Direction.OUTBOUND]
    answered = sum(
        1 for sent in outbound if any(sent < a <= sent + ENGAGEMENT_WINDOW for a in inbound)
    )
    return rate(answered, len(outbound))


@dataclass(frozen=True, slots=True)
class ContractTerm:
    owner_key: str
    hospital_key: str
    start: dt.date
    end: dt.date | None


def contract_renewal_rate(contracts: Sequence[ContractTerm], *, as_of: dt.date) -> float | None:
    """Among contracts that have ended by ``as_of``, the share followed by a new one.

    A renewal is a contract for the same owner and hospital starting no later
    than :data:`RENEWAL_GRACE` after the old one ends.
    """
    ended = [c for c in contracts if c.end is not None and c.end <= as_of]
    renewed = sum(1 for c in ended if _has_successor(c, contracts))
    return rate(renewed, len(ended))


def _has_successor(old: ContractTerm, contracts: Sequence[ContractTerm]) -> bool:
    assert old.end is not None
    return any(
        c.owner_key == old.owner_key
        and c.hospital_key == old.hospital_key
        and old.end < c.start <= old.end + RENEWAL_GRACE
        for c in contracts
    )
