"""End-to-end fixtures: a desk's in-memory keyring and a live sync server with its hospital.

They are the desktop and sync suites' own fixtures, re-exported so an end-to-end
test runs the same real pieces those suites prove separately.
"""

from pathlib import Path

from desktop.app import DesktopApp, build
from desktop.config import DesktopSettings
from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import write_state
from shared.domain.access import Principal
from tests.desktop.conftest import MemoryKeyring, collect_qt_garbage, memory_keyring
from tests.integration.sync.conftest import SyncServer, pg_sessions, sync_server, world

__all__ = [
    "collect_qt_garbage",
    "memory_keyring",
    "open_signed_in",
    "pg_sessions",
    "sync_server",
    "world",
]


def open_signed_in(
    data_dir: Path, backend: MemoryKeyring, server: SyncServer, principal: Principal, prefix: str
) -> DesktopApp:
    """Sign a fresh store in to the principal's device, then reopen it as the app starts."""
    first = build(DesktopSettings(data_dir=data_dir), backend)
    with first.db.sessions.begin() as session:
        write_state(
            session,
            SESSION_KEY,
            {
                "server": server.url,
                "access_token": server.token(principal),
                "device_id": str(principal.device_id),
                "device_prefix": prefix,
            },
        )
    first.close()
    return build(DesktopSettings(data_dir=data_dir), backend)
