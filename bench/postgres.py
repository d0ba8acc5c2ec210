"""A throwaway embedded PostgreSQL for one benchmark run, stopped before its files go.

The server's own embedded mode keeps PostgreSQL running when the program
exits (``cleanup_mode=None``). A benchmark's server left that way lingered
for a minute after its data folder was deleted, and the next benchmark run
measured alongside it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pgserver


@contextmanager
def scratch_postgres(prefix: str) -> Iterator[tuple[Path, str]]:
    """(a work folder, the SQLAlchemy URL of a fresh PostgreSQL whose data lives in it)."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # the server may run as its own system user
        pgdata = folder / "pgdata"
        server = pgserver.get_server(str(pgdata), cleanup_mode="stop")  # type: ignore[attr-defined]
        try:
            yield folder, f"postgresql+psycopg://postgres:@/postgres?host={pgdata}"
        finally:
            server.cleanup()
