"""End-to-end fixtures: a desk's in-memory keyring and a live sync server with its hospital.

They are the desktop and sync suites' own fixtures, re-exported so an end-to-end
test runs the same real pieces those suites prove separately.
"""

from tests.desktop.conftest import memory_keyring
from tests.integration.sync.conftest import pg_sessions, sync_server, world

__all__ = ["memory_keyring", "pg_sessions", "sync_server", "world"]
