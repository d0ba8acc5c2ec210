"""Service recovery's rules: what is low, when a callback is due, and the rate by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from types import SimpleNamespace

import pytest

from shared.domain.enums import FollowUpStatus, RecoveryOutcome, Role
from shared.domain.owner_metrics import HospitalMonth, combined_recovery_rate, performance_pack
from shared.domain.service_recovery import (
    RecoveryMonth,
    RecoveryTask,
    check_assignee,
    check_task,
    due_by,
    is_low,
    recovery_months,
)
from shared.errors import FieldValidationError

UTC = dt.UTC
S, R = FollowUpStatus, RecoveryOutcome


def lagos(day: int, hour: int, month: int = 11) -> dt.datetime:
    """A Lagos wall-clock time in 2026 (UTC+1), as UTC."""
    return dt.datetime(2026, month, day, hour - 1, tzinfo=UTC)


def test_low_is_two_stars_or_fewer_or_a_detractor() -> None:
    assert [is_low(r, None) for r in range(1, 6)] == [True, True, False, False, False]
    assert [is_low(5, n) for n in (0, 6, 7, 10)] == [True, True, False, False]


@pytest.mark.parametrize(
    ("given", "due"),
    [
        (lagos(23, 9), lagos(24, 18)),  # Monday morning: Tuesday evening
        (lagos(23, 23), lagos(24, 18)),  # Monday 23:00 Lagos is still Monday
        (lagos(27, 10), lagos(30, 18)),  # Friday: Monday evening
        (lagos(28, 12), lagos(30, 18)),  # Saturday: Monday evening
        (lagos(29, 12), lagos(30, 18)),  # Sunday: Monday evening
        (lagos(30, 17), lagos(1, 18, month=12)),  # across the month
    ],
)
def test_due_by_the_end_of_the_next_working_day_in_lagos(
    given: dt.datetime, due: dt.datetime
) -> None:
    assert due_by(given) == due


def _user(**kw: object) -> SimpleNamespace:
    hospital = uuid.UUID(int=1)
    return SimpleNamespace(
        **({"role": Role.FRONT_DESK, "hospital_id": hospital, "is_active": True} | kw)
    )


def test_only_active_staff_of_the_hospital_own_a_callback() -> None:
    hospital = uuid.UUID(int=1)
    check_assignee(_user(), hospital)
    check_assignee(_user(role=Role.MANAGER), hospital)
    for bad in (
        None,
        _user(hospital_id=uuid.UUID(int=2)),
        _user(role=Role.OWNER, hospital_id=None),
        _user(role=Role.ADMIN),
        _user(is_active=False),
    ):
        with pytest.raises(FieldValidationError):
            check_assignee(bad, hospital)


def test_a_close_says_how_it_ended_and_stays_closed() -> None:
    closed = {
        "follow_up_status": S.CLOSED,
        "follow_up_note": "Apologised",
        "follow_up_outcome": R.RECOVERED,
    }
    check_task(closed, None, None)
    with pytest.raises(FieldValidationError) as no_outcome:
        check_task(closed | {"follow_up_outcome": None}, None, None)
    assert no_outcome.value.field == "follow_up_outcome"
    with pytest.raises(FieldValidationError):
        check_task(closed | {"follow_up_note": " "}, None, None)
    with pytest.raises(FieldValidationError) as reopened:
        check_task({"follow_up_status": S.OPEN}, frozenset({"follow_up_status"}), S.CLOSED)
    assert reopened.value.field == "follow_up_status"
    check_task({"follow_up_status": S.OPEN}, frozenset({"comments"}), S.CLOSED)


def _task(
    given: dt.datetime, status: S, outcome: R | None = None, closed: dt.datetime | None = None
) -> RecoveryTask:
    return RecoveryTask(given, due_by(given), status, outcome, closed)


#: Eight callbacks of one hospital, judged on 2 Dec 2026 at noon (Lagos).
NOW = lagos(2, 12, month=12)
DATASET = [
    # November: 6 callbacks, all results known
    _task(lagos(2, 10), S.CLOSED, R.RECOVERED, lagos(2, 15)),  # in time
    _task(lagos(3, 10), S.CLOSED, R.RECOVERED, lagos(4, 17)),  # in time, due 4 Nov 18:00
    _task(lagos(5, 10), S.CLOSED, R.RECOVERED, lagos(6, 19)),  # an hour late: not counted
    _task(lagos(6, 10), S.CLOSED, R.NOT_RECOVERED, lagos(6, 12)),  # in time, not recovered
    _task(lagos(9, 10), S.CLOSED, R.UNREACHABLE, lagos(10, 9)),
    _task(lagos(20, 10), S.OPEN),  # never called back: overdue, counts against
    # December: 2 callbacks, one known
    _task(lagos(1, 9, month=12), S.CLOSED, R.RECOVERED, lagos(1, 11, month=12)),
    _task(lagos(2, 9, month=12), S.IN_PROGRESS),  # due 3 Dec: not known yet
]


def test_the_recovery_rate_against_hand_counted_values() -> None:
    months = recovery_months(DATASET, NOW)
    assert months == {"2026-11": RecoveryMonth(6, 2), "2026-12": RecoveryMonth(1, 1)}
    assert months["2026-11"].rate == pytest.approx(2 / 6)
    assert months["2026-12"].rate == 1.0
    assert combined_recovery_rate([(6, 2), (1, 1)]) == pytest.approx(3 / 7)
    assert RecoveryMonth().rate is None, "no result yet is not 0 %"
    assert recovery_months([_task(lagos(2, 9, month=12), S.OPEN)], NOW) == {}


def test_the_performance_pack_carries_the_rate_and_the_network_median() -> None:
    def month(known: int, recovered: int) -> HospitalMonth:
        return HospitalMonth(10, 1, (9,), 0, recovery_known=known, recovery_recovered=recovered)

    network = [month(6, 2), month(4, 4), month(2, 1), month(0, 0)]
    pack = performance_pack(network[0], network)
    assert pack.recovery_rate == pytest.approx(1 / 3)
    assert pack.network_median_recovery_rate == pytest.approx(0.5)  # of 1/3, 1, 1/2
    assert performance_pack(network[0], network[:2]).network_median_recovery_rate is None
