"""Desktop settings: where the data lives, which server, how long until idle lock.

Precedence, highest first: command-line arguments (see :mod:`desktop.app`),
``HMSO_DESKTOP_`` environment variables, the settings file the Settings screen
saves in the data directory, then the defaults here (:func:`load_settings`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from desktop.keys import DATABASE_KEY
from desktop.services.settings import SavedSettings, read_saved

APP_NAME = "GrandPro CRM"
APP_AUTHOR = "GrandPro"
#: Where an owner profile lives, inside the PC's data directory.
OWNER_PROFILE_DIR = "owner-profile"


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
    #: ``desk`` is the PC's own store; ``owner`` an owner profile beside it (see owner_profile).
    profile: Literal["desk", "owner"] = "desk"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "grandpro.db"

    @property
    def database_key_name(self) -> str:
        """The keyring entry holding this store's key: each profile has its own."""
        return DATABASE_KEY if self.profile == "desk" else f"{DATABASE_KEY}:{OWNER_PROFILE_DIR}"

    def owner_profile(self) -> DesktopSettings:
        """An owner profile on this PC: the same server, its own directory, store and key.

        A hospital PC's store holds patient records and is registered to the
        hospital; an owner's view must hold neither, so an owner signing in on
        that PC gets a second store, registered as the owner's own device.
        """
        return self.model_copy(
            update={"data_dir": self.data_dir / OWNER_PROFILE_DIR, "profile": "owner"}
        )

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


def load_settings(overrides: Mapping[str, Any] | None = None) -> DesktopSettings:
    """Settings from the command line, the environment, the saved file and the defaults.

    The data directory itself comes only from the first two (the saved file
    lives in it). A saved file that no longer validates is ignored rather than
    stopping the app from starting.
    """
    forced = DesktopSettings(**(overrides or {}))
    saved = read_saved(forced.data_dir)
    kept = {name: saved[name] for name in SavedSettings.__dataclass_fields__ if name in saved}
    explicit = {name: getattr(forced, name) for name in forced.model_fields_set}
    try:
        return DesktopSettings(**{**kept, **explicit})
    except ValidationError:
        return forced
