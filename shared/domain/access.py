"""Who may do what: the one permission matrix (role x action x resource class x scope).

Every endpoint and service asks this module instead of testing roles itself,
so the rules are read, reviewed and tested in one place.

Usage::

    from shared.domain.access import Action, Principal, Resource, require

    require(principal, Action.READ, Resource.PATIENTS, hospital_id=patient.hospital_id)
    require(principal, Action.READ, Resource.PAYOUTS, owner_account_id=payout.owner_account_id)

Scope rules: an ``ALL`` grant needs no ids; a ``HOSPITAL`` grant needs the
row's ``hospital_id`` to equal the principal's; an ``OWNER`` grant needs the
``owner_account_id`` that owns the row (for a hospital's financials, the
account of the hospital's owner) to equal the principal's. A check that lacks
the id its scope needs is denied: the matrix fails closed.

List endpoints call :func:`scope_of` to learn how to filter their query.
``MANAGE`` is the administration API's grant (``/api/admin``): admins manage
everything; a manager manages their hospital's front-desk and clinician
accounts, departments, clinicians and loyalty setup, and nobody else
manages anything.
Owners never get patient personal data: they hold no grant on any resource
that carries it, only on aggregates (``FINANCIALS``, ``REPORTS``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from shared.domain.enums import Role
from shared.errors import PermissionDeniedError


class Action(StrEnum):
    READ = "read"
    WRITE = "write"
    #: Set up and administer (accounts, departments, catalogues, prices) through the
    #: administration API: a grant apart from the day-to-day WRITE a desk makes.
    MANAGE = "manage"


class Resource(StrEnum):
    """Classes of data, grouped by who may see them rather than by table."""

    PATIENTS = "patients"  # personal data and the full patient record
    APPOINTMENTS = "appointments"
    FEEDBACK = "feedback"
    LOYALTY = "loyalty"
    PATIENT_COMMUNICATIONS = "patient_communications"
    CAMPAIGNS = "campaigns"
    TEMPLATES = "templates"
    PAYMENTS = "payments"  # individual patient payments at the desk
    FINANCIALS = "financials"  # revenue aggregates of a hospital
    REPORTS = "reports"  # satisfaction and activity aggregates, no personal data
    PAYOUTS = "payouts"
    OWNERS = "owners"  # owner profile, contracts
    OWNER_COMMUNICATIONS = "owner_communications"
    HOSPITALS = "hospitals"
    USERS = "users"
    DEVICES = "devices"
    AUDIT = "audit"
    CLINICS = "clinics"  # a hospital's departments and clinicians, with their hours
    LOYALTY_SETUP = "loyalty_setup"  # a hospital's loyalty program settings and rewards


class Scope(StrEnum):
    ALL = "all"
    HOSPITAL = "hospital"
    OWNER = "owner"


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller: a user, its role and scope, and the device it uses."""

    user_id: uuid.UUID
    role: Role
    hospital_id: uuid.UUID | None = None
    owner_account_id: uuid.UUID | None = None
    device_id: uuid.UUID | None = None


_RW = frozenset({Action.READ, Action.WRITE})
_R = frozenset({Action.READ})
_MANAGE = frozenset({Action.MANAGE})
_ALL_ACTIONS = frozenset(Action)
Grant = tuple[frozenset[Action], Scope]

_MANAGER: dict[Resource, Grant] = {
    Resource.PATIENTS: (_RW, Scope.HOSPITAL),
    Resource.APPOINTMENTS: (_RW, Scope.HOSPITAL),
    Resource.FEEDBACK: (_RW, Scope.HOSPITAL),
    Resource.LOYALTY: (_RW, Scope.HOSPITAL),
    Resource.PATIENT_COMMUNICATIONS: (_RW, Scope.HOSPITAL),
    Resource.CAMPAIGNS: (_RW, Scope.HOSPITAL),
    Resource.TEMPLATES: (_RW, Scope.HOSPITAL),
    Resource.PAYMENTS: (_RW, Scope.HOSPITAL),
    Resource.FINANCIALS: (_R, Scope.HOSPITAL),
    Resource.REPORTS: (_R, Scope.HOSPITAL),
    Resource.PAYOUTS: (_R, Scope.HOSPITAL),
    Resource.HOSPITALS: (_R, Scope.HOSPITAL),
    Resource.USERS: (_RW | _MANAGE, Scope.HOSPITAL),  # front-desk and clinician accounts only
    Resource.DEVICES: (_RW, Scope.HOSPITAL),
    Resource.AUDIT: (_R, Scope.HOSPITAL),
    Resource.CLINICS: (_R | _MANAGE, Scope.HOSPITAL),
    Resource.LOYALTY_SETUP: (_R | _MANAGE, Scope.HOSPITAL),
}

_FRONT_DESK: dict[Resource, Grant] = {
    Resource.PATIENTS: (_RW, Scope.HOSPITAL),
    Resource.APPOINTMENTS: (_RW, Scope.HOSPITAL),
    Resource.FEEDBACK: (_RW, Scope.HOSPITAL),
    Resource.LOYALTY: (_RW, Scope.HOSPITAL),
    Resource.PATIENT_COMMUNICATIONS: (_RW, Scope.HOSPITAL),
    Resource.TEMPLATES: (_R, Scope.HOSPITAL),
    Resource.PAYMENTS: (_RW, Scope.HOSPITAL),
    Resource.HOSPITALS: (_R, Scope.HOSPITAL),
}

_CLINICIAN: dict[Resource, Grant] = {
    Resource.PATIENTS: (_RW, Scope.HOSPITAL),
    Resource.APPOINTMENTS: (_RW, Scope.HOSPITAL),
    Resource.FEEDBACK: (_R, Scope.HOSPITAL),
    Resource.LOYALTY: (_R, Scope.HOSPITAL),
    Resource.PATIENT_COMMUNICATIONS: (_R, Scope.HOSPITAL),
    Resource.HOSPITALS: (_R, Scope.HOSPITAL),
}

_OWNER: dict[Resource, Grant] = {
    Resource.FINANCIALS: (_R, Scope.OWNER),
    Resource.REPORTS: (_R, Scope.OWNER),
    Resource.PAYOUTS: (_RW, Scope.OWNER),  # write = acknowledge or dispute a payout
    Resource.OWNERS: (_RW, Scope.OWNER),
    Resource.OWNER_COMMUNICATIONS: (_R, Scope.OWNER),
    Resource.HOSPITALS: (_R, Scope.OWNER),
}

MATRIX: Mapping[Role, Mapping[Resource, Grant]] = {
    Role.ADMIN: {resource: (_ALL_ACTIONS, Scope.ALL) for resource in Resource},
    Role.MANAGER: _MANAGER,
    Role.FRONT_DESK: _FRONT_DESK,
    Role.CLINICIAN: _CLINICIAN,
    Role.OWNER: _OWNER,
}


def scope_of(principal: Principal, action: Action, resource: Resource) -> Scope | None:
    """The scope within which the principal may act, or ``None`` if never."""
    grant = MATRIX[principal.role].get(resource)
    if grant is None or action not in grant[0]:
        return None
    return grant[1]


def can(
    principal: Principal,
    action: Action,
    resource: Resource,
    *,
    hospital_id: uuid.UUID | None = None,
    owner_account_id: uuid.UUID | None = None,
) -> bool:
    """Whether the principal may perform ``action`` on a row of ``resource``."""
    scope = scope_of(principal, action, resource)
    if scope is Scope.ALL:
        return True
    if scope is Scope.HOSPITAL:
        return hospital_id is not None and hospital_id == principal.hospital_id
    if scope is Scope.OWNER:
        return owner_account_id is not None and owner_account_id == principal.owner_account_id
    return False


def require(
    principal: Principal,
    action: Action,
    resource: Resource,
    *,
    hospital_id: uuid.UUID | None = None,
    owner_account_id: uuid.UUID | None = None,
) -> None:
    """Raise :class:`PermissionDeniedError` unless :func:`can` allows the call."""
    if not can(
        principal, action, resource, hospital_id=hospital_id, owner_account_id=owner_account_id
    ):
        raise PermissionDeniedError(f"Your role may not {action.value} {resource.value} here.")
