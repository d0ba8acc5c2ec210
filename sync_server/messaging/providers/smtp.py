"""Plain SMTP for hospitals with their own mail server.

SMTP gives no way to ask afterwards whether a message went, so ``lookup``
always answers "unknown"; this provider carries the full duplicate window
documented in the dispatcher.
"""

from __future__ import annotations

import datetime as dt
import smtplib
from email.message import EmailMessage

from sync_server.config import ServerSettings
from sync_server.messaging.providers.base import (
    Outbound,
    PermanentSendError,
    SendResult,
    TransientSendError,
)


class SmtpProvider:
    name = "smtp"
    rate_per_second = 5.0

    def __init__(self, host: str, port: int, sender: str, username: str | None, password: str):
        self.host, self.port, self.sender = host, port, sender
        self.username, self.password = username, password

    @classmethod
    def from_settings(cls, settings: ServerSettings) -> SmtpProvider:
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
        sender = settings.smtp_from_email or settings.sendgrid_from_email or "no-reply@example.ng"
        return cls(
            settings.smtp_host or "", settings.smtp_port, sender, settings.smtp_username, password
        )

    def _email(self, message: Outbound) -> EmailMessage:
        email = EmailMessage()
        email["From"], email["To"] = self.sender, message.to
        email["Subject"] = message.subject or ""
        email["Message-ID"] = f"<{message.id}@hmso>"
        email.set_content(message.body)
        for item in message.attachments:
            main, _, sub = item.mime_type.partition("/")
            email.add_attachment(item.content, maintype=main, subtype=sub, filename=item.filename)
        return email

    def send(self, message: Outbound) -> SendResult:
        try:
            with smtplib.SMTP(self.host, self.port, timeout=15) as server:
                if self.username:
                    server.starttls()
                    server.login(self.username, self.password)
                server.send_message(self._email(message))
        except smtplib.SMTPRecipientsRefused as exc:
            raise PermanentSendError("recipient_refused", str(exc)) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TransientSendError("smtp", str(exc)) from exc
        return SendResult(f"<{message.id}@hmso>")

    def lookup(self, message: Outbound, since: dt.datetime) -> str | None:
        return None
