"""Load an owner's statement from either store: the server's PostgreSQL or a desk's SQLite.

An owner's desktop holds synced copies of its payouts, hospitals and revenue
summaries, so the same queries (plain, portable SQL) build the statement
offline that the server e-mails. Access checks belong to the caller: the
server checks the principal, and a desk only holds its owner's rows.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.payouts import check_period, period_first_day, period_last_day
from shared.errors import FieldValidationError, NotFoundError
from shared.reports.statement import (
    HistoryLine,
    MethodLine,
    PayoutLine,
    Statement,
    build_statement,
)

HISTORY_PERIODS = 6


def _payout_lines(
    session: Session, owner_account_id: uuid.UUID, period: str
) -> list[tuple[PayoutLine, uuid.UUID]]:
    rows = session.execute(
        sa.select(m.Payout, m.Hospital.name)
        .join(m.Hospital, m.Hospital.id == m.Payout.hospital_id)
        .where(
            m.Payout.owner_account_id == owner_account_id,
            m.Payout.period == period,
            m.Payout.deleted_at.is_(None),
        )
    ).all()
    return [
        (
            PayoutLine(
                hospital_name=name,
                currency=p.currency,
                gross_minor=p.gross_minor,
                adjustments_minor=p.adjustments_minor,
                fee_minor=p.fee_minor,
                deductions_minor=p.deductions_minor,
                net_minor=p.net_minor,
                fee_bps=p.fee_bps,
                status=p.status.value,
                revenue_entry_count=p.revenue_entry_count,
            ),
            p.hospital_id,
        )
        for p, name in rows
    ]


def _method_lines(
    session: Session, hospital_ids: list[uuid.UUID], period: str, currency: str
) -> list[MethodLine]:
    """Payments received in the month by method, from the revenue summaries."""
    s = m.RevenueSummary
    rows = session.execute(
        sa.select(s.method, sa.func.sum(s.entry_count), sa.func.sum(s.total_minor))
        .where(
            s.hospital_id.in_(hospital_ids),
            s.currency == currency,
            s.day >= period_first_day(period),
            s.day <= period_last_day(period),
            s.deleted_at.is_(None),
        )
        .group_by(s.method)
    ).all()
    return [MethodLine(method.value, int(n), int(total)) for method, n, total in rows if n]


def _history(
    session: Session, owner_account_id: uuid.UUID, period: str, currency: str
) -> list[HistoryLine]:
    p = m.Payout
    rows = session.execute(
        sa.select(p.period, sa.func.sum(p.gross_minor), sa.func.sum(p.net_minor))
        .where(
            p.owner_account_id == owner_account_id,
            p.currency == currency,
            p.period < period,
            p.deleted_at.is_(None),
        )
        .group_by(p.period)
        .order_by(p.period.desc())
        .limit(HISTORY_PERIODS)
    ).all()
    return [HistoryLine(period, int(gross), int(net)) for period, gross, net in rows]


def load_statement(
    session: Session,
    owner_account_id: uuid.UUID,
    period: str,
    *,
    now: dt.datetime,
    currency: str | None = None,
) -> Statement:
    """The owner's statement for the period.

    ``currency`` is needed only by an owner paid in more than one currency.
    """
    owner = session.get(m.OwnerAccount, owner_account_id)
    if owner is None:
        raise NotFoundError("No such owner.", field="owner_account_id")
    pairs = _payout_lines(session, owner_account_id, check_period(period))
    if not pairs:
        raise NotFoundError(f"No payouts for {period} yet.", field="period")
    currencies = sorted({line.currency for line, _ in pairs})
    if currency is None and len(currencies) > 1:
        raise FieldValidationError("currency", f"choose one of {', '.join(currencies)}")
    chosen = currency or currencies[0]
    lines = [line for line, _ in pairs if line.currency == chosen]
    hospital_ids = [hid for line, hid in pairs if line.currency == chosen]
    return build_statement(
        owner_name=owner.display_name,
        period=period,
        currency=chosen,
        lines=lines,
        methods=_method_lines(session, hospital_ids, period, chosen),
        history=_history(session, owner_account_id, period, chosen),
        generated_at=now,
    )
