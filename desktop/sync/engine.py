"""One sync round: push the outbox, finish any initial download, then pull.

Pushing first is what makes the pull safe to apply: by the time server
state is written locally, the server has already seen (and answered) every
local edit that was waiting, so older server state cannot overwrite them;
edits made during the round stay protected by the pending-field rule in
:mod:`desktop.sync.apply`. Each pushed batch's answers, each pulled page and
its cursor, and each snapshot page and its progress are committed in one
local transaction, so a crash or a cut connection at any point resumes
without losing or repeating anything.

Each committed step also notes the local tables whose rows it changed
(pulled and downloaded rows, a refused edit put back to the server's row,
the outbox its answers settled); :meth:`SyncEngine.sync_once` reports them
all in :attr:`SyncReport.changes`. A round that fails keeps what its
committed steps noted for the next good round's report, so no change goes
unannounced.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.store import outbox
from desktop.store.changes import NOTHING, OUTBOX, Changes
from desktop.store.engine import make_read_sessionmaker, make_sessionmaker
from desktop.store.tables import SyncStateEntry
from desktop.sync.apply import (
    acknowledge,
    apply_rows,
    apply_snapshot_rows,
    create_indexes,
    drop_secondary_indexes,
    remove_row,
    remove_unlisted,
    server_data_connection,
    server_data_session,
)
from desktop.sync.download import DownloadProgress, PagePrefetcher, ProgressMeter
from desktop.sync.storage import stored_id
from shared.clock import ClockDriftError, HybridLogicalClock, utcnow
from shared.db.models.sync import SyncConflict
from shared.domain.enums import ConflictStatus
from shared.sync.protocol import (
    Mutation,
    MutationResult,
    PullResponse,
    PushRequest,
    SnapshotPage,
    SyncApi,
)
from shared.sync.registry import REPLICATED

CURSOR = "cursor"
SNAPSHOT = "snapshot"
SCOPES = "scopes"
#: Rows per pull or snapshot page. Parsing a page's JSON holds the GIL in one call:
#: with row objects, 5,000-row pages froze the window for 60-130 ms during a first
#: download and 2,500-row pages under 30 ms. With columnar pages (protocol 2) the
#: longest stall at 2,500 is 19 ms, and 5,000-row pages download no faster.
DEFAULT_PAGE = 2500
SCOPE_KEY = "scope_key"
#: Progress flag of a download again: remove local rows the new download does not hold.
SWEEP = "sweep"
REPLICATED_TABLES = tuple(spec.name for spec in REPLICATED)
LAST_SYNC = "last_sync_at"


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    snapshot_rows: int = 0
    changes: Changes = NOTHING


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar and ``hmso-client status`` show."""

    pending: int
    last_sync_at: str | None
    cursor: int
    snapshot_done: bool
    open_conflicts: int
    rejected: int


def read_state(session: Session, key: str, default: Any = None) -> Any:
    entry = session.get(SyncStateEntry, key)
    return default if entry is None else entry.value


def write_state(session: Session, key: str, value: Any) -> None:
    entry = session.get(SyncStateEntry, key)
    if entry is None:
        session.add(SyncStateEntry(key=key, value=value))
    else:
        entry.value = value


class SyncEngine:
    """Replicates one local store with the server through a :class:`SyncApi`."""

    def __init__(
        self,
        engine: sa.Engine,
        api: SyncApi,
        *,
        clock: HybridLogicalClock,
        push_batch: int = 500,
        page: int = DEFAULT_PAGE,
    ) -> None:
        self.engine = engine
        self.api = api
        self.clock = clock
        self.push_batch = push_batch
        self.page = page
        self.sessions: sessionmaker[Session] = make_sessionmaker(engine)
        #: For the round's pure reads, which then never wait on a staff save.
        self.reads: sessionmaker[Session] = make_read_sessionmaker(engine)
        self._download: DownloadProgress | None = None
        #: Tables committed steps changed since the last report (see the module docstring).
        self._changed: set[str] = set()

    def sync_once(self) -> SyncReport:
        """Push everything waiting, download what is missing, pull what changed."""
        pushed, rejected = self.push_all()
        snapshot_rows = self.initial_download()
        pulled = self.pull_all()
        with self.sessions.begin() as session:
            write_state(session, LAST_SYNC, utcnow().isoformat())
        return SyncReport(pushed, rejected, pulled, snapshot_rows, self._take_changes())

    def _take_changes(self) -> Changes:
        changes, self._changed = Changes.of(self._changed), set()
        return changes

    def push_all(self) -> tuple[int, int]:
        pushed = rejected = 0
        while True:
            with self.reads() as session:
                batch = outbox.unacked_wire(session, self.push_batch)
            if not batch:
                return pushed, rejected
            response = self.api.push(PushRequest.model_construct(mutations=batch))
            self._settle(batch, response.results)
            pushed += len(batch)
            rejected += sum(r.outcome == "rejected" for r in response.results)

    def _settle(self, batch: list[Mutation], results: list[MutationResult]) -> None:
        """Record a batch's answers: one statement for the outbox, one per table to acknowledge."""
        sent = {mutation.seq: mutation for mutation in batch}
        changed: set[str] = set()
        with server_data_session(self.engine) as session:
            waiting = outbox.still_waiting(session, [r.seq for r in results if r.seq in sent])
            answered = [(sent[r.seq], r) for r in results if r.seq in waiting]
            outbox.settle(session, [result for _, result in answered])
            acks: dict[str, list[tuple[uuid.UUID, int]]] = {}
            for mutation, result in answered:
                if result.outcome == "rejected":
                    _restore(session, mutation, result)
                    changed.add(mutation.table)
                elif result.server_seq:
                    acks.setdefault(mutation.table, []).append((mutation.row_id, result.server_seq))
            for table_name, pairs in acks.items():
                acknowledge(session, table_name, pairs)
        self._changed |= changed | ({OUTBOX} if answered else set())

    def initial_download(self) -> int:
        """Download the device's scopes page by page (resumes where a cut stopped it).

        Each page and the progress after it are committed together, so a cut
        connection or a crash resumes at the next page. The next page is
        already being fetched while one is written (:class:`PagePrefetcher`).
        """
        with self.reads() as session:
            progress: dict[str, Any] = read_state(session, SNAPSHOT) or {}
        if progress.get("done"):
            return 0
        meter = ProgressMeter(progress.get("rows_total", 0), progress.get("rows_done", 0))
        self._download = meter.progress(meter.start_done)
        try:
            with server_data_connection(self.engine, bulk=True) as connection:
                written = self._download_pages(connection, progress, meter)
        finally:
            self._download = None
        return written

    def _download_pages(
        self, connection: sa.Connection, progress: dict[str, Any], meter: ProgressMeter
    ) -> int:
        """Store pages from ``progress`` on, all on one connection (its page cache stays warm)."""
        written = 0
        for page, following in PagePrefetcher(self.api, progress, self.page):
            if page.counts is not None:
                meter.rows_total = sum(page.counts.values())
            rows_done = progress.get("rows_done", 0) + len(page.rows)
            following = {**following, "rows_total": meter.rows_total, "rows_done": rows_done}
            if progress.get(SWEEP):
                following[SWEEP] = True
            written += self._store_page(connection, page, progress, following)
            progress = following
            self._download = meter.progress(rows_done)
        return written

    def _store_page(
        self,
        connection: sa.Connection,
        page: SnapshotPage,
        requested: dict[str, Any],
        following: dict[str, Any],
    ) -> int:
        """One snapshot page, with the progress after it, in one local transaction.

        A table that spans several pages is loaded without its secondary
        indexes: they are dropped with its first page and rebuilt with its
        last, and the progress in between remembers them, so a crash
        mid-table still ends with every index back.
        """
        indexes: list[str] = list(requested.get("indexes", []))
        changed: set[str] = set()
        with server_data_session(connection) as session:
            if page.table and not requested.get("after") and not page.done:
                indexes = drop_secondary_indexes(session, page.table)
            written = (
                apply_snapshot_rows(session, page.table, page.columns, page.rows)
                if page.table
                else 0
            )
            if requested.get(SWEEP):
                changed = _sweep(session, page, requested)
            if page.done and indexes:
                create_indexes(session, indexes)
                indexes = []
            if indexes:
                following["indexes"] = indexes
            write_state(session, SNAPSHOT, following)
            if following["done"]:
                write_state(session, CURSOR, page.cursor)
        self._changed |= changed | ({page.table} if written else set())
        return written

    def download_progress(self) -> DownloadProgress | None:
        """How far a running initial download is; ``None`` when none is running.

        Safe from any thread: the engine replaces an immutable object after
        each page, and this only reads the reference.
        """
        return self._download

    def pull_all(self) -> int:
        """Pull every page after the cursor; a change of scope re-downloads first."""
        total = 0
        while True:
            with self.reads() as session:
                cursor = int(read_state(session, CURSOR, 0))
                known_key = read_state(session, SCOPE_KEY)
            page = self.api.pull(cursor, self.page)
            key = page.scope_key or ",".join(sorted(page.scopes))
            if known_key is not None and key != known_key:
                total += self._download_again(key)
                continue
            total += self._apply_pull(page, key)
            if not page.has_more:
                return total

    def _download_again(self, scope_key: str) -> int:
        """This PC may now see other rows (a new role, hospital or contract): fetch them all.

        The feed only carries rows changed from now on, in the scopes they
        were filed under then; the snapshot holds everything visible now.
        The outbox is kept and stays on top, as with :meth:`reset_download`.
        The new key is stored with the reset, so a cut download resumes
        rather than starting over.
        """
        with self.sessions.begin() as session:
            _restart_snapshot(session)
            write_state(session, SCOPE_KEY, scope_key)
        return self.initial_download()

    def _apply_pull(self, page: PullResponse, scope_key: str) -> int:
        by_table: dict[str, list[dict[str, Any]]] = {}
        for change in page.changes:
            by_table.setdefault(change.table, []).append(change.row)
            self._observe(change.row)
        with server_data_session(self.engine) as session:
            counts = {t: apply_rows(session, t, rows) for t, rows in by_table.items()}
            write_state(session, CURSOR, page.cursor)
            write_state(session, SCOPES, page.scopes)
            write_state(session, SCOPE_KEY, scope_key)
        self._changed |= {t for t, count in counts.items() if count}
        return sum(counts.values())

    def _observe(self, row: dict[str, Any]) -> None:
        clocks = row.get("field_clocks") or {}
        if clocks:
            try:
                self.clock.observe(max(clocks.values()))
            except (ClockDriftError, ValueError):
                return  # a far-ahead remote clock must not drag ours along

    def reset_download(self) -> None:
        """Re-download the whole scope on the next round; the outbox is replayed on top."""
        with self.sessions.begin() as session:
            _restart_snapshot(session)

    def status(self) -> SyncStatus:
        return sync_status(self.reads)


def sync_status(sessions: sessionmaker[Session]) -> SyncStatus:
    """Pending work, last sync and what needs attention, read from the local store."""
    with sessions() as session:
        conflicts = session.scalar(
            sa.select(sa.func.count())
            .select_from(SyncConflict)
            .where(SyncConflict.status == ConflictStatus.OPEN)
        )
        return SyncStatus(
            pending=outbox.pending_count(session),
            last_sync_at=read_state(session, LAST_SYNC),
            cursor=int(read_state(session, CURSOR, 0)),
            snapshot_done=bool((read_state(session, SNAPSHOT) or {}).get("done")),
            open_conflicts=int(conflicts or 0),
            rejected=len(outbox.rejected(session)),
        )


def _restart_snapshot(session: Session) -> None:
    """Download everything again, removing what is no longer this PC's on the way.

    Any indexes a cut download left out are rebuilt first.
    """
    progress = read_state(session, SNAPSHOT) or {}
    create_indexes(session, progress.get("indexes", []))
    write_state(session, SNAPSHOT, {SWEEP: True})


def _sweep(session: Session, page: SnapshotPage, requested: dict[str, Any]) -> set[str]:
    """During a download again, drop the local rows this page shows are no longer visible.

    The first page also names every table of the download: tables left out
    (a PC that lost its financial scope) are emptied. Then the id range the
    page covers, from where the previous page ended to its own last id (to
    the end of the table for its last page), keeps only the page's rows.
    Rows with unanswered local edits stay, as always. It runs in the page's
    transaction, so a crash resumes the sweep with the page. Returns the
    tables it removed rows from.
    """
    emptied: set[str] = set()
    if not requested.get("table"):
        emptied = {
            name
            for name in REPLICATED_TABLES
            if name not in page.tables and remove_unlisted(session, name, set())
        }
    if not page.table:
        return emptied
    at = page.columns.index("id") if page.columns else 0
    after = requested.get("after") if requested.get("table") == page.table else None
    removed = remove_unlisted(
        session,
        page.table,
        {row[at] for row in page.rows},
        above=stored_id(after) if after else None,
        upto=None if page.done or page.next_after is None else page.next_after.hex,
    )
    return emptied | ({page.table} if removed else set())


def _restore(session: Session, mutation: Mutation, result: MutationResult) -> None:
    """Undo a rejected edit locally: the server's copy, or no row if it refused to create it."""
    if result.row is not None:
        apply_rows(session, mutation.table, [result.row], force=True)
    else:
        remove_row(session, mutation.table, mutation.row_id)
