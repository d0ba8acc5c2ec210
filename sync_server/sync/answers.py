"""What the server answers about a device's mutations besides applying them.

The server's current copy of a row (sent with a rejection so the desk can
restore it), projected to a scope the device holds and only if its role may
read the table, and the answers to
mutations an earlier copy of a batch already applied (a retry after a lost
answer).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.domain.access import Action, Principal, can
from shared.sync.codec import encode_row, model_of
from shared.sync.protocol import Mutation, MutationResult
from shared.sync.registry import (
    TableSpec,
    is_global,
    project_for_scope,
    scopes_for,
    spec_for,
    subscribed_scopes,
)
from sync_server.sync.tables import RejectedMutation


def replayed(
    session: Session, principal: Principal, mutations: list[Mutation]
) -> dict[int, MutationResult]:
    """The answers to mutations applied by an earlier copy of this batch, by ``seq``.

    One query for their rejection records and one per table for the rows,
    so a re-sent batch of 1,000 costs about what its first answer did.
    """
    if not mutations:
        return {}
    ids = [mutation.mutation_id for mutation in mutations]
    rejections = {
        rejection.mutation_id: rejection
        for rejection in session.scalars(
            sa.select(RejectedMutation).where(RejectedMutation.mutation_id.in_(ids))
        )
    }
    current = _current_rows(session, principal, mutations)
    answers = {}
    for mutation in mutations:
        row = current.get((mutation.table, mutation.row_id))
        rejection = rejections.get(mutation.mutation_id)
        if rejection is not None:
            answers[mutation.seq] = MutationResult(
                mutation_id=mutation.mutation_id,
                seq=mutation.seq,
                outcome="rejected",
                code=rejection.code,
                message=rejection.message,
                row=row,
            )
        else:
            answers[mutation.seq] = MutationResult(
                mutation_id=mutation.mutation_id,
                seq=mutation.seq,
                outcome="applied",
                server_seq=row["server_seq"] if row else None,
            )
    return answers


def _current_rows(
    session: Session, principal: Principal, mutations: list[Mutation]
) -> dict[tuple[str, uuid.UUID], dict[str, Any] | None]:
    """The server's copies of the mutations' rows the device may see, one query per table."""
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for mutation in mutations:
        spec = spec_for(mutation.table)
        if spec is not None and spec.replicated:
            by_table[spec.name].append(mutation.row_id)
    out: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}
    for table_name, ids in by_table.items():
        model: Any = model_of(table_name)
        for row in session.scalars(sa.select(model).where(model.id.in_(ids))):
            out[(table_name, row.id)] = _visible(principal, table_name, row)
    return out


def current_row(
    session: Session, mutation: Mutation, principal: Principal
) -> dict[str, Any] | None:
    """The server's copy of the row, if the device may see it (else ``None``)."""
    spec = spec_for(mutation.table)
    if spec is None or not spec.replicated:
        return None
    row = session.get(model_of(spec.name), mutation.row_id)
    return None if row is None else _visible(principal, spec.name, row)


def _visible(principal: Principal, table_name: str, row: Any) -> dict[str, Any] | None:
    """The row as the device may see it (projected to one of its scopes), or ``None``.

    Seeing it needs both: the row lies in one of the device's scopes, and the
    role may read that table (a desk is answered about a user row with nothing).
    """
    spec = spec_for(table_name)
    assert spec is not None
    if not _readable(principal, spec, row):
        return None
    payload = encode_row(row)
    visible = set(scopes_for(spec, payload)) & set(scopes_of(principal))
    return project_for_scope(min(visible), payload) if visible else None


def _readable(principal: Principal, spec: TableSpec, row: Any) -> bool:
    hospital = getattr(row, spec.hospital_column) if spec.hospital_column else None
    owner = getattr(row, spec.owner_column) if spec.owner_column else None
    if hospital is None and is_global(spec):
        hospital = principal.hospital_id  # a network-wide row is read where the device is
    return can(principal, Action.READ, spec.resource, hospital_id=hospital, owner_account_id=owner)


def scopes_of(principal: Principal) -> list[str]:
    return subscribed_scopes(principal.role, principal.hospital_id, principal.owner_account_id)
