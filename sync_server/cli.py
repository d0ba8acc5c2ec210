"""``hmso-server``: run, migrate and administer the central server.

Passwords never travel on the command line (they would show in ``ps`` and
shell history): they come from a prompt or, with ``--password-stdin``, from
standard input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from shared.errors import DomainError
from sync_server.config import ServerSettings

Command = Callable[[argparse.Namespace, ServerSettings], int]
COMMANDS: dict[str, Command] = {}


def _serve(args: argparse.Namespace, settings: ServerSettings) -> int:
    import uvicorn

    from sync_server.admin.commands import on_serve
    from sync_server.db import migrate
    from sync_server.db.engine import database_url, make_engine
    from sync_server.jobs.app import ensure_schema
    from sync_server.main import create_app
    from sync_server.messaging.templates import install_shipped_templates

    engine = make_engine(database_url(settings))
    migrate.upgrade(engine)
    ensure_schema(database_url(settings))
    install_shipped_templates(engine)
    on_serve(engine, settings)
    if args.workers > 1:
        # Each worker process builds its own app (and engine) from the same settings.
        engine.dispose()
        uvicorn.run(
            "sync_server.main:create_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
        )
    else:
        uvicorn.run(create_app(settings, engine=engine), host=args.host, port=args.port)
    return 0


def _migrate(_: argparse.Namespace, settings: ServerSettings) -> int:
    """Schema, job queue and the shipped message templates (staff edits kept)."""
    from sync_server.db import migrate
    from sync_server.db.engine import database_url, make_engine
    from sync_server.jobs.app import ensure_schema
    from sync_server.messaging.templates import install_shipped_templates

    engine = make_engine(database_url(settings))
    try:
        migrate.upgrade(engine)
        ensure_schema(database_url(settings))
        report = install_shipped_templates(engine)
    finally:
        engine.dispose()
    print("database is at the current schema")
    print(report.summary())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hmso-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8600)
    serve.add_argument("--workers", type=int, default=1)
    sub.add_parser("migrate", help="bring the database to the current schema")
    from sync_server.admin import commands as admin_commands
    from sync_server.ops import accounts, backup, demo
    from sync_server.owners import cli as owners

    admin_commands.add_parsers(sub, COMMANDS)
    accounts.add_parsers(sub, COMMANDS)
    backup.add_parsers(sub, COMMANDS)
    demo.add_parsers(sub, COMMANDS)
    owners.add_parsers(sub, COMMANDS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = ServerSettings()
    handler = {"serve": _serve, "migrate": _migrate, **COMMANDS}[args.command]
    try:
        return handler(args, settings)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
