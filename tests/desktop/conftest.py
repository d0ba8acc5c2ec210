"""Desktop fixtures: an in-memory secure keyring and a fresh encrypted local store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Holds secrets in a dict for the test's lifetime; counts as a secure backend."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def desk_engine(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[sa.Engine]:
    """A migrated SQLCipher store keyed from the in-memory keyring, as the app opens it."""
    from desktop.keys import database_key
    from desktop.store import migrate
    from desktop.store.engine import make_engine

    engine = make_engine(tmp_path / "desk.db", database_key(memory_keyring, create=True))
    migrate.upgrade(engine)
    yield engine
    engine.dispose()
