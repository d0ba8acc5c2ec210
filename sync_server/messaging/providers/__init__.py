"""One ``send()`` interface per provider; ``build_providers`` picks them from settings."""

from __future__ import annotations

from shared.domain.enums import Channel
from sync_server.config import ServerSettings
from sync_server.messaging.providers.base import Provider
from sync_server.messaging.providers.outbox import OutboxProvider


def build_providers(settings: ServerSettings) -> dict[Channel, Provider]:
    """Real providers where credentials exist; the file outbox everywhere else."""
    outbox = OutboxProvider(settings.data_dir / "outbox")
    chosen: dict[Channel, Provider] = dict.fromkeys(Channel, outbox)
    if settings.twilio_account_sid and settings.twilio_auth_token:
        from sync_server.messaging.providers.twilio import TwilioProvider

        twilio = TwilioProvider.from_settings(settings)
        chosen[Channel.SMS] = chosen[Channel.WHATSAPP] = twilio
    if settings.sendgrid_api_key:
        from sync_server.messaging.providers.sendgrid import SendGridProvider

        chosen[Channel.EMAIL] = SendGridProvider.from_settings(settings)
    elif settings.smtp_host:
        from sync_server.messaging.providers.smtp import SmtpProvider

        chosen[Channel.EMAIL] = SmtpProvider.from_settings(settings)
    return chosen
