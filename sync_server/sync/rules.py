"""Checks the server makes on pushed rows that no single desk could make offline.

Every foreign key of a pushed row names a row the device may see
(:class:`References`): a desk cannot point a ledger entry at another
hospital's patient, nor an owner a dispute at another owner's payout.

Rules that need other desks' data (a clinician's other bookings, a patient's
balance, an earlier reversal of the same payment) belong to their domain, so
they are not written here: each domain registers them as hooks
(:func:`register`) when the app starts, and push runs whatever is
registered for a table. This package therefore imports no domain package.
A hook that refuses raises :class:`MutationRejectedError`; one that keeps
the row but has something to tell the desk returns a :class:`Note`. Each
hook locks the row its race is about (the clinician, the patient, the
original payment) so two concurrent pushes cannot both pass it.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import Contract
from shared.domain.access import Principal
from shared.domain.enums import Role
from shared.sync.codec import table_of
from shared.sync.protocol import Mutation
from shared.sync.registry import TableSpec, scopes_for, spec_for
from shared.sync.validators import field_label
from sync_server.sync.answers import scopes_of

RowKey = tuple[str, uuid.UUID]


@dataclass(frozen=True, slots=True)
class Note:
    code: str
    message: str


class MutationRejectedError(Exception):
    """A mutation refused for good, with a machine code and a sentence for staff."""

    def __init__(self, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


class AlreadySavedError(Exception):
    """A before-insert hook found the record already held (an event's one entry): a repeat.

    Push answers the mutation as saved rather than refused, as it answers a
    repeat of an append-only row it finds by id.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@functools.cache
def foreign_keys(table_name: str) -> tuple[tuple[str, str], ...]:
    """``(column, referenced table)`` for every foreign key, read from the model.

    Taken from the SQLAlchemy metadata, so a new table or column is covered
    the day it is added.
    """
    return tuple(
        (column.name, key.column.table.name)
        for column in table_of(table_name).columns
        for key in column.foreign_keys
    )


def _scope_columns(spec: TableSpec) -> tuple[str, ...]:
    return tuple(c for c in ("id", spec.hospital_column, spec.owner_column) if c)


class References:
    """The rows a batch's foreign keys name, and whether the pushing device may see each.

    One query per referenced table for the whole batch, taken before the
    batch is applied; a row inserted earlier in the same batch is found in
    ``rows`` (the batch's own rows). A reference is accepted only if the
    row exists and lies in one of the device's scopes, the way a pull would
    send it: same hospital for hospital staff, the owner's own account,
    payouts and contracted hospitals for an owner. Server-only tables are
    never a target. The refusal says the same whether the row is missing or
    out of scope, so it reveals nothing.
    """

    def __init__(
        self,
        session: Session,
        principal: Principal,
        mutations: Iterable[Mutation],
        rows: Mapping[RowKey, Any],
    ) -> None:
        self._session = session
        self._principal = principal
        self._everything = principal.role is Role.ADMIN and principal.hospital_id is None
        self._scopes = frozenset(scopes_of(principal))
        self._rows = rows
        self._found = self._load(mutations)
        self._contracted: frozenset[uuid.UUID] | None = None

    def check(self, table_name: str, values: Mapping[str, Any]) -> None:
        """Refuse the first foreign key in ``values`` the device may not point at."""
        for column, target in foreign_keys(table_name):
            value = values.get(column)
            if value is not None and not self._visible(target, value):
                raise MutationRejectedError(
                    "scope",
                    f"{field_label(column)}: no such record on this PC's list.",
                    field=column,
                )

    def _load(
        self, mutations: Iterable[Mutation]
    ) -> dict[tuple[str, uuid.UUID], Mapping[str, Any]]:
        wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
        for mutation in mutations:
            if spec_for(mutation.table) is None:
                continue
            for column, target in foreign_keys(mutation.table):
                value = _as_id(mutation.fields.get(column))
                if value is not None and spec_for(target) is not None:
                    wanted[target].add(value)
        found: dict[RowKey, Mapping[str, Any]] = {}
        for target, ids in wanted.items():
            spec = spec_for(target)
            assert spec is not None
            table = table_of(target)
            query = sa.select(*(table.c[c] for c in _scope_columns(spec))).where(
                table.c.id == sa.any_(sa.cast(sa.literal(sorted(ids)), sa.ARRAY(sa.Uuid)))
            )
            for row in self._session.execute(query).mappings():
                found[(target, row["id"])] = dict(row)
        return found

    def _visible(self, target: str, row_id: uuid.UUID) -> bool:
        spec = spec_for(target)
        if spec is None or not spec.replicated:
            return False
        row = self._row(spec, row_id)
        if row is None:
            return False
        if self._everything:
            return True
        return not self._scopes.isdisjoint(scopes_for(spec, row, self._owners_of))

    def _row(self, spec: TableSpec, row_id: uuid.UUID) -> Mapping[str, Any] | None:
        own = self._rows.get((spec.name, row_id))
        if own is not None:
            return {c: getattr(own, c) for c in _scope_columns(spec)}
        return self._found.get((spec.name, row_id))

    def _owners_of(self, hospital_id: uuid.UUID) -> list[uuid.UUID]:
        """The pushing owner, if they hold a live contract on the hospital (else nobody)."""
        owner = self._principal.owner_account_id
        if owner is None:
            return []
        if self._contracted is None:
            query = sa.select(Contract.hospital_id).where(
                Contract.owner_account_id == owner, Contract.deleted_at.is_(None)
            )
            self._contracted = frozenset(self._session.scalars(query))
        return [owner] if hospital_id in self._contracted else []


def _as_id(value: Any) -> uuid.UUID | None:
    if not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


#: Runs before a pushed row is inserted, on its decoded values and as the pushing device:
#: may refuse the row, or set in ``values`` what the server decides rather than the desk.
BeforeInsert = Callable[[Session, Principal, dict[str, Any]], None]
#: Runs before a pushed edit is merged into its (locked) stored row, on the edit's decoded
#: values and as the pushing device: may refuse the edit.
BeforeUpdate = Callable[[Session, Principal, Any, dict[str, Any]], None]
#: Runs after a pushed row is applied (``inserted`` or edited); may note something.
AfterApply = Callable[[Session, Any, bool], Note | None]
#: Runs once per batch with the ids of the table's rows the batch wrote.
AfterBatch = Callable[[Session, list[uuid.UUID]], None]
#: Runs after a pushed row was refused (nothing of it written), with the refused row's id:
#: undoes what earlier, accepted rows of the same desk action spent on it.
OnReject = Callable[[Session, uuid.UUID], None]
H = TypeVar("H")


@dataclass(slots=True)
class _TableHooks:
    before_insert: list[BeforeInsert] = field(default_factory=list)
    before_update: list[BeforeUpdate] = field(default_factory=list)
    after_apply: list[AfterApply] = field(default_factory=list)
    after_batch: list[AfterBatch] = field(default_factory=list)
    on_reject: list[OnReject] = field(default_factory=list)


_HOOKS: dict[str, _TableHooks] = {}


def register(
    table_name: str,
    *,
    before_insert: BeforeInsert | None = None,
    before_update: BeforeUpdate | None = None,
    after_apply: AfterApply | None = None,
    after_batch: AfterBatch | None = None,
    on_reject: OnReject | None = None,
) -> None:
    """Add a domain's hooks for one table; registering the same hook again changes nothing.

    Every app built in one process (tests build many) registers the same
    functions, and a hook must still run once per row.
    """
    hooks = _HOOKS.setdefault(table_name, _TableHooks())
    _add(hooks.before_insert, before_insert)
    _add(hooks.before_update, before_update)
    _add(hooks.after_apply, after_apply)
    _add(hooks.after_batch, after_batch)
    _add(hooks.on_reject, on_reject)


def _add(chain: list[H], hook: H | None) -> None:
    if hook is not None and hook not in chain:
        chain.append(hook)


def before_insert(
    session: Session, principal: Principal, table_name: str, values: dict[str, Any]
) -> None:
    """Run the table's before-insert hooks: refuse what breaks a rule needing other desks' data.

    Called only after :meth:`References.check` passed, so the patient whose
    balance a refusal states is one the device may see.
    """
    hooks = _HOOKS.get(table_name)
    if hooks is not None:
        for hook in hooks.before_insert:
            hook(session, principal, values)


def before_update(
    session: Session, principal: Principal, table_name: str, row: Any, values: dict[str, Any]
) -> None:
    """Run the table's before-update hooks on an edit, before it touches the stored row."""
    hooks = _HOOKS.get(table_name)
    if hooks is not None:
        for hook in hooks.before_update:
            hook(session, principal, row, values)


def after_apply(session: Session, table_name: str, row: Any, *, inserted: bool) -> Note | None:
    """Flag what the server noticed about an applied row (the row itself is kept)."""
    hooks = _HOOKS.get(table_name)
    if hooks is None:
        return None
    notes = [hook(session, row, inserted) for hook in hooks.after_apply]
    return next((note for note in notes if note is not None), None)


def after_batch(session: Session, written: Mapping[str, list[uuid.UUID]]) -> None:
    """Let each table's domain react once to everything a batch wrote to it."""
    for table_name, ids in written.items():
        hooks = _HOOKS.get(table_name)
        if hooks is not None and ids:
            for hook in hooks.after_batch:
                hook(session, ids)


def on_reject(session: Session, table_name: str, row_id: uuid.UUID) -> None:
    """Let the table's domain undo what a refused row's accepted companions spent."""
    hooks = _HOOKS.get(table_name)
    if hooks is not None:
        for hook in hooks.on_reject:
            hook(session, row_id)
