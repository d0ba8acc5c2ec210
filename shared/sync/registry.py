"""Which tables replicate, how, and to whom: the one place sync asks about a table.

A *scope* is a string naming a slice of the data a device subscribes to:

- ``h:<hospital id>``: a hospital's operational rows (patients, appointments, ...);
- ``hf:<hospital id>``: a hospital's financial rows (contracts, payouts,
  revenue summaries), for managers and admins only;
- ``o:<owner account id>``: an owner's contracts, payouts, revenue summaries,
  communications and surveys, and the hospitals they own — never a patient row;
- ``g``: rows shared by every hospital (network-wide templates, prices, rewards).

The server writes one change-log row per scope a change belongs to, so a
pull reads an index range per scope instead of filtering one global feed.

Policies:

- ``MUTABLE``: desks insert and edit; concurrent edits merge field by field.
- ``APPEND_ONLY``: desks insert, never edit; a second insert of the same id is
  a no-op, so these rows can never conflict.
- ``SERVER_OWNED``: replicated to devices but written only by the server.
- ``SERVER_ONLY``: never leaves the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from shared.domain.access import Action, Principal, Resource, can
from shared.domain.enums import Role
from shared.sync.validators import RowValidator, validator_for

GLOBAL_SCOPE = "g"

#: Columns that carry sync bookkeeping, never written by a client mutation.
SYNC_COLUMNS = frozenset({"id", "server_seq", "field_clocks", "created_at", "updated_at"})

#: Columns an owner's device must never receive, whatever the table.
PERSONAL_COLUMNS = frozenset({"patient_id"})


class Policy(StrEnum):
    MUTABLE = "mutable"
    APPEND_ONLY = "append_only"
    SERVER_OWNED = "server_owned"
    SERVER_ONLY = "server_only"


@dataclass(frozen=True, slots=True)
class TableSpec:
    """How one table replicates.

    ``hospital_column`` names the hospital a row belongs to (``id`` for the
    hospitals table itself); a NULL there makes the row global when
    ``global_when_null``. ``financial`` rows go to ``hf:`` instead of ``h:``.
    ``owner_column`` sends the row to that owner's scope; ``owner_via_contract``
    sends it to every owner with a contract on the row's hospital.
    ``server_fields`` may only be set by the server (a client's value is
    dropped on insert and refused on edit). ``field_groups`` are fields that
    only make sense together (a status and what records it, a start and its
    end): a desk writes the whole group when it writes one of them, and a
    race over any of them is decided for the group as a whole.
    ``validator`` checks a whole row with the desk form's rules
    (``shared.sync.validators``); the push runs it on every row it would store.
    """

    name: str
    policy: Policy
    resource: Resource
    hospital_column: str | None = "hospital_id"
    global_when_null: bool = False
    financial: bool = False
    owner_column: str | None = None
    owner_via_contract: bool = False
    server_fields: frozenset[str] = frozenset()
    field_groups: tuple[frozenset[str], ...] = ()
    validator: RowValidator | None = None

    def group_of(self, field: str) -> frozenset[str]:
        """The fields that merge as one unit with ``field`` (only itself outside a group)."""
        for group in self.field_groups:
            if field in group:
                return group
        return frozenset({field})

    @property
    def client_writable(self) -> bool:
        return self.policy in (Policy.MUTABLE, Policy.APPEND_ONLY)

    @property
    def replicated(self) -> bool:
        return self.policy is not Policy.SERVER_ONLY


def _spec(name: str, policy: Policy, resource: Resource, **kwargs: Any) -> TableSpec:
    kwargs.setdefault("validator", validator_for(name))
    return TableSpec(name, policy, resource, **kwargs)


_M, _A, _SO, _SX = Policy.MUTABLE, Policy.APPEND_ONLY, Policy.SERVER_OWNED, Policy.SERVER_ONLY

#: In foreign-key order: a snapshot downloads tables in this order.
SPECS: tuple[TableSpec, ...] = (
    _spec("hospitals", _SO, Resource.HOSPITALS, hospital_column="id", owner_via_contract=True),
    _spec(
        "owner_accounts",
        _M,
        Resource.OWNERS,
        hospital_column=None,
        owner_column="id",
        server_fields=frozenset({"status", "kind"}),
    ),
    _spec("users", _SO, Resource.USERS, owner_column="owner_account_id"),
    _spec("departments", _M, Resource.HOSPITALS),
    _spec("clinicians", _M, Resource.HOSPITALS),
    _spec("devices", _SO, Resource.DEVICES, owner_column="owner_account_id"),
    _spec("channel_prices", _SO, Resource.TEMPLATES, hospital_column=None),
    _spec("message_templates", _SO, Resource.TEMPLATES, hospital_column=None),
    _spec(
        "campaigns",
        _M,
        Resource.CAMPAIGNS,
        global_when_null=True,
        server_fields=frozenset({"started_at", "completed_at", "estimated_cost_minor"}),
        field_groups=(frozenset({"status", "approved_by_id", "approved_at"}),),
    ),
    _spec("patients", _M, Resource.PATIENTS),
    _spec("patient_duplicate_flags", _M, Resource.PATIENTS),
    _spec("patient_referrals", _A, Resource.PATIENTS),
    _spec("contracts", _SO, Resource.OWNERS, financial=True, owner_column="owner_account_id"),
    _spec(
        "messages",
        _M,
        Resource.PATIENT_COMMUNICATIONS,
        owner_column="owner_account_id",
        server_fields=frozenset(
            {
                "status",
                "attempts",
                "next_attempt_at",
                "provider",
                "provider_message_id",
                "error_code",
                "error_message",
                "sent_at",
                "delivered_at",
                "read_at",
            }
        ),
    ),
    _spec(
        "appointments",
        _M,
        Resource.APPOINTMENTS,
        field_groups=(
            frozenset({"status", "cancelled_reason", "checked_in_at"}),
            frozenset({"needs_reschedule", "reschedule_reason"}),
            frozenset({"starts_at", "ends_at"}),
        ),
    ),
    _spec("appointment_reminders", _SO, Resource.APPOINTMENTS),
    _spec(
        "patient_feedback",
        _M,
        Resource.FEEDBACK,
        server_fields=frozenset({"follow_up_alerted_at"}),
        field_groups=(
            frozenset(
                {
                    "follow_up_status",
                    "follow_up_note",
                    "follow_up_outcome",
                    "follow_up_closed_at",
                    "follow_up_closed_by_id",
                }
            ),
        ),
    ),
    _spec("patient_communications", _A, Resource.PATIENT_COMMUNICATIONS),
    _spec("loyalty_programs", _M, Resource.LOYALTY, global_when_null=True),
    _spec("loyalty_ledger", _A, Resource.LOYALTY),
    _spec("loyalty_tier_changes", _SO, Resource.LOYALTY),
    _spec("loyalty_pool_members", _M, Resource.LOYALTY),
    _spec("loyalty_rewards", _M, Resource.LOYALTY, global_when_null=True),
    _spec(
        "loyalty_redemptions",
        _M,
        Resource.LOYALTY,
        field_groups=(frozenset({"status", "status_reason"}),),
    ),
    _spec("revenue_entries", _A, Resource.PAYMENTS),
    _spec("revenue_summaries", _SO, Resource.FINANCIALS, financial=True, owner_via_contract=True),
    _spec("service_recovery_months", _SO, Resource.REPORTS, owner_via_contract=True),
    _spec("payouts", _SO, Resource.PAYOUTS, financial=True, owner_column="owner_account_id"),
    _spec(
        "payout_responses",
        _M,
        Resource.PAYOUTS,
        hospital_column=None,
        owner_column="owner_account_id",
        server_fields=frozenset({"status", "resolution", "resolved_at"}),
        field_groups=(frozenset({"kind", "reason"}),),
    ),
    _spec(
        "owner_communications",
        _A,
        Resource.OWNER_COMMUNICATIONS,
        hospital_column=None,
        owner_column="owner_account_id",
    ),
    _spec(
        "owner_satisfaction_surveys",
        _M,
        Resource.OWNERS,
        hospital_column=None,
        owner_column="owner_account_id",
        server_fields=frozenset({"sent_at"}),
    ),
    _spec(
        "sync_conflicts",
        _M,
        Resource.PATIENTS,
        server_fields=frozenset(
            {
                "table_name",
                "row_id",
                "field",
                "winning_value",
                "losing_value",
                "winning_clock",
                "losing_clock",
                "losing_device_id",
            }
        ),
    ),
    # An opt-out without a hospital is the server's own (dispatch honours it);
    # each hospital whose patients use the address gets its own row.
    _spec("suppressions", _SO, Resource.CAMPAIGNS),
    _spec("campaign_recipients", _SX, Resource.CAMPAIGNS, hospital_column=None),
    _spec("message_attempts", _SX, Resource.CAMPAIGNS, hospital_column=None),
    _spec("delivery_events", _SX, Resource.CAMPAIGNS, hospital_column=None),
)

REGISTRY: Mapping[str, TableSpec] = {spec.name: spec for spec in SPECS}
REPLICATED: tuple[TableSpec, ...] = tuple(s for s in SPECS if s.replicated)


def spec_for(table_name: str) -> TableSpec | None:
    return REGISTRY.get(table_name)


OwnersOfHospital = Callable[[uuid.UUID], Iterable[uuid.UUID]]


def _as_uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


def is_global(spec: TableSpec) -> bool:
    """A row with no hospital is network-wide if its table says so (or has no owner either)."""
    if spec.hospital_column is None:
        return spec.owner_column is None
    return spec.global_when_null


def scopes_for(
    spec: TableSpec, row: Mapping[str, Any], owners_of: OwnersOfHospital | None = None
) -> list[str]:
    """Every scope a row belongs to (empty for server-only tables)."""
    if not spec.replicated:
        return []
    scopes: list[str] = []
    hospital_id = _as_uuid(row.get(spec.hospital_column)) if spec.hospital_column else None
    if hospital_id is not None:
        scopes.append(f"{'hf' if spec.financial else 'h'}:{hospital_id}")
        if spec.owner_via_contract and owners_of is not None:
            scopes.extend(f"o:{owner}" for owner in owners_of(hospital_id))
    elif is_global(spec):
        scopes.append(GLOBAL_SCOPE)
    owner_id = _as_uuid(row.get(spec.owner_column)) if spec.owner_column else None
    if owner_id is not None:
        scopes.append(f"o:{owner_id}")
    return list(dict.fromkeys(scopes))


def subscribed_scopes(
    role: Role, hospital_id: uuid.UUID | None, owner_account_id: uuid.UUID | None
) -> list[str]:
    """The scopes a signed-in device receives, decided by the user's role."""
    if role is Role.OWNER:
        return [f"o:{owner_account_id}"] if owner_account_id else []
    if hospital_id is None:
        return [GLOBAL_SCOPE]
    scopes = [GLOBAL_SCOPE, f"h:{hospital_id}"]
    if role in (Role.MANAGER, Role.ADMIN):
        scopes.append(f"hf:{hospital_id}")
    return scopes


def received_tables(principal: Principal) -> frozenset[str]:
    """The replicated tables a device receives: those its user's role may READ.

    What a role may not read through REST it does not receive through sync
    either, so the permission matrix decides, table by table. Every row a
    device can receive already lies in its own scopes (its hospital, its
    owner account, or network-wide), so the question per table is the READ
    grant for the table's resource at the principal's own hospital and owner
    account. Snapshot and pull both filter by this one set; a change of role
    changes it, and with it the device's ``scope_key``.

    No desk screen needs more than its role is granted: offline sign-in reads
    the PC's own cached logins, not ``users``; booking reads ``clinicians``
    and ``departments``, hospital rows every role may read; a clinician's
    Payments and message templates stay empty because the role may not read
    them through REST either.
    """
    return frozenset(
        spec.name
        for spec in REPLICATED
        if can(
            principal,
            Action.READ,
            spec.resource,
            hospital_id=principal.hospital_id,
            owner_account_id=principal.owner_account_id,
        )
    )


def project_for_scope(scope: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The row as a scope may see it: owner scopes never carry personal columns."""
    if not scope.startswith("o:"):
        return payload
    return {k: v for k, v in payload.items() if k not in PERSONAL_COLUMNS}
