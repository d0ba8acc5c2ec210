"""``/api/admin``: the thin HTTP face of the administration service.

``GET /api/admin`` lists the resources the caller manages; per resource,
``GET /api/admin/{resource}`` answers ``{"items": [...]}``, ``POST`` creates
and ``PATCH /{id}`` changes a row (answering the row), and
``POST /{id}/{action}`` runs a row action (users: deactivate, reactivate,
reset-password, unlock; devices: revoke). ``POST /templates/preview``
renders a template's unsaved text with sample values. One transaction per request;
refusals have the shape ``{"error": {"code", "message", "field"}}``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request

from shared.domain.admin.registry import manageable_by
from shared.errors import NotFoundError
from sync_server.admin import (  # noqa: F401  (rules)
    budgets,
    devices,
    organisation,
    owners,
    prices,
    templates,
    users,
)
from sync_server.admin.service import Context, context, create_row, list_rows, update_row
from sync_server.api import state as app_state
from sync_server.auth.deps import CurrentPrincipal
from sync_server.config import ServerSettings
from sync_server.crm.common import unit_of_work

router = APIRouter(prefix="/api/admin", tags=["administration"])
JsonBody = Annotated[dict[str, Any], Body(default_factory=dict)]
Row = dict[str, Any]
RowAction = Callable[[Context, uuid.UUID, Mapping[str, Any]], Row]


def _user_action(name: str) -> RowAction:
    def run(ctx: Context, row_id: uuid.UUID, body: Mapping[str, Any]) -> Row:
        return users.act(ctx, row_id, users.ACTIONS[name], body)

    return run


ROW_ACTIONS: Mapping[tuple[str, str], RowAction] = {
    **{("users", name): _user_action(name) for name in users.ACTIONS},
    ("devices", "revoke"): devices.revoke,
}


def _settings(request: Request) -> ServerSettings:
    settings = app_state.settings(request)
    return settings


@router.get("")
def resources(principal: CurrentPrincipal) -> dict[str, list[dict[str, Any]]]:
    """The administration pages this caller manages, in screen order."""
    items = [
        {"name": r.name, "title": r.title, "columns": list(r.columns)}
        for r in manageable_by(principal.role)
    ]
    return {"items": items}


@router.post("/templates/preview")
def preview_template(body: JsonBody, request: Request, principal: CurrentPrincipal) -> Row:
    """The form's unsaved subject and body rendered with sample values (the live preview)."""
    with unit_of_work(request) as session:
        ctx = context(session, principal, _settings(request), "templates")
        return templates.preview(ctx, body)


@router.get("/{resource}")
def list_resource(
    resource: str, request: Request, principal: CurrentPrincipal
) -> dict[str, list[Row]]:
    with unit_of_work(request) as session:
        ctx = context(session, principal, _settings(request), resource)
        return {"items": list_rows(ctx)}


@router.post("/{resource}", status_code=201)
def create(resource: str, body: JsonBody, request: Request, principal: CurrentPrincipal) -> Row:
    with unit_of_work(request) as session:
        ctx = context(session, principal, _settings(request), resource)
        return create_row(ctx, body)


@router.patch("/{resource}/{row_id}")
def update(
    resource: str, row_id: uuid.UUID, body: JsonBody, request: Request, principal: CurrentPrincipal
) -> Row:
    with unit_of_work(request) as session:
        ctx = context(session, principal, _settings(request), resource)
        return update_row(ctx, row_id, body)


@router.post("/{resource}/{row_id}/{action}")
def act(
    resource: str,
    row_id: uuid.UUID,
    action: str,
    body: JsonBody,
    request: Request,
    principal: CurrentPrincipal,
) -> Row:
    with unit_of_work(request) as session:
        ctx = context(session, principal, _settings(request), resource)
        run = ROW_ACTIONS.get((resource, action))
        if run is None:
            raise NotFoundError(f"{ctx.resource.title} have no action {action!r}.")
        return run(ctx, row_id, body)
