"""Plumbing every CRM service shares: the unit of work, tracked writes, scoping.

Each write goes through :func:`track`, which flushes the row and audits it;
the session queues it for the sync change log (actor "api"), so a row written
by the API reaches the desktops exactly like one pushed by a desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

import sqlalchemy as sa
from fastapi import Request
from sqlalchemy.orm import Session

from shared.db.models.organisation import Hospital
from shared.domain.access import Action, Principal, Resource, Scope, require, scope_of
from shared.errors import ConflictError, FieldValidationError, NotFoundError, PermissionDeniedError
from sync_server import audit
from sync_server.api import state as app_state
from sync_server.sync.changes import set_actor

T = TypeVar("T")
MAX_PAGE = 200


@contextmanager
def unit_of_work(request: Request) -> Iterator[Session]:
    """One transaction per request, committed before the answer is sent.

    A unique or foreign-key violation that slipped past the checks (two
    requests racing) is a 409, and a value the database refuses (a NUL
    character in free text) a 422: never a 500.
    """
    try:
        with app_state.sessions(request).begin() as session:
            set_actor(session, "api")
            yield session
    except sa.exc.IntegrityError as exc:
        raise ConflictError("the change conflicts with data saved meanwhile; retry") from exc
    except sa.exc.DataError as exc:
        raise FieldValidationError(
            "body", "the input holds a value the database cannot store (e.g. a NUL character)"
        ) from exc


def track(
    session: Session,
    principal: Principal,
    row: T,
    action: str = "create",
    *,
    summary: Mapping[str, Any] | None = None,
) -> T:
    """Add or update ``row``: flushed and audited (the flush queues it for the change log)."""
    session.add(row)
    session.flush()
    hospital_id = getattr(row, "hospital_id", None)
    table = sa.inspect(row).mapper.local_table.name  # type: ignore[union-attr]
    audit.record(
        session,
        principal,
        action,
        table,
        getattr(row, "id", None),
        hospital_id=hospital_id,
        summary=summary,
    )
    return row


def home_hospital(
    session: Session,
    principal: Principal,
    action: Action,
    resource: Resource,
    requested: uuid.UUID | None,
) -> uuid.UUID:
    """The hospital a write lands in: the caller's own, or the one an admin names."""
    if scope_of(principal, action, resource) is None:
        raise PermissionDeniedError(f"Your role may not {action.value} {resource.value}.")
    hospital_id = requested or principal.hospital_id
    if hospital_id is None:
        raise FieldValidationError("hospital_id", "name the hospital")
    require(principal, action, resource, hospital_id=hospital_id)
    if session.get(Hospital, hospital_id) is None:
        raise NotFoundError("no such hospital", field="hospital_id")
    return hospital_id


def hospital_filter(principal: Principal, action: Action, resource: Resource) -> uuid.UUID | None:
    """For list endpoints: the hospital to restrict to, or None for an all-hospitals grant."""
    scope = scope_of(principal, action, resource)
    if scope is Scope.ALL:
        return None
    if scope is Scope.HOSPITAL and principal.hospital_id is not None:
        return principal.hospital_id
    raise PermissionDeniedError(f"Your role may not {action.value} {resource.value}.")


def get_live(session: Session, model: type[T], row_id: uuid.UUID, what: str) -> T:
    """A row that exists and is not soft-deleted, else 404."""
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError(f"no such {what}")
    return row
