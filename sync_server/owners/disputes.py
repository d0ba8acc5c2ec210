"""Owners' disputes of a payout statement, and GrandPro's answer to each.

An owner disputes a statement on the desktop, offline if need be; the row
(``payout_responses``, kind ``disputed``) reaches the server by push without a
status, because status and resolution are the server's fields. A dispute with
no status yet is therefore open. Resolving one is GrandPro staff's work: it is
audited and goes through the change log, so the owner's device shows the
outcome after its next sync.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.access import Action, Principal, Resource, Scope, scope_of
from shared.domain.enums import DisputeStatus, PayoutResponseKind
from shared.errors import ConflictError, FieldValidationError, NotFoundError, PermissionDeniedError
from sync_server import audit

#: The outcomes staff may give; ``open`` is where every dispute starts.
OUTCOMES = (DisputeStatus.RESOLVED, DisputeStatus.REJECTED)


def _require_staff(principal: Principal) -> None:
    """Disputes span every owner, so only an all-hospitals payout grant may handle them."""
    if scope_of(principal, Action.WRITE, Resource.PAYOUTS) is not Scope.ALL:
        raise PermissionDeniedError("Only GrandPro staff may handle payout disputes.")


def _is_open() -> sa.ColumnElement[bool]:
    status = m.PayoutResponse.status
    return sa.or_(status.is_(None), status == DisputeStatus.OPEN)


def open_disputes(session: Session, principal: Principal) -> list[m.PayoutResponse]:
    """Every dispute still waiting for an answer, oldest first (the order to work them)."""
    _require_staff(principal)
    r = m.PayoutResponse
    return list(
        session.scalars(
            sa.select(r)
            .where(r.kind == PayoutResponseKind.DISPUTED, r.deleted_at.is_(None), _is_open())
            .order_by(r.created_at, r.id)
        )
    )


def resolve_dispute(
    session: Session,
    response_id: uuid.UUID,
    principal: Principal,
    *,
    status: DisputeStatus,
    resolution: str,
    now: dt.datetime,
) -> m.PayoutResponse:
    """Close a dispute as resolved or rejected, telling the owner why.

    Raises NotFoundError (no such dispute), ConflictError (already answered)
    or FieldValidationError (no resolution text, or ``open`` as the outcome).
    """
    _require_staff(principal)
    if status not in OUTCOMES:
        raise FieldValidationError("status", "a dispute is closed as resolved or rejected")
    resolution = resolution.strip()
    if not resolution:
        raise FieldValidationError("resolution", "tell the owner what was decided and why")
    response = session.get(m.PayoutResponse, response_id, with_for_update=True)
    if response is None or response.deleted_at is not None:
        raise NotFoundError("No such dispute.", field="response_id")
    if response.kind is not PayoutResponseKind.DISPUTED:
        raise NotFoundError("That response acknowledges a statement; it is no dispute.")
    if response.status not in (None, DisputeStatus.OPEN):
        raise ConflictError("This dispute has already been answered.", field="status")
    response.status, response.resolution = status, resolution
    response.resolved_at = response.updated_at = now
    payout = session.get_one(m.Payout, response.payout_id)
    audit.record(
        session,
        principal,
        f"dispute.{status.value}",
        "payout_responses",
        response.id,
        hospital_id=payout.hospital_id,
        summary={"payout_id": str(payout.id), "period": payout.period},
    )
    session.flush()
    return response
