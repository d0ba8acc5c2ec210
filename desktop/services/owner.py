"""The owner's desktop: dashboard figures, offline statements, and payout responses.

An owner's device holds only that owner's synced rows (contracts, payouts,
revenue summaries, communications, surveys), so every figure here is read
from the local store and works offline. The statement comes from the same
shared queries the server e-mails, so both always agree.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.writes import LocalWriter
from shared.db import models as m
from shared.domain.enums import ContractStatus, DisputeStatus, PayoutResponseKind, PayoutStatus
from shared.domain.owner_metrics import average_score, combined_recovery_rate
from shared.domain.payouts import check_period, period_first_day, period_last_day, previous_period
from shared.errors import FieldValidationError, NotFoundError
from shared.reports.queries import load_statement
from shared.reports.statement import Statement

MONTHS = 12
RECENT_COMMUNICATIONS = 5
UNPAID = (PayoutStatus.PENDING, PayoutStatus.APPROVED, PayoutStatus.FAILED)
#: Every table an owner's screens read: their hospitals, contracts, payouts and messages.
OWNER_TABLES = frozenset(
    {
        "contracts",
        "hospitals",
        "owner_accounts",
        "owner_communications",
        "owner_satisfaction_surveys",
        "payout_responses",
        "payouts",
        "revenue_summaries",
        "service_recovery_months",
    }
)


@dataclass(frozen=True, slots=True)
class Communication:
    occurred_at: dt.datetime
    channel: str
    direction: str
    subject: str
    summary: str


@dataclass(frozen=True, slots=True)
class OwnerDashboard:
    """What an owner sees first: twelve months of money, and how the relationship stands."""

    owner_name: str
    currency: str
    currencies: tuple[str, ...]
    periods: tuple[str, ...]
    revenue_minor: tuple[int, ...]
    payouts_minor: tuple[int, ...]
    pending_minor: int
    satisfaction: float | None
    #: Service recovery over the owner's hospitals, this month and last (aggregates only).
    recovery_rate: float | None
    recovery_rate_last_month: float | None
    contract_status: ContractStatus | None
    renewal_date: dt.date | None
    communications: tuple[Communication, ...]


def local_owner(session: Session) -> m.OwnerAccount:
    """The owner this device syncs for: an owner's store holds exactly one account."""
    owner = synced_owner(session)
    if owner is None:
        raise NotFoundError("This device has not synced an owner account yet.", field="owner")
    return owner


def last_periods(today: dt.date, count: int = MONTHS) -> tuple[str, ...]:
    """The ``count`` months ending with today's, oldest first."""
    periods = [f"{today:%Y-%m}"]
    while len(periods) < count:
        periods.append(previous_period(periods[-1]))
    return tuple(reversed(periods))


def _currency(session: Session, owner_id: uuid.UUID) -> str:
    """The currency most of the owner's payouts are in; NGN before the first payout."""
    currencies = session.scalars(
        sa.select(m.Payout.currency).where(
            m.Payout.owner_account_id == owner_id, m.Payout.deleted_at.is_(None)
        )
    ).all()
    return Counter(currencies).most_common(1)[0][0] if currencies else "NGN"


def _currencies(session: Session, owner_id: uuid.UUID) -> tuple[str, ...]:
    """Every currency the owner is paid in: their hospitals' and their payouts'."""
    c, h, p = m.Contract, m.Hospital, m.Payout
    hospitals = sa.select(h.currency).join(c, c.hospital_id == h.id)
    hospitals = hospitals.where(c.owner_account_id == owner_id, c.deleted_at.is_(None))
    payouts = sa.select(p.currency).where(p.owner_account_id == owner_id, p.deleted_at.is_(None))
    return tuple(sorted(set(session.scalars(hospitals)) | set(session.scalars(payouts))))


def _revenue_by_month(session: Session, periods: tuple[str, ...], currency: str) -> list[int]:
    s = m.RevenueSummary
    rows = session.execute(
        sa.select(s.day, s.total_minor).where(
            s.currency == currency,
            s.day >= period_first_day(periods[0]),
            s.day <= period_last_day(periods[-1]),
            s.deleted_at.is_(None),
        )
    ).all()
    totals = dict.fromkeys(periods, 0)
    for day, total in rows:
        totals[f"{day:%Y-%m}"] += total
    return [totals[p] for p in periods]


def _payouts_by_month(
    session: Session, owner_id: uuid.UUID, periods: tuple[str, ...], currency: str
) -> list[int]:
    p = m.Payout
    rows = session.execute(
        sa.select(p.period, sa.func.sum(p.net_minor))
        .where(
            p.owner_account_id == owner_id,
            p.currency == currency,
            p.period.in_(periods),
            p.deleted_at.is_(None),
        )
        .group_by(p.period)
    ).all()
    totals = {period: int(total) for period, total in rows}
    return [totals.get(period, 0) for period in periods]


def _pending(session: Session, owner_id: uuid.UUID, currency: str) -> int:
    """Net still owed to the owner: payouts not yet marked paid."""
    p = m.Payout
    total = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(p.net_minor), 0)).where(
            p.owner_account_id == owner_id,
            p.currency == currency,
            p.status.in_(UNPAID),
            p.deleted_at.is_(None),
        )
    )
    return int(total or 0)


def _satisfaction(session: Session, owner_id: uuid.UUID) -> float | None:
    s = m.OwnerSatisfactionSurvey
    scores = session.scalars(
        sa.select(s.overall_score).where(s.owner_account_id == owner_id, s.deleted_at.is_(None))
    ).all()
    return average_score(scores)


def _recovery_rate(session: Session, period: str) -> float | None:
    """The month's recovery rate over every hospital this device holds counts for (the owner's)."""
    r = m.ServiceRecoveryMonth
    rows = session.execute(
        sa.select(r.known, r.recovered).where(r.period == period, r.deleted_at.is_(None))
    ).all()
    return combined_recovery_rate([(known, recovered) for known, recovered in rows])


def _contract(session: Session, owner_id: uuid.UUID) -> m.Contract | None:
    """The contract that matters most: an active one first, then the latest to end."""
    c = m.Contract
    contracts = session.scalars(
        sa.select(c).where(c.owner_account_id == owner_id, c.deleted_at.is_(None))
    ).all()
    return max(
        contracts,
        key=lambda k: (k.status is ContractStatus.ACTIVE, k.end_date or dt.date.max),
        default=None,
    )


def _communications(session: Session, owner_id: uuid.UUID) -> tuple[Communication, ...]:
    c = m.OwnerCommunication
    rows = session.scalars(
        sa.select(c)
        .where(c.owner_account_id == owner_id, c.deleted_at.is_(None))
        .order_by(c.occurred_at.desc())
        .limit(RECENT_COMMUNICATIONS)
    ).all()
    return tuple(
        Communication(r.occurred_at, r.channel.value, r.direction.value, r.subject or "", r.summary)
        for r in rows
    )


def synced_owner(session: Session) -> m.OwnerAccount | None:
    """The owner this device syncs for, or None before the first sync brought the account.

    A new owner profile is empty until its first download ends; that is a
    normal moment to show ("the first sync is running"), not an error.
    """
    return session.scalars(
        sa.select(m.OwnerAccount)
        .where(m.OwnerAccount.deleted_at.is_(None))
        .order_by(m.OwnerAccount.created_at)
    ).first()


def owner_dashboard(
    session: Session, *, today: dt.date, currency: str | None = None
) -> OwnerDashboard | None:
    """Everything the dashboard shows, read from the local store in one unit of work.

    Amounts are in one currency (never summed across currencies): the one asked
    for, else the one most of the owner's payouts are in. None while the
    owner's account has not synced yet.
    """
    owner = synced_owner(session)
    if owner is None:
        return None
    currencies = _currencies(session, owner.id)
    if currency not in currencies:
        currency = _currency(session, owner.id)
    periods = last_periods(today)
    contract = _contract(session, owner.id)
    return OwnerDashboard(
        owner_name=owner.display_name,
        currency=currency,
        currencies=currencies,
        periods=periods,
        revenue_minor=tuple(_revenue_by_month(session, periods, currency)),
        payouts_minor=tuple(_payouts_by_month(session, owner.id, periods, currency)),
        pending_minor=_pending(session, owner.id, currency),
        satisfaction=_satisfaction(session, owner.id),
        recovery_rate=_recovery_rate(session, periods[-1]),
        recovery_rate_last_month=_recovery_rate(session, periods[-2]),
        contract_status=contract.status if contract else None,
        renewal_date=contract.end_date if contract else None,
        communications=_communications(session, owner.id),
    )


def payout_periods(session: Session) -> list[str]:
    """Periods with a payout on this device, newest first."""
    p = m.Payout
    return list(
        session.scalars(
            sa.select(p.period).where(p.deleted_at.is_(None)).distinct().order_by(p.period.desc())
        )
    )


def statement_currencies(session: Session, period: str) -> list[str]:
    """The currencies the period was paid in: one statement each, never summed together."""
    p = m.Payout
    return list(
        session.scalars(
            sa.select(p.currency)
            .where(p.period == check_period(period), p.deleted_at.is_(None))
            .distinct()
            .order_by(p.currency)
        )
    )


def owner_statement(
    session: Session, period: str, *, now: dt.datetime, currency: str | None = None
) -> Statement:
    """The statement for a period from synced data: the same one the server e-mails.

    An owner with hospitals in more than one currency names the one wanted.
    """
    return load_statement(session, local_owner(session).id, period, now=now, currency=currency)


@dataclass(frozen=True, slots=True)
class StatementResponse:
    """What the owner said about a period's statement and, for a dispute, GrandPro's answer."""

    kind: PayoutResponseKind
    reason: str
    status: DisputeStatus | None
    resolution: str
    sent_at: dt.datetime
    resolved_at: dt.datetime | None


def statement_responses(session: Session, period: str) -> tuple[StatementResponse, ...]:
    """The owner's answers for the period, newest first, one per answer (not per hospital).

    A dispute covers each payout of the period, so its copies (same words, same
    answer) fold into one. Its status stays empty until GrandPro answers it.
    """
    r, p = m.PayoutResponse, m.Payout
    rows = session.scalars(
        sa.select(r)
        .join(p, p.id == r.payout_id)
        .where(p.period == check_period(period), r.deleted_at.is_(None))
        .order_by(r.created_at.desc(), r.id)
    ).all()
    answers: dict[tuple[object, ...], StatementResponse] = {}
    for row in rows:
        key = (row.kind, row.reason, row.status, row.resolution, row.resolved_at)
        answers.setdefault(
            key,
            StatementResponse(
                row.kind,
                row.reason or "",
                row.status,
                row.resolution or "",
                row.created_at,
                row.resolved_at,
            ),
        )
    return tuple(answers.values())


def respond_to_statement(
    session: Session,
    writer: LocalWriter,
    *,
    period: str,
    kind: PayoutResponseKind,
    reason: str = "",
    currency: str | None = None,
) -> int:
    """Acknowledge or dispute the period's payouts; returns how many were answered.

    ``currency`` limits the answer to the statement in that currency, for an
    owner who reads one statement per currency.

    A dispute needs a reason, since GrandPro staff must know what to look at.
    Its status and resolution are GrandPro's to set, so the server fills them in.
    """
    reason = reason.strip()
    if kind is PayoutResponseKind.DISPUTED and not reason:
        raise FieldValidationError("reason", "say what is wrong with the statement")
    owner = local_owner(session)
    query = sa.select(m.Payout).where(
        m.Payout.owner_account_id == owner.id,
        m.Payout.period == check_period(period),
        m.Payout.deleted_at.is_(None),
    )
    if currency is not None:
        query = query.where(m.Payout.currency == currency)
    payouts = session.scalars(query).all()
    if not payouts:
        raise NotFoundError(f"No payouts for {period} yet.", field="period")
    for payout in payouts:
        writer.insert(
            m.PayoutResponse,
            payout_id=payout.id,
            owner_account_id=owner.id,
            kind=kind,
            reason=reason or None,
        )
    return len(payouts)
