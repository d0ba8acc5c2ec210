"""The sync wire protocol (version 2): request/response models and the ``SyncApi`` Protocol.

Both programs implement :class:`SyncApi`: the server's service answers it and
the desktop's HTTP client calls it, so tests can run one against the other.
Pushed and pulled rows travel as JSON objects encoded by
``shared.sync.codec``; snapshot pages are columnar, in stored form (see
:class:`SnapshotPage`). Pull and snapshot pages can hold tens of thousands of
rows, so their models are built with ``model_construct`` on the hot path
(the server produced them); pushes come from devices and are always
validated.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

#: Bumped on any incompatible change; the server refuses older clients with 426.
#: Version 2: snapshot pages became columnar, in stored form.
PROTOCOL_VERSION = 2
MIN_CLIENT_PROTOCOL = 2
PROTOCOL_HEADER = "X-Sync-Protocol"

MAX_PUSH_BATCH = 2000
MAX_PAGE = 10_000

Outcome = Literal["applied", "merged", "rejected"]


class Mutation(BaseModel):
    """One local write, as the outbox recorded it."""

    model_config = ConfigDict(extra="forbid")

    mutation_id: uuid.UUID
    seq: int = Field(ge=1, description="Gapless per device: the idempotency key of the batch")
    table: str = Field(max_length=60)
    row_id: uuid.UUID
    op: Literal["upsert", "delete"]
    fields: dict[str, Any]
    base_clocks: dict[str, str | None] = Field(default_factory=dict)
    base_version: int = Field(default=0, ge=0)
    hlc: str = Field(min_length=21, max_length=64)
    #: Who made the change on the device (staff share PCs); the server checks it may
    #: use that device and otherwise attributes the change to the token's user.
    actor_user_id: uuid.UUID | None = None


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class MutationResult(BaseModel):
    """The server's answer for one mutation.

    ``code``/``message`` explain a rejection, or note what the server did on
    top of applying (``needs_reschedule``, ``possible_duplicate``,
    ``conflict``). ``field`` names the column a rejection is about, when it
    is about one. ``server_seq`` is the row's new change number; ``row`` is
    the server's copy after a rejection (``None`` if the row does not exist
    there or the device may not read it), which the device restores.
    """

    mutation_id: uuid.UUID
    seq: int
    outcome: Outcome
    code: str | None = None
    message: str | None = None
    field: str | None = None
    server_seq: int | None = None
    row: dict[str, Any] | None = None


class PushResponse(BaseModel):
    results: list[MutationResult]
    last_applied_seq: int


class Change(BaseModel):
    seq: int
    table: str
    row: dict[str, Any]


class PullResponse(BaseModel):
    """Changes after ``cursor`` in commit order; ``cursor`` here is where to continue.

    ``scope_key`` changes whenever what the device may see changes for a
    reason the feed does not carry: other scopes (a new role or hospital),
    or an owner's contracts (a new hospital's older rows). The device then
    downloads its data again. ``None`` from a server that does not send it.
    """

    changes: list[Change]
    cursor: int
    has_more: bool
    scopes: list[str]
    scope_key: str | None = None


class SnapshotPage(BaseModel):
    """One keyset page of one table of the device's scopes.

    Each row is a list of values in ``columns`` order, each value in its
    *stored form*: a UUID as 32 lower-case hex digits, a timestamp as UTC
    ``YYYY-MM-DD HH:MM:SS.ffffff``, a JSON column as its JSON text, anything
    else as the codec sends it. Those are the values a desk's SQLite holds,
    so a first download stores a page without touching a value: converting
    wire values was the largest part of the desk's work in it. Column names
    travel once per page, not once per row (a page is about half the size).

    ``cursor`` is the change-log position taken before the first page: after
    the last page the device pulls from there. ``tables`` lists, in download
    order, every table the snapshot covers. ``counts`` (first page only) is
    the number of rows of each of them, for the desk's progress bar; a
    server that does not send it leaves the download unchanged.
    """

    table: str
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]]
    next_after: uuid.UUID | None
    done: bool
    cursor: int
    tables: list[str]
    counts: dict[str, int] | None = None


class SyncApi(Protocol):
    """What a device can ask of the server."""

    def push(self, request: PushRequest) -> PushResponse: ...

    def pull(self, cursor: int, limit: int) -> PullResponse: ...

    def snapshot(
        self, table: str | None, after: uuid.UUID | None, limit: int, cursor: int | None
    ) -> SnapshotPage: ...
