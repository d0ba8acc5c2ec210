"""The SMTP provider against a small recording SMTP server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import socketserver
import threading
import uuid
from collections.abc import Iterator
from email import message_from_bytes

import pytest

from shared.domain.enums import Channel
from sync_server.messaging.providers.base import Attachment, Outbound, PermanentSendError
from sync_server.messaging.providers.smtp import SmtpProvider


class _Smtp(socketserver.StreamRequestHandler):
    """Just enough SMTP: EHLO, MAIL, RCPT (refusing unknown@), DATA, QUIT."""

    received: list[bytes] = []

    def _say(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self._say("220 local ESMTP")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"DATA":
                self._say("354 go ahead")
                self._data()
            elif verb == b"RCPT" and b"unknown@" in line:
                self._say("550 no such user")
            elif verb == b"QUIT":
                self._say("221 bye")
                return
            else:
                self._say("250 ok")

    def _data(self) -> None:
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b""):
            lines.append(line)
        self.received.append(b"".join(lines))
        self._say("250 queued")


@pytest.fixture
def smtp_port() -> Iterator[int]:
    _Smtp.received = []
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Smtp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def _outbound(to: str) -> Outbound:
    return Outbound(
        id=uuid.uuid4(),
        channel=Channel.EMAIL,
        to=to,
        subject="Your statement",
        body="Attached.",
        attachments=(Attachment("statement.pdf", b"%PDF-1.7"),),
    )


def test_smtp_sends_with_our_message_id_and_attachment(smtp_port: int) -> None:
    provider = SmtpProvider("127.0.0.1", smtp_port, "care@example.ng", None, "")
    outbound = _outbound("owner@example.ng")
    result = provider.send(outbound)
    assert result.provider_message_id == f"<{outbound.id}@hmso>"
    (raw,) = _Smtp.received
    email = message_from_bytes(raw)
    assert (email["To"], email["From"], email["Subject"]) == (
        "owner@example.ng",
        "care@example.ng",
        "Your statement",
    )
    assert email["Message-ID"] == f"<{outbound.id}@hmso>"
    parts = [p.get_filename() for p in email.walk() if p.get_filename()]
    assert parts == ["statement.pdf"]


def test_smtp_refused_recipient_is_permanent(smtp_port: int) -> None:
    provider = SmtpProvider("127.0.0.1", smtp_port, "care@example.ng", None, "")
    with pytest.raises(PermanentSendError):
        provider.send(_outbound("unknown@example.ng"))
    assert provider.lookup(_outbound("x@example.ng"), since=dt.datetime.now(dt.UTC)) is None
