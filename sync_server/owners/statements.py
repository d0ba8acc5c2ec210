"""Owner statements on the server: access-checked, then rendered to PDF, CSV or Excel.

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


def render_statement_pdf(
    session: Session,
    principal: Principal,
    owner_account_id: uuid.UUID,
    period: str,
    *,
    now: dt.datetime,
    currency: str | None = None,
) -> bytes:
    """The statement as PDF bytes (download, or e-mail attachment)."""
    return render.render_pdf(
        owner_statement(session, principal, owner_account_id, period, now=now, currency=currency)
    )


def render_statement_csv(
    session: Session,
    principal: Principal,
    owner_account_id: uuid.UUID,
    period: str,
    *,
    now: dt.datetime,
    currency: str | None = None,
) -> str:
    return render.render_csv(
        owner_statement(session, principal, owner_account_id, period, now=now, currency=currency)
    )


def render_statement_xlsx(
    session: Session,
    principal: Principal,
    owner_account_id: uuid.UUID,
    period: str,
    *,
    now: dt.datetime,
    currency: str | None = None,
) -> bytes:
    return render.render_xlsx(
        owner_statement(session, principal, owner_account_id, period, now=now, currency=currency)
    )
