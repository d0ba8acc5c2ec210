"""Co-owned hospitals on PostgreSQL: the co-owners' payouts add up to the revenue to the kobo."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from sync_server.owners import service
from tests import factories as f
from tests.integration.owners.conftest import NOW, UTC, World, pay

OCT = dt.datetime(2026, 10, 10, 9, 0, tzinfo=UTC)
SEP = dt.datetime(2026, 9, 20, 9, 0, tzinfo=UTC)
#: Three equal co-owners: a third each is 3333, 3333 and 3334 basis points.
THIRDS = (3333, 3333, 3334)


def _co_owned(session: Session, world: World) -> list[m.Contract]:
    """The world's hospital, owned in thirds by three owners (the world's own contract ends)."""
    world.contract.end_date = dt.date(2026, 8, 31)
    contracts = []
    for n, share in enumerate(THIRDS):
        owner = f.owner_account(session, display_name=f"Co-owner {n + 1}")
        contracts.append(
            f.contract(
                session,
                owner_account_id=owner.id,
                hospital_id=world.hospital.id,
                start_date=dt.date(2026, 9, 1),
                management_fee_bps=1000,
                fixed_deductions_minor=1_001,
                owner_share_bps=share,
            )
        )
    session.flush()
    return contracts


def test_three_co_owners_payouts_sum_to_the_hospitals_revenue_to_the_kobo(
    pg_session: Session, world: World
) -> None:
    contracts = _co_owned(pg_session, world)
    october = [1_000_001, 250_050, 77]
    for i, amount in enumerate(october):
        pay(pg_session, world.hospital.id, amount, OCT + dt.timedelta(days=i))
    pay(pg_session, world.hospital.id, 1_001, SEP)  # synced late: an adjustment

    result = service.run_monthly_payouts(pg_session, "2026-10", now=NOW)

    assert len(result.created) == 3
    payouts = list(pg_session.scalars(sa.select(m.Payout).where(m.Payout.period == "2026-10")))
    assert {p.contract_id for p in payouts} == {c.id for c in contracts}
    assert sum(p.gross_minor for p in payouts) == sum(october)
    assert sum(p.adjustments_minor for p in payouts) == 1_001
    revenue = sum(october) + 1_001
    paid_out = sum(p.net_minor + p.fee_minor + p.deductions_minor for p in payouts)
    assert paid_out == revenue
    exact = [sum(october) * share / 10_000 for share in THIRDS]
    by_contract = {p.contract_id: p.gross_minor for p in payouts}
    for contract, share in zip(contracts, exact, strict=True):
        assert abs(by_contract[contract.id] - share) < 1


def test_each_co_owners_explanation_reconciles_with_the_shared_split(
    pg_session: Session, world: World
) -> None:
    _co_owned(pg_session, world)
    pay(pg_session, world.hospital.id, 100, OCT)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    payouts = list(pg_session.scalars(sa.select(m.Payout)))

    explained = [service.explain_payout(pg_session, p.id, world.admin) for p in payouts]

    assert all(e.reconciles for e in explained)
    assert sorted(e.figures.gross_minor for e in explained) == [33, 33, 34]


def test_new_co_owners_do_not_collect_revenue_their_predecessor_was_paid_for(
    pg_session: Session, world: World
) -> None:
    pay(pg_session, world.hospital.id, 5_000_000, dt.datetime(2026, 8, 20, 9, 0, tzinfo=UTC))
    contracts = _co_owned(pg_session, world)
    pay(pg_session, world.hospital.id, 300, OCT)

    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)
    august = service.run_monthly_payouts(pg_session, "2026-08", now=NOW)

    payouts = list(pg_session.scalars(sa.select(m.Payout)))
    october = [p for p in payouts if p.period == "2026-10"]
    assert {p.contract_id for p in october} == {c.id for c in contracts}
    assert [p.adjustments_minor for p in october] == [0, 0, 0]
    assert sum(p.gross_minor for p in october) == 300
    (predecessor,) = [p for p in payouts if p.id in august.created]
    assert (predecessor.contract_id, predecessor.gross_minor) == (world.contract.id, 5_000_000)
