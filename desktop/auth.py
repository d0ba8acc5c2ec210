"""Online and offline login, and the idle lock.

Several staff share one front-desk PC. With a server configured, login asks
the server first (which also registers the PC on a manager's first login) and
caches an argon2 verifier of the password. When the server is unreachable, a
staff member who logged in online on this PC within the last seven days may
log in against that verifier. A wrong password the server refused is never
retried offline. Repeated offline failures lock that username for a while,
so a shared PC cannot be used to guess.

Access tokens live minutes; the refresh token kept in the OS keyring buys a
new one without asking anyone to type a password (:func:`refresh_access`).

A standalone clinic (work offline only) has no server to ask: its first
manager's account is created on this PC at setup, and its offline logins do
not expire after seven days.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from keyring.backend import KeyringBackend
from sqlalchemy.orm import Session, sessionmaker

from desktop import keys
from desktop.services.desk import SESSION_KEY
from desktop.store.tables import CachedLogin
from desktop.sync.client import SyncAuthRequiredError, SyncOfflineError
from desktop.sync.engine import read_state, write_state
from shared.clock import as_utc, utcnow
from shared.domain.passwords import check_password_strength
from shared.errors import FieldValidationError

OFFLINE_WINDOW = dt.timedelta(days=7)
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)


class LoginError(Exception):
    """Login refused; the message says why in words staff understand."""


class OfflineLoginError(LoginError):
    """Offline login refused."""


class ServerUnreachableError(LoginError):
    """The server could not be reached; offline login may still work."""


LOGIN_TIMEOUT_S = 15.0


@dataclass(frozen=True, slots=True)
class StaffSession:
    user_id: uuid.UUID
    username: str
    full_name: str
    role: str
    online: bool


def remember_login(
    session: Session,
    *,
    staff: StaffSession,
    password: str,
    hasher: PasswordHasher | None = None,
    now: dt.datetime | None = None,
) -> None:
    """After a successful online login, cache a verifier for later offline logins."""
    verifier = (hasher or PasswordHasher()).hash(password)
    row = session.get(CachedLogin, staff.username)
    if row is None:
        row = CachedLogin(username=staff.username)
        session.add(row)
    row.user_id = staff.user_id
    row.full_name = staff.full_name
    row.role = staff.role
    row.verifier = verifier
    row.last_online_login_at = now or utcnow()
    row.failed_attempts = 0
    row.locked_until = None


@dataclass(frozen=True, slots=True)
class OnlineLogin:
    staff: StaffSession
    refresh_token: str


def online_login(
    session: Session,
    http: httpx.Client,
    *,
    server_url: str,
    username: str,
    password: str,
    device_name: str,
    now: dt.datetime | None = None,
) -> OnlineLogin:
    """Log in at the server and keep what this PC needs; the caller commits.

    Stores the sign-in (server, device id and prefix, access token) where the
    sync engine reads it, and caches the verifier for offline logins.
    """
    state: dict[str, Any] = read_state(session, SESSION_KEY) or {}
    device: dict[str, Any] = {"name": device_name}
    if state.get("device_id") and state.get("server") == server_url:
        device["id"] = state["device_id"]
    body = {"username": username.strip(), "password": password, "device": device}
    try:
        response = http.post(f"{server_url}/api/auth/login", json=body, timeout=LOGIN_TIMEOUT_S)
    except httpx.TransportError as exc:
        raise ServerUnreachableError(f"The server at {server_url} cannot be reached.") from exc
    if response.status_code != 200:
        raise LoginError(_server_message(response))
    data = response.json()
    user, registered = data["user"], data["device"]
    staff = StaffSession(
        uuid.UUID(user["id"]), user["username"], user["full_name"], user["role"], online=True
    )
    write_state(
        session,
        SESSION_KEY,
        {
            "server": server_url,
            "username": staff.username,
            "device_id": registered["id"],
            "device_name": registered.get("name", device_name),
            "device_prefix": registered["prefix"],
            "access_token": data["access_token"],
        },
    )
    remember_login(session, staff=staff, password=password, now=now)
    return OnlineLogin(staff, data["refresh_token"])


def _server_message(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"The server refused the login (HTTP {response.status_code})."


def refresh_access(
    sessions: sessionmaker[Session], backend: KeyringBackend, http: httpx.Client
) -> str:
    """Trade the kept refresh token for a new access token, keeping the rotated one.

    The server rotates refresh tokens and treats a reused one as theft, so the
    successor goes into the keyring before the new access token is stored or
    used. When the answer is lost on the way, the next try presents the old
    token again with this PC's device id, and the server answers it with the
    same successor for a minute instead of revoking the chain. Raises
    :class:`SyncAuthRequiredError` when only a new login can help (revoked,
    reused or expired token, revoked device) and :class:`SyncOfflineError`
    when the server cannot be reached, so the caller keeps trying later.
    """
    with sessions.begin() as session:
        state: dict[str, Any] = read_state(session, SESSION_KEY) or {}
        username, server = state.get("username"), state.get("server")
        token = keys.load_refresh_token(backend, username) if username else None
        if not server or not token:
            raise SyncAuthRequiredError("Sign in again to continue syncing.")
        data = _refreshed(http, str(server), token, state.get("device_id"))
        keys.save_refresh_token(backend, str(username), data["refresh_token"])
        write_state(session, SESSION_KEY, {**state, "access_token": data["access_token"]})
    return str(data["access_token"])


def _refreshed(
    http: httpx.Client, server: str, token: str, device_id: str | None
) -> dict[str, Any]:
    body = {"refresh_token": token, "device_id": device_id}
    try:
        response = http.post(f"{server}/api/auth/refresh", json=body, timeout=LOGIN_TIMEOUT_S)
    except httpx.TransportError as exc:
        raise SyncOfflineError(f"The server at {server} cannot be reached.") from exc
    if response.status_code >= 500:
        raise SyncOfflineError(f"The server had a problem ({response.status_code}).")
    if response.status_code != 200:
        raise SyncAuthRequiredError(_server_message(response))
    data: dict[str, Any] = response.json()
    return data


def hand_over_sync(session: Session, staff: StaffSession) -> bool:
    """After an offline sign-in, sync as the person now at the PC; the caller commits.

    The previous person's access token is dropped and the kept username
    becomes the new person's, so the next round renews with *their* refresh
    token from the keyring (or asks them to sign in online). Returns whether
    the sign-in changed hands, in which case the running sync must drop its
    token too. An online sign-in already wrote its own token.
    """
    state: dict[str, Any] = read_state(session, SESSION_KEY) or {}
    if not state or state.get("username") == staff.username:
        return False
    kept = {key: value for key, value in state.items() if key != "access_token"}
    write_state(session, SESSION_KEY, {**kept, "username": staff.username})
    return True


def sign_out(session: Session, backend: KeyringBackend, http: httpx.Client) -> None:
    """End this PC's sign-in: at the server when it answers, and here in any case.

    The access token is dropped from the store and the user's refresh token
    from the keyring, so nothing on this PC can sync as them until they sign
    in again. An unreachable server is no reason to stay signed in; its
    tokens expire on their own. The caller commits.
    """
    state: dict[str, Any] = read_state(session, SESSION_KEY) or {}
    username, server, token = state.get("username"), state.get("server"), state.get("access_token")
    if state:
        write_state(session, SESSION_KEY, {k: v for k, v in state.items() if k != "access_token"})
    if username:
        keys.forget_refresh_token(backend, str(username))
    if server and token:
        headers = {"Authorization": f"Bearer {token}"}
        try:
            http.post(f"{server}/api/auth/logout", headers=headers, timeout=LOGIN_TIMEOUT_S)
        except httpx.TransportError:
            return


def offline_login(
    session: Session,
    *,
    username: str,
    password: str,
    hasher: PasswordHasher | None = None,
    now: dt.datetime | None = None,
    standalone: bool = False,
) -> StaffSession:
    """Check a password against the cached verifier; the caller commits either way."""
    now = now or utcnow()
    row = session.get(CachedLogin, username.strip())
    if row is None and standalone:
        raise OfflineLoginError("Wrong username or password.")
    if row is None:
        raise OfflineLoginError(
            "This account has not logged in on this PC while online. Connect to the "
            "network and log in once, then offline login will work for 7 days."
        )
    _check_allowed(row, now, expires=not standalone or _registered(session))
    try:
        (hasher or PasswordHasher()).verify(row.verifier, password)
    except VerificationError:
        _record_failure(row, now)
        raise OfflineLoginError("Wrong username or password.") from None
    row.failed_attempts = 0
    row.locked_until = None
    return StaffSession(row.user_id, row.username, row.full_name, row.role, online=False)


def _registered(session: Session) -> bool:
    """Whether this PC was registered with a server.

    Such a PC keeps the seven-day rule even when switched to offline only, so
    the switch cannot stretch a cached server login forever.
    """
    state: dict[str, Any] = read_state(session, SESSION_KEY) or {}
    return bool(state.get("device_id"))


def _check_allowed(row: CachedLogin, now: dt.datetime, *, expires: bool) -> None:
    if row.locked_until is not None and as_utc(row.locked_until) > now:
        raise OfflineLoginError(
            "Too many wrong passwords: this account is locked on this PC for 15 minutes."
        )
    if expires and now - as_utc(row.last_online_login_at) > OFFLINE_WINDOW:
        raise OfflineLoginError(
            "Offline login has expired (more than 7 days since this account logged in "
            "online here). Connect to the network and log in online."
        )


def _record_failure(row: CachedLogin, now: dt.datetime) -> None:
    row.failed_attempts = (row.failed_attempts or 0) + 1
    if row.failed_attempts >= MAX_FAILURES:
        row.locked_until = now + LOCKOUT
        row.failed_attempts = 0


@dataclass(frozen=True, slots=True)
class LocalAccount:
    """A standalone clinic's first manager, as entered at setup (checked, not yet stored)."""

    full_name: str
    username: str
    password: str = field(repr=False)


def check_local_account(full_name: str, username: str, password: str, repeat: str) -> LocalAccount:
    """Refuse an unusable first account, naming the field, before anything is saved."""
    if not full_name.strip():
        raise FieldValidationError("full_name", "Full name: enter the manager's name.")
    if not username.strip() or len(username.strip()) > 80:
        raise FieldValidationError("username", "Username: enter up to 80 characters.")
    check_password_strength(password, username=username.strip())
    if password != repeat:
        raise FieldValidationError("repeat", "Repeat password: the two passwords differ.")
    return LocalAccount(full_name.strip(), username.strip(), password)


def create_local_account(
    session: Session, account: LocalAccount, *, hasher: PasswordHasher | None = None
) -> StaffSession:
    """Store a standalone clinic's manager on this PC; the caller commits."""
    if session.get(CachedLogin, account.username) is not None:
        raise FieldValidationError("username", "Username: this account already exists here.")
    staff = StaffSession(uuid.uuid4(), account.username, account.full_name, "manager", online=False)
    remember_login(session, staff=staff, password=account.password, hasher=hasher)
    return staff


class IdleLock:
    """Decides when an unattended session must lock; the UI feeds it activity."""

    def __init__(self, timeout: dt.timedelta, now: dt.datetime | None = None) -> None:
        self.timeout = timeout
        self._last_activity = now or utcnow()

    def touch(self, now: dt.datetime | None = None) -> None:
        self._last_activity = now or utcnow()

    def should_lock(self, now: dt.datetime | None = None) -> bool:
        return (now or utcnow()) - self._last_activity >= self.timeout
