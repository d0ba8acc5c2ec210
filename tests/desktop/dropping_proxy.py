"""An HTTP proxy on 127.0.0.1 that can lose one answer, as a bad hospital link does.

It forwards each request to the real server and relays the answer, except
for the next request to a path armed with :meth:`DroppingProxy.drop_next`:
that one reaches the server (which acts on it and answers) but the proxy
closes the client's connection instead of relaying the answer.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from io import BufferedIOBase

import httpx

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
#: httpx hands the proxy the decoded body, so the answer goes back unencoded.
_NOT_RELAYED = _HOP_BY_HOP | {"content-encoding"}


class DroppingProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self._armed: set[str] = set()
        self.dropped: list[str] = []
        self._lock = threading.Lock()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def drop_next(self, path: str) -> None:
        with self._lock:
            self._armed.add(path)

    def _take(self, path: str) -> bool:
        with self._lock:
            if path in self._armed:
                self._armed.discard(path)
                self.dropped.append(path)
                return True
            return False

    def _handler(self) -> type[socketserver.StreamRequestHandler]:
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                request_line = self.rfile.readline().decode("latin-1").strip()
                if not request_line:
                    return
                method, target, _ = request_line.split(" ", 2)
                headers = _read_headers(self.rfile)
                body = self.rfile.read(int(headers.get("content-length", "0")))
                forwarded = {k: v for k, v in headers.items() if k not in _HOP_BY_HOP}
                with httpx.Client(base_url=proxy.upstream, timeout=30) as client:
                    answer = client.request(method, target, headers=forwarded, content=body)
                if proxy._take(target.split("?", 1)[0]):
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.wfile.write(_raw(answer))

        return Handler

    def serve(self) -> None:
        self._server.serve_forever(poll_interval=0.05)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _read_headers(rfile: BufferedIOBase) -> dict[str, str]:
    headers: dict[str, str] = {}
    while True:
        line = rfile.readline().decode("latin-1")
        if line in ("\r\n", "\n", ""):
            return headers
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()


def _raw(answer: httpx.Response) -> bytes:
    lines = [f"HTTP/1.1 {answer.status_code} {answer.reason_phrase}"]
    lines += [f"{k}: {v}" for k, v in answer.headers.items() if k.lower() not in _NOT_RELAYED]
    lines += [f"content-length: {len(answer.content)}", "connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + answer.content


@contextmanager
def dropping_proxy(upstream: str) -> Iterator[DroppingProxy]:
    proxy = DroppingProxy(upstream)
    thread = threading.Thread(target=proxy.serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.close()
        thread.join(timeout=5)
