"""What every endpoint reads from the running app: its session factory and its settings.

``create_app`` puts both on ``app.state``; endpoints of every domain read
them through these two functions rather than each keeping its own copy.
"""

from __future__ import annotations

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from sync_server.config import ServerSettings


def sessions(request: Request) -> sessionmaker[Session]:
    """The app's session factory: one session, one transaction, per unit of work."""
    factory: sessionmaker[Session] = request.app.state.sessions
    return factory


def settings(request: Request) -> ServerSettings:
    """The settings the app was built with."""
    value: ServerSettings = request.app.state.settings
    return value
