"""Who may move a campaign along, and how: the one rule the REST API and a desk's push follow.

A campaign is written as a draft. Only the server schedules it (``execute``
runs :func:`sync_server.messaging.campaigns.launch`, which checks the cost
and the budgets), and promotional copy, or a cost above the campaign's cap,
stops there as ``pending_approval`` until a second person approves it: a
manager of the campaign's hospital (or an administrator) who did not create
it. Anyone who may write campaigns may cancel one that has not started.

A desk holds campaigns in its copy and could push any status; so the push
path runs :func:`check_client_change` on every pushed campaign, and the REST
API's approve and cancel run :func:`approve` and :func:`cancel`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from shared.clock import utcnow
from shared.domain.access import Action, Principal, Resource, can
from shared.domain.enums import CampaignStatus, Role
from shared.errors import ConflictError, PermissionDeniedError

#: What a campaign's author may still change: before it is approved or scheduled.
EDITABLE = frozenset({CampaignStatus.DRAFT, CampaignStatus.PENDING_APPROVAL})
#: A campaign that has not started sending yet may be called off.
CANCELLABLE = frozenset(
    {
        CampaignStatus.DRAFT,
        CampaignStatus.PENDING_APPROVAL,
        CampaignStatus.APPROVED,
        CampaignStatus.SCHEDULED,
    }
)
APPROVERS = frozenset({Role.MANAGER, Role.ADMIN})
#: The columns whose change is a move of the campaign, not an edit of its content.
STATUS_FIELDS = frozenset({"status", "approved_by_id", "approved_at"})


def may_write(principal: Principal, hospital_id: uuid.UUID | None) -> bool:
    """Whether ``principal`` may write this campaign (a network-wide one: administrators)."""
    if hospital_id is None:
        return principal.role is Role.ADMIN
    return can(principal, Action.WRITE, Resource.CAMPAIGNS, hospital_id=hospital_id)


def check_approver(
    principal: Principal,
    *,
    hospital_id: uuid.UUID | None,
    created_by_id: uuid.UUID | None,
    status: CampaignStatus,
) -> None:
    """A second manager of the hospital (or an administrator) approves a waiting campaign."""
    if principal.role not in APPROVERS or not may_write(principal, hospital_id):
        raise PermissionDeniedError("Only a manager of the hospital may approve a campaign.")
    if created_by_id is not None and principal.user_id == created_by_id:
        raise PermissionDeniedError(
            "A campaign is approved by a second manager, not by the person who wrote it."
        )
    if status is not CampaignStatus.PENDING_APPROVAL:
        raise ConflictError(
            f"Only a campaign waiting for approval can be approved; this one is {status.value}.",
            field="status",
            code="not_pending",
        )


def approve(
    principal: Principal,
    campaign: Any,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The approval's columns, after :func:`check_approver`; the caller writes them."""
    check_approver(
        principal,
        hospital_id=campaign.hospital_id,
        created_by_id=campaign.created_by_id,
        status=campaign.status,
    )
    return {
        "status": CampaignStatus.APPROVED,
        "approved_by_id": principal.user_id,
        "approved_at": now or utcnow(),
    }


def check_cancel(status: CampaignStatus) -> None:
    if status not in CANCELLABLE:
        raise ConflictError(
            f"A {status.value} campaign cannot be cancelled; it has already started sending.",
            field="status",
            code="not_cancellable",
        )


def check_client_change(
    principal: Principal, row: Any | None, values: Mapping[str, Any]
) -> dict[str, Any]:
    """A pushed campaign, new or edited, held to what the REST API allows; the server's columns.

    New: a draft by the person pushing it. Edited: its content only while
    it is a draft or waits for approval; its status only to cancelled or,
    for a second manager, approved. Returns the columns the server sets
    (the author, the approval's time and approver).
    """
    if row is None:
        status = values.get("status") or CampaignStatus.DRAFT
        if CampaignStatus(status) is not CampaignStatus.DRAFT or values.get("approved_by_id"):
            raise ConflictError(
                "A new campaign is saved as a draft; it is sent from the server.",
                field="status",
                code="not_draft",
            )
        return {"created_by_id": principal.user_id, "approved_by_id": None, "approved_at": None}
    current = CampaignStatus(row.status)
    content = set(values) - STATUS_FIELDS
    if content and current not in EDITABLE:
        raise ConflictError(
            f"A {current.value} campaign can no longer be changed; cancel it and write a new one.",
            field=sorted(content)[0],
            code="not_editable",
        )
    if not set(values) & STATUS_FIELDS:
        return {}
    wanted = CampaignStatus(values.get("status") or current)
    if wanted is CampaignStatus.CANCELLED:
        check_cancel(current)
        return {}
    if wanted is CampaignStatus.APPROVED and current is not CampaignStatus.APPROVED:
        return approve(principal, row)
    raise ConflictError(
        "A campaign's status is set by the server; a desk may only approve or cancel it.",
        field="status",
        code="server_status",
    )
