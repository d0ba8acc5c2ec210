"""Short-lived access tokens (JWT, HS256) that carry a :class:`Principal`.

The token is self-contained so a request needs no database lookup to know
who is calling; it lives ``access_token_minutes`` (15 by default), and
refresh tokens (stored hashed, see ``sync_server.auth.service``) renew it.
It also carries the user's token version (``ver``) at issue, so raising the
version (log-out, a new password, a changed account) ends it early; see
``sync_server.auth.standing`` for the check on every request.

Usage::

    token = issue_access_token(principal, settings, version=credential.token_version)
    principal = verify_access_token(token, settings)  # raises InvalidTokenError
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import jwt

from shared.clock import utcnow
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.config import ServerSettings

ALGORITHM = "HS256"
TOKEN_TYPE = "access"


class InvalidTokenError(Exception):
    """The token is malformed, forged, expired or not an access token."""


@dataclass(frozen=True)
class AccessClaims:
    """A verified access token: who it names and the token version it was issued under."""

    principal: Principal
    version: int


def _opt_uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def issue_access_token(
    principal: Principal,
    settings: ServerSettings,
    *,
    now: dt.datetime | None = None,
    version: int = 0,
) -> str:
    issued = now or utcnow()
    claims = {
        "typ": TOKEN_TYPE,
        "sub": str(principal.user_id),
        "role": principal.role.value,
        "hid": str(principal.hospital_id) if principal.hospital_id else None,
        "oid": str(principal.owner_account_id) if principal.owner_account_id else None,
        "did": str(principal.device_id) if principal.device_id else None,
        "ver": version,
        "iat": issued,
        "exp": issued + dt.timedelta(minutes=settings.access_token_minutes),
    }
    return jwt.encode(claims, settings.signing_key, algorithm=ALGORITHM)


def verify_access_token(token: str, settings: ServerSettings) -> Principal:
    return verify_access_claims(token, settings).principal


def verify_access_claims(token: str, settings: ServerSettings) -> AccessClaims:
    try:
        claims = jwt.decode(
            token,
            settings.signing_key,
            algorithms=[ALGORITHM],
            options={"require": ["exp", "iat", "sub", "typ"]},
        )
        if claims["typ"] != TOKEN_TYPE:
            raise InvalidTokenError("not an access token")
        principal = Principal(
            user_id=uuid.UUID(claims["sub"]),
            role=Role(claims["role"]),
            hospital_id=_opt_uuid(claims.get("hid")),
            owner_account_id=_opt_uuid(claims.get("oid")),
            device_id=_opt_uuid(claims.get("did")),
        )
        return AccessClaims(principal, _version(claims.get("ver", 0)))
    except (jwt.PyJWTError, KeyError, ValueError) as exc:
        raise InvalidTokenError(str(exc)) from exc


def _version(value: Any) -> int:
    if type(value) is not int:
        raise InvalidTokenError("the token version is not an integer")
    return value
