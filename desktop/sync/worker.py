"""Background sync: a plain thread (no Qt) that keeps the desk replicated.

It runs a round right after a local write (:meth:`SyncWorker.nudge`), every
``interval`` seconds while online, and with doubling backoff while the
server cannot be reached, so the outbox never waits for the next write. An
expired access token is first renewed with the injected ``refresh`` callable
(the keyring's refresh token); only when that is refused does syncing pause
(``needs_login``) without touching the outbox, and :meth:`SyncWorker.set_token`
after a new login resumes at once. Between rounds the thread also
checkpoints the local database's log (``desktop.store.engine.checkpoint``),
so staff saves never pay for it.
The UI polls :meth:`SyncWorker.state` (or wraps it in a signal).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.store.engine import checkpoint
from desktop.sync.client import (
    HttpSyncClient,
    SyncAuthRequiredError,
    SyncError,
    SyncOfflineError,
    UpgradeRequiredError,
)
from desktop.sync.engine import SyncEngine, SyncReport, SyncStatus

#: Returns a fresh access token; raises SyncAuthRequiredError when only a new
#: login can help and SyncOfflineError when the server cannot be reached.
Refresher = Callable[[], str]


@dataclass(frozen=True, slots=True)
class WorkerState:
    online: bool = False
    needs_login: bool = False
    upgrade_required: bool = False
    last_error: str | None = None
    status: SyncStatus | None = None


class SyncWorker:
    """Owns the sync thread; every method is safe to call from the GUI thread."""

    def __init__(
        self,
        engine: SyncEngine,
        client: HttpSyncClient,
        *,
        interval: float = 30.0,
        max_backoff: float = 300.0,
        first_backoff: float = 2.0,
        refresh: Refresher | None = None,
    ) -> None:
        self.engine = engine
        self.client = client
        self.refresh = refresh
        self.interval = interval
        self.max_backoff = max_backoff
        self.first_backoff = first_backoff
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._state = WorkerState()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self.rounds = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def nudge(self) -> None:
        """Sync soon: a local write happened or the network came back."""
        self._wake.set()

    def set_token(self, token: str) -> None:
        """A fresh sign-in: resume pushing whatever waited meanwhile."""
        self.client.set_token(token)
        self._update(needs_login=False)
        self.nudge()

    def state(self) -> WorkerState:
        with self._lock:
            return self._state

    def _update(self, **changes: object) -> None:
        with self._lock:
            self._state = replace(self._state, **changes)  # type: ignore[arg-type]

    def _run(self) -> None:
        delay = 0.0
        while not self._stop.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                return
            delay = self._round(delay)

    def _round(self, delay: float) -> float:
        """One attempt; returns how long to wait before the next."""
        if self.state().needs_login:
            return self.max_backoff  # only set_token (or a nudge) wakes us earlier
        try:
            self._sync_renewing_token()
        except SyncAuthRequiredError as exc:
            self._update(needs_login=True, last_error=str(exc))
            return self.max_backoff
        except UpgradeRequiredError as exc:
            self._update(upgrade_required=True, online=True, last_error=str(exc))
            return self.max_backoff
        except (SyncOfflineError, SyncError) as exc:
            self._update(online=False, last_error=str(exc))
            return min(max(delay * 2, self.first_backoff), self.max_backoff)
        finally:
            self.rounds += 1
            self._update(status=self.engine.status())
            checkpoint(self.engine.engine)
        self._update(online=True, last_error=None)
        return self.interval

    def _sync_renewing_token(self) -> None:
        sync_renewing_token(self.engine, self.client, self.refresh)


def sync_renewing_token(
    engine: SyncEngine, client: HttpSyncClient, refresh: Refresher | None
) -> SyncReport:
    """One sync; an expired access token is renewed once and the round retried."""
    try:
        return engine.sync_once()
    except SyncAuthRequiredError:
        if refresh is None:
            raise
        client.set_token(refresh())
        return engine.sync_once()
