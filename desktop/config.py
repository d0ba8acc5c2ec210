"""Desktop settings: where the data lives, which server, how long until idle lock.

Environment variables with the ``HMSO_DESKTOP_`` prefix override defaults, and
command-line arguments override both (see :mod:`desktop.app`).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "GrandPro CRM"
APP_AUTHOR = "GrandPro"


def default_data_dir() -> Path:
    """The per-user data directory the OS expects (AppData, Application Support, XDG)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


class DesktopSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HMSO_DESKTOP_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    server_url: str | None = None
    offline_only: bool = False
    idle_lock_minutes: int = Field(default=10, ge=1, le=240)
    language: str = "en"
    printer: str | None = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "grandpro.db"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir
