"""Encrypting owners' bank account numbers at rest (Fernet: AES-128-CBC with HMAC-SHA256).

The key is ``HMSO_BANK_DETAILS_KEY`` (a Fernet key, as
``cryptography.fernet.Fernet.generate_key()`` prints it) or, when unset, one
generated once into ``<data dir>/bank.key`` (mode 0600), the way the signing
secret is. Keep that file with the backups: without it the stored numbers
cannot be read back (the masked form on every desk still can).
"""

from __future__ import annotations

import os

from cryptography.fernet import Fernet, InvalidToken

from sync_server.config import ServerSettings


def bank_key(settings: ServerSettings) -> bytes:
    """The configured key, or the one generated into the data directory."""
    if settings.bank_details_key is not None:
        return settings.bank_details_key.get_secret_value().encode()
    path = settings.data_dir / "bank.key"
    if not path.exists():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(Fernet.generate_key())
    return path.read_bytes().strip()


def encrypt(settings: ServerSettings, plain: str) -> str:
    return Fernet(bank_key(settings)).encrypt(plain.encode()).decode()


def decrypt(settings: ServerSettings, token: str) -> str | None:
    """The number, or None when the key that stored it is no longer the one configured."""
    try:
        return Fernet(bank_key(settings)).decrypt(token.encode()).decode()
    except InvalidToken:
        return None
