"""Which table each administration resource is, and how its rows are scoped and shown.

A resource's rows belong to a hospital through ``hospital_column`` (the
hospitals table through its own ``id``); resources without one (owners,
contracts' owners, channel prices) are an administrator's alone, since a
hospital grant needs the row's hospital and fails closed without it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from shared.db.models.loyalty import LoyaltyProgram, LoyaltyReward
from shared.db.models.messaging import ChannelPrice, MessageTemplate
from shared.db.models.organisation import Clinician, Department, Device, Hospital, User
from shared.db.models.owners import Contract, OwnerAccount
from shared.errors import NotFoundError
from shared.sync.codec import encode_value
from sync_server.messaging.budgets import CampaignBudget

#: Sync bookkeeping a form never shows.
HIDDEN = frozenset({"field_clocks", "server_seq", "deleted_at"})


@dataclass(frozen=True, slots=True)
class Binding:
    model: type[Any]
    hospital_column: str | None = "hospital_id"
    #: False for a server-only table: written without the sync registry (no desk has it).
    replicated: bool = True

    def hospital_of(self, row: Any) -> uuid.UUID | None:
        if self.hospital_column is None:
            return None
        value: uuid.UUID | None = getattr(row, self.hospital_column)
        return value


BINDINGS: Mapping[str, Binding] = {
    "hospitals": Binding(Hospital, "id"),
    "owners": Binding(OwnerAccount, None),
    "contracts": Binding(Contract),
    "users": Binding(User),
    "departments": Binding(Department),
    "clinicians": Binding(Clinician),
    "rewards": Binding(LoyaltyReward),
    "loyalty-program": Binding(LoyaltyProgram),
    "channel-prices": Binding(ChannelPrice, None),
    "templates": Binding(MessageTemplate, None),
    "devices": Binding(Device),
    "campaign-budgets": Binding(CampaignBudget, replicated=False),
}


def binding(name: str) -> Binding:
    found = BINDINGS.get(name)
    if found is None:
        raise NotFoundError(f"There is no administration page {name!r}.")
    return found


def row_out(row: Any) -> dict[str, Any]:
    """A row as the API answers it: every column but the sync bookkeeping, JSON-ready."""
    columns = sa.inspect(type(row)).columns
    return {c.key: encode_value(getattr(row, c.key)) for c in columns if c.key not in HIDDEN}
