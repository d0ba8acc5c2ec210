"""Server settings: environment variables with the ``HMSO_`` prefix, or a TOML file.

Provider credentials keep the names GrandPro already uses (``TWILIO_*``,
``SENDGRID_*``). With nothing configured the server runs on an embedded
PostgreSQL under the data directory and generates its signing secret once into
``<data dir>/secret.key`` (mode 0600), so a new install needs no set-up.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict


def _default_data_dir() -> Path:
    return user_data_path("hmso-server", "GrandPro")


class _TomlSource(PydanticBaseSettingsSource):
    """Reads ``HMSO_CONFIG`` (a TOML file) if set; env vars still win."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._data().get(field_name), field_name, False

    def _data(self) -> dict[str, Any]:
        path = os.environ.get("HMSO_CONFIG")
        if not path:
            return {}
        with Path(path).open("rb") as fh:
            return tomllib.load(fh)

    def __call__(self) -> dict[str, Any]:
        return {k: v for k, v in self._data().items() if k in self.settings_cls.model_fields}


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HMSO_", extra="ignore")

    database_url: str | None = None
    data_dir: Path = Field(default_factory=_default_data_dir)
    secret_key: SecretStr | None = None
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    login_max_failures: int = 5
    login_lock_minutes: int = 15
    public_base_url: str = "http://127.0.0.1:8600"
    sync_page_limit: int = 5000
    max_body_bytes: int = 1_048_576
    max_push_body_bytes: int = 5_242_880
    metrics_token: SecretStr | None = None
    hsts_max_age_seconds: int = 31_536_000
    denial_audit_seconds: int = 60
    #: Fernet key encrypting owners' bank account numbers; generated into the data dir if unset.
    bank_details_key: SecretStr | None = None

    twilio_account_sid: str | None = Field(
        None, validation_alias=AliasChoices("TWILIO_ACCOUNT_SID", "HMSO_TWILIO_ACCOUNT_SID")
    )
    twilio_auth_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("TWILIO_AUTH_TOKEN", "HMSO_TWILIO_AUTH_TOKEN")
    )
    twilio_phone_number: str | None = Field(
        None, validation_alias=AliasChoices("TWILIO_PHONE_NUMBER", "HMSO_TWILIO_PHONE_NUMBER")
    )
    twilio_whatsapp_number: str | None = Field(
        None,
        validation_alias=AliasChoices("TWILIO_WHATSAPP_NUMBER", "HMSO_TWILIO_WHATSAPP_NUMBER"),
    )
    twilio_base_url: str | None = None
    sendgrid_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SENDGRID_API_KEY", "HMSO_SENDGRID_API_KEY")
    )
    sendgrid_from_email: str | None = Field(
        None, validation_alias=AliasChoices("SENDGRID_FROM_EMAIL", "HMSO_SENDGRID_FROM_EMAIL")
    )
    sendgrid_host: str | None = None
    sendgrid_webhook_public_key: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from_email: str | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))

    @cached_property
    def signing_key(self) -> str:
        """The token-signing secret: configured, or generated once into the data dir."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        path = self.data_dir / "secret.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(48))
        return path.read_text().strip()
