"""Audit rows for refused requests (401 and 403), throttled so they cannot flood the table.

A refusal is the trace of someone probing: a desk trying another hospital's
patient, a stolen token after its device was revoked, forged webhooks. Each
is written with the caller's principal when the token was valid (a 403), or
none (a 401, where the token proves nothing), the HTTP method and the route
*template* (never the raw path, which an attacker could vary without end).

At most one row is written per caller (user and device, or "anonymous"),
method and route in each window (``HMSO_DENIAL_AUDIT_SECONDS``, default 60);
the next row after a window says how many refusals in between were not
written. The throttle lives in each server process, so with N workers it
is at most N rows per window.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from anyio import to_thread
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.domain.access import Principal
from sync_server import audit

log = logging.getLogger(__name__)

DENIED = frozenset({401, 403})
Key = tuple[uuid.UUID | None, uuid.UUID | None, str, str]
_MAX_KEYS = 10_000


class DenialThrottle:
    """Decides which refusals get an audit row: the first per key in each window."""

    def __init__(self, window_seconds: float) -> None:
        self.window = window_seconds
        self._seen: dict[Key, tuple[float, int]] = {}

    def admit(self, key: Key, now: float) -> int | None:
        """``None`` to skip this refusal, else how many were skipped since the last row."""
        last = self._seen.get(key)
        if last is not None and now - last[0] < self.window:
            self._seen[key] = (last[0], last[1] + 1)
            return None
        self._seen[key] = (now, 0)
        if len(self._seen) > _MAX_KEYS:
            self._forget_before(now - self.window)
        return last[1] if last is not None else 0

    def _forget_before(self, cutoff: float) -> None:
        self._seen = {k: v for k, v in self._seen.items() if v[0] >= cutoff}


class DeniedRequestAudit:
    """Pure ASGI middleware: an audit row when the answer starts with 401 or 403."""

    def __init__(
        self, app: ASGIApp, sessions: sessionmaker[Session], window_seconds: float
    ) -> None:
        self.app = app
        self.sessions = sessions
        self.throttle = DenialThrottle(window_seconds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def watching(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in DENIED:
                await self._record(scope, message["status"])
            await send(message)

        await self.app(scope, receive, watching)

    async def _record(self, scope: Scope, status: int) -> None:
        principal = _principal(scope)
        route = getattr(scope.get("route"), "path", "unmatched")
        method = scope["method"]
        key = (
            principal.user_id if principal else None,
            principal.device_id if principal else None,
            method,
            route,
        )
        earlier = self.throttle.admit(key, time.monotonic())
        if earlier is None:
            return
        try:
            await to_thread.run_sync(self._write, principal, method, route, status, earlier)
        except Exception:
            log.exception("could not audit a refused request to %s %s", method, route)

    def _write(
        self, principal: Principal | None, method: str, route: str, status: int, earlier: int
    ) -> None:
        with self.sessions.begin() as session:
            audit.record_denied(
                session, principal, method=method, route=route, status=status, earlier=earlier
            )


def _principal(scope: Scope) -> Principal | None:
    state: dict[str, Any] = scope.get("state") or {}
    principal = state.get("principal")
    return principal if isinstance(principal, Principal) else None
