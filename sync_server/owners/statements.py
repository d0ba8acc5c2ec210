"""Owner statements on the server: access-checked, then exported as PDF, CSV or Excel.

Loading is ``shared.reports.queries.load_statement``, the same code an owner's
desktop runs on its synced copy, so both show the same statement.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from shared.domain.access import Action, Principal, Resource, require
from shared.reports import render
from shared.reports.queries import load_statement
from shared.reports.statement import Statement


def owner_statement(
    session: Session,
    principal: Principal,
    owner_account_id: uuid.UUID,
    period: str,
    *,
    now: dt.datetime,
    currency: str | None = None,
) -> Statement:
    """The owner's statement for the period (admins: any owner; owners: their own)."""
    require(principal, Action.READ, Resource.PAYOUTS, owner_account_id=owner_account_id)
    return load_statement(session, owner_account_id, period, now=now, currency=currency)


def export_statement(
    session: Session,
    principal: Principal,
    owner_account_id: uuid.UUID,
    period: str,
    fmt: str,
    *,
    now: dt.datetime,
    currency: str | None = None,
) -> tuple[bytes, str]:
    """The statement as a downloadable file: its bytes and media type."""
    statement = owner_statement(
        session, principal, owner_account_id, period, now=now, currency=currency
    )
    return render.export(statement, fmt), render.FORMATS[fmt][1]
