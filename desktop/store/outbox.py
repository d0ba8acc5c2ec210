"""Reading and settling the outbox: what is waiting, and what the server answered.

Outbox rows are never deleted: ``seq`` must stay gapless and increasing for
the server's idempotency check, and SQLite would reuse a freed top number.
Settled rows keep the server's outcome, which the Sync health screen lists.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.tables import OutboxMutation
from shared.clock import utcnow
from shared.sync.protocol import Mutation, MutationResult


def unacked(session: Session, limit: int) -> list[OutboxMutation]:
    """The oldest mutations the server has not answered yet, in order."""
    query = (
        sa.select(OutboxMutation)
        .where(OutboxMutation.acked_at.is_(None))
        .order_by(OutboxMutation.seq)
        .limit(limit)
    )
    return list(session.scalars(query))


def pending_count(session: Session) -> int:
    query = sa.select(sa.func.count()).where(OutboxMutation.acked_at.is_(None))
    return int(session.scalar(query.select_from(OutboxMutation)) or 0)


def rejected(session: Session, limit: int = 100) -> list[OutboxMutation]:
    query = (
        sa.select(OutboxMutation)
        .where(OutboxMutation.outcome == "rejected")
        .order_by(OutboxMutation.seq.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def pending_fields(
    session: Session, table_name: str, row_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, set[str]]:
    """Per row, the fields that local unacknowledged edits still hold."""
    ids = list(row_ids)
    if not ids:
        return {}
    query = sa.select(OutboxMutation.row_id, OutboxMutation.fields).where(
        OutboxMutation.acked_at.is_(None),
        OutboxMutation.table_name == table_name,
        OutboxMutation.row_id.in_(ids),
    )
    out: dict[uuid.UUID, set[str]] = {}
    for row_id, fields in session.execute(query):
        out.setdefault(row_id, set()).update(fields)
    return out


def to_wire(mutation: OutboxMutation) -> Mutation:
    return Mutation(
        mutation_id=mutation.mutation_id,
        seq=mutation.seq,
        table=mutation.table_name,
        row_id=mutation.row_id,
        op="delete" if mutation.op == "delete" else "upsert",
        fields=mutation.fields,
        base_clocks=mutation.base_clocks or {},
        base_version=mutation.base_version,
        hlc=mutation.hlc,
    )


def mark_pushed(session: Session, mutations: list[OutboxMutation]) -> None:
    now = utcnow()
    for mutation in mutations:
        mutation.pushed_at = now


def settle(session: Session, mutation: OutboxMutation, result: MutationResult) -> None:
    """Record the server's answer; the mutation no longer holds its fields locally."""
    mutation.acked_at = utcnow()
    mutation.outcome = result.outcome
    mutation.reason_code = result.code
    mutation.reason = result.message[:500] if result.message else None
