"""Argon2id password hashing and the per-user credential row."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import User
from shared.domain.passwords import check_password_strength
from sync_server.auth.sessions import end_sessions
from sync_server.auth.tables import UserCredential

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile
# Verified against when there is no usable hash, so every refusal costs the same time.
_DUMMY_HASH = _hasher.hash("not a real password, only for constant timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; without a hash, a dummy one is verified and it never does."""
    try:
        if not password_hash:
            _hasher.verify(_DUMMY_HASH, password)
            return False
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def set_password(session: Session, user: User, password: str) -> UserCredential:
    """Give ``user`` a new password if it is strong enough; their other sessions end."""
    check_password_strength(password, username=user.username)
    credential = session.get(UserCredential, user.id)
    if credential is None:
        credential = UserCredential(user_id=user.id, password_hash="")
        session.add(credential)
        session.flush()
    end_sessions(session, user.id)
    credential.password_hash = hash_password(password)
    credential.changed_at = utcnow()
    return credential
