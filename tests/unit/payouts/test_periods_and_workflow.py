"""Lagos months and the payout workflow's allowed steps and role rule."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.domain.enums import PayoutStatus, Role
from shared.domain.payouts import (
    TransitionDetails,
    check_period,
    check_period_closed,
    check_transition,
    covers_period,
    next_period,
    period_bounds,
    period_of,
    period_to_run,
    previous_period,
)
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError

P = PayoutStatus
PAID = TransitionDetails(bank_reference="GTB-000123", paid_on=dt.date(2026, 11, 3))
UTC = dt.UTC


def test_a_payment_at_2330_utc_on_the_last_day_belongs_to_the_next_lagos_month() -> None:
    assert period_of(dt.datetime(2026, 10, 31, 23, 30, tzinfo=UTC)) == "2026-11"
    assert period_of(dt.datetime(2026, 10, 31, 22, 59, tzinfo=UTC)) == "2026-10"


def test_period_bounds_are_lagos_midnights() -> None:
    start, end = period_bounds("2026-12")
    assert start == dt.datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
    assert end == dt.datetime(2026, 12, 31, 23, 0, tzinfo=UTC)


def test_month_arithmetic_crosses_years() -> None:
    assert next_period("2026-12") == "2027-01"
    assert previous_period("2027-01") == "2026-12"
    assert period_to_run(dt.datetime(2027, 1, 1, 0, 30, tzinfo=UTC)) == "2026-12"


@pytest.mark.parametrize("bad", ["2026-13", "2026-00", "26-11", "2026/11", "", "1999-12"])
def test_malformed_periods_name_the_field(bad: str) -> None:
    with pytest.raises(FieldValidationError) as err:
        check_period(bad)
    assert err.value.field == "period"


def test_contract_coverage() -> None:
    assert covers_period(dt.date(2026, 10, 31), None, "2026-10")
    assert covers_period(dt.date(2026, 1, 1), dt.date(2026, 10, 1), "2026-10")
    assert not covers_period(dt.date(2026, 11, 1), None, "2026-10")
    assert not covers_period(dt.date(2026, 1, 1), dt.date(2026, 9, 30), "2026-10")


@pytest.mark.parametrize(
    ("current", "target", "details"),
    [
        (P.PENDING, P.APPROVED, TransitionDetails()),
        (P.APPROVED, P.PAID, PAID),
        (P.APPROVED, P.FAILED, TransitionDetails(reason="account closed")),
        (P.FAILED, P.APPROVED, TransitionDetails()),
        (P.FAILED, P.PENDING, TransitionDetails()),
    ],
)
def test_allowed_steps(current: P, target: P, details: TransitionDetails) -> None:
    check_transition(Role.ADMIN, current, target, details)


@pytest.mark.parametrize(
    ("current", "target"),
    [(P.PENDING, P.PAID), (P.PENDING, P.FAILED), (P.PAID, P.APPROVED), (P.PAID, P.FAILED)],
)
def test_skipping_or_undoing_a_step_is_a_conflict(current: P, target: P) -> None:
    with pytest.raises(ConflictError):
        check_transition(Role.ADMIN, current, target, PAID)


@pytest.mark.parametrize("role", [Role.OWNER, Role.MANAGER, Role.FRONT_DESK, Role.CLINICIAN])
def test_only_admins_move_payouts(role: Role) -> None:
    with pytest.raises(PermissionDeniedError):
        check_transition(role, P.PENDING, P.APPROVED, TransitionDetails())


def test_paid_needs_a_reference_and_a_date_and_failed_a_reason() -> None:
    with pytest.raises(FieldValidationError) as err:
        check_transition(
            Role.ADMIN, P.APPROVED, P.PAID, TransitionDetails(paid_on=dt.date(2026, 11, 3))
        )
    assert err.value.field == "bank_reference"
    with pytest.raises(FieldValidationError) as err:
        check_transition(Role.ADMIN, P.APPROVED, P.PAID, TransitionDetails(bank_reference="X1"))
    assert err.value.field == "paid_on"
    with pytest.raises(FieldValidationError) as err:
        check_transition(Role.ADMIN, P.APPROVED, P.FAILED, TransitionDetails(reason="  "))
    assert err.value.field == "reason"


def test_a_month_can_be_paid_only_once_it_has_ended_in_lagos() -> None:
    assert check_period_closed("2026-10", dt.datetime(2026, 10, 31, 23, 0, tzinfo=UTC)) == "2026-10"
    with pytest.raises(FieldValidationError) as err:
        check_period_closed("2026-10", dt.datetime(2026, 10, 31, 22, 59, tzinfo=UTC))
    assert err.value.field == "period"
