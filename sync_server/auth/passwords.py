"""Argon2id password hashing and the per-user credential row."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.organisation import User
from shared.errors import FieldValidationError
from sync_server.auth.tables import UserCredential

MIN_LENGTH = 10
_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile
# Verified against when the username is unknown, so both paths cost the same time.
_DUMMY_HASH = _hasher.hash("not a real password, only for constant timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def set_password(session: Session, user: User, password: str) -> UserCredential:
    """Give ``user`` a new password and clear any lockout."""
    if len(password) < MIN_LENGTH:
        raise FieldValidationError("password", f"must be at least {MIN_LENGTH} characters")
    credential = session.get(UserCredential, user.id)
    if credential is None:
        credential = UserCredential(user_id=user.id, password_hash="")
        session.add(credential)
    credential.password_hash = hash_password(password)
    credential.failed_attempts = 0
    credential.locked_until = None
    credential.changed_at = utcnow()
    return credential
