"""The statement loads the same way from a desk's synced SQLite copy and from PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import PaymentMethod, PayoutStatus
from shared.reports.queries import load_statement
from shared.reports.render import render_csv
from tests import factories as f
from tests.integration.owners.conftest import NOW


def _synced_copy(session: Session) -> m.OwnerAccount:
    """The rows an owner's desk receives: hospital, contract, payouts, revenue summaries."""
    hospital = f.hospital(session, name="Kumasi Premier", currency="GHS")
    owner = f.owner_account(session, display_name="Asante Care Ltd")
    contract = f.contract(session, owner_account_id=owner.id, hospital_id=hospital.id)
    for period, gross in (("2026-09", 900_000), ("2026-10", 1_000_004)):
        fee = round(gross * 1250 / 10_000)
        session.add(
            m.Payout(
                contract_id=contract.id,
                owner_account_id=owner.id,
                hospital_id=hospital.id,
                period=period,
                currency="GHS",
                gross_minor=gross,
                adjustments_minor=0,
                fee_minor=fee,
                deductions_minor=0,
                net_minor=gross - fee,
                fee_bps=1250,
                status=PayoutStatus.PENDING,
            )
        )
    for day, method, total in ((1, PaymentMethod.CASH, 600_000), (2, PaymentMethod.POS, 400_004)):
        session.add(
            m.RevenueSummary(
                hospital_id=hospital.id,
                day=dt.date(2026, 10, day),
                method=method,
                currency="GHS",
                entry_count=3,
                total_minor=total,
            )
        )
    session.flush()
    return owner


def test_offline_statement_matches_on_both_stores(any_session: Session) -> None:
    owner = _synced_copy(any_session)
    statement = load_statement(any_session, owner.id, "2026-10", now=NOW)
    assert statement.currency == "GHS"
    assert statement.totals.gross_minor == 1_000_004
    assert statement.totals.net_minor == 1_000_004 - 125_000
    assert {(x.method, x.total_minor) for x in statement.methods} == {
        ("cash", 600_000),
        ("pos", 400_004),
    }
    assert [(h.period, h.gross_minor) for h in statement.history] == [("2026-09", 900_000)]
    assert statement.money(statement.totals.net_minor) == "GH₵8,750.04"
    total_row = render_csv(statement).splitlines()[-1]
    assert total_row == "TOTAL,GHS,10000.04,0.00,1250.00,,0.00,8750.04,"
