"""FastAPI dependencies that turn a Bearer token into a :class:`Principal`.

Usage in an endpoint::

    from shared.domain.access import Action, Principal, Resource, require
    from sync_server.auth.deps import CurrentPrincipal, require_grant

    @router.get("/things/{hospital_id}")
    def get_thing(hospital_id: uuid.UUID, principal: CurrentPrincipal) -> ...:
        require(principal, Action.READ, Resource.PATIENTS, hospital_id=hospital_id)

    # or reject whole roles before the handler runs (the row scope is still
    # checked with ``require`` inside):
    @router.post("/payouts", dependencies=[Depends(require_grant(Action.WRITE, Resource.PAYOUTS))])

No token, a bad or expired token, a token of a revoked device, or a token
that no longer matches its account (deactivated, deleted, another role or
hospital, signed out: see ``sync_server.auth.standing``) is a 401 with
``WWW-Authenticate: Bearer``; a role without the grant is a 403.

Test fixture recipe (real PostgreSQL from ``pg_engine``, no mocks)::

    from shared.db.models.organisation import Device, Hospital, User
    from shared.domain.access import Principal
    from shared.domain.enums import Role
    from sync_server.auth.tokens import issue_access_token

    with sessionmaker(pg_engine).begin() as s:
        hospital = Hospital(code="IKJ", name="Ikeja General", state="Lagos")
        s.add(hospital)
        s.flush()
        user = User(username="ada", full_name="Ada Obi", role=Role.FRONT_DESK,
                    hospital_id=hospital.id)
        device = Device(name="Desk 1", prefix="IK01", hospital_id=hospital.id)
        s.add_all([user, device])
        s.flush()
        principal = Principal(user.id, Role.FRONT_DESK, hospital_id=hospital.id,
                              device_id=device.id)
    token = issue_access_token(principal, settings)  # settings = app.state.settings
    httpx.get(url, headers={"Authorization": f"Bearer {token}"})

``device_id=None`` gives a device-less token (no device row needed), which is
what integrations calling ``/api/crm`` use. To log in over HTTP instead, give
the user a password with ``sync_server.auth.passwords.set_password``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.domain.access import Action, Principal, Resource, scope_of
from shared.domain.enums import Role
from sync_server.api import state as app_state
from sync_server.auth.standing import StandingCache, refusal
from sync_server.auth.tokens import AccessClaims, InvalidTokenError, verify_access_claims

_bearer = HTTPBearer(auto_error=False, description="Access token from POST /api/auth/login")


def unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def _standings(request: Request) -> StandingCache:
    """This app's cache of account standings, made on first use."""
    state = request.app.state
    cache: StandingCache | None = getattr(state, "token_standings", None)
    if cache is None:
        cache = state.token_standings = StandingCache()
    return cache


def _stale(request: Request, claims: AccessClaims) -> str | None:
    sessions = app_state.sessions(request)
    return refusal(claims, _standings(request).standing(sessions, claims.principal))


def require_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller of this request; 401 unless a valid access token is presented."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized("Sign in first: an access token is required.")
    try:
        claims = verify_access_claims(credentials.credentials, app_state.settings(request))
    except InvalidTokenError as exc:
        raise unauthorized("The access token is invalid or expired.") from exc
    reason = _stale(request, claims)
    if reason is not None:
        raise unauthorized(reason)
    request.state.principal = claims.principal
    return claims.principal


CurrentPrincipal = Annotated[Principal, Depends(require_principal)]


def require_roles(*roles: Role) -> Callable[..., Principal]:
    """A dependency that lets only the given roles through (403 otherwise)."""

    def dependency(principal: CurrentPrincipal) -> Principal:
        if principal.role not in roles:
            raise HTTPException(403, "Your role may not use this endpoint.")
        return principal

    return dependency


def require_grant(action: Action, resource: Resource) -> Callable[..., Principal]:
    """A dependency that rejects roles holding no grant at all for ``action`` on ``resource``."""

    def dependency(principal: CurrentPrincipal) -> Principal:
        if scope_of(principal, action, resource) is None:
            raise HTTPException(403, f"Your role may not {action.value} {resource.value}.")
        return principal

    return dependency
