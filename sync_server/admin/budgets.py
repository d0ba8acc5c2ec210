"""Campaign budgets: one monthly limit per hospital and currency, set by an administrator."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from shared.errors import ConflictError
from sync_server.admin.service import RULES, Context, Rules, live_hospital, without_nulls
from sync_server.messaging.budgets import CampaignBudget


def _create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    hospital = live_hospital(ctx.session, values["hospital_id"])
    query = sa.select(CampaignBudget.id).where(CampaignBudget.hospital_id == hospital.id)
    if ctx.session.scalar(query) is not None:
        raise ConflictError(
            f"Hospital: {hospital.name} already has a campaign budget; edit it",
            field="hospital_id",
        )
    return values


def _update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    return without_nulls(ctx, changes, required=("monthly_cap_minor",))


RULES["campaign-budgets"] = Rules(create=_create, update=_update)
