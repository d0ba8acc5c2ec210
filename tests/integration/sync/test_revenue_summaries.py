"""Payments a desk pushes reach the owners' daily totals in the same transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db.models import RevenueEntry, RevenueSummary
from shared.domain.access import Principal
from shared.domain.enums import PaymentMethod
from sync_server.sync.tables import SyncChange
from tests.integration.sync.conftest import Desk, HospitalWorld

#: 23:30 UTC is already the next day in Lagos: summaries group by the Lagos day.
LATE_EVENING = dt.datetime(2026, 11, 20, 23, 30, tzinfo=dt.UTC)


def test_pushed_payments_update_the_daily_summary_owners_receive(
    world: HospitalWorld,
    make_desk: Callable[[Principal], Desk],
    pg_sessions: sessionmaker[Session],
) -> None:
    desk = make_desk(world.principal(0))
    with desk.write() as writer:
        for amount in (1_500_000, 250_050):
            writer.insert(
                RevenueEntry,
                hospital_id=world.hospital_id,
                amount_minor=amount,
                currency="NGN",
                method=PaymentMethod.POS,
                received_at=LATE_EVENING,
            )
    desk.sync.sync_once()

    with pg_sessions() as session:
        summary = session.scalars(sa.select(RevenueSummary)).one()
        assert (summary.hospital_id, summary.day) == (world.hospital_id, dt.date(2026, 11, 21))
        assert (summary.method, summary.entry_count) == (PaymentMethod.POS, 2)
        assert summary.total_minor == 1_750_050
        logged = session.scalars(
            sa.select(SyncChange.table_name).where(SyncChange.row_id == summary.id)
        ).all()
        assert "revenue_summaries" in logged
