"""HTTP endpoints of the sync protocol: ``/api/sync/push``, ``/pull``, ``/snapshot``.

Responses are gzip-compressed when the client accepts it (hospital links are
slow; a snapshot page shrinks about tenfold). The fastest level is used: it
shrinks a page nearly as much as level 5 in a third of the time, and
compressing was a third of the server's work in an initial download. A client speaking an older
protocol than the server supports gets 426 ``upgrade_required`` and keeps its
unsynced data.
"""

from __future__ import annotations

import gzip
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response

from shared.errors import DomainError
from shared.sync.protocol import (
    MAX_PAGE,
    MIN_CLIENT_PROTOCOL,
    PROTOCOL_HEADER,
    PushRequest,
    PushResponse,
)
from sync_server.api import state as app_state
from sync_server.auth.deps import CurrentPrincipal
from sync_server.sync import pull as reader
from sync_server.sync.push import push

router = APIRouter(
    prefix="/api/sync",
    tags=["sync"],
    responses={426: {"description": "The desk's sync protocol is older than the server's"}},
)

ProtocolHeader = Annotated[int, Header(alias=PROTOCOL_HEADER)]

#: The largest change number PostgreSQL's ``bigint`` holds: a cursor above it is bad input.
MAX_CURSOR = 2**63 - 1


class UpgradeRequiredError(DomainError):
    http_status = 426


def _check_protocol(version: int) -> None:
    if version < MIN_CLIENT_PROTOCOL:
        raise UpgradeRequiredError(
            "This desk's software is too old for the server: install the update. "
            "Unsynced work is kept on this PC.",
            code="upgrade_required",
        )


def _json(request: Request, body: bytes) -> Response:
    headers = {"Vary": "Accept-Encoding"}
    if len(body) > 1024 and "gzip" in request.headers.get("accept-encoding", ""):
        body = gzip.compress(body, compresslevel=1)
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type="application/json", headers=headers)


@router.post("/push", response_model=PushResponse)
def push_endpoint(
    body: PushRequest, request: Request, principal: CurrentPrincipal, protocol: ProtocolHeader
) -> Response:
    """Apply a batch of the device's mutations; answers per mutation.

    The answer is serialised by pydantic's own JSON encoder: FastAPI's route
    would validate the 1,000 answers of a full batch again and encode them
    with the standard library, ~7 ms of a push.
    """
    _check_protocol(protocol)
    with app_state.sessions(request).begin() as session:
        answer = push(session, principal, body)
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get("/pull")
def pull_endpoint(
    request: Request,
    principal: CurrentPrincipal,
    protocol: ProtocolHeader,
    cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
) -> Response:
    """Changes of the device's scopes after ``cursor``, oldest first."""
    _check_protocol(protocol)
    with app_state.sessions(request).begin() as session:
        body = reader.pull_json(session, principal, cursor, limit)
    return _json(request, body)


@router.get("/snapshot")
def snapshot_endpoint(
    request: Request,
    principal: CurrentPrincipal,
    protocol: ProtocolHeader,
    table: str | None = None,
    after: uuid.UUID | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 5000,
    cursor: Annotated[int | None, Query(ge=0, le=MAX_CURSOR)] = None,
) -> Response:
    """One page of a consistent download of the device's scopes (resumable by table/after)."""
    _check_protocol(protocol)
    with app_state.sessions(request).begin() as session:
        body = reader.snapshot_json(session, principal, table, after, limit, cursor)
    return _json(request, body)
