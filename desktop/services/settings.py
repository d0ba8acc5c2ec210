"""Settings staff change on the Settings screen, kept in a small file in the data dir.

The file holds only what the screen edits (server, offline-only, language,
idle lock, printer). It is read at start-up below the command line and the
``HMSO_DESKTOP_`` environment, so IT can still force a value on a PC
(:func:`desktop.config.load_settings`). Values are checked here, before they
are written, and every refusal names the field in words a clerk understands.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy.orm import Session

from desktop.services.desk import SESSION_KEY, desk_hospital, desk_identity
from desktop.store.tables import SyncStateEntry
from shared.db.models import Hospital
from shared.errors import FieldValidationError

SETTINGS_FILE = "settings.json"
#: Languages with a translation in resources/i18n (English is the source text).
LANGUAGES = ("en", "ha", "yo", "ig", "pcm")
#: Each language by its own name, as its speakers look for it in a list (never translated).
LANGUAGE_NAMES = {
    "en": "English",
    "ha": "Hausa",
    "yo": "Yorùbá",
    "ig": "Igbo",
    "pcm": "Naijá (Pidgin)",
}
IDLE_MINUTES = range(1, 241)
HEALTH_TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class SavedSettings:
    server_url: str | None
    offline_only: bool
    language: str
    idle_lock_minutes: int
    printer: str | None


def check_server_url(text: str) -> str:
    """A usable server address, without a trailing slash; refuses anything else by name."""
    url = text.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FieldValidationError(
            "server_url",
            "Server address: enter a full address such as http://10.0.0.5:8600.",
        )
    try:
        parts.port  # noqa: B018  (a bad port only shows when read)
    except ValueError:
        raise FieldValidationError(
            "server_url", "Server address: the port must be a number up to 65535."
        ) from None
    return url


def check_server(http: httpx.Client, text: str) -> str:
    """The address of a GrandPro server that answers its health check, or a refusal.

    First-run setup saves nothing until this passes, so a typing mistake never
    leaves a PC pointed at a server that is not there.
    """
    url = check_server_url(text)
    try:
        response = http.get(f"{url}/healthz", timeout=HEALTH_TIMEOUT_S)
    except httpx.TransportError:
        raise FieldValidationError(
            "server_url",
            f"Server address: nothing answers at {url}. Check the address and the "
            "network cable or Wi-Fi, or choose to work offline only.",
        ) from None
    if response.status_code != 200 or not _healthy(response):
        raise FieldValidationError(
            "server_url", f"Server address: {url} answered, but it is not a GrandPro server."
        )
    return url


def _healthy(response: httpx.Response) -> bool:
    try:
        return bool(response.json().get("status") == "ok")
    except (ValueError, AttributeError):
        return False


def parse_settings(form: Mapping[str, Any]) -> SavedSettings:
    """Check the screen's values; the first problem found is raised, naming its field."""
    offline_only = bool(form.get("offline_only"))
    server = str(form.get("server_url") or "").strip()
    if not server and not offline_only:
        raise FieldValidationError(
            "server_url", "Server address: enter one, or choose to work offline only."
        )
    language = str(form.get("language") or "en")
    if language not in LANGUAGES:
        raise FieldValidationError("language", f"Language: {language!r} is not available.")
    printer = str(form.get("printer") or "").strip() or None
    return SavedSettings(
        server_url=check_server_url(server) if server else None,
        offline_only=offline_only,
        language=language,
        idle_lock_minutes=_idle_minutes(form.get("idle_lock_minutes")),
        printer=printer,
    )


def _idle_minutes(value: Any) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = 0
    if minutes not in IDLE_MINUTES:
        raise FieldValidationError(
            "idle_lock_minutes",
            f"Idle lock: enter whole minutes from {IDLE_MINUTES[0]} to {IDLE_MINUTES[-1]}.",
        )
    return minutes


def read_saved(data_dir: Path) -> dict[str, Any]:
    """The saved values, or nothing when there is no file or it cannot be read."""
    try:
        saved = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def save_settings(data_dir: Path, settings: SavedSettings) -> None:
    """Write the whole file at once, so a crash mid-write cannot leave half of it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / SETTINGS_FILE
    partial = target.with_suffix(".tmp")
    partial.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    partial.replace(target)


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """What the Settings screen tells staff about this PC."""

    name: str | None
    hospital: str | None
    prefix: str
    device_id: uuid.UUID
    registered: bool


def device_info(session: Session) -> DeviceInfo:
    """This PC as the server registered it, or its local identity when standalone."""
    identity = desk_identity(session)
    entry = session.get(SyncStateEntry, SESSION_KEY)
    signed_in = entry.value if entry is not None and isinstance(entry.value, dict) else {}
    hospital_id = desk_hospital(session)
    hospital = session.get(Hospital, hospital_id) if hospital_id is not None else None
    return DeviceInfo(
        name=signed_in.get("device_name"),
        hospital=hospital.name if hospital is not None else None,
        prefix=identity.prefix,
        device_id=identity.device_id,
        registered=bool(signed_in.get("device_id")),
    )
