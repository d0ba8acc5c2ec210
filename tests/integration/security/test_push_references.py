"""Every foreign key of a pushed row must name a row the pushing device may see.

The old push checked only the row's own hospital: a desk could point a row
at another hospital's patient or another owner's account, and the answers
described rows outside the device's scope.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from tests.integration.security.conftest import Estate, Wire, outcomes, rows_in, server_rows

NOW = utcnow().isoformat()


def _snapshot(pg_sessions: sessionmaker[Session]) -> dict[tuple[str, str], dict[str, Any]]:
    with pg_sessions() as session:
        return server_rows(session)


def _ledger(estate: Estate, patient_id: uuid.UUID, kind: str, points: int) -> dict[str, Any]:
    return {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(patient_id),
        "kind": kind,
        "points": points,
        "reason": "Visit",
        "occurred_at": NOW,
    }


def test_a_desk_cannot_award_points_to_another_hospitals_patient(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    entry = _ledger(estate, estate.b.patient_id, "earn", 5000)
    results = wire.push(estate.a.desk, wire.mutation("loyalty_ledger", uuid.uuid4(), entry))
    assert outcomes(results) == ["rejected:scope"]
    assert results[0]["field"] == "patient_id" and results[0]["row"] is None
    assert _snapshot(pg_sessions) == before
    assert str(estate.b.patient_id) not in str(wire.pull(estate.a.desk))
    assert [r["points"] for r in rows_in(wire.pull(estate.b.desk), "loyalty_ledger")] == [4321]


def test_a_desk_cannot_send_a_message_to_another_owners_scope(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    foreign = str(estate.b.owner_account_id)
    message = {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(estate.a.patient_id),
        "owner_account_id": foreign,
        "channel": "sms",
        "address": estate.a.patient_phone,
        "body": "Your results are ready.",
    }
    inserted = wire.mutation("messages", uuid.uuid4(), message)
    moved = wire.mutation("messages", estate.a.message_id, {"owner_account_id": foreign})
    assert outcomes(wire.push(estate.a.desk, inserted, moved)) == ["rejected:scope"] * 2
    assert _snapshot(pg_sessions) == before
    pulled = wire.pull(estate.b.owner)
    assert rows_in(pulled, "messages") == []
    assert estate.a.patient_phone not in str(pulled)


def test_an_owner_cannot_dispute_another_owners_payout(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    dispute = {
        "payout_id": str(estate.b.payout_id),
        "owner_account_id": str(estate.a.owner_account_id),
        "kind": "disputed",
        "reason": "The fee looks wrong",
    }
    results = wire.push(estate.a.owner, wire.mutation("payout_responses", uuid.uuid4(), dispute))
    assert outcomes(results) == ["rejected:scope"]
    assert results[0]["field"] == "payout_id"
    assert _snapshot(pg_sessions) == before
    assert rows_in(wire.pull(estate.a.owner), "payout_responses") == []
    assert rows_in(wire.pull(estate.b.owner), "payout_responses") == []


def test_an_overdrawn_redemption_for_a_foreign_patient_reveals_no_balance(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    entry = _ledger(estate, estate.b.patient_id, "redeem", -100_000)
    results = wire.push(estate.a.desk, wire.mutation("loyalty_ledger", uuid.uuid4(), entry))
    assert outcomes(results) == ["rejected:scope"]
    assert "4321" not in str(results) and "4,321" not in str(results)
    assert _snapshot(pg_sessions) == before
    assert "4321" not in str(wire.pull(estate.a.desk))


def test_a_booking_with_a_foreign_clinician_reveals_nothing(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    before = _snapshot(pg_sessions)
    starts = estate.b.appointment_starts
    booking = {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(estate.a.patient_id),
        "clinician_id": str(estate.b.clinician_id),
        "starts_at": starts.isoformat(),
        "ends_at": (starts + dt.timedelta(minutes=20)).isoformat(),
    }
    results = wire.push(estate.a.desk, wire.mutation("appointments", uuid.uuid4(), booking))
    assert outcomes(results) == ["rejected:scope"]
    assert results[0]["field"] == "clinician_id" and results[0]["row"] is None
    clash_time = f"{starts:%H:%M}"
    assert "Clashes" not in str(results) and clash_time not in results[0]["message"]
    assert _snapshot(pg_sessions) == before
    assert str(estate.b.clinician_id) not in str(wire.pull(estate.a.desk))
