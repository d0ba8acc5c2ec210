"""Payout arithmetic, periods and the payout workflow, in integer kobo.

Rounding rules (the only two): co-owners split a hospital's revenue by
largest remainder (:func:`split_by_shares`), so their parts sum to the
revenue exactly; the management fee is
``(gross + adjustments) * fee_bps / 10000`` rounded **half to even** to the
kobo, and never below zero. Everything else is exact integer addition, and
the net is *defined* as ``gross + adjustments - fee - deductions``, so the
parts of a payout always sum to the whole and no kobo can be lost.

Late revenue: an entry is allocated to exactly one payout. Entries received
in a period whose payout already exists (whatever its status) are not added
to it; the next period's run collects them as ``adjustments`` instead, so a
payout an admin approved or a bank already paid is never silently changed.

Workflow: pending -> approved -> paid | failed; failed -> approved | pending
(a retry). Only admins move a payout; the access matrix also lets owners
*write* payouts, but that grant means acknowledging or disputing a
statement, which is why the workflow states its own role rule here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from shared.clock import LAGOS
from shared.domain.enums import PayoutStatus, Role
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError

BPS_WHOLE = 10_000
_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def round_half_even(value: Fraction) -> int:
    """Round an exact fraction to the nearest integer, ties to the even one.

    Python's ``round`` on a ``Fraction`` already does banker's rounding exactly;
    wrapping it names the rule in one place.
    """
    return round(value)


def check_bps(bps: object, *, field: str = "fee_bps") -> int:
    if isinstance(bps, bool) or not isinstance(bps, int) or not 0 <= bps <= BPS_WHOLE:
        raise FieldValidationError(field, "must be whole basis points between 0 and 10000")
    return bps


def management_fee(base_minor: int, fee_bps: int) -> int:
    """The fee on ``base_minor`` kobo; a negative base (net refunds) bears no fee."""
    check_bps(fee_bps)
    return max(0, round_half_even(Fraction(base_minor * fee_bps, BPS_WHOLE)))


@dataclass(frozen=True, slots=True)
class PayoutFigures:
    gross_minor: int
    adjustments_minor: int
    fee_minor: int
    deductions_minor: int
    net_minor: int
    fee_bps: int

    def parts_sum(self) -> int:
        return self.gross_minor + self.adjustments_minor - self.fee_minor - self.deductions_minor


def compute_payout(
    *, gross_minor: int, adjustments_minor: int, fee_bps: int, deductions_minor: int
) -> PayoutFigures:
    """One payout's figures. The fee is charged on late revenue too."""
    if deductions_minor < 0:
        raise FieldValidationError("deductions_minor", "must not be negative")
    fee = management_fee(gross_minor + adjustments_minor, fee_bps)
    net = gross_minor + adjustments_minor - fee - deductions_minor
    return PayoutFigures(gross_minor, adjustments_minor, fee, deductions_minor, net, fee_bps)


#: The claimant that holds whatever part of a hospital no contract covers; it loses ties.
UNOWNED = ""


def split_by_shares(total_minor: int, shares_bps: Mapping[str, int]) -> dict[str, int]:
    """Split ``total_minor`` kobo among co-owners by their shares, summing exactly.

    The rule (largest remainder, also called Hamilton's method): everyone
    gets the whole kobo of their exact share, and the kobo left over go one
    each to the largest fractional remainders, ties to the smaller key. The
    part of the whole no contract holds (shares adding to less than 10000)
    takes part as a claimant under :data:`UNOWNED` that loses every tie, so a
    kobo in doubt goes to an owner. The parts, that claimant's included, add
    up to the total exactly and each is within one kobo of its exact share;
    rounding each share on its own could lose or invent a kobo. A negative
    total (refunds outweighing revenue) is split as its size and negated, so
    the same refund always takes back the same kobo. Keys must not be empty.
    """
    if UNOWNED in shares_bps:
        raise FieldValidationError("owner_share_bps", "every share needs an owner")
    for share in shares_bps.values():
        check_bps(share, field="owner_share_bps")
    unowned = BPS_WHOLE - sum(shares_bps.values())
    if unowned < 0:
        raise FieldValidationError("owner_share_bps", "co-owners' shares add up to over 100%")
    claims = {**shares_bps, UNOWNED: unowned}
    size = abs(total_minor)
    parts = {key: size * bps // BPS_WHOLE for key, bps in claims.items()}
    by_remainder = sorted(
        claims, key=lambda key: (-(size * claims[key] % BPS_WHOLE), key == UNOWNED, key)
    )
    for key in by_remainder[: size - sum(parts.values())]:
        parts[key] += 1
    sign = -1 if total_minor < 0 else 1
    return {key: sign * parts[key] for key in shares_bps}


def simulate_fee(figures: PayoutFigures, fee_bps: int) -> PayoutFigures:
    """ "What if the fee were X%": the same payout recomputed at another rate."""
    return compute_payout(
        gross_minor=figures.gross_minor,
        adjustments_minor=figures.adjustments_minor,
        fee_bps=fee_bps,
        deductions_minor=figures.deductions_minor,
    )


def percent_to_bps(percent: str, *, field: str = "fee_percent") -> int:
    """ "12.5" -> 1250, exactly; more than two decimals is refused, not rounded."""
    try:
        value = Fraction(percent.strip()) * 100
    except (ValueError, ZeroDivisionError):
        raise FieldValidationError(field, f"{percent!r} is not a percentage") from None
    if value.denominator != 1:
        raise FieldValidationError(field, "use at most two decimal places")
    return check_bps(int(value), field=field)


# --- periods -----------------------------------------------------------------


def check_period(period: str, *, field: str = "period") -> str:
    match = _PERIOD.match(period or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise FieldValidationError(field, f"{period!r} is not a month like 2026-11")
    return period


def period_of(moment: dt.datetime) -> str:
    """The Lagos calendar month a moment falls in."""
    return f"{moment.astimezone(LAGOS):%Y-%m}"


def period_first_day(period: str) -> dt.date:
    year, month = check_period(period).split("-")
    return dt.date(int(year), int(month), 1)


def next_period(period: str) -> str:
    first = period_first_day(period)
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    return f"{year:04d}-{month:02d}"


def previous_period(period: str) -> str:
    first = period_first_day(period)
    return f"{first - dt.timedelta(days=1):%Y-%m}"


def period_last_day(period: str) -> dt.date:
    return period_first_day(next_period(period)) - dt.timedelta(days=1)


def period_bounds(period: str) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the Lagos month, as aware datetimes (compare with UTC values)."""
    start = dt.datetime.combine(period_first_day(period), dt.time(), LAGOS)
    end = dt.datetime.combine(period_first_day(next_period(period)), dt.time(), LAGOS)
    return start, end


def check_period_closed(period: str, now: dt.datetime, *, field: str = "period") -> str:
    """Refuse a month that has not ended in Lagos yet.

    Paying a month early would freeze its payout, and the rest of the month's
    revenue would then only reach the owner a month later, as an adjustment.
    """
    if period_bounds(period)[1] > now:
        raise FieldValidationError(field, f"{period} has not ended yet; pay it from the 1st")
    return period


def period_to_run(now: dt.datetime) -> str:
    """The month the scheduled job pays: the one before the current Lagos month."""
    return previous_period(period_of(now))


#: The monthly job's slot (``sync_server.jobs.schedules``): 06:00 Lagos on the 1st.
RUN_TIME = dt.time(6, 0)


def payout_run_at(period: str) -> dt.datetime:
    """When the monthly job computes the period's payouts: 06:00 Lagos on the next 1st."""
    return dt.datetime.combine(period_first_day(next_period(period)), RUN_TIME, LAGOS)


def contract_window(start: dt.date, end: dt.date | None) -> tuple[dt.datetime, dt.datetime | None]:
    """[from, until) of the revenue a contract shares in: its first to its last Lagos day.

    A new contract must not collect the hospital's earlier revenue as late
    revenue (its previous owner was paid for it), and an ended one must not
    collect what came in after it ended. ``until`` is None while it runs.
    """
    since = dt.datetime.combine(start, dt.time(), LAGOS)
    if end is None:
        return since, None
    return since, dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), LAGOS)


def covers_period(start: dt.date, end: dt.date | None, period: str) -> bool:
    """Whether a contract running ``start``..``end`` overlaps the month."""
    return start <= period_last_day(period) and (end is None or end >= period_first_day(period))


# --- workflow ----------------------------------------------------------------

TRANSITIONS: dict[PayoutStatus, frozenset[PayoutStatus]] = {
    PayoutStatus.PENDING: frozenset({PayoutStatus.APPROVED}),
    PayoutStatus.APPROVED: frozenset({PayoutStatus.PAID, PayoutStatus.FAILED}),
    PayoutStatus.FAILED: frozenset({PayoutStatus.APPROVED, PayoutStatus.PENDING}),
    PayoutStatus.PAID: frozenset(),
}

#: Roles that may move a payout through its workflow.
WORKFLOW_ROLES = frozenset({Role.ADMIN})


@dataclass(frozen=True, slots=True)
class TransitionDetails:
    """What a transition needs besides the target: paid needs both, failed a reason."""

    bank_reference: str | None = None
    paid_on: dt.date | None = None
    reason: str | None = None


def check_transition(
    role: Role, current: PayoutStatus, target: PayoutStatus, details: TransitionDetails
) -> None:
    """Raise unless ``role`` may move a payout from ``current`` to ``target`` with ``details``."""
    if role not in WORKFLOW_ROLES:
        raise PermissionDeniedError("Only an administrator may approve or settle payouts.")
    if target not in TRANSITIONS[current]:
        raise ConflictError(
            f"A {current.value} payout cannot become {target.value}.", field="status"
        )
    if target is PayoutStatus.PAID:
        if not (details.bank_reference or "").strip():
            raise FieldValidationError("bank_reference", "the bank transfer reference is needed")
        if details.paid_on is None:
            raise FieldValidationError("paid_on", "the date the transfer was made is needed")
    if target is PayoutStatus.FAILED and not (details.reason or "").strip():
        raise FieldValidationError("reason", "say why the transfer failed")
