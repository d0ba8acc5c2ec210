"""Staff and owner accounts: who may create which, and what an account needs.

Administrators create accounts of every role; a hospital's manager creates
front-desk and clinician accounts of their own hospital only
(:func:`check_assignable_role`). Which hospital or owner account an account
belongs to follows from its role (:func:`check_account_scope`), the rule the
database's CHECK constraints hold too.
"""

from __future__ import annotations

import re
import uuid
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from shared.domain.admin.fields import AdminInput, Email, Name, OptionalName, Phone
from shared.domain.enums import Role
from shared.errors import FieldValidationError, PermissionDeniedError

HOSPITAL_ROLES = frozenset({Role.MANAGER, Role.FRONT_DESK, Role.CLINICIAN})
#: The roles a hospital's manager may give; admins may give every role.
MANAGER_ASSIGNABLE = frozenset({Role.FRONT_DESK, Role.CLINICIAN})
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


def _username(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    name = raw.strip().lower()
    if not _USERNAME.match(name):
        raise ValueError("use up to 80 letters, digits, dots, hyphens or underscores")
    return name


Username = Annotated[str, BeforeValidator(_username)]


class UserCreate(AdminInput):
    """A new account; its first password is set here and checked for strength."""

    username: Username = Field(title="Username", description="How the person signs in")
    full_name: Name = Field(title="Full name")
    role: Role = Field(title="Role")
    hospital_id: uuid.UUID | None = Field(
        None, title="Hospital", description="For managers, front desk and clinicians"
    )
    owner_account_id: uuid.UUID | None = Field(None, title="Owner", description="For owners")
    email: Email = Field(None, title="E-mail")
    phone: Phone = Field(None, title="Phone")
    password: str = Field(title="Password", description="At least 10 characters, not a common one")


class UserUpdate(AdminInput):
    """A change to an account; a new role or hospital ends its sessions at once."""

    full_name: OptionalName = Field(None, title="Full name")
    role: Role | None = Field(None, title="Role")
    hospital_id: uuid.UUID | None = Field(None, title="Hospital")
    owner_account_id: uuid.UUID | None = Field(None, title="Owner")
    email: Email = Field(None, title="E-mail")
    phone: Phone = Field(None, title="Phone")


class PasswordReset(AdminInput):
    password: str = Field(title="Password", description="At least 10 characters, not a common one")


def assignable_roles(role: Role) -> frozenset[Role]:
    """The roles an account of ``role`` may create or give (none for desk staff and owners)."""
    if role is Role.ADMIN:
        return frozenset(Role)
    if role is Role.MANAGER:
        return MANAGER_ASSIGNABLE
    return frozenset()


def check_assignable_role(actor_role: Role, target_role: Role) -> None:
    """Refuse a manager making or changing anyone but front-desk and clinician accounts."""
    if target_role not in assignable_roles(actor_role):
        raise PermissionDeniedError(
            f"Your role may not manage {target_role.value.replace('_', ' ')} accounts."
        )


def check_account_scope(
    role: Role, hospital_id: uuid.UUID | None, owner_account_id: uuid.UUID | None
) -> None:
    """Hospital staff belong to a hospital, owners to an owner account, admins to neither."""
    if role in HOSPITAL_ROLES and hospital_id is None:
        raise FieldValidationError("hospital_id", "Hospital: choose where this person works")
    if role in HOSPITAL_ROLES and owner_account_id is not None:
        raise FieldValidationError("owner_account_id", "Owner: only owner accounts have one")
    if role is Role.OWNER and owner_account_id is None:
        raise FieldValidationError("owner_account_id", "Owner: choose the owner account")
    if role is not Role.OWNER and role not in HOSPITAL_ROLES and hospital_id is not None:
        raise FieldValidationError("hospital_id", "Hospital: administrators belong to no hospital")
    if role is Role.OWNER and hospital_id is not None:
        raise FieldValidationError("hospital_id", "Hospital: owners belong to no hospital")
