"""Crafted loyalty pushes: no points that nothing earned, no adjustment past a manager's rule.

Before points were earned from events, any desk could push an ``earn`` entry
of up to 1,000,000 points with any reason, and a desk's adjustment was
taken as a manager's. Each test is the attack; the server's rows must not
change except where the rule lets them.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import Appointment, LoyaltyLedgerEntry
from shared.domain.earning import ledger_id, visit_key
from shared.domain.enums import AppointmentStatus, Role
from tests.integration.security.conftest import Estate, Side, Wire, outcomes, server_rows

NOW = utcnow().isoformat()


def _entry(side: Side, kind: str, points: int, **extra: Any) -> dict[str, Any]:
    return {
        "hospital_id": str(side.hospital_id),
        "patient_id": str(side.patient_id),
        "kind": kind,
        "points": points,
        "reason": "Visit",
        "occurred_at": NOW,
        **extra,
    }


def _complete(pg_sessions: sessionmaker[Session], appointment_id: uuid.UUID) -> None:
    with pg_sessions.begin() as session:
        visit = session.get_one(Appointment, appointment_id)
        visit.status, visit.checked_in_at = AppointmentStatus.COMPLETED, utcnow()


def _ledger(pg_sessions: sessionmaker[Session], patient_id: uuid.UUID) -> list[tuple[str, int]]:
    with pg_sessions() as session:
        query = sa.select(LoyaltyLedgerEntry.kind, LoyaltyLedgerEntry.points).where(
            LoyaltyLedgerEntry.patient_id == patient_id
        )
        return sorted((str(kind), points) for kind, points in session.execute(query))


def test_a_desk_cannot_type_points_in_or_expire_them(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    with pg_sessions() as session:
        before = server_rows(session)
    earned = wire.mutation("loyalty_ledger", uuid.uuid4(), _entry(estate.a, "earn", 5000))
    expired = wire.mutation("loyalty_ledger", uuid.uuid4(), _entry(estate.b, "expire", -1))
    assert outcomes(wire.push(estate.a.desk, earned)) == ["rejected:invalid"]
    assert outcomes(wire.push(estate.b.desk, expired)) == ["rejected:invalid"]
    with pg_sessions() as session:
        assert server_rows(session) == before


def test_only_a_manager_adjusts_and_within_the_programs_bound(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    by_desk = wire.mutation("loyalty_ledger", uuid.uuid4(), _entry(side, "adjust", 200))
    [refused] = wire.push(side.desk, by_desk)
    assert (refused["outcome"], refused["code"]) == ("rejected", "forbidden")
    manager = side.of(Role.MANAGER)
    too_many = wire.mutation("loyalty_ledger", uuid.uuid4(), _entry(side, "adjust", 501))
    below_zero = wire.mutation("loyalty_ledger", uuid.uuid4(), _entry(side, "adjust", -2000))
    fine = wire.mutation("loyalty_ledger", uuid.uuid4(), _entry(side, "adjust", 200))
    answers = wire.push(manager, too_many, below_zero, fine)
    assert outcomes(answers) == ["rejected:invalid", "rejected:invalid", "applied:None"]
    assert answers[0]["field"] == "points"
    assert _ledger(pg_sessions, side.patient_id) == [("adjust", 200), ("earn", 1234)]


def test_a_pushed_earning_is_rebuilt_from_the_servers_own_visit(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    _complete(pg_sessions, side.appointment_id)
    key = visit_key(side.appointment_id)
    inflated = _entry(side, "earn", 777_777, source_key=key, reason="Visit completed")
    answers = wire.push(side.desk, wire.mutation("loyalty_ledger", ledger_id(key), inflated))
    assert outcomes(answers) == ["applied:None"]
    assert _ledger(pg_sessions, side.patient_id) == [("earn", 10), ("earn", 1234)]
    again = wire.mutation("loyalty_ledger", ledger_id(key), inflated)
    assert outcomes(wire.push(side.desk, again)) == ["applied:already_saved"]
    assert _ledger(pg_sessions, side.patient_id) == [("earn", 10), ("earn", 1234)]


def test_an_earning_cannot_name_another_hospitals_visit_or_one_not_completed(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    _complete(pg_sessions, estate.b.appointment_id)
    foreign = visit_key(estate.b.appointment_id)
    not_done = visit_key(estate.a.appointment_id)
    answers = wire.push(
        estate.a.desk,
        wire.mutation(
            "loyalty_ledger", ledger_id(foreign), _entry(estate.a, "earn", 10, source_key=foreign)
        ),
        wire.mutation(
            "loyalty_ledger", ledger_id(not_done), _entry(estate.a, "earn", 10, source_key=not_done)
        ),
    )
    assert outcomes(answers) == ["rejected:not_earned", "rejected:not_earned"]
    assert _ledger(pg_sessions, estate.a.patient_id) == [("earn", 1234)]
    assert _ledger(pg_sessions, estate.b.patient_id) == [("earn", 4321)]


def test_a_pushed_completion_earns_on_the_server_even_without_the_desks_entry(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    arrived = wire.mutation(
        "appointments", side.appointment_id, {"status": "checked_in", "checked_in_at": NOW}
    )
    seen = dict.fromkeys(("status", "checked_in_at"), arrived["hlc"])
    done = wire.mutation(
        "appointments", side.appointment_id, {"status": "completed"}, base_clocks=seen
    )
    assert outcomes(wire.push(side.desk, arrived, done)) == ["applied:None", "applied:None"]
    assert _ledger(pg_sessions, side.patient_id) == [("earn", 10), ("earn", 1234)]
    pulled = [c["row"] for c in wire.pull(side.desk) if c["table"] == "loyalty_ledger"]
    assert visit_key(side.appointment_id) in {row["source_key"] for row in pulled}
