"""``seed-demo`` and ``demo``: a populated server (and desktop) in one command.

``demo`` is what ``make run`` calls: it seeds an empty database, serves the
API on 127.0.0.1, and opens ``hmso-desktop`` against it when the desktop is
installed; closing the desktop stops the server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from shared.db.models.organisation import Hospital
from sync_server.config import ServerSettings
from sync_server.ops.common import unit_of_work
from sync_server.ops.demo_data import DEMO_PASSWORD, seed


def seed_if_empty(settings: ServerSettings) -> bool:
    """Seed the demo unless the database already has hospitals; True if seeded now."""
    with unit_of_work(settings) as session:
        if session.scalar(sa.select(sa.func.count()).select_from(Hospital)):
            return False
        counts = seed(session)
    print(
        f"demo seeded: {counts.hospitals} hospitals, {counts.patients} patients,"
        f" {counts.appointments} appointments, {counts.payments} payments, {counts.users} users"
    )
    print(f"sign in as admin, lkk.manager, lkk.desk or owner1 with password {DEMO_PASSWORD}")
    return True


def seed_demo(_: argparse.Namespace, settings: ServerSettings) -> int:
    if not seed_if_empty(settings):
        print("the database already has data; nothing seeded")
    return 0


def demo(args: argparse.Namespace, settings: ServerSettings) -> int:
    import uvicorn

    from sync_server.main import create_app
    from sync_server.ops.common import engine_for

    seed_if_empty(settings)
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, engine=engine_for(settings)),
            host="127.0.0.1",
            port=args.port,
            log_level="info",
        )
    )
    desktop = shutil.which("hmso-desktop", path=str(Path(sys.executable).parent)) or shutil.which(
        "hmso-desktop"
    )
    if desktop is None:
        server.run()
        return 0
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.05)
    env = {**os.environ, "HMSO_DESKTOP_SERVER_URL": f"http://127.0.0.1:{args.port}"}
    try:
        return subprocess.run([desktop], env=env, check=False).returncode
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def add_parsers(sub: Any, commands: MutableMapping[str, Any]) -> None:
    sub.add_parser("seed-demo", help="fill an empty database with a realistic demo")
    p = sub.add_parser("demo", help="seed if empty, serve on 127.0.0.1 and open the desktop")
    p.add_argument("--port", type=int, default=8600)
    commands.update({"seed-demo": seed_demo, "demo": demo})
