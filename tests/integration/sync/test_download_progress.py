"""The first download reports how far it is, from the server's row counts, while it runs."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.sync.download import DownloadProgress
from desktop.sync.engine import SyncEngine
from shared.sync.protocol import PullResponse, PushRequest, PushResponse, SnapshotPage, SyncApi
from tests.integration.sync.conftest import Desk, HospitalWorld
from tests.integration.sync.test_roundtrip import register


@dataclass
class WatchedLink:
    """Passes calls to the real server and notes the engine's progress at each snapshot call.

    ``hold_after`` pages in, the snapshot call waits for ``release``: the
    download is then visibly under way.
    """

    real: SyncApi
    engine: SyncEngine | None = None
    seen: list[DownloadProgress | None] = field(default_factory=list)
    hold_after: int | None = None
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def push(self, request: PushRequest) -> PushResponse:
        return self.real.push(request)

    def pull(self, cursor: int, limit: int) -> PullResponse:
        return self.real.pull(cursor, limit)

    def snapshot(
        self, table: str | None, after: uuid.UUID | None, limit: int, cursor: int | None
    ) -> SnapshotPage:
        assert self.engine is not None
        self.seen.append(self.engine.download_progress())
        if self.hold_after is not None and len(self.seen) > self.hold_after:
            self.holding.set()
            assert self.release.wait(20)
        return self.real.snapshot(table, after, limit, cursor)


def watched_desk(make_desk: Callable[..., Desk], world: HospitalWorld, index: int) -> WatchedLink:
    desk = make_desk(world.principal(index), download=False)
    desk.sync.page = 3
    link = WatchedLink(desk.api, desk.sync)
    desk.sync.api = link
    return link


def test_progress_counts_up_to_the_servers_total_and_clears_when_done(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    source = make_desk(world.principal(0))
    for n in range(10):
        register(source, world, f"IKJ1-00030{n}")
    source.sync.sync_once()
    link = watched_desk(make_desk, world, 1)
    assert link.engine is not None
    rows = link.engine.sync_once().snapshot_rows
    progress = [p for p in link.seen if p is not None]
    assert progress[0].rows_done == 0
    assert progress[-1].rows_total == rows >= 10
    assert [p.rows_done for p in progress] == sorted(p.rows_done for p in progress)
    assert any(0 < p.rows_done < rows for p in progress)
    assert any(p.seconds_left is not None for p in progress)
    assert link.engine.download_progress() is None


def test_progress_is_readable_from_another_thread_mid_download(
    world: HospitalWorld, make_desk: Callable[..., Desk]
) -> None:
    source = make_desk(world.principal(0))
    for n in range(10):
        register(source, world, f"IKJ1-00040{n}")
    source.sync.sync_once()
    link = watched_desk(make_desk, world, 1)
    link.hold_after = 3
    assert link.engine is not None
    worker = threading.Thread(target=link.engine.sync_once)
    worker.start()
    try:
        assert link.holding.wait(20)
        mid = link.engine.download_progress()
        assert mid is not None and 0 < mid.rows_done < mid.rows_total
        assert 0 < mid.fraction < 1
    finally:
        link.release.set()
        worker.join(20)
    assert link.engine.download_progress() is None
