"""The provider interface the dispatcher talks to, and its two kinds of failure.

A new gateway (a Nigerian SMS aggregator, say) is one more class with
``send`` and ``lookup``; dispatch never changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

from shared.domain.enums import Channel


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True, slots=True)
class Outbound:
    """What a provider needs to send one message; ``id`` is our message id."""

    id: uuid.UUID
    channel: Channel
    to: str
    body: str
    subject: str | None = None
    content_sid: str | None = None
    content_variables: dict[str, Any] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class SendResult:
    provider_message_id: str
    delivered: bool = False


class SendError(Exception):
    """A provider refused or failed; ``code`` is the provider's own error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class TransientSendError(SendError):
    """Worth another try later: timeouts, 429, 5xx."""


class PermanentSendError(SendError):
    """Trying again cannot help: invalid number, unsubscribed, rejected content."""


class Provider(Protocol):
    name: str
    rate_per_second: float

    def send(self, message: Outbound) -> SendResult: ...

    def lookup(self, message: Outbound, since: dt.datetime) -> str | None:
        """The provider's id if it already accepted this message (crash recovery)."""
        ...


def classify_http(status: int, code: str, message: str) -> SendError:
    """429 and 5xx are transient, every other error status is permanent."""
    if status == 429 or status >= 500:
        return TransientSendError(code, message)
    return PermanentSendError(code, message)
