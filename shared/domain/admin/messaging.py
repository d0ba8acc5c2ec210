"""Channel prices, message templates and campaign budgets, as administrators set them up.

Channel prices are what one SMS segment, WhatsApp message or e-mail costs
GrandPro; campaigns show their cost before sending from these
(``estimate_cost``). A message template is one wording per key, channel and
language; its key says which code sends it, and so which variables it may use
(``shared.domain.messaging.senders``). A form checks the text's shape; what
the text may read is checked against its key by ``template_wording``. A
campaign budget is a hospital's hard monthly limit on campaign cost.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from shared.domain.admin.fields import AdminInput, Currency, Kobo, RequiredText, Text
from shared.domain.enums import Channel, Language
from shared.domain.messaging.senders import SENDERS, check_wording
from shared.errors import FieldValidationError

#: Longer than any message a channel carries (WhatsApp stops at 4,096 characters).
MAX_BODY = 10_000


class ChannelPriceCreate(AdminInput):
    channel: Channel = Field(title="Channel")
    currency: Currency = Field("NGN", title="Currency")
    price_minor: Kobo = Field(title="Price", description="Per SMS segment, message or e-mail")


class ChannelPriceUpdate(AdminInput):
    price_minor: Kobo | None = Field(None, title="Price")


def _sent_key(raw: Any) -> Any:
    if isinstance(raw, str) and raw.strip() not in SENDERS:
        raise ValueError("no code sends a template with this key; choose one of the list")
    return raw.strip() if isinstance(raw, str) else raw


#: A key some code sends (a template nobody sends would never go out).
SentKey = Annotated[
    str, BeforeValidator(_sent_key), Field(json_schema_extra={"enum": sorted(SENDERS)})
]
#: A body keeps its line breaks; only the ends are trimmed.
Body = Annotated[str, Field(min_length=1, max_length=MAX_BODY)]


class TemplateCreate(AdminInput):
    """A new wording for a key already sent: another language or channel."""

    key: SentKey = Field(title="Key", description="Which message this is; decides its variables")
    channel: Channel = Field(title="Channel")
    language: Language = Field(title="Language")
    name: RequiredText = Field(title="Name", max_length=120)
    subject: Text = Field(None, title="Subject", max_length=200, description="E-mail only")
    body: Body = Field(title="Body", description="Jinja: {{ hospital_name }}")
    active: bool = Field(True, title="Active")


class TemplateUpdate(AdminInput):
    name: RequiredText | None = Field(None, title="Name", max_length=120)
    subject: Text = Field(None, title="Subject", max_length=200, description="E-mail only")
    body: Body | None = Field(None, title="Body", description="Jinja: {{ hospital_name }}")
    active: bool | None = Field(None, title="Active")


class TemplatePreview(AdminInput):
    """What the live preview renders: the form's text as it stands, unsaved."""

    key: SentKey = Field(title="Key")
    channel: Channel = Field(title="Channel")
    subject: Text = Field(None, title="Subject", max_length=200)
    body: Body = Field(title="Body")


def template_wording(key: str, channel: Channel, subject: str | None, body: str) -> frozenset[str]:
    """The variables subject and body use; refused, naming the field, when they cannot be sent.

    Only e-mail has a subject, and an e-mail needs one.
    """
    if channel is Channel.EMAIL and not subject:
        raise FieldValidationError("subject", "Subject: an e-mail needs a subject")
    if channel is not Channel.EMAIL and subject:
        raise FieldValidationError("subject", f"Subject: a {channel.value} message has none")
    return check_wording(key, "subject", "Subject", subject) | check_wording(
        key, "body", "Body", body
    )


class CampaignBudgetCreate(AdminInput):
    """A hard monthly limit on what one hospital's campaigns may cost."""

    hospital_id: uuid.UUID = Field(title="Hospital")
    currency: Currency = Field("NGN", title="Currency")
    monthly_cap_minor: Kobo = Field(
        title="Monthly budget", description="Campaigns past it this month are refused"
    )


class CampaignBudgetUpdate(AdminInput):
    monthly_cap_minor: Kobo | None = Field(None, title="Monthly budget")
