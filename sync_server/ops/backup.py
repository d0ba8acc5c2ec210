"""``backup`` and ``restore``: pg_dump's custom format, with the tools pgserver ships.

The custom format is compressed and lets ``pg_restore`` rebuild one database
from it even into a fresh, empty one. The binaries come from the ``pgserver``
wheel so an install with the embedded database needs no PostgreSQL client; a
system ``pg_dump`` on PATH is used when pgserver is absent.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from shared.clock import utcnow
from shared.errors import DomainError, FieldValidationError
from sync_server.config import ServerSettings
from sync_server.jobs.app import conninfo


def pg_tool(name: str) -> str:
    """Path of ``pg_dump``/``pg_restore``: the pgserver wheel's, else the system's."""
    try:
        import pgserver

        bundled = Path(pgserver.__file__).parent / "pginstall" / "bin" / name
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    found = shutil.which(name)
    if found is None:
        raise DomainError(f"{name} was not found; install the PostgreSQL client tools.")
    return found


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DomainError(f"{Path(command[0]).name} failed: {result.stderr.strip()[:500]}")


def backup(args: argparse.Namespace, settings: ServerSettings) -> int:
    from sync_server.ops.common import engine_for

    engine_for(settings).dispose()  # starts the embedded database if that is the one used
    target = Path(args.output or settings.data_dir / f"backup-{utcnow():%Y%m%dT%H%M%SZ}.dump")
    target.parent.mkdir(parents=True, exist_ok=True)
    _run([pg_tool("pg_dump"), "--format=custom", f"--file={target}", _url(settings)])
    print(f"backup written to {target}")
    return 0


def restore(args: argparse.Namespace, settings: ServerSettings) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise FieldValidationError("file", f"{source} does not exist")
    from sync_server.db.engine import database_url

    database_url(settings)  # starts the embedded database if that is the one used
    _run(
        [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={_url(settings)}",
            str(source),
        ]
    )
    print(f"database restored from {source}")
    return 0


def _url(settings: ServerSettings) -> str:
    from sync_server.db.engine import database_url

    return conninfo(database_url(settings))


def add_parsers(sub: Any, commands: MutableMapping[str, Any]) -> None:
    p = sub.add_parser("backup", help="write a pg_dump (custom format) of the database")
    p.add_argument("--output", help="file to write (default: the data dir, time-stamped)")
    p = sub.add_parser("restore", help="replace the database with a backup")
    p.add_argument("file")
    commands.update({"backup": backup, "restore": restore})
