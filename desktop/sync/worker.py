"""Background sync: a plain thread (no Qt) that keeps the desk replicated.

It runs a round right after a local write (:meth:`SyncWorker.nudge`), every
``interval`` seconds while online, and with doubling backoff after a failed
round, so the outbox never waits for the next write. An expired access token
is first renewed with the injected ``refresh`` callable (the keyring's
refresh token); only when that is refused does syncing pause
(``needs_login``) without touching the outbox, and :meth:`SyncWorker.set_token`
after a new login resumes at once. Between rounds the thread also
checkpoints the local database's log (``desktop.store.engine.checkpoint``),
so staff saves never pay for it.

The thread must not die, and must never look alive when it is not: the
outbox would silently stop emptying while the screen said all was well.
So any exception in a round is caught, logged with its traceback, kept in
:meth:`SyncWorker.state` (``stopped``, the error, since when, when the next
try is) and retried with the same backoff. Should the thread end anyway
(something no ``except Exception`` catches), a watchdog thread starts a new
one and says so in the state.
The UI polls :meth:`SyncWorker.state` (or wraps it in a signal). A round
that changed local rows hands its summary to ``on_changes`` (on the sync
thread); a round that changed nothing, or failed, calls nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.store.changes import Changes
from desktop.store.engine import checkpoint
from desktop.sync.client import (
    HttpSyncClient,
    SyncAuthRequiredError,
    SyncError,
    SyncOfflineError,
    UpgradeRequiredError,
)
from desktop.sync.engine import SyncEngine, SyncReport, SyncStatus
from shared.clock import utcnow

log = logging.getLogger(__name__)

#: Returns a fresh access token; raises SyncAuthRequiredError when only a new
#: login can help and SyncOfflineError when the server cannot be reached.
Refresher = Callable[[], str]
#: Told what a good round changed; called on the sync thread.
ChangeListener = Callable[[Changes], None]


#: Longest error text kept for the status bar.
_ERROR_CHARS = 200
THREAD_ENDED = "the sync thread ended unexpectedly"
#: How often the watchdog checks that the sync thread is still running (seconds).
WATCHDOG_INTERVAL = 1.0


@dataclass(frozen=True, slots=True)
class WorkerState:
    """What the last round found; ``online`` means it reached the server and finished.

    ``stopped`` marks a failure that is neither the network nor the server's
    answer (a bug, the local database): syncing is held up until a retry
    succeeds. ``failing_since`` is when the current run of failed rounds
    began, ``retry_at`` when the next try is due (both UTC, ``None`` after a
    good round). ``restarts`` counts sync threads the watchdog replaced.
    """

    online: bool = False
    needs_login: bool = False
    upgrade_required: bool = False
    last_error: str | None = None
    status: SyncStatus | None = None
    stopped: bool = False
    failing_since: dt.datetime | None = None
    retry_at: dt.datetime | None = None
    restarts: int = 0


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
        on_changes: ChangeListener | None = None,
    ) -> None:
        self.engine = engine
        self.client = client
        self.refresh = refresh
        self.on_changes = on_changes
        self.interval = interval
        self.max_backoff = max_backoff
        self.first_backoff = first_backoff
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._state = WorkerState()
        self._thread = self._new_thread()
        self._watchdog = threading.Thread(target=self._watch, name="sync-watchdog", daemon=True)
        self._failures = 0
        self.rounds = 0

    def start(self) -> None:
        self._thread.start()
        self._watchdog.start()

    def stop(self, timeout: float = 10.0) -> None:
        """End the sync thread; the watchdog goes first, so it cannot start another."""
        self._stop.set()
        self._wake.set()
        if self._watchdog.is_alive():
            self._watchdog.join(timeout)
        if self._thread.ident is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        """Whether a sync thread is running right now."""
        return self._thread.is_alive()

    def nudge(self) -> None:
        """Sync soon: a local write happened or the network came back."""
        self._wake.set()

    def set_token(self, token: str) -> None:
        """A fresh sign-in: resume pushing whatever waited meanwhile."""
        self.client.set_token(token)
        self._update(needs_login=False)
        self.nudge()

    def state(self) -> WorkerState:
        """The last round's outcome; a thread found dead is reported before the watchdog acts."""
        with self._lock:
            state = self._state
        if self._thread.ident is not None and not self.alive and not self._stop.is_set():
            return replace(state, online=False, stopped=True, last_error=THREAD_ENDED)
        return state

    def _update(self, **changes: object) -> None:
        with self._lock:
            self._state = replace(self._state, **changes)  # type: ignore[arg-type]

    def _new_thread(self) -> threading.Thread:
        return threading.Thread(target=self._run, name="sync", daemon=True)

    def _run(self) -> None:
        delay = 0.0
        while not self._stop.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                return
            delay = self._round()

    def _watch(self) -> None:
        """Start a new sync thread whenever the running one has ended without a stop."""
        while not self._stop.is_set():
            self._thread.join(WATCHDOG_INTERVAL)
            if self._thread.is_alive() or self._stop.is_set():
                continue
            log.error("the sync thread ended unexpectedly; starting a new one")
            restarts = self.state().restarts + 1
            self._fail(THREAD_ENDED, stopped=True, restarts=restarts)
            self._thread = self._new_thread()
            self._thread.start()

    def _round(self) -> float:
        """One attempt; returns how long to wait before the next."""
        if self.state().needs_login:
            return self.max_backoff  # only set_token (or a nudge) wakes us earlier
        try:
            report = self._sync_renewing_token()
        except SyncAuthRequiredError as exc:
            self._update(needs_login=True, last_error=str(exc))
            return self.max_backoff
        except UpgradeRequiredError as exc:
            self._update(upgrade_required=True, online=True, last_error=str(exc))
            return self.max_backoff
        except (SyncOfflineError, SyncError) as exc:
            return self._fail(str(exc))
        except Exception as exc:  # anything else: keep the thread, show it, try again
            log.exception("sync round failed")
            return self._fail(_describe(exc), stopped=True)
        finally:
            self.rounds += 1
            self._between_rounds()
        self._failures = 0
        self._update(online=True, last_error=None, stopped=False, failing_since=None, retry_at=None)
        self._announce(report.changes)
        return self.interval

    def _announce(self, changes: Changes) -> None:
        """Pass a good round's changes on; a listener's failure must not end the thread."""
        if not changes or self.on_changes is None:
            return
        try:
            self.on_changes(changes)
        except Exception:
            log.exception("announcing the round's changes failed")

    def _fail(self, error: str, *, stopped: bool = False, restarts: int | None = None) -> float:
        """Record a failed round; returns the backoff before the next (doubling, capped)."""
        self._failures += 1
        delay = min(self.first_backoff * 2.0 ** (self._failures - 1), self.max_backoff)
        now = utcnow()
        state = self.state()
        self._update(
            online=False,
            last_error=error,
            stopped=stopped,
            failing_since=state.failing_since or now,
            retry_at=now + dt.timedelta(seconds=delay),
            restarts=state.restarts if restarts is None else restarts,
        )
        return delay

    def _between_rounds(self) -> None:
        """Refresh the shown status and checkpoint the log; neither may end the thread."""
        try:
            self._update(status=self.engine.status())
        except Exception:
            log.exception("reading the sync status failed")
        try:
            checkpoint(self.engine.engine)
        except Exception:
            log.exception("checkpointing the local database failed")

    def _sync_renewing_token(self) -> SyncReport:
        return sync_renewing_token(self.engine, self.client, self.refresh)


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


def _describe(error: BaseException) -> str:
    """A short sentence for the status bar: the error's own text, or its kind."""
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    first = text[0] if text else type(error).__name__
    return first[:_ERROR_CHARS]
