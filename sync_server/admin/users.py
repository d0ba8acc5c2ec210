"""Staff and owner accounts: who may create whom, and the row actions.

A manager creates and changes front-desk and clinician accounts of their own
hospital only (``shared.domain.admin.users``); an administrator any account.
Deactivating, a new password, a new role or hospital end the account's
sessions at once (``end_sessions``): every access token of it is refused on
the next request, REST and sync alike (``sync_server.auth.standing``), and no
refresh token of it works again. Unlocking forgets the failed sign-ins that
are slowing the username down (``sync_server.auth.throttle``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa

from shared.db.models.organisation import User
from shared.db.models.owners import OwnerAccount
from shared.domain.admin.fields import parse_input
from shared.domain.admin.users import (
    HOSPITAL_ROLES,
    PasswordReset,
    check_account_scope,
    check_assignable_role,
)
from shared.domain.enums import Role
from shared.domain.passwords import check_password_strength
from shared.errors import ConflictError, FieldValidationError, PermissionDeniedError
from sync_server import audit
from sync_server.admin.binding import row_out
from sync_server.admin.service import (
    RULES,
    Context,
    Rules,
    home_hospital,
    live_hospital,
    visible_row,
    without_nulls,
)
from sync_server.auth.passwords import set_password
from sync_server.auth.sessions import end_sessions
from sync_server.auth.tables import LoginThrottle
from sync_server.auth.throttle import username_key

_SCOPE_FIELDS = ("role", "hospital_id", "owner_account_id")


def _username_free(ctx: Context, username: str) -> None:
    query = sa.select(User.id).where(sa.func.lower(User.username) == username.lower())
    if ctx.session.scalar(query) is not None:
        raise ConflictError(f"Username: {username} is taken", field="username")


def _scope_checked(ctx: Context, role: Role, values: Mapping[str, Any]) -> None:
    check_assignable_role(ctx.principal.role, role)
    check_account_scope(role, values.get("hospital_id"), values.get("owner_account_id"))
    if values.get("hospital_id") is not None:
        live_hospital(ctx.session, values["hospital_id"])
    owner_id = values.get("owner_account_id")
    owner = ctx.session.get(OwnerAccount, owner_id) if owner_id is not None else None
    if owner_id is not None and (owner is None or owner.deleted_at is not None):
        raise FieldValidationError("owner_account_id", "Owner: there is no such owner account")


def _user_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    role = Role(values["role"])
    check_assignable_role(ctx.principal.role, role)
    if role in HOSPITAL_ROLES:
        values["hospital_id"] = home_hospital(ctx, values["hospital_id"])
    _scope_checked(ctx, role, values)
    _username_free(ctx, values["username"])
    check_password_strength(values["password"], username=values["username"])
    return {k: v for k, v in values.items() if k != "password"}


def _user_created(ctx: Context, row: Any, values: dict[str, Any]) -> None:
    set_password(ctx.session, row, values["password"])


def _user_update(ctx: Context, row: User, changes: dict[str, Any]) -> dict[str, Any]:
    changes = without_nulls(ctx, changes, required=("full_name", "role"))
    check_assignable_role(ctx.principal.role, row.role)
    if not any(name in changes for name in _SCOPE_FIELDS):
        return changes
    merged = {name: changes.get(name, getattr(row, name)) for name in _SCOPE_FIELDS}
    if merged["hospital_id"] is not None and ctx.principal.role is not Role.ADMIN:
        merged["hospital_id"] = changes["hospital_id"] = home_hospital(ctx, merged["hospital_id"])
    _scope_checked(ctx, Role(merged["role"]), merged)
    if any(merged[name] != getattr(row, name) for name in _SCOPE_FIELDS):
        end_sessions(ctx.session, row.id)
    return changes


RULES["users"] = Rules(create=_user_create, update=_user_update, after_create=_user_created)


def _target(ctx: Context, user_id: uuid.UUID) -> User:
    user: User = visible_row(ctx, user_id)
    check_assignable_role(ctx.principal.role, user.role)
    return user


def _not_self(ctx: Context, user: User, what: str) -> None:
    if user.id == ctx.principal.user_id:
        raise PermissionDeniedError(f"You cannot {what} your own account.")


def _last_admin(ctx: Context, user: User) -> None:
    if user.role is not Role.ADMIN:
        return
    query = sa.select(sa.func.count()).where(
        User.role == Role.ADMIN, User.is_active.is_(True), User.deleted_at.is_(None)
    )
    if (ctx.session.scalar(query) or 0) <= 1:
        raise ConflictError("This is the last active administrator; make another first.")


def deactivate(ctx: Context, user: User, _: Mapping[str, Any]) -> None:
    _not_self(ctx, user, "deactivate")
    _last_admin(ctx, user)
    ctx.writer.update(user, is_active=False)
    end_sessions(ctx.session, user.id)


def reactivate(ctx: Context, user: User, _: Mapping[str, Any]) -> None:
    ctx.writer.update(user, is_active=True)


def reset_password(ctx: Context, user: User, body: Mapping[str, Any]) -> None:
    reset = parse_input(PasswordReset, body)
    set_password(ctx.session, user, reset.password)
    _audit(ctx, user, "reset_password")


def unlock(ctx: Context, user: User, _: Mapping[str, Any]) -> None:
    key = username_key(user.username)
    ctx.session.execute(sa.delete(LoginThrottle).where(LoginThrottle.username == key))
    _audit(ctx, user, "unlock")


def _audit(ctx: Context, user: User, action: str) -> None:
    audit.record(ctx.session, ctx.principal, action, "users", user.id, hospital_id=user.hospital_id)


UserAction = Callable[[Context, User, Mapping[str, Any]], None]
ACTIONS: Mapping[str, UserAction] = {
    "deactivate": deactivate,
    "reactivate": reactivate,
    "reset-password": reset_password,
    "unlock": unlock,
}


def act(
    ctx: Context, user_id: uuid.UUID, action: UserAction, body: Mapping[str, Any]
) -> dict[str, Any]:
    user = _target(ctx, user_id)
    action(ctx, user, body)
    ctx.session.flush()
    return row_out(user)
