"""What the set-based monthly run and summary refresh must still guarantee.

The run allocates and sums entries in PostgreSQL and the refresh compares
and upserts summaries there, so these check the edges that SQL decides:
which entries count, that figures match allocations on every hospital, that
an unchanged summary is not sent again, and that field clocks move only for
the totals that changed.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import PaymentMethod
from sync_server.owners import service, summaries
from sync_server.owners.tables import PayoutAllocation
from tests import factories as f
from tests.integration.owners.conftest import NOW, UTC, World, pay

OCT = dt.datetime(2026, 10, 10, 9, 0, tzinfo=UTC)
SEP = dt.datetime(2026, 9, 20, 9, 0, tzinfo=UTC)
DAY = dt.date(2026, 10, 10)


def _allocated(session: Session, payout_id: object) -> set[object]:
    query = sa.select(PayoutAllocation.revenue_entry_id).where(
        PayoutAllocation.payout_id == payout_id
    )
    return set(session.scalars(query))


def test_deleted_entries_and_other_currencies_are_not_paid(
    pg_session: Session, world: World
) -> None:
    kept = pay(pg_session, world.hospital.id, 10_000, OCT)
    voided = pay(pg_session, world.hospital.id, 20_000, OCT)
    voided.deleted_at = NOW
    pay(pg_session, world.hospital.id, 5_000, OCT, currency="USD")

    (payout_id,) = service.run_monthly_payouts(pg_session, "2026-10", now=NOW).created

    payout = pg_session.get_one(m.Payout, payout_id)
    assert (payout.gross_minor, payout.revenue_entry_count) == (10_000, 1)
    assert _allocated(pg_session, payout_id) == {kept.id}


def test_every_hospitals_figures_match_its_allocations(pg_session: Session, world: World) -> None:
    amounts = {world.hospital.id: [1_000_003, 77]}
    for _ in range(2):
        other = f.hospital(pg_session)
        f.contract(pg_session, owner_account_id=world.owner.id, hospital_id=other.id)
        amounts[other.id] = [250_050, 999_999, 3]
    for hospital_id, values in amounts.items():
        for i, amount in enumerate(values):
            pay(pg_session, hospital_id, amount, OCT + dt.timedelta(hours=i))
    pay(pg_session, world.hospital.id, 4_444, SEP)  # synced late: an adjustment

    result = service.run_monthly_payouts(pg_session, "2026-10", now=NOW)

    assert len(result.created) == 3
    for payout_id in result.created:
        payout = pg_session.get_one(m.Payout, payout_id)
        late = 4_444 if payout.hospital_id == world.hospital.id else 0
        assert (payout.gross_minor, payout.adjustments_minor) == (
            sum(amounts[payout.hospital_id]),
            late,
        )
        assert payout.revenue_entry_count == len(_allocated(pg_session, payout_id))
        assert service.explain_payout(pg_session, payout_id, world.admin).reconciles


def test_a_refresh_sends_only_summaries_that_changed(pg_session: Session, world: World) -> None:
    gone = pay(pg_session, world.hospital.id, 7_000, OCT)
    pay(pg_session, world.hospital.id, 3_000, OCT, method=PaymentMethod.TRANSFER)
    assert len(summaries.refresh(pg_session, DAY, DAY, now=NOW)) == 2
    assert summaries.refresh(pg_session, DAY, DAY, now=NOW) == []

    gone.deleted_at = NOW
    (row,) = summaries.refresh(pg_session, DAY, DAY, now=NOW)

    assert (row.method, row.entry_count, row.total_minor) == (PaymentMethod.CASH, 0, 0)
    assert summaries.refresh(pg_session, DAY, DAY, now=NOW) == []


def test_a_summarys_field_clocks_move_only_for_its_totals(
    pg_session: Session, world: World
) -> None:
    pay(pg_session, world.hospital.id, 1_000, OCT)
    (created,) = summaries.refresh(pg_session, DAY, DAY, now=NOW)
    first = dict(created.field_clocks)
    stamped = {"hospital_id", "day", "method", "currency", "entry_count", "total_minor"}
    assert set(first) == stamped

    pay(pg_session, world.hospital.id, 2_000, OCT)
    (updated,) = summaries.refresh(pg_session, DAY, DAY, now=NOW)

    assert updated.id == created.id and (updated.entry_count, updated.total_minor) == (2, 3_000)
    moved = {k for k in stamped if updated.field_clocks[k] != first[k]}
    assert moved == {"entry_count", "total_minor"}
