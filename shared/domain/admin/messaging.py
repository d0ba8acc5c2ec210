"""Channel prices: what one SMS segment, WhatsApp message or e-mail costs GrandPro.

Campaigns show their cost before sending from these (``estimate_cost``).
"""

from __future__ import annotations

from pydantic import Field

from shared.domain.admin.fields import AdminInput, Currency, Kobo
from shared.domain.enums import Channel


class ChannelPriceCreate(AdminInput):
    channel: Channel = Field(title="Channel")
    currency: Currency = Field("NGN", title="Currency")
    price_minor: Kobo = Field(title="Price", description="Per SMS segment, message or e-mail")


class ChannelPriceUpdate(AdminInput):
    price_minor: Kobo | None = Field(None, title="Price")
