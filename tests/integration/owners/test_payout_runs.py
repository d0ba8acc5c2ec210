"""Monthly payout runs on PostgreSQL: idempotent, reconciled to the kobo, late revenue."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import PaymentMethod, PayoutStatus
from shared.domain.payouts import TransitionDetails
from shared.errors import FieldValidationError
from sync_server.owners import service
from sync_server.owners.tables import PayoutAllocation
from tests import factories as f
from tests.integration.owners.conftest import NOW, UTC, World, pay

OCT = dt.datetime(2026, 10, 10, 9, 0, tzinfo=UTC)
DEC = dt.datetime(2026, 12, 1, 5, 0, tzinfo=UTC)


def _payouts(session: Session) -> list[m.Payout]:
    return list(session.scalars(sa.select(m.Payout).order_by(m.Payout.period)))


def test_a_run_reconciles_to_the_kobo_and_a_rerun_creates_nothing(
    pg_session: Session, world: World
) -> None:
    amounts = [1_000_003, 250_050, 77, 999_999]
    for i, amount in enumerate(amounts):
        pay(pg_session, world.hospital.id, amount, OCT + dt.timedelta(days=i))
    pay(pg_session, world.hospital.id, 5_000, dt.datetime(2026, 11, 2, tzinfo=UTC))  # November

    first = service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    pg_session.commit()
    second = service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    pg_session.commit()

    assert len(first.created) == 1 and second.created == [] and second.already_there == 1
    (payout,) = _payouts(pg_session)
    gross = sum(amounts)
    fee = round(gross * 1250 / 10_000)
    assert (payout.gross_minor, payout.adjustments_minor) == (gross, 0)
    assert payout.fee_minor == fee
    assert payout.net_minor == gross - fee - 500_000
    assert payout.revenue_entry_count == len(amounts)
    allocations = pg_session.scalar(sa.select(sa.func.count()).select_from(PayoutAllocation))
    assert allocations == len(amounts)


def test_contracts_not_covering_the_period_are_not_paid(pg_session: Session, world: World) -> None:
    later = f.hospital(pg_session)
    f.contract(
        pg_session,
        owner_account_id=world.owner.id,
        hospital_id=later.id,
        start_date=dt.date(2026, 11, 1),
    )
    result = service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    assert len(result.created) == 1
    assert _payouts(pg_session)[0].hospital_id == world.hospital.id


def test_late_revenue_lands_in_the_next_period_and_the_paid_payout_stays(
    pg_session: Session, world: World
) -> None:
    pay(pg_session, world.hospital.id, 2_000_000, OCT)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    (october,) = _payouts(pg_session)
    service.transition_payout(pg_session, october.id, PayoutStatus.APPROVED, world.admin, now=NOW)
    details = TransitionDetails(bank_reference="ZEN-4471", paid_on=dt.date(2026, 11, 3))
    service.transition_payout(
        pg_session, october.id, PayoutStatus.PAID, world.admin, details=details, now=NOW
    )
    before = (october.gross_minor, october.net_minor)

    late = pay(pg_session, world.hospital.id, 300_001, OCT, method=PaymentMethod.POS)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    pay(pg_session, world.hospital.id, 100_000, dt.datetime(2026, 11, 15, tzinfo=UTC))
    service.run_monthly_payouts(pg_session, "2026-11", now=DEC)
    pg_session.commit()

    october, november = _payouts(pg_session)
    newest_first = service.payouts_for_owner(pg_session, world.owner.id)
    assert [p.period for p in newest_first] == ["2026-11", "2026-10"]
    assert (october.gross_minor, october.net_minor) == before
    assert (november.gross_minor, november.adjustments_minor) == (100_000, 300_001)
    assert november.fee_minor == round(400_001 * 1250 / 10_000)
    explained = service.explain_payout(pg_session, november.id, world.owner_user)
    assert explained.reconciles
    assert [(e.revenue_entry_id, e.late) for e in explained.entries if e.late] == [(late.id, True)]


def test_revenue_summaries_follow_the_entries_by_lagos_day(
    pg_session: Session, world: World
) -> None:
    late_evening = dt.datetime(2026, 10, 9, 23, 30, tzinfo=UTC)  # 10 Oct in Lagos
    pay(pg_session, world.hospital.id, 1_000, late_evening)
    pay(pg_session, world.hospital.id, 2_000, OCT)
    pay(pg_session, world.hospital.id, 4_000, OCT, method=PaymentMethod.TRANSFER)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    rows = pg_session.scalars(sa.select(m.RevenueSummary)).all()
    got = {(r.day, r.method, r.entry_count, r.total_minor) for r in rows}
    assert got == {
        (dt.date(2026, 10, 10), PaymentMethod.CASH, 2, 3_000),
        (dt.date(2026, 10, 10), PaymentMethod.TRANSFER, 1, 4_000),
    }


def test_an_owner_device_feed_gets_payouts_and_summaries_but_no_patient_data(
    pg_session: Session, world: World
) -> None:
    patient = f.patient(pg_session, hospital_id=world.hospital.id)
    pay(pg_session, world.hospital.id, 50_000, OCT, patient_id=patient.id)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    pg_session.commit()
    rows = pg_session.execute(
        sa.text("SELECT table_name, payload FROM sync_changes WHERE scope = :s"),
        {"s": f"o:{world.owner.id}"},
    ).all()
    tables = {table for table, _ in rows}
    assert {"payouts", "revenue_summaries"} <= tables
    assert tables.isdisjoint({"patients", "revenue_entries"})
    assert str(patient.id) not in str([payload for _, payload in rows])


def test_a_reversal_arriving_later_corrects_the_day_summary(
    pg_session: Session, world: World
) -> None:
    original = pay(pg_session, world.hospital.id, 7_000, OCT)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    pay(pg_session, world.hospital.id, -7_000, OCT, reverses_id=original.id)

    service.refresh_revenue_summaries(pg_session, world.hospital.id, {OCT.date()}, now=NOW)

    (row,) = pg_session.scalars(sa.select(m.RevenueSummary)).all()
    assert (row.entry_count, row.total_minor) == (2, 0)


def test_a_month_that_has_not_ended_is_refused(pg_session: Session, world: World) -> None:
    with pytest.raises(FieldValidationError) as err:
        service.run_monthly_payouts(pg_session, "2026-11", now=NOW)
    assert err.value.field == "period"
    assert _payouts(pg_session) == []
