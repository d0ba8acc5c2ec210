"""The daily tier review, through the schedule's slot runner, on a real PostgreSQL.

A move up is recorded once and congratulated once (by the shipped template,
on a channel the patient consented to); a patient who falls below a tier
keeps it for the program's grace period and then moves down, uncongratulated.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from pydantic import SecretStr
from sqlalchemy.orm import Session

from shared.db.models import LoyaltyLedgerEntry, LoyaltyTierChange, Message, Patient
from shared.db.queries.loyalty import patient_standing
from shared.domain.earning import payment_key
from shared.domain.enums import Channel, LedgerKind
from shared.domain.loyalty import REVERSAL_SUFFIX, Tier
from sync_server.config import ServerSettings
from sync_server.jobs.schedules import run_slot
from sync_server.messaging.templates import seed_templates
from tests import factories

NOW = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)
SETTINGS = ServerSettings(secret_key=SecretStr("k" * 40))
DAY = 86_400


def _patient(session: Session, **kw: object) -> Patient:
    hospital = factories.hospital(session, name="Lekki Clinic")
    return factories.patient(
        session, hospital_id=hospital.id, first_name="Ada", phone="+2348031234567", **kw
    )


def _earn(session: Session, patient: Patient, points: int, days_ago: int) -> LoyaltyLedgerEntry:
    entry = LoyaltyLedgerEntry(
        hospital_id=patient.hospital_id,
        patient_id=patient.id,
        kind=LedgerKind.EARN,
        points=points,
        reason="Payment",
        source_key=payment_key(uuid.uuid4()),
        occurred_at=NOW - dt.timedelta(days=days_ago),
    )
    session.add(entry)
    return entry


def _review(session: Session, days_later: int = 0) -> str:
    session.commit()  # end the read the test made, as a new job run starts afresh
    with session.begin():
        return run_slot(session, SETTINGS, "loyalty_tiers", int(NOW.timestamp()) + days_later * DAY)


def _moves(session: Session, patient: Patient) -> list[tuple[Tier, Tier]]:
    query = (
        sa.select(LoyaltyTierChange.from_tier, LoyaltyTierChange.to_tier)
        .where(LoyaltyTierChange.patient_id == patient.id)
        .order_by(LoyaltyTierChange.changed_at)
    )
    return list(session.execute(query).tuples())


def test_a_move_up_is_recorded_and_congratulated_once(pg_session: Session) -> None:
    seed_templates(pg_session)
    patient = _patient(pg_session)
    _earn(pg_session, patient, 1_500, days_ago=40)
    _earn(pg_session, patient, 5_700, days_ago=2)  # Bronze straight to Gold
    pg_session.commit()
    assert _review(pg_session) == "1 up, 0 down, 1 congratulated"
    assert _review(pg_session, days_later=1) == "0 up, 0 down, 0 congratulated"
    assert _moves(pg_session, patient) == [(Tier.BRONZE, Tier.GOLD)]
    [message] = pg_session.scalars(sa.select(Message)).all()
    change = pg_session.scalars(sa.select(LoyaltyTierChange)).one()
    assert change.message_id == message.id and change.lifetime_points == 7_200
    assert (message.channel, message.address, message.patient_id) == (
        Channel.SMS,
        "+2348031234567",
        patient.id,
    )
    assert message.body.startswith(
        "Congratulations Ada! With 7,200 points you are now a Gold member of Lekki Clinic Rewards."
    )


def test_a_patient_nobody_may_message_still_has_the_move_recorded(pg_session: Session) -> None:
    seed_templates(pg_session)
    patient = _patient(pg_session, consent_sms=False)
    _earn(pg_session, patient, 2_000, days_ago=1)
    pg_session.commit()
    assert _review(pg_session) == "1 up, 0 down, 0 congratulated"
    assert _moves(pg_session, patient) == [(Tier.BRONZE, Tier.SILVER)]
    assert pg_session.scalars(sa.select(Message)).all() == []


def test_a_refund_below_the_tier_keeps_it_for_the_grace_period(pg_session: Session) -> None:
    patient = _patient(pg_session)
    earned = _earn(pg_session, patient, 2_400, days_ago=20)
    pg_session.commit()
    _review(pg_session)  # Silver
    refunded_at = NOW + dt.timedelta(days=1)
    pg_session.add(
        LoyaltyLedgerEntry(
            hospital_id=patient.hospital_id,
            patient_id=patient.id,
            kind=LedgerKind.ADJUST,
            points=-600,
            reason="Payment refunded: its points are taken back",
            source_key=f"{earned.source_key}{REVERSAL_SUFFIX}",
            reference_type="loyalty_ledger",
            reference_id=earned.id,
            occurred_at=refunded_at,
        )
    )
    pg_session.commit()
    kept = patient_standing(pg_session, patient.id, patient.hospital_id, refunded_at)
    assert (kept.tier, kept.earned) == (Tier.SILVER, Tier.BRONZE)
    assert kept.kept_until == refunded_at + dt.timedelta(days=90)
    assert _review(pg_session, days_later=60) == "0 up, 0 down, 0 congratulated"
    assert _moves(pg_session, patient) == [(Tier.BRONZE, Tier.SILVER)]
    assert _review(pg_session, days_later=92) == "0 up, 1 down, 0 congratulated"
    assert _moves(pg_session, patient) == [(Tier.BRONZE, Tier.SILVER), (Tier.SILVER, Tier.BRONZE)]
    later = NOW + dt.timedelta(days=92)
    assert patient_standing(pg_session, patient.id, patient.hospital_id, later).tier is Tier.BRONZE
