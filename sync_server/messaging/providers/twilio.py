"""SMS and WhatsApp through Twilio's SDK.

Twilio has no idempotency key, so our message id rides in the StatusCallback
URL (every status report names it) and ``lookup`` lists the messages sent to
the number since the attempt started, which is how a restarted worker learns
that a send it crashed around was in fact accepted.
"""

from __future__ import annotations

import datetime as dt
import json

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from shared.domain.enums import Channel
from sync_server.config import ServerSettings
from sync_server.messaging.providers.base import (
    Outbound,
    SendResult,
    TransientSendError,
    classify_http,
)


class TwilioProvider:
    name = "twilio"

    def __init__(
        self,
        client: Client,
        *,
        sms_from: str | None,
        whatsapp_from: str | None,
        callback_base: str,
        rate_per_second: float = 10.0,
    ) -> None:
        self.client = client
        self.sms_from = sms_from
        self.whatsapp_from = whatsapp_from
        self.callback_base = callback_base.rstrip("/")
        self.rate_per_second = rate_per_second

    @classmethod
    def from_settings(cls, settings: ServerSettings) -> TwilioProvider:
        token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
        client = Client(
            settings.twilio_account_sid, token, http_client=TwilioHttpClient(timeout=15)
        )
        if settings.twilio_base_url:
            client.api.base_url = settings.twilio_base_url.rstrip("/")
        return cls(
            client,
            sms_from=settings.twilio_phone_number,
            whatsapp_from=settings.twilio_whatsapp_number,
            callback_base=settings.public_base_url,
        )

    def _addresses(self, message: Outbound) -> tuple[str, str]:
        if message.channel is Channel.WHATSAPP:
            return f"whatsapp:{message.to}", f"whatsapp:{self.whatsapp_from}"
        return message.to, self.sms_from or ""

    def send(self, message: Outbound) -> SendResult:
        to, sender = self._addresses(message)
        fields: dict[str, str] = {
            "to": to,
            "from_": sender,
            "status_callback": f"{self.callback_base}/api/webhooks/twilio/status?mid={message.id}",
        }
        if message.content_sid:
            fields["content_sid"] = message.content_sid
            fields["content_variables"] = json.dumps(message.content_variables)
        else:
            fields["body"] = message.body
        try:
            created = self.client.messages.create(**fields)
        except TwilioRestException as exc:
            raise classify_http(exc.status, str(exc.code or exc.status), exc.msg) from exc
        except requests.RequestException as exc:
            raise TransientSendError("network", str(exc)) from exc
        return SendResult(str(created.sid))

    def lookup(self, message: Outbound, since: dt.datetime) -> str | None:
        to, _ = self._addresses(message)
        try:
            found = self.client.messages.list(to=to, date_sent_after=since, limit=50)
        except (TwilioRestException, requests.RequestException) as exc:
            raise TransientSendError("lookup", str(exc)) from exc
        for item in found:
            if message.content_sid or (item.body or "").strip() == message.body.strip():
                return str(item.sid)
        return None
