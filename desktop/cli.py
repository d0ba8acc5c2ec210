"""``hmso-client``: the desk's sync from a terminal, for IT staff and scripted tests.

    hmso-client --server http://10.0.0.5:8600 login ada          # password prompted
    hmso-client sync            # one round: push, download if needed, pull
    hmso-client sync --watch    # keep syncing in the background until Ctrl-C
    hmso-client status          # pending changes, last sync, cursor, conflicts
    hmso-client export out.json # every synced table of this PC as JSON

It opens the same local database as the desktop program (key from the OS
keyring); ``--plain`` opens an unencrypted one, which scripted tests use.
The session (device id, access token) is kept in the local database's
``sync_state``; the refresh token goes to the OS keyring, as the desktop
program keeps it, so ``sync`` renews an expired access token by itself.
Passwords are read from a prompt or stdin, never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import keyring
import orjson
import sqlalchemy as sa
from keyring.backend import KeyringBackend

from desktop import keys
from desktop.auth import LoginError, online_login, refresh_access
from desktop.config import DesktopSettings
from desktop.store import migrate
from desktop.store.engine import make_engine, make_sessionmaker
from desktop.sync.client import HttpSyncClient, SyncError
from desktop.sync.engine import SyncEngine, read_state, sync_status
from desktop.sync.worker import Refresher, SyncWorker, sync_renewing_token
from shared.clock import HybridLogicalClock
from shared.sync.codec import encode_value, table_of
from shared.sync.registry import REPLICATED

SESSION = "session"


def secure_keyring() -> KeyringBackend:
    """The keyring already made active, if it is a secure one; else the app's choice."""
    active = keyring.get_keyring()
    return active if keys.is_secure(active) else keys.choose_backend()


def _open(args: argparse.Namespace) -> sa.Engine:
    settings = DesktopSettings(**({"data_dir": args.data_dir} if args.data_dir else {}))
    settings.ensure_data_dir()
    key = None if args.plain else keys.database_key(secure_keyring(), create=True)
    engine = make_engine(settings.database_path, key)
    migrate.upgrade(engine)
    return engine


def _session_state(engine: sa.Engine) -> dict[str, Any]:
    with make_sessionmaker(engine)() as session:
        state: dict[str, Any] = read_state(session, SESSION) or {}
    return state


def cmd_login(args: argparse.Namespace, engine: sa.Engine) -> int:
    server = args.server or _session_state(engine).get("server")
    if not server:
        print("Give the server address with --server.", file=sys.stderr)
        return 2
    backend = secure_keyring()
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()
    try:
        with make_sessionmaker(engine).begin() as session, httpx.Client() as http:
            login = online_login(
                session,
                http,
                server_url=server,
                username=args.username,
                password=password,
                device_name=args.device_name,
            )
    except LoginError as exc:
        print(f"Sign-in failed: {exc}", file=sys.stderr)
        return 1
    keys.save_refresh_token(backend, login.staff.username, login.refresh_token)
    state = _session_state(engine)
    print(f"Signed in as {login.staff.username} on device {state['device_prefix']}.")
    return 0


def _sync_engine(engine: sa.Engine) -> tuple[SyncEngine, HttpSyncClient]:
    state = _session_state(engine)
    if not state.get("access_token"):
        raise SyncError("Not signed in: run `hmso-client login` first.")
    client = HttpSyncClient(state["server"], state["access_token"])
    clock = HybridLogicalClock(state["device_prefix"])
    return SyncEngine(engine, client, clock=clock), client


def _refresher(engine: sa.Engine, backend: KeyringBackend) -> Refresher:
    """Renew the access token from the keyring; the new one is saved for the next run."""

    def refresh() -> str:
        with httpx.Client() as http:
            return refresh_access(make_sessionmaker(engine), backend, http)

    return refresh


def cmd_sync(args: argparse.Namespace, engine: sa.Engine) -> int:
    sync, client = _sync_engine(engine)
    refresh = _refresher(engine, secure_keyring())
    try:
        if args.watch:
            return _watch(SyncWorker(sync, client, interval=args.interval, refresh=refresh))
        report = sync_renewing_token(sync, client, refresh)
        print(
            f"pushed {report.pushed} (rejected {report.rejected}), "
            f"downloaded {report.snapshot_rows}, pulled {report.pulled}"
        )
        return 0
    finally:
        client.close()


def _watch(worker: SyncWorker) -> int:
    worker.start()
    try:
        while True:
            time.sleep(worker.interval)
            state = worker.state()
            pending = state.status.pending if state.status else "?"
            print(
                f"online={state.online} pending={pending} needs_login={state.needs_login} "
                f"error={state.last_error or '-'}"
            )
    except KeyboardInterrupt:
        return 0
    finally:
        worker.stop()


def cmd_status(args: argparse.Namespace, engine: sa.Engine) -> int:
    status = sync_status(make_sessionmaker(engine))
    rows = {
        "pending": status.pending,
        "last_sync": status.last_sync_at or "never",
        "cursor": status.cursor,
        "initial_download": "done" if status.snapshot_done else "not finished",
        "open_conflicts": status.open_conflicts,
        "rejected": status.rejected,
    }
    for key, value in rows.items():
        print(f"{key:<18}{value}")
    return 0


def cmd_export(args: argparse.Namespace, engine: sa.Engine) -> int:
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for spec in REPLICATED:
            table = table_of(spec.name)
            rows = conn.execute(sa.select(table).order_by(table.c.id)).mappings()
            out[spec.name] = [{k: encode_value(v) for k, v in row.items()} for row in rows]
    Path(args.out).write_bytes(orjson.dumps(out, option=orjson.OPT_INDENT_2))
    print(f"Exported {sum(map(len, out.values()))} rows to {args.out}.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, sa.Engine], int]] = {
    "login": cmd_login,
    "sync": cmd_sync,
    "status": cmd_status,
    "export": cmd_export,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hmso-client", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="the desk's data directory")
    parser.add_argument("--server", help="server address, e.g. http://10.0.0.5:8600")
    parser.add_argument("--plain", action="store_true", help="unencrypted database (tests)")
    sub = parser.add_subparsers(dest="command", required=True)
    login = sub.add_parser("login", help="sign in and register this PC")
    login.add_argument("username")
    login.add_argument("--password-stdin", action="store_true")
    login.add_argument("--device-name", default="Front desk PC")
    sync = sub.add_parser("sync", help="sync once, or keep syncing with --watch")
    sync.add_argument("--watch", action="store_true")
    sync.add_argument("--interval", type=float, default=30.0)
    sub.add_parser("status", help="pending changes, last sync, cursor, conflicts")
    export = sub.add_parser("export", help="write every synced table to a JSON file")
    export.add_argument("out")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        engine = _open(args)
    except keys.NoSecureKeyringError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args, engine)
    except SyncError as exc:
        print(f"Sync failed: {exc}", file=sys.stderr)
        return 1
    except keys.NoSecureKeyringError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
