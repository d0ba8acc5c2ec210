"""The database key lives only in a secure keyring; offline login follows its rules."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy.orm import Session

from desktop import keys
from desktop.auth import (
    IdleLock,
    OfflineLoginError,
    StaffSession,
    check_local_account,
    create_local_account,
    offline_login,
    remember_login,
)
from desktop.services.desk import DeskIdentity, desk_identity
from desktop.store.engine import WrongKeyError, make_engine
from desktop.store.tables import SyncStateEntry
from shared.clock import utcnow
from shared.errors import FieldValidationError

from .conftest import MemoryKeyring

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backend: same class name, so refused by name."""


def test_plaintext_and_fail_backends_are_refused() -> None:
    with pytest.raises(keys.NoSecureKeyringError, match="Secret Service"):
        keys.require_secure(PlaintextKeyring())
    with pytest.raises(keys.NoSecureKeyringError):
        keys.require_secure(FailKeyring())
    assert keys.require_secure(MemoryKeyring()) is not None


def test_database_key_is_created_once_and_reopens_the_store(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(keys.MissingDatabaseKeyError):
        keys.database_key(memory_keyring, create=False)
    key = keys.database_key(memory_keyring, create=True)
    assert len(key) == 32
    assert keys.database_key(memory_keyring, create=False) == key
    engine = make_engine(tmp_path / "k.db", key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    wrong = make_engine(tmp_path / "k.db", bytes(32))
    with pytest.raises(WrongKeyError), wrong.connect():
        pass
    wrong.dispose()


def test_refresh_tokens_round_trip(memory_keyring: MemoryKeyring) -> None:
    keys.save_refresh_token(memory_keyring, "amaka", "tok-1")
    assert keys.load_refresh_token(memory_keyring, "amaka") == "tok-1"
    keys.forget_refresh_token(memory_keyring, "amaka")
    keys.forget_refresh_token(memory_keyring, "amaka")
    assert keys.load_refresh_token(memory_keyring, "amaka") is None


def _remember(engine: sa.Engine, when: dt.datetime) -> None:
    staff = StaffSession(uuid.uuid4(), "amaka", "Amaka Eze", "front_desk", online=True)
    with Session(engine) as session, session.begin():
        remember_login(session, staff=staff, password="s3cret-pass", hasher=FAST, now=when)


def _login(engine: sa.Engine, password: str, when: dt.datetime) -> StaffSession:
    with Session(engine) as session, session.begin():
        try:
            return offline_login(
                session, username="amaka", password=password, hasher=FAST, now=when
            )
        except OfflineLoginError:
            session.commit()
            raise


def test_offline_login_within_seven_days(desk_engine: sa.Engine) -> None:
    _remember(desk_engine, NOW)
    staff = _login(desk_engine, "s3cret-pass", NOW + dt.timedelta(days=6))
    assert (staff.full_name, staff.online) == ("Amaka Eze", False)
    with pytest.raises(OfflineLoginError, match="expired"):
        _login(desk_engine, "s3cret-pass", NOW + dt.timedelta(days=8))


def test_unknown_account_cannot_log_in_offline(desk_engine: sa.Engine) -> None:
    with pytest.raises(OfflineLoginError, match="logged in on this PC"):
        _login(desk_engine, "anything", NOW)


def test_repeated_failures_lock_the_account(desk_engine: sa.Engine) -> None:
    _remember(desk_engine, NOW)
    for _ in range(5):
        with pytest.raises(OfflineLoginError, match="Wrong"):
            _login(desk_engine, "guess", NOW)
    with pytest.raises(OfflineLoginError, match="locked"):
        _login(desk_engine, "s3cret-pass", NOW + dt.timedelta(minutes=1))
    assert _login(desk_engine, "s3cret-pass", NOW + dt.timedelta(minutes=16)).username == "amaka"


def test_a_standalone_clinics_account_does_not_expire_and_still_locks(
    desk_engine: sa.Engine,
) -> None:
    with Session(desk_engine) as session, session.begin():
        account = check_local_account(
            "Zainab Musa", " zainab ", "clinic-password", "clinic-password"
        )
        create_local_account(session, account, hasher=FAST)

    def standalone(password: str, when: dt.datetime) -> StaffSession:
        with Session(desk_engine) as session, session.begin():
            try:
                return offline_login(
                    session,
                    username="zainab",
                    password=password,
                    hasher=FAST,
                    now=when,
                    standalone=True,
                )
            except OfflineLoginError:
                session.commit()
                raise

    later = utcnow() + dt.timedelta(days=90)
    assert standalone("clinic-password", later).role == "manager"
    for _ in range(5):
        with pytest.raises(OfflineLoginError, match="Wrong"):
            standalone("guess", later)
    with pytest.raises(OfflineLoginError, match="locked"):
        standalone("clinic-password", later)


def test_offline_only_does_not_stretch_a_server_login_past_seven_days(
    desk_engine: sa.Engine,
) -> None:
    _remember(desk_engine, NOW)
    with Session(desk_engine) as session, session.begin():
        session.add(SyncStateEntry(key="session", value={"device_id": str(uuid.uuid4())}))
    with Session(desk_engine) as session, pytest.raises(OfflineLoginError, match="expired"):
        offline_login(
            session,
            username="amaka",
            password="s3cret-pass",
            hasher=FAST,
            now=NOW + dt.timedelta(days=8),
            standalone=True,
        )


def test_a_second_account_with_the_same_username_is_refused(desk_engine: sa.Engine) -> None:
    account = check_local_account("Zainab Musa", "zainab", "clinic-password", "clinic-password")
    with Session(desk_engine) as session, session.begin():
        create_local_account(session, account, hasher=FAST)
    with Session(desk_engine) as session, pytest.raises(FieldValidationError) as refused:
        create_local_account(session, account, hasher=FAST)
    assert refused.value.field == "username"


def test_idle_lock_after_timeout() -> None:
    lock = IdleLock(dt.timedelta(minutes=10), now=NOW)
    assert not lock.should_lock(NOW + dt.timedelta(minutes=9))
    lock.touch(NOW + dt.timedelta(minutes=9))
    assert not lock.should_lock(NOW + dt.timedelta(minutes=18))
    assert lock.should_lock(NOW + dt.timedelta(minutes=19))


def test_desk_identity_prefers_the_signed_in_device(desk_engine: sa.Engine) -> None:
    with Session(desk_engine) as session, session.begin():
        local = desk_identity(session)
    with Session(desk_engine) as session, session.begin():
        assert desk_identity(session) == local
        device = uuid.uuid4()
        session.add(
            SyncStateEntry(
                key="session", value={"device_id": str(device), "device_prefix": "IKJ01"}
            )
        )
    with Session(desk_engine) as session:
        assert desk_identity(session) == DeskIdentity(device, "IKJ01")
