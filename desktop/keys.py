"""The database key and refresh tokens, kept in the OS keyring.

The key protects every patient record on this PC, so where it is stored is
chosen here on purpose rather than left to keyring's auto-detection: with
``keyrings.alt`` installed that detection silently picks a plaintext file,
which would put the key next to the database it protects.
"""

from __future__ import annotations

import secrets

import keyring
from keyring.backend import KeyringBackend, get_all_keyring
from keyring.errors import PasswordDeleteError

SERVICE = "grandpro-crm"
DATABASE_KEY = "database-key"
_REFRESH_PREFIX = "refresh-token:"

#: Backends that store secrets in the clear, or that do not store them at all.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_REFUSED_CLASSES = ("ChainerBackend", "PlaintextKeyring")

NO_SECURE_BACKEND = (
    "No secure password store was found on this PC, so the patient database key "
    "cannot be kept safely. On Windows the Credential Manager is used; on macOS the "
    "Keychain; on Linux start a Secret Service provider (GNOME Keyring or KWallet) "
    "in the desktop session, then start the app again."
)


class NoSecureKeyringError(RuntimeError):
    """No keyring backend on this PC keeps secrets encrypted."""


class MissingDatabaseKeyError(RuntimeError):
    """A database exists but its key is not in the keyring (another user, or it was removed)."""


def is_secure(backend: KeyringBackend) -> bool:
    """Whether a backend keeps secrets encrypted by the OS."""
    cls = type(backend)
    if cls.__module__.startswith(_REFUSED_MODULES) or cls.__name__ in _REFUSED_CLASSES:
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def choose_backend() -> KeyringBackend:
    """Select the best secure backend and make it keyring's active one."""
    candidates = [backend for backend in get_all_keyring() if is_secure(backend)]
    if not candidates:
        raise NoSecureKeyringError(NO_SECURE_BACKEND)
    best = max(candidates, key=lambda backend: float(backend.priority))
    keyring.set_keyring(best)
    return best


def require_secure(backend: KeyringBackend) -> KeyringBackend:
    """Refuse a backend handed in from configuration if it stores secrets in the clear."""
    if not is_secure(backend):
        raise NoSecureKeyringError(
            f"{type(backend).__name__} does not store secrets securely. {NO_SECURE_BACKEND}"
        )
    return backend


def database_key(backend: KeyringBackend, *, create: bool, name: str = DATABASE_KEY) -> bytes:
    """The 256-bit raw key of the local database; a new random one on first run.

    ``name`` tells apart the stores of one PC (a hospital's and an owner
    profile's), so that neither key opens the other's database.
    """
    stored = backend.get_password(SERVICE, name)
    if stored is not None:
        return bytes.fromhex(stored)
    if not create:
        raise MissingDatabaseKeyError(
            "This PC's database exists but its key is missing from the password store. "
            "Log in as the Windows/OS user who set the app up, or re-sync from the server."
        )
    key = secrets.token_bytes(32)
    backend.set_password(SERVICE, name, key.hex())
    return key


def save_refresh_token(backend: KeyringBackend, username: str, token: str) -> None:
    backend.set_password(SERVICE, _REFRESH_PREFIX + username, token)


def load_refresh_token(backend: KeyringBackend, username: str) -> str | None:
    return backend.get_password(SERVICE, _REFRESH_PREFIX + username)


def forget_refresh_token(backend: KeyringBackend, username: str) -> None:
    """Log-out removes the token; a missing one is already forgotten."""
    try:
        backend.delete_password(SERVICE, _REFRESH_PREFIX + username)
    except PasswordDeleteError:
        return
