"""Security headers on every response the server sends.

Answers carry patient data, so no browser, proxy or shared cache may keep a
copy (``Cache-Control: no-store``); a browser must not guess a JSON answer
is HTML and run it (``nosniff``), nor put the survey or unsubscribe pages in
a frame (``X-Frame-Options`` and CSP ``frame-ancestors``), nor leak a signed
link's query string to another site (``Referrer-Policy``).
``Strict-Transport-Security`` only takes effect when the server is reached
over HTTPS (browsers ignore it on plain HTTP), which is how a deployment
behind a TLS proxy is reached; it then keeps browsers from ever falling
back to plain HTTP. A header the endpoint set itself is left alone.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync_server.config import ServerSettings


def security_headers(settings: ServerSettings) -> list[tuple[bytes, bytes]]:
    hsts = f"max-age={settings.hsts_max_age_seconds}; includeSubDomains"
    return [
        (b"cache-control", b"no-store"),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"content-security-policy", b"frame-ancestors 'none'"),
        (b"referrer-policy", b"no-referrer"),
        (b"strict-transport-security", hsts.encode()),
    ]


class SecurityHeaders:
    """Pure ASGI middleware adding :func:`security_headers` to each response start."""

    def __init__(self, app: ASGIApp, settings: ServerSettings) -> None:
        self.app = app
        self.headers = security_headers(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in self.headers if n not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
