"""List, create and update any administration resource, scoped by the ``MANAGE`` grant.

An administrator manages every row; a manager only the rows of their own
hospital, and only the resources ``shared.domain.access`` grants them
(departments, clinicians, front-desk and clinician accounts, loyalty
setup). A row of another hospital is answered as missing; a create naming
another hospital, or a resource the role may not manage, is refused (403).
Input is checked with the resource's models from ``shared.domain.admin``,
so a refusal names the field as the form shows it. Each resource's own rules
(unique codes, shares, bank details, passwords) are its ``Rules`` in the
per-domain modules; every write goes through :class:`AdminWriter`, so it is
audited and reaches the desks through the change log. Nothing here commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy.orm import Session

from shared.db.models.organisation import Hospital
from shared.domain.access import Action, Principal, Scope, scope_of
from shared.domain.admin.fields import label_of, parse_input
from shared.domain.admin.registry import RESOURCES, AdminResource
from shared.errors import FieldValidationError, NotFoundError, PermissionDeniedError
from sync_server.admin.binding import Binding, binding, row_out
from sync_server.admin.writer import AdminWriter, ServerRowWriter
from sync_server.config import ServerSettings

MAX_ROWS = 2000
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Context:
    """One administration call: who asks, about which resource, in which transaction."""

    session: Session
    principal: Principal
    settings: ServerSettings
    resource: AdminResource
    binding: Binding

    @property
    def writer(self) -> AdminWriter:
        kind = AdminWriter if self.binding.replicated else ServerRowWriter
        return kind(self.session, self.principal, self.resource.access)

    @property
    def scope(self) -> Scope | None:
        return scope_of(self.principal, Action.MANAGE, self.resource.access)


#: ``(ctx, values) -> columns to insert`` (the create model's values, checked and shaped).
CreateRule = Callable[[Context, dict[str, Any]], dict[str, Any]]
#: ``(ctx, row, changes) -> columns to update``.
UpdateRule = Callable[[Context, Any, dict[str, Any]], dict[str, Any]]
#: ``(ctx, rows) -> rows as answered`` (extra columns a list shows).
ListRule = Callable[[Context, list[Any]], list[Row]]


@dataclass(frozen=True, slots=True)
class Rules:
    create: CreateRule | None = None
    update: UpdateRule | None = None
    listed: ListRule | None = None
    after_create: Callable[[Context, Any, dict[str, Any]], None] | None = None


RULES: dict[str, Rules] = {}


def context(session: Session, principal: Principal, settings: ServerSettings, name: str) -> Context:
    """The call's context; 404 for an unknown resource, 403 for one the role may not manage."""
    resource = RESOURCES.get(name)
    if resource is None:
        raise NotFoundError(f"There is no administration page {name!r}.")
    ctx = Context(session, principal, settings, resource, binding(name))
    if ctx.scope is None:
        raise PermissionDeniedError(f"Your role may not manage {resource.title.lower()}.")
    return ctx


def list_rows(ctx: Context) -> list[Row]:
    model = ctx.binding.model
    query = sa.select(model).where(model.deleted_at.is_(None))
    column = ctx.binding.hospital_column
    if ctx.scope is not Scope.ALL:
        if column is None or ctx.principal.hospital_id is None:
            return []
        query = query.where(getattr(model, column) == ctx.principal.hospital_id)
    query = query.order_by(model.created_at).limit(MAX_ROWS)
    rows = list(ctx.session.scalars(query))
    rules = RULES.get(ctx.resource.name, Rules())
    return rules.listed(ctx, rows) if rules.listed else [row_out(r) for r in rows]


def create_row(ctx: Context, body: Mapping[str, Any]) -> Row:
    model = _model(ctx.resource.create, ctx.resource)
    values = parse_input(model, body).model_dump()
    if "hospital_id" in values and ctx.binding.hospital_column == "hospital_id":
        values["hospital_id"] = home_hospital(ctx, values["hospital_id"])
    rules = RULES.get(ctx.resource.name, Rules())
    columns = rules.create(ctx, values) if rules.create else values
    row = ctx.writer.insert(ctx.binding.model, **columns)
    if rules.after_create is not None:
        rules.after_create(ctx, row, values)
    return row_out(row)


def update_row(ctx: Context, row_id: uuid.UUID, body: Mapping[str, Any]) -> Row:
    model = _model(ctx.resource.update, ctx.resource)
    changes = parse_input(model, body).model_dump(exclude_unset=True)
    row = visible_row(ctx, row_id)
    rules = RULES.get(ctx.resource.name, Rules())
    columns = rules.update(ctx, row, changes) if rules.update else changes
    return row_out(ctx.writer.update(row, **columns))


def visible_row(ctx: Context, row_id: uuid.UUID) -> Any:
    """The live row, locked for the change; another hospital's is answered as missing."""
    row = ctx.session.get(ctx.binding.model, row_id, with_for_update=True)
    if row is None or getattr(row, "deleted_at", None) is not None or not _in_scope(ctx, row):
        raise NotFoundError(f"No such row in {ctx.resource.title.lower()}.")
    return row


def _in_scope(ctx: Context, row: Any) -> bool:
    if ctx.scope is Scope.ALL:
        return True
    hospital_id = ctx.binding.hospital_of(row)
    return hospital_id is not None and hospital_id == ctx.principal.hospital_id


def home_hospital(ctx: Context, requested: uuid.UUID | None) -> uuid.UUID | None:
    """The hospital a new row belongs to: the manager's own, or the one an admin names.

    None stays None only for an administrator (a network-wide reward or
    program); a manager naming another hospital is refused.
    """
    if ctx.scope is not Scope.ALL:
        own = ctx.principal.hospital_id
        if requested is not None and requested != own:
            raise PermissionDeniedError("You manage only your own hospital.", field="hospital_id")
        return own
    if requested is not None:
        live_hospital(ctx.session, requested)
    return requested


def live_hospital(session: Session, hospital_id: uuid.UUID) -> Hospital:
    hospital = session.get(Hospital, hospital_id)
    if hospital is None or hospital.deleted_at is not None:
        raise FieldValidationError("hospital_id", "Hospital: there is no such hospital")
    return hospital


def require_hospital(values: Mapping[str, Any]) -> uuid.UUID:
    """The row's hospital, which this resource cannot be without."""
    hospital_id = values.get("hospital_id")
    if hospital_id is None:
        raise FieldValidationError("hospital_id", "Hospital: choose the hospital")
    return uuid.UUID(str(hospital_id))


def _model(model: type[BaseModel] | None, resource: AdminResource) -> type[BaseModel]:
    if model is None:
        raise PermissionDeniedError(f"{resource.title} are not created or edited here.")
    return model


def without_nulls(
    ctx: Context, changes: dict[str, Any], *, required: tuple[str, ...]
) -> dict[str, Any]:
    """An update may not empty a field the row cannot be without: a null there is refused."""
    model = ctx.resource.update or ctx.resource.create
    for name in required:
        if name in changes and changes[name] is None:
            label = label_of(model, name) if model is not None else name
            raise FieldValidationError(name, f"{label}: this field is required")
    return changes
