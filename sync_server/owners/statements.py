"""Owner statements on the server: access-checked, then exported as PDF, CSV or Excel.

Loading is ``shared.reports.queries.load_statement``, the same code an owner's
desktop runs on its synced copy, so both show the same statement.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

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


#: format -> (renderer, media type) for statement downloads.
FORMATS: dict[str, tuple[Callable[[Statement], bytes | str], str]] = {
    "pdf": (render.render_pdf, "application/pdf"),
    "csv": (render.render_csv, "text/csv; charset=utf-8"),
    "xlsx": (
        render.render_xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
}


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
    renderer, media_type = FORMATS[fmt]
    body = renderer(
        owner_statement(session, principal, owner_account_id, period, now=now, currency=currency)
    )
    return (body.encode("utf-8") if isinstance(body, str) else body), media_type
