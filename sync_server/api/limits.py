"""A request-body size limit, enforced before anything parses the body.

Without it a 50 MB body was read and parsed in full before validation
refused it, so any caller (signed in or not) could tie up memory and CPU.
The limit is checked twice: a declared ``Content-Length`` over the limit is
answered 413 at once without reading a byte, and a body sent without a
length (chunked) is counted as it streams, failing as soon as it passes the
limit. The push path gets a larger limit because a desk's batch of a day's
offline work is legitimately bigger than any form.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync_server.config import ServerSettings
from sync_server.errors import error_response

PUSH_PATH = "/api/sync/push"


class BodyTooLargeError(HTTPException):
    """Raised from ``receive`` once a streamed body passes the limit.

    It is an ``HTTPException`` so FastAPI's body reader passes it on
    unchanged and the error handlers answer 413 in the usual shape.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the limit of {limit} bytes.")


class BodySizeLimit:
    """Pure ASGI middleware: 413 for a body over the path's limit."""

    def __init__(self, app: ASGIApp, settings: ServerSettings) -> None:
        self.app = app
        self.settings = settings

    def limit_for(self, path: str) -> int:
        if path == PUSH_PATH:
            return self.settings.max_push_body_bytes
        return self.settings.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(limit)(scope, receive, send)
            return
        await self.app(scope, _counting(receive, limit), send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


def _too_large(limit: int) -> ASGIApp:
    return error_response(413, "payload_too_large", BodyTooLargeError(limit).detail, "body")


def _counting(receive: Receive, limit: int) -> Receive:
    received = 0

    async def wrapped() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLargeError(limit)
        return message

    return wrapped
