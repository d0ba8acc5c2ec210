"""The desktop's HTTP implementation of ``SyncApi`` (httpx, orjson, gzip).

Network trouble becomes :class:`SyncOfflineError`, an expired or missing
token :class:`SyncAuthRequiredError` (the engine waits for a new login and
keeps every unsynced change), a too-old client :class:`UpgradeRequiredError`.
Pull and snapshot pages are trusted server output and are built without
re-validating every row.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

import httpx
import orjson

from shared.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Change,
    PullResponse,
    PushRequest,
    PushResponse,
    SnapshotPage,
)


class SyncError(Exception):
    """Sync could not complete this time; work stays queued."""


class SyncOfflineError(SyncError):
    """The server could not be reached."""


class SyncAuthRequiredError(SyncError):
    """The access token is missing or expired: sign in again to continue syncing."""


class UpgradeRequiredError(SyncError):
    """The server needs a newer version of this program."""


class SyncGapError(SyncError):
    """The server is missing earlier mutations of this device."""


class HttpSyncClient:
    """Talks to ``/api/sync`` with a bearer token that can be replaced after a re-login."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 30.0) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=timeout)
        self._token = token
        self._lock = threading.Lock()
        self.bytes_received = 0  # on the wire (compressed)
        self.bytes_decoded = 0  # after decompression: what plain JSON would have cost

    def set_token(self, token: str | None) -> None:
        with self._lock:
            self._token = token

    @property
    def has_token(self) -> bool:
        return self._token is not None

    def close(self) -> None:
        self._http.close()

    def push(self, request: PushRequest) -> PushResponse:
        body = orjson.dumps(request.model_dump(mode="json"))
        data = self._call("POST", "/api/sync/push", content=body)
        return PushResponse.model_validate(data)

    def pull(self, cursor: int, limit: int) -> PullResponse:
        data = self._call("GET", "/api/sync/pull", params={"cursor": cursor, "limit": limit})
        changes = [Change.model_construct(**change) for change in data["changes"]]
        return PullResponse.model_construct(
            changes=changes,
            cursor=data["cursor"],
            has_more=data["has_more"],
            scopes=data["scopes"],
            scope_key=data.get("scope_key"),
        )

    def snapshot(
        self, table: str | None, after: uuid.UUID | None, limit: int, cursor: int | None
    ) -> SnapshotPage:
        params: dict[str, Any] = {"limit": limit}
        if table:
            params["table"] = table
        if after is not None:
            params["after"] = str(after)
        if cursor is not None:
            params["cursor"] = cursor
        data = self._call("GET", "/api/sync/snapshot", params=params)
        after_id = uuid.UUID(data["next_after"]) if data["next_after"] else None
        return SnapshotPage.model_construct(**{**data, "next_after": after_id})

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept-Encoding": "gzip"}
        if method == "POST":
            headers["Content-Type"] = "application/json"
        with self._lock:
            if self._token is None:
                raise SyncAuthRequiredError("Sign in to sync.")
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise SyncOfflineError(f"The server could not be reached: {exc}") from exc
        self.bytes_received += response.num_bytes_downloaded
        self.bytes_decoded += len(response.content)
        return self._decode(response)

    @staticmethod
    def _decode(response: httpx.Response) -> Any:
        if response.status_code == 200:
            return orjson.loads(response.content)
        message = _error_message(response)
        if response.status_code == 401:
            raise SyncAuthRequiredError(message)
        if response.status_code == 426:
            raise UpgradeRequiredError(message)
        if response.status_code == 409 and "sync_gap" in response.text:
            raise SyncGapError(message)
        if response.status_code >= 500:
            raise SyncOfflineError(f"The server had a problem ({response.status_code}).")
        raise SyncError(message)


def _error_message(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"
