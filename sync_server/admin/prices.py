"""Channel prices: one per channel and currency, so a campaign's cost estimate is unambiguous."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from shared.db.models.messaging import ChannelPrice
from shared.errors import ConflictError
from sync_server.admin.service import RULES, Context, Rules, without_nulls


def _price_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    query = sa.select(ChannelPrice.id).where(
        ChannelPrice.channel == values["channel"],
        ChannelPrice.currency == values["currency"],
        ChannelPrice.deleted_at.is_(None),
    )
    if ctx.session.scalar(query) is not None:
        raise ConflictError(
            f"Channel: {values['channel']} already has a {values['currency']} price; edit it",
            field="channel",
        )
    return values


def _price_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    return without_nulls(ctx, changes, required=("price_minor",))


RULES["channel-prices"] = Rules(create=_price_create, update=_price_update)
