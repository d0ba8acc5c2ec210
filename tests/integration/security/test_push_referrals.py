"""Crafted referral pushes: points only for a referral the desk may record, earned by a real visit.

A referral names two patients, so a desk could try to credit a patient of
another hospital, or push the referral points themselves with no referral
or visit behind them. Each test is the attack, sent as the front desk.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from shared.db.models import Appointment, LoyaltyLedgerEntry, PatientReferral
from shared.domain.earning import ledger_id, referral_key
from shared.domain.enums import AppointmentStatus
from tests import factories
from tests.integration.security.conftest import Estate, Side, Wire, outcomes

NOW = utcnow().replace(microsecond=0)


def _newcomer(pg_sessions: sessionmaker[Session], side: Side) -> tuple[uuid.UUID, uuid.UUID]:
    """A new patient of ``side``'s hospital with a visit checked in: (patient, appointment)."""
    with pg_sessions.begin() as session:
        patient_id = factories.patient(session, hospital_id=side.hospital_id).id
    return patient_id, _visit(pg_sessions, side, patient_id, days_ago=1)


def _visit(
    pg_sessions: sessionmaker[Session], side: Side, patient_id: uuid.UUID, *, days_ago: int = 0
) -> uuid.UUID:
    arrived = NOW - dt.timedelta(days=days_ago, minutes=30)
    with pg_sessions.begin() as session:
        return factories.appointment(
            session,
            hospital_id=side.hospital_id,
            patient_id=patient_id,
            clinician_id=side.clinician_id,
            starts_at=arrived,
            status=AppointmentStatus.CHECKED_IN,
            checked_in_at=arrived,
        ).id


def _referral(side: Side, patient_id: uuid.UUID, referrer_id: uuid.UUID) -> dict[str, str]:
    return {
        "hospital_id": str(side.hospital_id),
        "patient_id": str(patient_id),
        "referrer_id": str(referrer_id),
    }


def _points(pg_sessions: sessionmaker[Session], patient_id: uuid.UUID) -> list[tuple[str, int]]:
    with pg_sessions() as session:
        query = sa.select(LoyaltyLedgerEntry.reason, LoyaltyLedgerEntry.points).where(
            LoyaltyLedgerEntry.patient_id == patient_id
        )
        return sorted(session.execute(query).tuples())


def _complete(
    wire: Wire, pg_sessions: sessionmaker[Session], side: Side, visit_id: uuid.UUID
) -> list[str]:
    """The desk completes the visit, having synced the server's copy of it."""
    with pg_sessions() as session:
        seen = session.get_one(Appointment, visit_id).field_clocks
    done = wire.mutation("appointments", visit_id, {"status": "completed"}, base_clocks=seen)
    return outcomes(wire.push(side.desk, done))


def test_a_referral_earns_the_referrer_once_at_the_first_completed_visit(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    newcomer, visit = _newcomer(pg_sessions, side)
    referral = wire.mutation(
        "patient_referrals", uuid.uuid4(), _referral(side, newcomer, side.patient_id)
    )
    assert outcomes(wire.push(side.desk, referral)) == ["applied:None"]
    assert _complete(wire, pg_sessions, side, visit) == ["applied:None"]
    assert ("Referred a new patient", 50) in _points(pg_sessions, side.patient_id)
    second_visit = _visit(pg_sessions, side, newcomer)
    assert _complete(wire, pg_sessions, side, second_visit) == ["applied:None"]
    referrals = [
        p for p in _points(pg_sessions, side.patient_id) if p[0] == "Referred a new patient"
    ]
    assert referrals == [("Referred a new patient", 50)]


def test_a_desk_cannot_credit_another_hospitals_patient(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    newcomer, visit = _newcomer(pg_sessions, estate.a)
    foreign = _referral(estate.a, newcomer, estate.b.patient_id)
    answers = wire.push(estate.a.desk, wire.mutation("patient_referrals", uuid.uuid4(), foreign))
    assert outcomes(answers) == ["rejected:scope"]
    assert str(estate.b.patient_id) not in str(answers), "the refusal names nothing of theirs"
    assert _complete(wire, pg_sessions, estate.a, visit) == ["applied:None"]
    assert _points(pg_sessions, estate.b.patient_id) == [("Visit", 4321)]
    with pg_sessions() as session:
        assert session.scalars(sa.select(PatientReferral)).all() == []


def test_referral_points_cannot_be_pushed_without_a_referral_and_a_visit(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    side = estate.a
    newcomer, _ = _newcomer(pg_sessions, side)
    key = referral_key(newcomer)
    crafted = {
        "hospital_id": str(side.hospital_id),
        "patient_id": str(side.patient_id),
        "kind": "earn",
        "points": 50,
        "reason": "Referred a new patient",
        "occurred_at": NOW.isoformat(),
        "source_key": key,
    }
    answers = wire.push(side.desk, wire.mutation("loyalty_ledger", ledger_id(key), crafted))
    assert outcomes(answers) == ["rejected:not_earned"]
    referral = wire.mutation(
        "patient_referrals", uuid.uuid4(), _referral(side, newcomer, side.patient_id)
    )
    assert outcomes(wire.push(side.desk, referral)) == ["applied:None"]
    again = wire.mutation("loyalty_ledger", ledger_id(key), crafted)
    assert outcomes(wire.push(side.desk, again)) == ["rejected:not_earned"], (
        "no visit completed yet"
    )
    assert ("Referred a new patient", 50) not in _points(pg_sessions, side.patient_id)


def test_an_account_over_two_hospitals_cannot_credit_a_patient_of_the_other(
    estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    newcomer, _ = _newcomer(pg_sessions, estate.a)
    mixed = _referral(estate.a, newcomer, estate.b.patient_id)
    answers = wire.push(estate.admin, wire.mutation("patient_referrals", uuid.uuid4(), mixed))
    assert outcomes(answers) == ["rejected:invalid"]
    assert answers[0]["field"] == "referrer_id"
    with pg_sessions() as session:
        assert session.scalars(sa.select(PatientReferral)).all() == []
