"""The longest GUI-thread stall while the real sync engine downloads 100,000 patients.

The desktop app's main window is shown on an encrypted store, a real server
process serves the generated hospital (the sync benchmark's dataset and
start-up), and the engine's initial download runs on a background thread as
the app's sync worker runs it, while a 5 ms timer on the GUI thread records
the largest gap between its ticks and a status-bar timer shows the progress.
In the same run the raw pipeline (``bench.sync_bench.raw_pipeline``) moves the
same rows on a background thread with no sync logic: the limit to compare
with. Used by ``bench/desktop_bench.py``.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import SecretStr

from bench import sync_bench
from bench.dataset import Hospital, generate
from bench.postgres import scratch_postgres
from desktop.sync.client import HttpSyncClient
from desktop.sync.engine import DEFAULT_PAGE, SyncEngine
from shared.clock import HybridLogicalClock
from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings
from sync_server.db import migrate as server_migrate


def bench_sync_stall(
    patients: int, keyring_backend: Any, page: int = DEFAULT_PAGE
) -> dict[str, Any]:
    """Longest GUI stall during a real initial sync, and during the raw pipeline, in one run."""
    with scratch_postgres("sync_stall_") as (work, pg_url):
        url, hospital = _server_database(pg_url, patients)
        env = {"HMSO_DATABASE_URL": url, "HMSO_SECRET_KEY": sync_bench.SECRET}
        env["PYTHONPATH"] = str(sync_bench.ROOT)
        with sync_bench.serve("bench.raw_app:create_raw_app", env) as raw_url:
            raw_db = work / "raw.db"
            raw = _with_gui(
                keyring_backend,
                work / "raw-app",
                lambda _app, _shown: sync_bench.raw_pipeline(raw_url, raw_db, ["patients"], page),
            )
        with sync_bench.serve("sync_server.main:create_app", env) as sync_url:
            sync = _with_gui(
                keyring_backend,
                work / "sync-app",
                lambda app, shown: _initial_sync(app, shown, sync_url, hospital, page),
            )
    return {
        "rows": patients,
        "page": page,
        "sync": sync,
        "raw": raw,
    }


def _server_database(pg_url: str, patients: int) -> tuple[str, Hospital]:
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("CREATE DATABASE sync_stall")
    admin.dispose()
    url = sa.make_url(pg_url).set(database="sync_stall").render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    server_migrate.upgrade(engine)
    hospital = generate(engine, patients=patients, appointments=0)
    engine.dispose()
    return url, hospital


def _initial_sync(app: Any, shown: dict[str, Any], url: str, hospital: Hospital, page: int) -> int:
    settings = ServerSettings(secret_key=SecretStr(sync_bench.SECRET), access_token_minutes=120)
    principal = Principal(
        hospital.user_id,
        Role.FRONT_DESK,
        hospital_id=hospital.hospital_id,
        device_id=hospital.device_ids[0],
    )
    client = HttpSyncClient(url, issue_access_token(principal, settings))
    engine = SyncEngine(app.engine, client, clock=HybridLogicalClock("BS0"), page=page)
    shown["engine"] = engine  # the status-bar timer reads its progress
    try:
        return engine.sync_once().snapshot_rows
    finally:
        client.close()


def _with_gui(
    backend: Any, data_dir: Path, work: Callable[[Any, dict[str, Any]], Any]
) -> dict[str, Any]:
    """Run ``work(app, shown)`` on a thread while the shown main window's event loop measures."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import build, close_window, freeze_startup_objects
    from desktop.auth import StaffSession
    from desktop.config import DesktopSettings

    qt = QApplication.instance() or QApplication([])
    app = build(DesktopSettings(data_dir=data_dir, offline_only=True), backend)
    window = app.main_window(StaffSession(uuid.uuid4(), "b", "Bench", "front_desk", False))
    window.show()
    settle = time.perf_counter() + 0.5  # first paint and first screen load are not sync
    while app.tasks.busy or time.perf_counter() < settle:
        qt.processEvents()
    freeze_startup_objects()
    clock, gap = QElapsedTimer(), [0]
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gap[0] = max(gap[0], now - last[0])
        last[0] = now

    shown: dict[str, Any] = {}
    loop = QEventLoop()
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work(app, shown)), daemon=True)

    def show_progress() -> None:
        if "engine" in shown:
            window.status.set_download(shown["engine"].download_progress())
        if not thread.is_alive():
            loop.quit()

    timer = QTimer(interval=5, timeout=tick)
    status_timer = QTimer(interval=250, timeout=show_progress)
    timer.start()
    status_timer.start()
    started = time.perf_counter()
    thread.start()
    loop.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    status_timer.stop()
    close_window(window)
    app.close()
    if not result:
        raise RuntimeError("the background work failed; see the traceback above")
    return {"longest_stall_ms": gap[0], "seconds": round(seconds, 2)}
