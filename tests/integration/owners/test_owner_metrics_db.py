"""Performance packs and owner satisfaction gathered from PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import AppointmentStatus, Direction, LogChannel, PayoutStatus
from shared.domain.payouts import TransitionDetails
from shared.errors import PermissionDeniedError
from sync_server.owners import metrics, service
from tests import factories as f
from tests.integration.owners.conftest import NOW, UTC, World, make_world, pay

OCT = dt.datetime(2026, 10, 14, 9, 0, tzinfo=UTC)


def _visits(session: Session, world: World, statuses: list[AppointmentStatus]) -> None:
    patient = f.patient(session, hospital_id=world.hospital.id)
    for i, status in enumerate(statuses):
        f.appointment(
            session,
            hospital_id=world.hospital.id,
            patient_id=patient.id,
            starts_at=OCT + dt.timedelta(hours=i),
            status=status,
        )
    session.add(
        m.PatientFeedback(
            hospital_id=world.hospital.id, patient_id=patient.id, rating=5, nps=10, submitted_at=OCT
        )
    )


def test_pack_compares_the_hospital_with_the_network_median(pg_session: Session) -> None:
    mine, other, third = (make_world(pg_session) for _ in range(3))
    done, missed = AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW
    _visits(pg_session, mine, [done, done, done, missed])
    _visits(pg_session, other, [done, missed])
    _visits(pg_session, third, [missed])
    pay(pg_session, mine.hospital.id, 40_000, OCT)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)

    pack = metrics.hospital_performance(pg_session, mine.owner_user, mine.hospital.id, "2026-10")
    assert (pack.visits, pack.no_show_rate, pack.nps) == (3, 0.25, 100.0)
    assert pack.revenue_minor == 40_000
    assert pack.network_median_no_show_rate == pytest.approx(0.5)  # of 0.25, 0.5 and 1.0
    with pytest.raises(PermissionDeniedError):
        metrics.hospital_performance(pg_session, other.owner_user, mine.hospital.id, "2026-10")


def test_owner_satisfaction_metrics(pg_session: Session, world: World) -> None:
    for month, score in ((9, 3), (10, 4), (10, 5)):
        pg_session.add(
            m.OwnerSatisfactionSurvey(
                owner_account_id=world.owner.id,
                responded_at=dt.datetime(2026, month, 20, tzinfo=UTC),
                overall_score=score,
            )
        )
    for direction, day in (
        (Direction.OUTBOUND, 1),
        (Direction.INBOUND, 3),
        (Direction.OUTBOUND, 20),
    ):
        pg_session.add(
            m.OwnerCommunication(
                owner_account_id=world.owner.id,
                channel=LogChannel.CALL,
                direction=direction,
                summary="Monthly review",
                occurred_at=dt.datetime(2026, 10, day, tzinfo=UTC),
            )
        )
    pg_session.add(m.OwnerSatisfactionSurvey(owner_account_id=world.owner.id, sent_at=OCT))
    pay(pg_session, world.hospital.id, 1_000_000, OCT)
    (payout_id,) = service.run_monthly_payouts(pg_session, "2026-10", now=NOW).created
    service.transition_payout(pg_session, payout_id, PayoutStatus.APPROVED, world.admin, now=NOW)
    paid = TransitionDetails(bank_reference="FBN-1", paid_on=dt.date(2026, 11, 2))
    service.transition_payout(
        pg_session, payout_id, PayoutStatus.PAID, world.admin, details=paid, now=NOW
    )

    got = metrics.owner_satisfaction(pg_session, world.owner_user, world.owner.id, now=NOW)
    assert got.average == 4.5 and got.trend == 1.5
    assert got.payout_completion_rate == 1.0
    assert got.communication_engagement_rate == 0.5
    assert got.contract_renewal_rate is None  # no contract has ended yet
    assert got.survey_response_rate == 0.0  # the one survey GrandPro sent is unanswered
    with pytest.raises(PermissionDeniedError):
        metrics.owner_satisfaction(pg_session, world.manager, world.owner.id, now=NOW)
