"""Every entity of the domain model survives a round trip on SQLite and PostgreSQL,
and the database itself refuses rows that break the rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db import models as m
from shared.db.base import Base, new_id
from shared.domain import enums as e
from shared.domain.loyalty import Tier
from tests import factories as f


def _build_everything(s: Session) -> list[Base]:
    """One row of every table, linked the way the product links them."""
    now = utcnow().replace(microsecond=123000)
    h = f.hospital(s)
    dep = f.department(s, hospital_id=h.id)
    doc = f.clinician(s, hospital_id=h.id, department_id=dep.id)
    owner = f.owner_account(s)
    admin = f.user(s)
    desk = f.user(s, role=e.Role.FRONT_DESK, hospital_id=h.id)
    owner_user = f.user(s, role=e.Role.OWNER, owner_account_id=owner.id)
    device = m.Device(name="Front desk 1", prefix="IK1", hospital_id=h.id, last_seen_at=now)
    p = f.patient(
        s,
        hospital_id=h.id,
        allergies=["penicillin"],
        chronic_conditions=["hypertension", "sickle cell"],
        genotype=e.Genotype.AS,
        blood_group=e.BloodGroup.O_POS,
        nin="12345678901",
        payer_type=e.PayerType.HMO,
        payer_name="Hygeia HMO",
        payer_number="HYG-2231",
        preferred_language=e.Language.YORUBA,
    )
    p2 = f.patient(s, hospital_id=h.id)
    appt = f.appointment(s, hospital_id=h.id, patient_id=p.id, clinician_id=doc.id)
    contract = f.contract(s, owner_account_id=owner.id, hospital_id=h.id)
    tpl = f.template(s)
    campaign = m.Campaign(
        name="Hypertension week",
        template_id=tpl.id,
        channel=e.Channel.SMS,
        audience_filter={"chronic_condition": "hypertension", "age_band": [40, 70]},
        budget_cap_minor=5_000_000,
    )
    message = m.Message(
        hospital_id=h.id,
        patient_id=p.id,
        channel=e.Channel.SMS,
        address="+2348031234567",
        body="Dear Chinedu, your appointment is tomorrow.",
        priority=10,
    )
    payout = m.Payout(
        contract_id=contract.id,
        owner_account_id=owner.id,
        hospital_id=h.id,
        period="2026-10",
        currency="NGN",
        gross_minor=10_000_000,
        adjustments_minor=5_000,
        fee_minor=1_250_000,
        deductions_minor=100_000,
        net_minor=10_000_000 + 5_000 - 1_250_000 - 100_000,
        fee_bps=1250,
    )
    reward = m.LoyaltyReward(
        name="Free blood test", kind=e.RewardKind.FREE_SERVICE, points_cost=100
    )
    ledger = m.LoyaltyLedgerEntry(
        hospital_id=h.id,
        patient_id=p.id,
        kind=e.LedgerKind.EARN,
        points=120,
        reason="visit",
        occurred_at=now,
    )
    rows: list[Base] = [device, campaign, message, payout, reward, ledger]
    s.add_all(rows)
    s.flush()
    rows += [
        m.AppointmentReminder(
            hospital_id=h.id,
            appointment_id=appt.id,
            offset_minutes=1440,
            channel=e.Channel.SMS,
            due_at=appt.starts_at - dt.timedelta(days=1),
            message_id=message.id,
        ),
        m.PatientFeedback(
            hospital_id=h.id, patient_id=p.id, rating=4, nps=9, submitted_at=now, comments="Good"
        ),
        m.PatientCommunication(
            hospital_id=h.id,
            patient_id=p.id,
            channel=e.LogChannel.CALL,
            summary="Called about results",
            occurred_at=now,
            recorded_by_id=desk.id,
        ),
        m.PatientDuplicateFlag(
            hospital_id=h.id, patient_id=p.id, other_patient_id=p2.id, reason="same phone"
        ),
        m.RevenueEntry(
            hospital_id=h.id,
            patient_id=p.id,
            appointment_id=appt.id,
            amount_minor=1_500_000,
            method=e.PaymentMethod.POS,
            received_at=now,
            recorded_by_id=desk.id,
        ),
        m.RevenueSummary(
            hospital_id=h.id,
            day=dt.date(2026, 10, 3),
            method=e.PaymentMethod.CASH,
            currency="NGN",
            entry_count=3,
            total_minor=4_500_000,
        ),
        m.ServiceRecoveryMonth(hospital_id=h.id, period="2026-10", known=4, recovered=3),
        m.PayoutResponse(
            payout_id=payout.id,
            owner_account_id=owner.id,
            kind=e.PayoutResponseKind.DISPUTED,
            reason="Missing POS takings of 3 Oct",
            status=e.DisputeStatus.OPEN,
        ),
        m.OwnerCommunication(
            owner_account_id=owner.id,
            channel=e.LogChannel.MEETING,
            summary="Quarterly review",
            occurred_at=now,
        ),
        m.OwnerSatisfactionSurvey(owner_account_id=owner.id, overall_score=5, comments="Great"),
        m.LoyaltyProgram(name="GrandPro Health Rewards"),
        m.LoyaltyRedemption(
            hospital_id=h.id,
            patient_id=p.id,
            reward_id=reward.id,
            points=100,
            ledger_entry_id=ledger.id,
            redeemed_at=now,
        ),
        m.PatientReferral(hospital_id=h.id, patient_id=p2.id, referrer_id=p.id),
        m.LoyaltyPoolMember(
            hospital_id=h.id,
            guardian_id=p.id,
            member_id=p2.id,
            consented_at=now,
            recorded_by_id=new_id(),
        ),
        m.LoyaltyTierChange(
            hospital_id=h.id,
            patient_id=p.id,
            from_tier=Tier.BRONZE,
            to_tier=Tier.SILVER,
            lifetime_points=2_000,
            changed_at=now,
        ),
        m.CampaignRecipient(campaign_id=campaign.id, patient_id=p.id, message_id=message.id),
        m.MessageAttempt(
            message_id=message.id, attempt_number=1, provider="twilio", started_at=now
        ),
        m.DeliveryEvent(
            message_id=message.id,
            provider="twilio",
            provider_event_id="SM1:delivered",
            event="delivered",
            occurred_at=now,
            payload={"MessageStatus": "delivered"},
        ),
        m.Suppression(
            address="+2348031234567", channel=e.Channel.SMS, reason=e.SuppressionReason.STOP_KEYWORD
        ),
        m.ChannelPrice(channel=e.Channel.SMS, price_minor=400),
        m.SyncConflict(
            hospital_id=h.id,
            table_name="patients",
            row_id=p.id,
            field="phone",
            winning_value="+2348031234567",
            losing_value="+2348051112222",
            winning_clock="0000000002000-00000-b",
            losing_clock="0000000001000-00000-a",
        ),
        m.AuditEntry(
            actor_user_id=admin.id,
            hospital_id=h.id,
            action="read",
            entity="patients",
            entity_id=p.id,
            summary={"fields": "all"},
        ),
    ]
    s.add_all(rows[6:])
    s.flush()
    return [h, dep, doc, owner, admin, desk, owner_user, p, p2, appt, contract, tpl, *rows]


def _snapshot(row: Base) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in sa.inspect(row).mapper.column_attrs}


def test_every_entity_round_trips(any_session: Session) -> None:
    rows = _build_everything(any_session)
    any_session.commit()
    covered = {type(r).__table__.name for r in rows}  # type: ignore[attr-defined]
    assert covered == set(Base.metadata.tables), "every domain table is exercised"
    before = {(type(r), r.id): _snapshot(r) for r in rows}  # type: ignore[attr-defined]
    any_session.expunge_all()
    for (cls, row_id), expected in before.items():
        loaded = any_session.get(cls, row_id)
        assert loaded is not None
        assert _snapshot(loaded) == expected, cls.__name__
    patient = any_session.scalars(sa.select(m.Patient).where(m.Patient.nin.is_not(None))).one()
    assert patient.chronic_conditions == ["hypertension", "sickle cell"]
    assert patient.created_at.tzinfo is not None


def _expect_rejected(session: Session, row: Base) -> None:
    session.add(row)
    with pytest.raises(sa.exc.IntegrityError):
        session.flush()
    session.rollback()


def test_constraints_refuse_bad_rows(any_session: Session) -> None:
    s = any_session
    h = f.hospital(s)
    p = f.patient(s, hospital_id=h.id)
    owner = f.owner_account(s)
    contract = f.contract(s, owner_account_id=owner.id, hospital_id=h.id)
    s.commit()
    now = utcnow()

    def feedback(**kw: Any) -> m.PatientFeedback:
        return m.PatientFeedback(hospital_id=h.id, patient_id=p.id, submitted_at=now, **kw)

    _expect_rejected(s, feedback(rating=6))
    _expect_rejected(s, feedback(rating=0))
    _expect_rejected(s, feedback(rating=3, nps=11))
    _expect_rejected(
        s,
        m.Patient(
            hospital_id=h.id,
            patient_number=p.patient_number,
            first_name="Same",
            last_name="Number",
            sex=e.Sex.FEMALE,
        ),
    )
    _expect_rejected(
        s,
        m.RevenueEntry(
            hospital_id=h.id, amount_minor=-500, method=e.PaymentMethod.CASH, received_at=now
        ),
    )
    _expect_rejected(
        s,
        m.LoyaltyLedgerEntry(
            hospital_id=h.id,
            patient_id=p.id,
            kind=e.LedgerKind.EARN,
            points=-5,
            reason="x",
            occurred_at=now,
        ),
    )
    _expect_rejected(s, m.OwnerSatisfactionSurvey(owner_account_id=owner.id, overall_score=7))
    _expect_rejected(s, m.User(username="m1", full_name="No Hospital", role=e.Role.MANAGER))
    _expect_rejected(
        s,
        m.Appointment(
            hospital_id=h.id,
            patient_id=p.id,
            department_id=None,
            clinician_id=None,
            starts_at=now,
            ends_at=now + dt.timedelta(minutes=10),
        ),
    )

    def payout(period: str, net: int = 900) -> m.Payout:
        return m.Payout(
            contract_id=contract.id,
            owner_account_id=owner.id,
            hospital_id=h.id,
            period=period,
            currency="NGN",
            gross_minor=1000,
            fee_minor=100,
            net_minor=net,
            fee_bps=1000,
        )

    _expect_rejected(s, payout("2026-13"))
    _expect_rejected(s, payout("2026-10", net=901))
    s.add(payout("2026-10"))
    s.commit()
    _expect_rejected(s, payout("2026-10"))


def test_enum_columns_refuse_unknown_values(any_session: Session) -> None:
    h = f.hospital(any_session)
    any_session.commit()
    table = m.Patient.__table__
    with pytest.raises(sa.exc.IntegrityError):
        any_session.execute(
            table.insert().values(
                id=new_id(),
                hospital_id=h.id,
                patient_number="X-1",
                first_name="A",
                last_name="B",
                sex=sa.literal_column("'unknown'"),
                payer_type="self_pay",
                preferred_language="en",
                preferred_channel="sms",
                consent_sms=True,
                consent_whatsapp=False,
                consent_email=False,
                consent_marketing=False,
                allergies=[],
                chronic_conditions=[],
                created_at=utcnow(),
                updated_at=utcnow(),
                server_seq=0,
                field_clocks={},
            )
        )
