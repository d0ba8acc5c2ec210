"""Checks the server makes on pushed rows that no single desk could make offline.

- Every foreign key of a pushed row names a row the device may see
  (:class:`References`): a desk cannot point a ledger entry at another
  hospital's patient, nor an owner a dispute at another owner's payout.
- Two desks booking one clinician for overlapping times: the later arrival is
  kept but marked ``needs_reschedule`` (the desk is told, staff call the patient).
- A loyalty redemption that would take a balance below zero is rejected.
- The same person registered at two desks (same phone, names and date of
  birth) is flagged in ``patient_duplicate_flags`` for a human, never merged.

Each check locks the row the race is about (the clinician, the patient) so
two concurrent pushes cannot both pass it.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import format_datetime
from shared.db.models import Appointment, Clinician, Contract, LoyaltyLedgerEntry, Patient
from shared.db.models.patients import PatientDuplicateFlag
from shared.domain.access import Principal
from shared.domain.enums import AppointmentStatus, LedgerKind, Role
from shared.sync.codec import table_of
from shared.sync.protocol import Mutation
from shared.sync.registry import TableSpec, scopes_for, spec_for
from shared.sync.validators import field_label
from sync_server.sync.answers import scopes_of
from sync_server.sync.changes import SERVER_CLOCK, record_change

RowKey = tuple[str, uuid.UUID]
_INACTIVE = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


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


def before_insert(session: Session, table_name: str, values: dict[str, Any]) -> None:
    """Refuse inserts that break a rule needing data from other desks.

    Called only after :meth:`References.check` passed, so the patient whose
    balance a refusal states is one the device may see.
    """
    if table_name == "loyalty_ledger":
        _check_balance(session, values)


def after_apply(session: Session, table_name: str, row: Any, *, inserted: bool) -> Note | None:
    """Flag what the server noticed about an applied row (the row itself is kept)."""
    if table_name == "appointments":
        return _check_overlap(session, row)
    if table_name == "patients" and inserted:
        return _flag_duplicate(session, row)
    return None


def _check_balance(session: Session, values: dict[str, Any]) -> None:
    points = values.get("points") or 0
    if values.get("kind") != LedgerKind.REDEEM.value or points >= 0:
        return
    patient_id = values.get("patient_id")
    if patient_id is None:
        raise MutationRejectedError("invalid", "Patient: is required.", field="patient_id")
    session.get(Patient, patient_id, with_for_update=True)
    balance = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(LoyaltyLedgerEntry.points), 0)).where(
            LoyaltyLedgerEntry.patient_id == patient_id,
            LoyaltyLedgerEntry.deleted_at.is_(None),
        )
    )
    if (balance or 0) + points < 0:
        raise MutationRejectedError(
            "insufficient_points",
            f"The redemption needs {-points} points but the patient has {balance}.",
        )


def _check_overlap(session: Session, row: Appointment) -> Note | None:
    if row.clinician_id is None or row.deleted_at is not None or row.status in _INACTIVE:
        return None
    session.get(Clinician, row.clinician_id, with_for_update=True)
    other = session.scalars(
        sa.select(Appointment)
        .where(
            Appointment.clinician_id == row.clinician_id,
            Appointment.hospital_id == row.hospital_id,
            Appointment.id != row.id,
            Appointment.deleted_at.is_(None),
            Appointment.status.not_in(_INACTIVE),
            Appointment.needs_reschedule.is_(False),
            Appointment.starts_at < row.ends_at,
            Appointment.ends_at > row.starts_at,
        )
        .limit(1)
    ).first()
    if other is None:
        return None
    reason = (
        f"Clashes with another booking for this clinician at {format_datetime(other.starts_at)}"
    )
    if not row.needs_reschedule:
        stamp = SERVER_CLOCK.now()
        row.needs_reschedule = True
        row.reschedule_reason = reason
        row.field_clocks = {
            **row.field_clocks,
            "needs_reschedule": stamp,
            "reschedule_reason": stamp,
        }
    return Note("needs_reschedule", f"Kept, but needs rescheduling: {reason}.")


def _flag_duplicate(session: Session, row: Patient) -> Note | None:
    if not row.phone or row.date_of_birth is None:
        return None
    other = session.scalars(
        sa.select(Patient).where(
            Patient.hospital_id == row.hospital_id,
            Patient.id != row.id,
            Patient.deleted_at.is_(None),
            Patient.phone == row.phone,
            Patient.date_of_birth == row.date_of_birth,
            sa.func.lower(Patient.first_name) == row.first_name.lower(),
            sa.func.lower(Patient.last_name) == row.last_name.lower(),
        )
    ).first()
    if other is None:
        return None
    flag = PatientDuplicateFlag(
        hospital_id=row.hospital_id,
        patient_id=row.id,
        other_patient_id=other.id,
        reason="Same phone, names and date of birth",
    )
    session.add(flag)
    record_change(session, flag, actor="sync")
    return Note(
        "possible_duplicate",
        f"Registered, and flagged as a likely duplicate of {other.patient_number} for review.",
    )
