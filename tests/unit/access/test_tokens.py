"""Access tokens round-trip a Principal and reject forgery, expiry and other token types."""

from __future__ import annotations

import datetime as dt
import uuid

import jwt
import pytest
from pydantic import SecretStr

from shared.clock import utcnow
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.tokens import InvalidTokenError, issue_access_token, verify_access_token
from sync_server.config import ServerSettings

SETTINGS = ServerSettings(secret_key=SecretStr("k" * 40))


def test_round_trip_keeps_every_field() -> None:
    who = Principal(uuid.uuid4(), Role.OWNER, None, uuid.uuid4(), uuid.uuid4())
    assert verify_access_token(issue_access_token(who, SETTINGS), SETTINGS) == who


def test_expired_token_is_rejected() -> None:
    who = Principal(uuid.uuid4(), Role.ADMIN)
    old = utcnow() - dt.timedelta(minutes=SETTINGS.access_token_minutes + 1)
    with pytest.raises(InvalidTokenError):
        verify_access_token(issue_access_token(who, SETTINGS, now=old), SETTINGS)


def test_other_key_and_other_type_are_rejected() -> None:
    who = Principal(uuid.uuid4(), Role.ADMIN)
    other = ServerSettings(secret_key=SecretStr("x" * 40))
    with pytest.raises(InvalidTokenError):
        verify_access_token(issue_access_token(who, other), SETTINGS)
    refresh_like = jwt.encode(
        {
            "typ": "refresh",
            "sub": str(who.user_id),
            "role": "admin",
            "iat": utcnow(),
            "exp": utcnow() + dt.timedelta(minutes=5),
        },
        SETTINGS.signing_key,
        algorithm="HS256",
    )
    with pytest.raises(InvalidTokenError):
        verify_access_token(refresh_like, SETTINGS)
