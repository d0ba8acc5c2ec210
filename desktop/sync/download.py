"""The initial download's page stream and its progress.

Fetching a page (server query, compression, transfer, JSON parsing) and
applying it to SQLite take about as long as each other, so a background
thread fetches the next page while the current one is written. The queue
holds at most one page ahead: memory stays bounded, and the snapshot's
resumability is untouched because progress is still stored only with each
applied page.

:class:`DownloadProgress` is the immutable snapshot of how far the download
is; the engine replaces it after each page, so any thread (the GUI's
status bar) can read it without a lock.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from shared.sync.protocol import SnapshotPage, SyncApi

#: How long the fetching thread waits for the applier before checking whether to stop.
_PUT_WAIT = 0.2


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    """How far the first download of this PC's data is, for the status bar."""

    rows_done: int
    rows_total: int
    seconds_left: float | None  # None until there is a rate to estimate from

    @property
    def fraction(self) -> float:
        return min(1.0, self.rows_done / self.rows_total) if self.rows_total else 0.0


class ProgressMeter:
    """Rows done against the snapshot's total, with time left from this run's rate."""

    def __init__(self, rows_total: int, rows_done: int) -> None:
        self.rows_total = rows_total
        self.start_done = rows_done
        self.started = time.monotonic()

    def progress(self, rows_done: int) -> DownloadProgress:
        elapsed = time.monotonic() - self.started
        moved = rows_done - self.start_done
        left = None
        if moved > 0 and elapsed > 0 and self.rows_total:
            left = max(0, self.rows_total - rows_done) * elapsed / moved
        return DownloadProgress(rows_done, max(self.rows_total, rows_done), left)


def next_progress(
    table: str, tables: list[str], after: uuid.UUID | None, done: bool, cursor: int
) -> dict[str, Any]:
    """Where the next snapshot request starts: same table after ``after``, or the next table."""
    if not table:
        return {"done": True, "cursor": cursor}
    if not done:
        return {"table": table, "after": str(after), "cursor": cursor, "done": False}
    index = tables.index(table) + 1
    if index >= len(tables):
        return {"done": True, "cursor": cursor}
    return {"table": tables[index], "after": None, "cursor": cursor, "done": False}


class PagePrefetcher:
    """Yields ``(page, progress after it)`` while a thread already fetches the following page.

    A fetch error (offline, expired token) is raised to the caller at the
    page where it happened, after every page fetched before it.
    """

    def __init__(self, api: SyncApi, start: dict[str, Any], limit: int) -> None:
        self._api = api
        self._start = start
        self._limit = limit
        self._pages: queue.Queue[tuple[SnapshotPage, dict[str, Any]] | BaseException] = queue.Queue(
            maxsize=1
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._fetch_all, name="sync-download", daemon=True)

    def __iter__(self) -> Iterator[tuple[SnapshotPage, dict[str, Any]]]:
        self._thread.start()
        try:
            while True:
                item = self._pages.get()
                if isinstance(item, BaseException):
                    raise item
                yield item
                if item[1].get("done"):
                    return
        finally:
            self._stop.set()

    def _fetch_all(self) -> None:
        progress = self._start
        try:
            while not progress.get("done") and not self._stop.is_set():
                after = uuid.UUID(progress["after"]) if progress.get("after") else None
                page = self._api.snapshot(
                    progress.get("table"), after, self._limit, progress.get("cursor")
                )
                progress = next_progress(
                    page.table, page.tables, page.next_after, page.done, page.cursor
                )
                self._put((page, progress))
        except Exception as exc:  # handed to the applying thread, which raises it
            self._put(exc)

    def _put(self, item: tuple[SnapshotPage, dict[str, Any]] | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._pages.put(item, timeout=_PUT_WAIT)
                return
            except queue.Full:
                continue
