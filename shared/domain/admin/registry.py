"""The administration resources: one entry per thing an admin or manager sets up.

``RESOURCES`` maps the name used in ``/api/admin/{resource}`` to its create
and update models (the desk's forms and the server's validation), the
columns a list shows, and the access class whose ``MANAGE`` grant in
``shared.domain.access`` decides who may manage it and within which scope.
A resource without models (devices) is listed and acted on, never created.

The desk builds its Administration pages from here too: the title, the list
columns, the row actions, and which ``*_id`` field names a row of which
resource (``REFERENCES``), so a form offers a drop-down of names instead of a
raw id. A new resource or a changed grant is written once, in this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import BaseModel

from shared.domain.access import MATRIX, Action, Resource
from shared.domain.admin.loyalty import (
    LoyaltyProgramCreate,
    LoyaltyProgramUpdate,
    RewardCreate,
    RewardUpdate,
)
from shared.domain.admin.messaging import (
    CampaignBudgetCreate,
    CampaignBudgetUpdate,
    ChannelPriceCreate,
    ChannelPriceUpdate,
    TemplateCreate,
    TemplateUpdate,
)
from shared.domain.admin.organisation import (
    ClinicianCreate,
    ClinicianUpdate,
    DepartmentCreate,
    DepartmentUpdate,
    HospitalCreate,
    HospitalUpdate,
)
from shared.domain.admin.owners import ContractCreate, ContractUpdate, OwnerCreate, OwnerUpdate
from shared.domain.admin.users import UserCreate, UserUpdate
from shared.domain.enums import Role


@dataclass(frozen=True, slots=True)
class AdminResource:
    """One administration screen's contract: forms, list columns and who manages it."""

    name: str
    title: str
    create: type[BaseModel] | None
    update: type[BaseModel] | None
    columns: tuple[str, ...]
    access: Resource
    #: Row actions beyond editing, ``(path segment, button label)``: ``POST /{id}/{segment}``.
    actions: tuple[tuple[str, str], ...] = ()
    #: The column that names a row where another resource refers to it (a picker, a list).
    label: str = "name"


RESOURCES: Mapping[str, AdminResource] = {
    r.name: r
    for r in (
        AdminResource(
            "hospitals",
            "Hospitals",
            HospitalCreate,
            HospitalUpdate,
            ("code", "name", "state", "phone"),
            Resource.HOSPITALS,
        ),
        AdminResource(
            "owners",
            "Owner accounts",
            OwnerCreate,
            OwnerUpdate,
            ("display_name", "kind", "phone", "email", "status"),
            Resource.OWNERS,
            label="display_name",
        ),
        AdminResource(
            "contracts",
            "Contracts",
            ContractCreate,
            ContractUpdate,
            (
                "reference",
                "owner_account_id",
                "hospital_id",
                "management_fee_bps",
                "status",
            ),
            Resource.OWNERS,
        ),
        AdminResource(
            "users",
            "Users",
            UserCreate,
            UserUpdate,
            ("username", "full_name", "role", "hospital_id", "is_active"),
            Resource.USERS,
            actions=(
                ("deactivate", "Deactivate"),
                ("reactivate", "Reactivate"),
                ("unlock", "Unlock"),
                ("reset-password", "Reset password"),
            ),
            label="username",
        ),
        AdminResource(
            "departments",
            "Departments",
            DepartmentCreate,
            DepartmentUpdate,
            ("name", "hospital_id"),
            Resource.CLINICS,
        ),
        AdminResource(
            "clinicians",
            "Clinicians",
            ClinicianCreate,
            ClinicianUpdate,
            ("full_name", "department_id", "working_hours", "slot_minutes", "active"),
            Resource.CLINICS,
        ),
        AdminResource(
            "rewards",
            "Rewards",
            RewardCreate,
            RewardUpdate,
            ("name", "kind", "points_cost", "stock", "valid_until", "active"),
            Resource.LOYALTY_SETUP,
        ),
        AdminResource(
            "loyalty-program",
            "Loyalty program",
            LoyaltyProgramCreate,
            LoyaltyProgramUpdate,
            ("name", "points_per_visit", "silver_threshold", "gold_threshold", "active"),
            Resource.LOYALTY_SETUP,
        ),
        AdminResource(
            "channel-prices",
            "Channel prices",
            ChannelPriceCreate,
            ChannelPriceUpdate,
            ("channel", "currency", "price_minor"),
            Resource.TEMPLATES,
        ),
        AdminResource(
            "templates",
            "Message templates",
            TemplateCreate,
            TemplateUpdate,
            ("key", "channel", "language", "name", "active", "edited"),
            Resource.TEMPLATES,
        ),
        AdminResource(
            "campaign-budgets",
            "Campaign budgets",
            CampaignBudgetCreate,
            CampaignBudgetUpdate,
            ("hospital_id", "currency", "monthly_cap_minor"),
            Resource.CAMPAIGNS,
            label="hospital_id",
        ),
        AdminResource(
            "devices",
            "Devices",
            None,
            None,
            ("name", "prefix", "hospital_id", "last_sync_at", "revoked_at"),
            Resource.DEVICES,
            actions=(("revoke", "Revoke"),),
        ),
    )
}


#: A ``*_id`` field or column and the resource whose row it names.
REFERENCES: Mapping[str, str] = {
    "hospital_id": "hospitals",
    "department_id": "departments",
    "owner_account_id": "owners",
}


def manageable_by(role: Role) -> tuple[AdminResource, ...]:
    """The resources a role may manage, in screen order (what its Administration menu shows)."""
    grants = MATRIX[role]
    return tuple(
        resource
        for resource in RESOURCES.values()
        if resource.access in grants and Action.MANAGE in grants[resource.access][0]
    )
