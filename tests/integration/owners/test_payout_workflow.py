"""The payout workflow on PostgreSQL: who may move a payout, which steps, and the audit trail."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import PayoutStatus
from shared.domain.payouts import TransitionDetails
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError
from sync_server.messaging.outbox import load_attachments
from sync_server.messaging.templates import seed_templates
from sync_server.owners import service
from tests.integration.owners.conftest import NOW, UTC, World, pay

S = PayoutStatus


@pytest.fixture
def payout(pg_session: Session, world: World) -> m.Payout:
    pay(pg_session, world.hospital.id, 8_000_000, dt.datetime(2026, 10, 5, tzinfo=UTC))
    (payout_id,) = service.run_monthly_payouts(pg_session, "2026-10", now=NOW).created
    return pg_session.get_one(m.Payout, payout_id)


def _move(session: Session, payout: m.Payout, to: S, world: World, **details: Any) -> None:
    service.transition_payout(
        session, payout.id, to, world.admin, details=TransitionDetails(**details), now=NOW
    )


def test_fail_retry_and_pay_are_audited_in_order(
    pg_session: Session, world: World, payout: m.Payout
) -> None:
    _move(pg_session, payout, S.APPROVED, world)
    _move(pg_session, payout, S.FAILED, world, reason="NUBAN rejected by bank")
    _move(pg_session, payout, S.APPROVED, world)
    _move(pg_session, payout, S.PAID, world, bank_reference="UBA-77", paid_on=dt.date(2026, 11, 4))
    pg_session.commit()

    assert payout.status is S.PAID and payout.bank_reference == "UBA-77"
    assert payout.paid_at is not None and payout.failure_reason is None
    assert payout.approved_by_id == world.admin.user_id
    trail = pg_session.scalars(
        sa.select(m.AuditEntry)
        .where(m.AuditEntry.entity_id == payout.id)
        .order_by(m.AuditEntry.occurred_at, m.AuditEntry.id)
    ).all()
    assert [a.action for a in trail] == [
        "payout.created",
        "payout.approved",
        "payout.failed",
        "payout.approved",
        "payout.paid",
    ]
    assert trail[2].summary["reason"] == "NUBAN rejected by bank"
    assert trail[4].actor_user_id == world.admin.user_id


@pytest.mark.parametrize("who", ["owner_user", "manager"])
def test_owners_and_managers_cannot_approve(
    pg_session: Session, world: World, payout: m.Payout, who: str
) -> None:
    with pytest.raises(PermissionDeniedError):
        service.transition_payout(pg_session, payout.id, S.APPROVED, getattr(world, who), now=NOW)
    assert payout.status is S.PENDING


def test_a_pending_payout_cannot_be_paid_and_paid_needs_a_reference(
    pg_session: Session, world: World, payout: m.Payout
) -> None:
    with pytest.raises(ConflictError):
        _move(pg_session, payout, S.PAID, world, bank_reference="X", paid_on=dt.date(2026, 11, 4))
    _move(pg_session, payout, S.APPROVED, world)
    with pytest.raises(FieldValidationError) as err:
        _move(pg_session, payout, S.PAID, world, paid_on=dt.date(2026, 11, 4))
    assert err.value.field == "bank_reference"


def test_the_fee_simulator_is_for_staff_only(
    pg_session: Session, world: World, payout: m.Payout
) -> None:
    what_if = service.simulate_payout_fee(pg_session, payout.id, 1000, world.admin)
    assert what_if.fee_minor == 800_000
    assert what_if.net_minor == 8_000_000 - 800_000 - 500_000
    assert pg_session.get_one(m.Payout, payout.id).fee_bps == 1250
    with pytest.raises(PermissionDeniedError):
        service.simulate_payout_fee(pg_session, payout.id, 1000, world.owner_user)


def test_paying_queues_the_owner_email_with_the_statement_attached(
    pg_session: Session, world: World, payout: m.Payout, tmp_path: Path
) -> None:
    seed_templates(pg_session)
    _move(pg_session, payout, S.APPROVED, world)
    details = TransitionDetails(bank_reference="GTB-9", paid_on=dt.date(2026, 11, 4))
    service.transition_payout(
        pg_session,
        payout.id,
        S.PAID,
        world.admin,
        details=details,
        now=NOW,
        attachments_dir=tmp_path,
    )
    pg_session.commit()

    (message,) = pg_session.scalars(sa.select(m.Message)).all()
    assert message.address == world.owner.email and message.owner_account_id == world.owner.id
    assert "Net payout: NGN 65,000." in message.body  # 80,000 - 10,000 fee - 5,000 deductions
    names = message.content_variables["_attachments"]
    (attachment,) = load_attachments(tmp_path, message.id, names)
    text = PdfReader(io.BytesIO(attachment.content)).pages[0].extract_text()
    assert "Surulere Family Hospital" in text and "₦65,000.00" in text
    (logged,) = pg_session.scalars(sa.select(m.OwnerCommunication)).all()
    assert logged.message_id == message.id
