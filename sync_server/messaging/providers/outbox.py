"""The development and demo provider: one JSON file per message, delivered at once.

It is the default when no credentials are configured, so a demo install
"sends" offline and staff can open the files to see what would have gone.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sync_server.messaging.providers.base import Outbound, SendResult


class OutboxProvider:
    name = "outbox"
    rate_per_second = 1000.0

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, message: Outbound) -> Path:
        return self.directory / f"{message.id}.json"

    def send(self, message: Outbound) -> SendResult:
        self.directory.mkdir(parents=True, exist_ok=True)
        record = {
            "id": str(message.id),
            "channel": message.channel.value,
            "to": message.to,
            "subject": message.subject,
            "body": message.body,
            "attachments": [a.filename for a in message.attachments],
        }
        self._path(message).write_text(json.dumps(record, ensure_ascii=False, indent=2))
        return SendResult(f"outbox-{message.id}", delivered=True)

    def lookup(self, message: Outbound, since: dt.datetime) -> str | None:
        return f"outbox-{message.id}" if self._path(message).exists() else None
