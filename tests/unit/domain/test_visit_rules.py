"""Visit rules without a database: the status moves, completing once, the rates."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from shared.domain.appointments import check_status_move
from shared.domain.enums import AppointmentStatus as S
from shared.domain.visits import visit_rates, visit_time
from shared.errors import ConflictError, FieldValidationError
from shared.sync.validators import MergedRow, validator_for

START = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def test_a_visit_is_completed_once() -> None:
    check_status_move(S.CHECKED_IN, S.COMPLETED)
    with pytest.raises(ConflictError) as refused:
        check_status_move(S.COMPLETED, S.COMPLETED)
    assert (refused.value.code, refused.value.field) == ("already_completed", "status")
    check_status_move(S.CHECKED_IN, S.CHECKED_IN)  # a repeat of any other status is harmless


@pytest.mark.parametrize(
    ("stored", "pushed"),
    [(S.COMPLETED, S.SCHEDULED), (S.COMPLETED, S.COMPLETED), (S.COMPLETED, S.CANCELLED)],
)
def test_the_appointments_validator_holds_a_completed_visit(stored: S, pushed: S) -> None:
    row = SimpleNamespace(status=stored)
    validate = validator_for("appointments")
    assert validate is not None
    with pytest.raises(FieldValidationError) as refused:
        validate(MergedRow("appointments", row, {"status": pushed}), frozenset({"status"}))
    assert refused.value.field == "status"


def test_the_validator_leaves_other_moves_to_the_merge() -> None:
    validate = validator_for("appointments")
    assert validate is not None
    for stored, pushed in [(S.CHECKED_IN, S.COMPLETED), (S.CANCELLED, S.NO_SHOW)]:
        row = SimpleNamespace(status=stored)
        validate(MergedRow("appointments", row, {"status": pushed}), frozenset({"status"}))
    assert MergedRow("appointments", None, {"status": S.COMPLETED}).stored("status") is None


def test_rates_count_only_visits_whose_outcome_is_known() -> None:
    statuses = [S.COMPLETED] * 6 + [S.NO_SHOW] * 2 + [S.CANCELLED, S.SCHEDULED, S.CHECKED_IN]
    rates = visit_rates(statuses)
    assert (rates.completed, rates.no_show, rates.decided) == (6, 2, 8)
    assert rates.completion_rate == 0.75  # 6 of 8
    assert rates.no_show_rate == 0.25  # 2 of 8


def test_rates_are_unknown_before_any_outcome() -> None:
    rates = visit_rates([S.SCHEDULED, S.CANCELLED])
    assert (rates.completion_rate, rates.no_show_rate) == (None, None)


def test_the_visit_time_is_the_check_in_else_the_booked_start() -> None:
    arrived = START + dt.timedelta(minutes=12)
    assert visit_time(SimpleNamespace(checked_in_at=arrived, starts_at=START)) == arrived
    assert visit_time(SimpleNamespace(checked_in_at=None, starts_at=START)) == START
