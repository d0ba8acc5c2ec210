"""Hospitals, departments, clinicians and loyalty setup: their rules beyond the form.

A hospital code and a department name (within its hospital) are unique; a
clinician's department belongs to the clinician's hospital; working hours
are stored per weekday as ``shared.domain.admin.organisation.stored_hours``
keeps them, which booking and the free-slot finder read. Loyalty tiers are
checked on the program as it will be stored, after an update too.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from shared.db.models.loyalty import LoyaltyProgram
from shared.db.models.organisation import Department, Hospital
from shared.domain.admin.loyalty import check_tiers
from shared.domain.admin.organisation import WorkingHours, stored_hours
from shared.errors import ConflictError, FieldValidationError
from sync_server.admin.service import RULES, Context, Rules, require_hospital, without_nulls


def _code_free(ctx: Context, code: str | None, own: uuid.UUID | None = None) -> None:
    if code is None:
        return
    query = sa.select(Hospital.id).where(Hospital.code == code, Hospital.id != own)
    if ctx.session.scalar(query) is not None:
        raise ConflictError(f"Code: another hospital already uses {code}", field="code")


def _hospital_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    _code_free(ctx, values["code"])
    return values


def _hospital_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    _code_free(ctx, changes.get("code"), row.id)
    if changes.get("state") and "lga" not in changes and row.lga:
        changes["lga"] = None  # the old LGA belongs to the old state
    return without_nulls(ctx, changes, required=("code", "name", "state", "currency"))


def _department_free(ctx: Context, hospital_id: uuid.UUID, name: str, own: Any = None) -> None:
    query = sa.select(Department.id).where(
        Department.hospital_id == hospital_id,
        sa.func.lower(Department.name) == name.lower(),
        Department.deleted_at.is_(None),
        Department.id != own,
    )
    if ctx.session.scalar(query) is not None:
        raise ConflictError(f"Name: this hospital already has a {name} department", field="name")


def _department_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    _department_free(ctx, require_hospital(values), values["name"])
    return values


def _department_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    if changes.get("name"):
        _department_free(ctx, row.hospital_id, changes["name"], row.id)
    return without_nulls(ctx, changes, required=("name",))


def _department_of(ctx: Context, hospital_id: uuid.UUID, department_id: Any) -> None:
    """A clinician's department must be a live one of the clinician's own hospital."""
    if department_id is None:
        return
    department = ctx.session.get(Department, department_id)
    if department is None or department.deleted_at is not None:
        raise FieldValidationError("department_id", "Department: there is no such department")
    if department.hospital_id != hospital_id:
        raise FieldValidationError("department_id", "Department: not one of this hospital's")


def _hours(changes: dict[str, Any]) -> dict[str, Any]:
    if "working_hours" in changes:
        hours = changes["working_hours"]
        parsed = WorkingHours.model_validate(hours) if hours is not None else None
        changes["working_hours"] = stored_hours(parsed)
    return changes


def _clinician_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    _department_of(ctx, require_hospital(values), values.get("department_id"))
    return _hours(values)


def _clinician_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    if "department_id" in changes:
        _department_of(ctx, row.hospital_id, changes["department_id"])
    changes = without_nulls(ctx, changes, required=("full_name", "active", "slot_minutes"))
    return _hours(changes)


_TIERS = ("silver_threshold", "gold_threshold", "platinum_threshold")


def _program_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(LoyaltyProgram.id).where(
        LoyaltyProgram.hospital_id.is_(None)
        if values["hospital_id"] is None
        else LoyaltyProgram.hospital_id == values["hospital_id"],
        LoyaltyProgram.deleted_at.is_(None),
    )
    if ctx.session.scalar(query) is not None:
        raise ConflictError("Name: there is already a loyalty program here; edit it", field="name")
    return values


def _program_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    changes = without_nulls(ctx, changes, required=("name", "active", *_TIERS))
    merged = [changes.get(name, getattr(row, name)) for name in _TIERS]
    check_tiers(*merged)
    return changes


def _reward_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    return without_nulls(ctx, changes, required=("name", "kind", "points_cost", "active"))


RULES["hospitals"] = Rules(create=_hospital_create, update=_hospital_update)
RULES["departments"] = Rules(create=_department_create, update=_department_update)
RULES["clinicians"] = Rules(create=_clinician_create, update=_clinician_update)
RULES["loyalty-program"] = Rules(create=_program_create, update=_program_update)
RULES["rewards"] = Rules(update=_reward_update)
