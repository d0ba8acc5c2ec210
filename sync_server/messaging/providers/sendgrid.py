"""E-mail through SendGrid's SDK; ``custom_args`` carry our message id.

The id comes back in every event, and the Email Activity API can be searched
for it, which is how ``lookup`` tells a crashed send from an accepted one.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import urllib.error

from python_http_client.exceptions import HTTPError
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import (
    Attachment,
    CustomArg,
    Disposition,
    FileContent,
    FileName,
    FileType,
    Mail,
)

from sync_server.config import ServerSettings
from sync_server.messaging.providers.base import (
    Outbound,
    SendResult,
    TransientSendError,
    classify_http,
)


class SendGridProvider:
    name = "sendgrid"

    def __init__(self, client: SendGridAPIClient, sender: str, rate_per_second: float = 50.0):
        self.client = client
        self.sender = sender
        self.rate_per_second = rate_per_second

    @classmethod
    def from_settings(cls, settings: ServerSettings) -> SendGridProvider:
        key = settings.sendgrid_api_key.get_secret_value() if settings.sendgrid_api_key else ""
        client = SendGridAPIClient(key, host=settings.sendgrid_host or "https://api.sendgrid.com")
        client.client.timeout = 15
        return cls(client, settings.sendgrid_from_email or "no-reply@example.ng")

    def _mail(self, message: Outbound) -> Mail:
        mail = Mail(
            from_email=self.sender,
            to_emails=message.to,
            subject=message.subject or "",
            plain_text_content=message.body,
        )
        mail.custom_arg = CustomArg("message_id", str(message.id))
        for item in message.attachments:
            mail.add_attachment(
                Attachment(
                    FileContent(base64.b64encode(item.content).decode()),
                    FileName(item.filename),
                    FileType(item.mime_type),
                    Disposition("attachment"),
                )
            )
        return mail

    def send(self, message: Outbound) -> SendResult:
        try:
            response = self.client.send(self._mail(message))
        except HTTPError as exc:
            raise classify_http(exc.status_code, str(exc.status_code), _text(exc.body)) from exc
        except (urllib.error.URLError, TimeoutError) as exc:
            raise TransientSendError("network", str(exc)) from exc
        headers = {k.lower(): v for k, v in dict(response.headers or {}).items()}
        return SendResult(headers.get("x-message-id") or f"sg-{message.id}")

    def lookup(self, message: Outbound, since: dt.datetime) -> str | None:
        query = f"unique_args['message_id']=\"{message.id}\""
        try:
            response = self.client.client.messages.get(query_params={"query": query, "limit": 1})
        except (HTTPError, urllib.error.URLError, TimeoutError) as exc:
            raise TransientSendError("lookup", str(exc)) from exc
        found = json.loads(response.body or b"{}").get("messages") or []
        return str(found[0].get("msg_id")) if found else None


def _text(body: bytes | str | None) -> str:
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")[:500]
    return (body or "")[:500]
