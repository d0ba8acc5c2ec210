"""Local recording HTTP servers standing in for Twilio and SendGrid, plus test data.

The real SDKs are pointed at these servers through their own configuration
hooks (``twilio_base_url`` / ``sendgrid_host``); each request is recorded so
tests can assert exactly what the provider would have received.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import sqlalchemy as sa
import uvicorn
from sqlalchemy.orm import Session, sessionmaker

from sync_server.config import ServerSettings
from sync_server.messaging.templates import seed_templates
from tests import factories

AUTH_TOKEN = "test-auth-token"
ACCOUNT_SID = "AC00000000000000000000000000000000"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Recorder:
    """Answers with queued (status, json) replies, else the default; records every request."""

    default: tuple[int, dict[str, Any]]
    requests: list[Recorded] = field(default_factory=list)
    replies: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    routes: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    delay: float = 0.0
    url: str = ""

    def reply_for(self, method: str, path: str) -> tuple[int, dict[str, Any]]:
        if f"{method} {path}" in self.routes:
            return self.routes[f"{method} {path}"]
        return self.replies.pop(0) if self.replies else self.default

    def sent(self, method: str = "POST") -> list[Recorded]:
        return [r for r in self.requests if r.method == method]


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            parts = urlsplit(self.path)
            recorder.requests.append(
                Recorded(
                    self.command,
                    parts.path,
                    parse_qs(parts.query),
                    dict(self.headers),
                    self.rfile.read(length),
                )
            )
            status, payload = recorder.reply_for(self.command, parts.path)
            if recorder.delay:
                time.sleep(recorder.delay)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _handle  # noqa: N815

        def log_message(self, *args: object) -> None:
            return

    return Handler


@pytest.fixture
def recorder_factory() -> Iterator[Any]:
    servers: list[ThreadingHTTPServer] = []

    def start(default: tuple[int, dict[str, Any]]) -> Recorder:
        recorder = Recorder(default)
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        recorder.url = f"http://127.0.0.1:{server.server_address[1]}"
        return recorder

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


TWILIO_OK = (201, {"sid": "SM0001", "status": "queued", "body": "x"})


@pytest.fixture
def twilio(recorder_factory: Any) -> Recorder:
    recorder: Recorder = recorder_factory(TWILIO_OK)
    return recorder


@pytest.fixture
def sendgrid(recorder_factory: Any) -> Recorder:
    recorder: Recorder = recorder_factory((202, {}))
    return recorder


@pytest.fixture
def settings(tmp_path: Path, twilio: Recorder, sendgrid: Recorder) -> ServerSettings:
    return ServerSettings.model_validate(
        {
            "data_dir": tmp_path,
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_PHONE_NUMBER": "+2348000000001",
            "TWILIO_WHATSAPP_NUMBER": "+2348000000002",
            "twilio_base_url": twilio.url,
            "SENDGRID_API_KEY": "SG.test",
            "SENDGRID_FROM_EMAIL": "care@grandpro.example.ng",
            "sendgrid_host": sendgrid.url,
            "public_base_url": "https://crm.example.ng",
        }
    )


@pytest.fixture
def sessions(pg_engine: sa.Engine) -> sessionmaker[Session]:
    factory = sessionmaker(pg_engine, expire_on_commit=False)
    with factory.begin() as session:
        seed_templates(session)
    return factory


@pytest.fixture
def hospital_id(sessions: sessionmaker[Session]) -> Any:
    with sessions.begin() as session:
        return factories.hospital(session, phone="+2348011112222").id


@dataclass
class LiveServer:
    url: str
    app: Any
    client: httpx.Client


@pytest.fixture
def live_server(settings: ServerSettings, pg_engine: sa.Engine) -> Iterator[LiveServer]:
    """The real app under uvicorn on 127.0.0.1, for webhook tests."""
    from sync_server.main import create_app

    app = create_app(settings, engine=pg_engine)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=url, timeout=10) as client:
        yield LiveServer(url, app, client)
    server.should_exit = True
    thread.join(5)
