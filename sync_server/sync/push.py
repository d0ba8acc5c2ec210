"""Applying a device's batch of mutations: idempotent, gap-refusing, one transaction.

The device's row in ``sync_device_progress`` is locked first, so two copies
of one batch (a retry racing the original) run one after the other. Mutations
numbered at or below the device's high-water mark were applied before and
are answered again without touching anything; a batch that starts beyond the
mark + 1 is refused (``sync_gap``) because something in between was lost.

Each mutation runs in a savepoint: one that fails validation, scope or
permission is rolled back alone, recorded in ``sync_rejections`` and still
counted as processed, so it never blocks the queue behind it.

A push comes from someone else's machine, so each mutation is checked as if
its sender were hostile: it is resolved against its own table only (rows are
keyed by ``(table, id)``; an id named under two tables, or inserted under one
while it exists in another, is refused as ``id_conflict``), its clocks must be
well-formed and a clock too far ahead is replaced by the server's, the row it
would leave behind must pass the table's validator and the permission matrix
before and after, and every foreign key must name a row the device may see.
Rules that need other desks' data (a clash, a balance, a second reversal)
are the hooks each domain registered in :mod:`sync_server.sync.rules`.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from shared.clock import is_timestamp, utcnow
from shared.domain.access import Action, Principal, can
from shared.errors import ConflictError, DomainError, FieldValidationError, PermissionDeniedError
from shared.sync.codec import column_names, decode_row, model_of
from shared.sync.protocol import Mutation, MutationResult, PushRequest, PushResponse
from shared.sync.registry import (
    REGISTRY,
    SYNC_COLUMNS,
    Policy,
    TableSpec,
    spec_for,
)
from shared.sync.validators import MergedRow, field_label
from sync_server.sync import rules
from sync_server.sync.answers import current_row, replayed
from sync_server.sync.authors import record_authors
from sync_server.sync.changes import (
    SERVER_CLOCK,
    discard_pending_changes,
    flush_changes,
    record_change,
)
from sync_server.sync.merge import merge_fields, record_losses
from sync_server.sync.tables import DeviceSyncProgress, RejectedMutation

_DB_ERRORS = (sa.exc.StatementError, ValueError, LookupError, TypeError)


class SyncGapError(ConflictError):
    """The batch does not continue from the last applied mutation."""

    def __init__(self, last_applied: int, first: int) -> None:
        super().__init__(
            f"Mutations {last_applied + 1}..{first - 1} never arrived; "
            f"resend from {last_applied + 1}.",
            code="sync_gap",
        )
        self.last_applied = last_applied


def push(session: Session, principal: Principal, request: PushRequest) -> PushResponse:
    """Apply a batch for ``principal``'s device; the caller commits right after."""
    if principal.device_id is None:
        raise PermissionDeniedError("Only a registered device can push changes.")
    progress = _lock_progress(session, principal)
    mutations = sorted(request.mutations, key=lambda m: m.seq)
    _refuse_gaps(progress.last_applied_seq, mutations)
    try:  # fast path: the whole batch in one savepoint, flushed once
        with session.begin_nested():
            results = _run(session, principal, progress, mutations, isolated=False)
            _after_batch(session, mutations, results)
            seqs = flush_changes(session, rows_locked=True)
    except _DB_ERRORS:  # some row broke a constraint: redo one savepoint per mutation
        discard_pending_changes(session)
        session.expire_all()  # rows written set-based still hold the undone values
        results = _run(session, principal, progress, mutations, isolated=True)
        _after_batch(session, mutations, results)
        seqs = flush_changes(session, rows_locked=True)
    record_authors(session, principal, mutations, results)
    progress.last_push_at = utcnow()
    for mutation, result in zip(mutations, results, strict=True):
        if result.outcome != "rejected":
            result.server_seq = seqs.get(mutation.row_id, result.server_seq)
    return PushResponse(results=results, last_applied_seq=progress.last_applied_seq)


def _after_batch(
    session: Session, mutations: list[Mutation], results: list[MutationResult]
) -> None:
    """The domains' after-batch hooks, with the rows each table's mutations wrote.

    A rejected mutation wrote nothing, nor did a repeat of a saved row.
    """
    written: dict[str, list[uuid.UUID]] = defaultdict(list)
    for mutation, result in zip(mutations, results, strict=True):
        if result.outcome != "rejected" and result.code != "already_saved":
            written[mutation.table].append(mutation.row_id)
    rules.after_batch(session, written)


def _lock_progress(session: Session, principal: Principal) -> DeviceSyncProgress:
    session.execute(
        pg_insert(DeviceSyncProgress)
        .values(device_id=principal.device_id, last_applied_seq=0)
        .on_conflict_do_nothing()
    )
    progress = session.get(DeviceSyncProgress, principal.device_id, with_for_update=True)
    assert progress is not None
    return progress


def _refuse_gaps(last_applied: int, mutations: list[Mutation]) -> None:
    expected = last_applied + 1
    for mutation in mutations:
        if mutation.seq < expected:
            continue
        if mutation.seq != expected:
            raise SyncGapError(last_applied, mutation.seq)
        expected += 1


RowKey = tuple[str, uuid.UUID]


@dataclass
class _Batch:
    """What a batch's new mutations resolve against, loaded once before any is applied.

    ``rows``: the existing rows of the batch, locked, and those it inserts,
    by ``(table, id)``. ``owner``: for each id, the table the batch first
    names it under, or the other table it already exists in.
    """

    rows: dict[RowKey, Any]
    owner: dict[uuid.UUID, str]
    references: rules.References


def _run(
    session: Session,
    principal: Principal,
    progress: DeviceSyncProgress,
    mutations: list[Mutation],
    *,
    isolated: bool,
) -> list[MutationResult]:
    done = [m for m in mutations if m.seq <= progress.last_applied_seq]
    answers = replayed(session, principal, done)
    batch = _load_batch(
        session, principal, [m for m in mutations if m.seq > progress.last_applied_seq]
    )
    return [
        answers.get(m.seq) or _handle(session, principal, progress, m, batch, isolated=isolated)
        for m in mutations
    ]


def _load_batch(session: Session, principal: Principal, mutations: list[Mutation]) -> _Batch:
    rows = _lock_rows(session, mutations)
    owner: dict[uuid.UUID, str] = {}
    for mutation in mutations:
        owner.setdefault(mutation.row_id, mutation.table)
    new_ids = [m.row_id for m in mutations if (m.table, m.row_id) not in rows]
    owner.update(_tables_holding(session, new_ids))
    return _Batch(rows, owner, rules.References(session, principal, mutations, rows))


def _lock_rows(session: Session, mutations: list[Mutation]) -> dict[RowKey, Any]:
    """Load and lock every existing row the batch touches, one query per table."""
    by_table: dict[str, list[uuid.UUID]] = {}
    for mutation in mutations:
        if spec_for(mutation.table) is not None:
            by_table.setdefault(mutation.table, []).append(mutation.row_id)
    rows: dict[RowKey, Any] = {}
    for table_name, ids in by_table.items():
        model: Any = model_of(table_name)
        query = sa.select(model).from_statement(_locking_lookup(session, table_name))
        for row in session.scalars(query, {"ids": sorted(set(ids))}):
            rows[(table_name, row.id)] = row
    return rows


def _tables_holding(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Which synced table already holds each of ``ids`` (ids the batch would insert).

    Ids are UUIDs made on the desks, so a real insert never finds one; an id
    found here was copied from another table's row, and accepting it would
    let two tables' rows answer to one id in a batch, an answer or a desk.
    One statement, the ids bound once: an index probe per id and table.
    """
    if not ids:
        return {}
    quote = session.get_bind().dialect.identifier_preparer.quote
    probes = " UNION ALL ".join(
        f"SELECT '{name}' AS t, x.id FROM k JOIN {quote(name)} AS x ON x.id = k.id"  # noqa: S608
        for name in REGISTRY
    )
    # Table names come from the sync registry, quoted; the ids are one parameter.
    query = sa.text(f"WITH k AS (SELECT unnest(CAST(:ids AS uuid[])) AS id) {probes}")
    return {row_id: name for name, row_id in session.execute(query, {"ids": ids})}


def _locking_lookup(session: Session, table_name: str) -> sa.TextClause:
    """One primary-key probe and row lock per id, whatever the table's statistics say.

    ``id IN (<1,000 values>)`` cost 40 ms to bind and, on a table whose
    statistics lag behind a bulk load, was planned as a sequential scan of
    every row (30-50 ms at 100,000 patients). A locking subquery is never
    flattened, so each id is one index lookup; ids go in sorted, so two
    pushes lock shared rows in the same order.
    """
    table = session.get_bind().dialect.identifier_preparer.quote(table_name)
    # The table name comes from the sync registry, quoted; the ids are one parameter.
    return sa.text(
        "SELECT t.* FROM unnest(CAST(:ids AS uuid[])) AS k(id) CROSS JOIN LATERAL "  # noqa: S608
        f"(SELECT * FROM {table} WHERE id = k.id FOR UPDATE) AS t"
    )


def _handle(
    session: Session,
    principal: Principal,
    progress: DeviceSyncProgress,
    mutation: Mutation,
    batch: _Batch,
    *,
    isolated: bool,
) -> MutationResult:
    try:
        if isolated:
            with session.begin_nested():
                result = _apply(session, principal, mutation, batch, True)
        else:
            result = _apply(session, principal, mutation, batch, False)
    except rules.MutationRejectedError as exc:
        result = _reject(session, principal, mutation, exc.code, exc.message, exc.field)
    except FieldValidationError as exc:
        message = f"{field_label(exc.field or 'input')}: {exc.message}"
        result = _reject(session, principal, mutation, "invalid", message, exc.field)
    except DomainError as exc:
        result = _reject(session, principal, mutation, exc.code or "invalid", exc.message)
    except _DB_ERRORS as exc:
        if not isolated:
            raise
        _forget_if_undone(batch.rows, (mutation.table, mutation.row_id))
        result = _reject(session, principal, mutation, "invalid", _first_line(exc))
    if result.outcome == "rejected" and mutation.op == "upsert":
        rules.on_reject(session, mutation.table, mutation.row_id)
    progress.last_applied_seq = mutation.seq
    return result


def _forget_if_undone(rows: dict[RowKey, Any], key: RowKey) -> None:
    """A row inserted in a rolled-back savepoint no longer exists for later mutations."""
    row = rows.get(key)
    if row is not None and not sa.inspect(row).persistent:
        del rows[key]


def _apply(
    session: Session, principal: Principal, mutation: Mutation, batch: _Batch, flush: bool
) -> MutationResult:
    """Apply one mutation to its (already locked) row; ``flush`` surfaces DB errors here."""
    spec = _client_spec(mutation.table)
    _refuse_id_conflict(batch, mutation)
    mutation = _bounded_clocks(mutation)
    key = (spec.name, mutation.row_id)
    row = batch.rows.get(key) or _written_in_batch(session, spec, mutation.row_id)
    values = _values(spec, mutation, inserting=row is None)
    _authorize(principal, spec, row, values)
    if row is not None and spec.policy is Policy.APPEND_ONLY:
        return _already_saved(mutation, row, values)
    batch.references.check(spec.name, values)
    _validate(spec, row, values)
    inserted = row is None
    if row is None:
        try:
            rules.before_insert(session, principal, spec.name, values)
        except rules.AlreadySavedError as repeat:
            return _result(mutation, "applied", "already_saved", repeat.message)
        model: Any = model_of(spec.name)
        row = model(id=mutation.row_id, **values)
        row.field_clocks = dict.fromkeys(values, mutation.hlc)
        session.add(row)
        batch.rows[key] = row
        losses = []
    else:
        assert principal.device_id is not None
        rules.before_update(session, principal, spec.name, row, values)
        losses = merge_fields(row, values, mutation, principal.device_id, spec.field_groups)
        record_losses(session, spec.name, row, losses)
    if flush:
        session.flush()
    note = rules.after_apply(session, spec.name, row, inserted=inserted)
    record_change(session, row, actor=str(principal.device_id), stamp_clocks=False)
    if flush:
        session.flush()
    return _applied(mutation, losses, note)


def _applied(mutation: Mutation, losses: list[Any], note: rules.Note | None) -> MutationResult:
    if losses:
        fields = ", ".join(loss.field for loss in losses)
        return _result(
            mutation, "merged", "conflict", f"Edited elsewhere at the same time: {fields}."
        )
    if note is not None:
        outcome = "merged" if note.code == "needs_reschedule" else "applied"
        return _result(mutation, outcome, note.code, note.message)
    return _result(mutation, "applied")


def _refuse_id_conflict(batch: _Batch, mutation: Mutation) -> None:
    if batch.owner.get(mutation.row_id, mutation.table) != mutation.table:
        raise rules.MutationRejectedError(
            "id_conflict", "This record's id already belongs to another kind of record."
        )


def _bounded_clocks(mutation: Mutation) -> Mutation:
    """Refuse malformed clocks; a clock too far ahead becomes the server's (the edit is kept).

    Every accepted clock is observed by the server's clock, so the server's
    own later writes sort after what desks have sent.
    """
    for name, clock in mutation.base_clocks.items():
        if clock is not None and not is_timestamp(clock):
            raise FieldValidationError(name, "carries a malformed clock")
    try:
        accepted = SERVER_CLOCK.accept(mutation.hlc)
    except ValueError:
        raise FieldValidationError("hlc", "is not a clock timestamp") from None
    return mutation if accepted == mutation.hlc else mutation.model_copy(update={"hlc": accepted})


def _written_in_batch(session: Session, spec: TableSpec, row_id: uuid.UUID) -> Any:
    """A row a hook wrote earlier in this batch (points a pushed visit earned), if any.

    Only the session's identity map is asked, so an insert costs no query.
    """
    return session.identity_map.get(identity_key(model_of(spec.name), row_id))


def _already_saved(mutation: Mutation, row: Any, values: dict[str, Any]) -> MutationResult:
    """An append-only row is written once: a repeat of it is answered, a change refused.

    A row with a source key is its event's one record, so a repeat naming the
    same source is answered as saved even where the desk's copy differs (the
    program changed while it was offline): the server's copy stands.
    """
    source = getattr(row, "source_key", None)
    if source is not None and values.get("source_key") == source:
        return _result(mutation, "applied", "already_saved", "This record was already saved.")
    if any(getattr(row, name) != value for name, value in values.items()):
        raise rules.MutationRejectedError(
            "append_only", "A saved record of this kind cannot be changed; record a correction."
        )
    return _result(mutation, "applied", "already_saved", "This record was already saved.")


def _validate(spec: TableSpec, row: Any, values: dict[str, Any]) -> None:
    """The table's validator on the row as it would be stored (for an edit: what it changes)."""
    if spec.validator is None:
        return
    if row is None:
        spec.validator(MergedRow(spec.name, None, values))
    else:
        spec.validator(MergedRow(spec.name, row, values), frozenset(values))


def _result(
    mutation: Mutation, outcome: Any, code: str | None = None, message: str | None = None
) -> MutationResult:
    """The answer to an applied mutation, built unvalidated: every value is the server's own."""
    return MutationResult.model_construct(
        mutation_id=mutation.mutation_id,
        seq=mutation.seq,
        outcome=outcome,
        code=code,
        message=message,
    )


def _client_spec(table_name: str) -> TableSpec:
    spec = spec_for(table_name)
    if spec is None:
        raise rules.MutationRejectedError(
            "unknown_table", f"{table_name} is not a table this server syncs."
        )
    if not spec.client_writable:
        raise rules.MutationRejectedError(
            "read_only", f"{table_name} is maintained by the server only."
        )
    return spec


def _values(spec: TableSpec, mutation: Mutation, *, inserting: bool) -> dict[str, Any]:
    known = _column_set(spec.name)
    for name in mutation.fields:
        if name not in known or name in SYNC_COLUMNS:
            raise rules.MutationRejectedError(
                "invalid_field", f"{spec.name} has no writable field {name}."
            )
        if name in spec.server_fields and not inserting:
            raise rules.MutationRejectedError(
                "read_only_field", f"{name} is set by the server only."
            )
    fields = {k: v for k, v in mutation.fields.items() if k not in spec.server_fields}
    return decode_row(spec.name, fields)


@functools.cache
def _column_set(table_name: str) -> frozenset[str]:
    return frozenset(column_names(table_name))


def _authorize(principal: Principal, spec: TableSpec, row: Any, values: dict[str, Any]) -> None:
    """The permission matrix on the row as it is (an edit) and as it would be stored.

    A row keeps its hospital and its owner: moving one between hospitals or
    owners is refused, so an edit can neither take a row out of another's
    scope nor put one into it.
    """
    hospital = _target(spec.hospital_column, row, values)
    owner = _target(spec.owner_column, row, values)
    if row is not None:
        _refuse_move(spec.hospital_column, row, hospital, "hospital")
        _refuse_move(spec.owner_column, row, owner, "owner")
    if principal.hospital_id is not None and hospital not in (None, principal.hospital_id):
        raise rules.MutationRejectedError("scope", "This record belongs to another hospital.")
    if not can(
        principal, Action.WRITE, spec.resource, hospital_id=hospital, owner_account_id=owner
    ):
        raise rules.MutationRejectedError("forbidden", f"Your role may not change {spec.name}.")


def _refuse_move(column: str | None, row: Any, target: Any, what: str) -> None:
    if column is not None and target != getattr(row, column):
        raise rules.MutationRejectedError("scope", f"A record cannot be moved to another {what}.")


def _target(column: str | None, row: Any, values: dict[str, Any]) -> Any:
    if column is None:
        return None
    if column in values:
        return values[column]
    return getattr(row, column) if row is not None else None


def _reject(
    session: Session,
    principal: Principal,
    mutation: Mutation,
    code: str,
    message: str,
    field: str | None = None,
) -> MutationResult:
    assert principal.device_id is not None
    # Kept once per mutation id: a device that sends a refused mutation again under a new
    # seq gets the same answer. The log row is not the batch's business, so it is written
    # on the connection, without flushing the batch's rows early.
    session.connection().execute(
        pg_insert(RejectedMutation)
        .values(
            device_id=principal.device_id,
            mutation_id=mutation.mutation_id,
            device_seq=mutation.seq,
            table_name=mutation.table[:60],
            row_id=mutation.row_id,
            code=code[:60],
            message=message[:500],
            mutation=mutation.model_dump(mode="json"),
        )
        .on_conflict_do_nothing(index_elements=[RejectedMutation.mutation_id])
    )
    return MutationResult(
        mutation_id=mutation.mutation_id,
        seq=mutation.seq,
        outcome="rejected",
        code=code,
        message=message,
        field=field,
        row=current_row(session, mutation, principal),
    )


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0][:300] if text else type(exc).__name__
