"""Pushed clocks are well-formed, and a clock far ahead is replaced by the server's.

On the old push a field clock like ``9999999999999-00000-evil`` was stored as
sent and won every later conflict for that field, forever.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from shared.clock import MAX_DRIFT_MS, utcnow
from shared.db.models import Patient
from shared.domain.enums import Role
from tests.integration.security.conftest import Estate, Wire, outcomes, rows_in, server_rows

EVIL = "9999999999999-00000-evil"


def _limit_ms() -> int:
    return int(utcnow().timestamp() * 1000) + MAX_DRIFT_MS


def test_a_far_future_clock_keeps_the_edit_but_not_the_clock(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    desk = estate.a.desk
    edit = wire.mutation("patients", estate.a.patient_id, {"address": "1 Broad St"}, hlc=EVIL)
    assert outcomes(wire.push(desk, edit)) == ["applied:None"]
    with pg_sessions() as session:
        patient = session.get_one(Patient, estate.a.patient_id)
        assert patient.address == "1 Broad St"
        stored = patient.field_clocks["address"]
    assert stored != EVIL and int(stored[:13]) <= _limit_ms()
    pulled = rows_in(wire.pull(desk), "patients")
    assert EVIL not in str(pulled)
    later = wire.mutation(
        "patients",
        estate.a.patient_id,
        {"address": "2 Marina"},
        base_clocks={"address": "1795450752558-00000-IK01"},  # raced: the later clock decides
    )
    assert outcomes(wire.push(estate.a.of(Role.MANAGER), later))[0].startswith("merged")
    with pg_sessions() as session:
        assert session.get_one(Patient, estate.a.patient_id).address == "2 Marina"


def test_malformed_clocks_are_refused(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    with pg_sessions() as session:
        before = server_rows(session)
    edit = {"address": "3 Awolowo Road"}
    results = wire.push(
        estate.a.desk,
        wire.mutation("patients", estate.a.patient_id, edit, hlc="99999999999999999-1-evil"),
        wire.mutation("patients", estate.a.patient_id, edit, hlc="1795450752558-00000-a-b"),
        wire.mutation("patients", estate.a.patient_id, edit, base_clocks={"address": "99-0-x"}),
    )
    assert [(r["code"], r["field"]) for r in results] == [
        ("invalid", "hlc"),
        ("invalid", "hlc"),
        ("invalid", "address"),
    ]
    with pg_sessions() as session:
        assert server_rows(session) == before
