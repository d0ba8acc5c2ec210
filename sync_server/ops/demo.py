"""``seed-demo`` and ``demo``: a populated server (and desktop) in one command.

``demo`` is what ``make run`` calls: it seeds an empty database, serves the
API on 127.0.0.1 with a job worker in the same process (so queued messages go
out, to the outbox folder), checks that this PC has what the desktop needs, and
opens ``hmso-desktop`` against it. Closing the desktop (or Ctrl+C with
``--no-desktop``) stops the server, the worker and the embedded PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import uvicorn

from shared.db.models.organisation import Hospital
from sync_server.config import ServerSettings
from sync_server.ops.common import unit_of_work
from sync_server.ops.demo_data import DEMO_PASSWORD, seed
from sync_server.ops.demo_refresh import catch_up


def seed_if_empty(settings: ServerSettings) -> bool:
    """Seed the demo unless the database already has hospitals; True if seeded now.

    A demo seeded on an earlier day is carried to today instead.
    """
    with unit_of_work(settings) as session:
        if session.scalar(sa.select(sa.func.count()).select_from(Hospital)):
            if days := catch_up(session):
                print(f"demo carried forward {days} days to today")
            return False
        counts = seed(session)
    print(
        f"demo seeded: {counts.hospitals} hospitals, {counts.patients} patients,"
        f" {counts.appointments} appointments, {counts.payments} payments, {counts.users} users"
    )
    return True


def print_accounts() -> None:
    """The sign-in line, printed on every start: the first run's output is long gone."""
    print(f"sign in as admin, lkk.manager, lkk.desk or owner1 with password {DEMO_PASSWORD}")


def seed_demo(_: argparse.Namespace, settings: ServerSettings) -> int:
    if seed_if_empty(settings):
        print_accounts()
    else:
        print("the database already has data; nothing seeded")
    return 0


@contextmanager
def running(
    settings: ServerSettings, port: int, cron: Mapping[str, str] | None = None
) -> Iterator[str]:
    """The demo's API server and job worker, both in this process, for the block's length.

    The worker runs here rather than in a second terminal so that what the
    demo queues is sent (to the outbox provider) without any set-up.
    """
    from sync_server.db.engine import database_url
    from sync_server.jobs.worker import InProcessWorker
    from sync_server.main import create_app
    from sync_server.ops.common import engine_for

    app = create_app(settings, engine=engine_for(settings))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="info"))
    thread = threading.Thread(target=server.run, name="hmso-api", daemon=True)
    worker = InProcessWorker(database_url(settings), cron or {})
    worker.start()
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise OSError(f"the demo server could not listen on 127.0.0.1:{port}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        worker.stop()


def stop_embedded_database(settings: ServerSettings) -> None:
    """Stop the embedded PostgreSQL when this process is the last one using it.

    ``serve`` and ``worker`` leave it running (other server processes share
    it); the demo is the whole system, so closing it should leave nothing behind.
    """
    pgdata = settings.data_dir / "pgdata"
    if settings.database_url is not None or not (pgdata / "postmaster.pid").exists():
        return
    import pgserver

    handle = pgserver.get_server(str(pgdata), cleanup_mode=None)  # type: ignore[attr-defined]
    handle.cleanup_mode = "stop"
    handle.cleanup()


def _desktop_program() -> str | None:
    return shutil.which("hmso-desktop", path=str(Path(sys.executable).parent)) or shutil.which(
        "hmso-desktop"
    )


def desktop_can_start() -> bool:
    """Ask the desktop's own start-up check, which prints what to install when it fails.

    It runs as the desktop package's program, not an import: the server never
    imports the desktop.
    """
    check = subprocess.run([sys.executable, "-m", "desktop.system_check"], check=False)
    return check.returncode == 0


def demo(args: argparse.Namespace, settings: ServerSettings) -> int:
    desktop = None if args.no_desktop else _desktop_program()
    if desktop is not None and not desktop_can_start():
        print("(or run `hmso-server demo --no-desktop` for the server alone)", file=sys.stderr)
        return 1
    _stop_on_termination()
    try:
        seed_if_empty(settings)
        with running(settings, args.port) as url:
            print(f"demo server on {url}, with a job worker sending what is queued")
            print(f"without provider credentials, messages land in {settings.data_dir / 'outbox'}")
            print_accounts()
            if desktop is None:
                return _serve_until_interrupted()
            env = {**os.environ, "HMSO_DESKTOP_SERVER_URL": url}
            return subprocess.run([desktop], env=env, check=False).returncode
    except KeyboardInterrupt:  # Ctrl+C in the terminal: the desktop is already closed
        return 130
    finally:
        stop_embedded_database(settings)


def _stop_on_termination() -> None:
    """SIGTERM (and SIGHUP, a closed terminal) unwind like Ctrl+C, so the cleanup runs.

    Python's default for them ends the process at once, which would leave the
    embedded PostgreSQL running.
    """
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _raise_interrupt)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _serve_until_interrupted() -> int:
    """Sleep until Ctrl+C (or SIGTERM) arrives.

    ``time.sleep`` is interrupted cleanly; an interrupt landing inside
    ``threading.Event().wait()`` could strike while its lock was being
    released and end the demo with "release unlocked lock" instead.
    """
    with suppress(KeyboardInterrupt):
        print("press Ctrl+C to stop", flush=True)
        while True:
            time.sleep(3600)
    return 0


def add_parsers(sub: Any, commands: MutableMapping[str, Any]) -> None:
    sub.add_parser("seed-demo", help="fill an empty database with a realistic demo")
    p = sub.add_parser(
        "demo", help="seed if empty, serve and run the job worker on 127.0.0.1, open the desktop"
    )
    p.add_argument("--port", type=int, default=8600)
    p.add_argument("--no-desktop", action="store_true", help="serve until Ctrl+C, open nothing")
    commands.update({"seed-demo": seed_demo, "demo": demo})
