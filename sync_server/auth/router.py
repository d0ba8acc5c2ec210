"""``/api/auth``: login, refresh, logout, a new password, and revoking a device.

Each endpoint runs one unit of work. A refused login commits its failure
count and audit row before answering 401 (the same answer for an unknown
user, a wrong password, or a PC the account may not use) or 429 with
``Retry-After`` while this client must wait before trying that username again.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from shared.db.models.organisation import Device
from shared.domain.access import MATRIX, Action, Principal, Resource, require
from shared.errors import NotFoundError
from sync_server import audit
from sync_server.api import state as app_state
from sync_server.auth import service
from sync_server.auth.deps import CurrentPrincipal, require_grant, unauthorized
from sync_server.auth.devices import revoke_device
from sync_server.auth.schemas import (
    DeviceOut,
    GrantOut,
    LoginIn,
    MeOut,
    PasswordIn,
    RefreshIn,
    TokenOut,
    UserOut,
)

router = APIRouter(prefix="/api/auth", tags=["auth"])
_RESPONSES: dict[int | str, dict[str, str]] = {
    401: {"description": "Wrong credentials or invalid token"},
    403: {"description": "Not allowed on this device or for this role"},
    429: {"description": "Too many failed sign-ins from this client; see Retry-After"},
}


def _client(request: Request) -> str:
    """The caller's address; behind a proxy, uvicorn's trusted ``X-Forwarded-For``."""
    return request.client.host if request.client else "unknown"


def _refuse(refusal: service.Refusal) -> HTTPException:
    if refusal.retry_after is not None:
        headers = {"Retry-After": str(refusal.retry_after)}
        return HTTPException(429, refusal.message, headers=headers)
    return unauthorized(refusal.message)


def _answer(result: service.TokenPair | service.Refusal) -> TokenOut:
    if isinstance(result, service.Refusal):
        raise _refuse(result)
    return TokenOut(
        access_token=result.access_token,
        refresh_token=result.refresh_token,
        expires_in=result.expires_in,
        user=UserOut.model_validate(result.user, from_attributes=True),
        device=DeviceOut.model_validate(result.device, from_attributes=True),
    )


@router.post("/login", responses=_RESPONSES)
def login(body: LoginIn, request: Request) -> TokenOut:
    """Sign in on a device; a manager's first sign-in on a PC registers it."""
    with app_state.sessions(request).begin() as session:
        attempt = service.Attempt(
            body.username, body.password, body.device.id, body.device.name, _client(request)
        )
        result = service.login(session, app_state.settings(request), attempt)
    return _answer(result)


@router.post("/refresh", responses=_RESPONSES)
def refresh(body: RefreshIn, request: Request) -> TokenOut:
    """Trade a refresh token for a new pair; the old refresh token stops working.

    The same device presenting the old token again within a minute (its
    answer was lost) gets the same refresh token back.
    """
    with app_state.sessions(request).begin() as session:
        result = service.refresh(
            session, app_state.settings(request), body.refresh_token, body.device_id
        )
    return _answer(result)


@router.post("/logout", status_code=204, responses=_RESPONSES)
def logout(principal: CurrentPrincipal, request: Request) -> Response:
    """Sign out: this access token stops at once, and this device's refresh tokens are revoked."""
    with app_state.sessions(request).begin() as session:
        service.logout(session, principal)
    return Response(status_code=204)


@router.post("/password", status_code=204, responses={**_RESPONSES, 422: {"description": "Weak"}})
def change_password(body: PasswordIn, principal: CurrentPrincipal, request: Request) -> Response:
    """Choose a new password; every sign-in of the account ends, this one included."""
    with app_state.sessions(request).begin() as session:
        change = service.PasswordChange(body.current_password, body.password, _client(request))
        refused = service.change_password(session, app_state.settings(request), principal, change)
    if refused is not None:
        raise _refuse(refused)
    return Response(status_code=204)


@router.get("/me", responses=_RESPONSES)
def me(principal: CurrentPrincipal) -> MeOut:
    """The caller and the permission matrix row of its role."""
    grants = [
        GrantOut(resource=resource.value, actions=sorted(actions), scope=scope.value)
        for resource, (actions, scope) in MATRIX[principal.role].items()
    ]
    return MeOut(
        user_id=principal.user_id,
        role=principal.role,
        hospital_id=principal.hospital_id,
        owner_account_id=principal.owner_account_id,
        device_id=principal.device_id,
        grants=grants,
    )


@router.post("/devices/{device_id}/revoke", responses=_RESPONSES)
def revoke(
    device_id: uuid.UUID,
    request: Request,
    principal: Annotated[Principal, Depends(require_grant(Action.WRITE, Resource.DEVICES))],
) -> DeviceOut:
    """Cut off a lost or stolen PC: its tokens stop working at once."""
    with app_state.sessions(request).begin() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise NotFoundError("No such device.", field="device_id")
        require(
            principal,
            Action.WRITE,
            Resource.DEVICES,
            hospital_id=device.hospital_id,
            owner_account_id=device.owner_account_id,
        )
        revoke_device(session, device_id)
        audit.record(session, principal, "revoke", "devices", device_id)
        return DeviceOut.model_validate(device, from_attributes=True)
