"""Wire models of the communication, campaign and owner endpoints."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from shared.domain.emails import normalize_email
from shared.domain.enums import (
    CampaignStatus,
    Channel,
    ContractStatus,
    Language,
    MessagePurpose,
    OwnerKind,
    OwnerStatus,
    PayoutStatus,
    Sex,
)
from shared.domain.loyalty import Tier
from shared.domain.money import check_minor
from shared.domain.phones import normalize_phone
from shared.domain.places import normalize_state
from sync_server.crm.schemas import (
    CommunicationIn,
    CommunicationLogOut,
    Day,
    MessageOut,
    Moment,
    Out,
)

MAX_BULK = 500


class SentOut(BaseModel):
    message: MessageOut
    log: CommunicationLogOut


class Skipped(BaseModel):
    id: uuid.UUID
    code: str
    message: str


class BulkOut(BaseModel):
    queued: list[uuid.UUID]
    skipped: list[Skipped]


class OwnerBulkIn(CommunicationIn):
    owner_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_BULK)]


class PatientBulkIn(CommunicationIn):
    patient_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_BULK)]


class SendIn(CommunicationIn):
    """One message to a patient or an owner (exactly one of the two)."""

    patient_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = Field(default=None, validate_default=True)

    @field_validator("owner_id")
    @classmethod
    def _one_recipient(cls, value: uuid.UUID | None, info: Any) -> uuid.UUID | None:
        if (value is None) == (info.data.get("patient_id") is None):
            raise ValueError("give exactly one of patient_id and owner_id")
        return value


class ChannelTestIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    channel: Channel
    address: Annotated[str, Field(min_length=1, max_length=254)]

    @field_validator("address")
    @classmethod
    def _address_fits_channel(cls, value: str, info: Any) -> str:
        if info.data.get("channel") is Channel.EMAIL:
            return normalize_email(value, field="address")
        return normalize_phone(value, field="address")


class ProcessedOut(BaseModel):
    due: int
    processed: int


class TemplateOut(Out):
    id: uuid.UUID
    key: str
    channel: Channel
    language: Language
    name: str
    subject: str | None
    body: str
    variables: list[str]
    purpose: MessagePurpose


class TemplateFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Channel | None = None
    language: Language | None = None


class StatisticsFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: Day | None = None


class StatisticsOut(BaseModel):
    total: int
    by_status: dict[str, int]
    by_channel: dict[str, int]


#: A campaign budget above ₦10 billion is a typing slip.
MAX_BUDGET_MINOR = 10**12


def _minor(raw: Any) -> Any:
    if raw is None:
        return None
    if check_minor(raw, field="budget_cap_minor") > MAX_BUDGET_MINOR:
        raise ValueError("is larger than any campaign budget")
    return raw


class AudienceFilter(BaseModel):
    """Who a campaign reaches; typed here so a bad filter is a 422, not a failed run."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    state: Annotated[str | None, BeforeValidator(lambda v: v and normalize_state(str(v)))] = None
    lga: Annotated[str | None, Field(max_length=80)] = None
    sex: Sex | None = None
    language: Language | None = None
    min_age: Annotated[int | None, Field(strict=True, ge=0, le=130)] = None
    max_age: Annotated[int | None, Field(strict=True, ge=0, le=130)] = None
    last_visit_before: Moment | None = None
    last_visit_after: Moment | None = None
    chronic_condition: Annotated[str | None, Field(max_length=120)] = None
    #: The patient's recorded loyalty tier (bronze: never moved up).
    loyalty_tier: Tier | None = None


class CampaignIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: Annotated[str, Field(min_length=1, max_length=200)]
    template_key: Annotated[str, Field(min_length=1, max_length=80)]
    channel: Channel
    language: Language = Language.ENGLISH
    purpose: MessagePurpose = MessagePurpose.HEALTH_EDUCATION
    audience_filter: AudienceFilter = Field(default_factory=AudienceFilter)
    variables: dict[str, Any] = Field(default_factory=dict)
    scheduled_at: Moment | None = None
    budget_cap_minor: Annotated[int | None, BeforeValidator(_minor)] = None
    hospital_id: uuid.UUID | None = None


class CampaignOut(Out):
    id: uuid.UUID
    hospital_id: uuid.UUID | None
    name: str
    template_id: uuid.UUID
    channel: Channel
    purpose: MessagePurpose
    status: CampaignStatus
    scheduled_at: dt.datetime | None
    estimated_cost_minor: int | None
    budget_cap_minor: int | None
    created_at: dt.datetime
    #: Why the campaign waits for a second manager's approval (empty: it needs none).
    approval_needed: list[str] = []


class SatisfactionOut(Out):
    id: uuid.UUID
    owner_account_id: uuid.UUID
    hospital_id: uuid.UUID | None
    overall_score: int | None
    responded_at: dt.datetime | None


class DimensionOut(BaseModel):
    count: int
    average: float | None


class SatisfactionMetricsOut(BaseModel):
    """Answers per dimension, and how many of the surveys GrandPro sent were answered."""

    responses: int
    dimensions: dict[str, DimensionOut]
    surveys_sent: int
    response_rate: float | None


class SurveySendIn(BaseModel):
    """A survey round (e.g. "2026-Q4") to the owners named, or to every active owner."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    survey_round: Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z-]{0,19}$")]
    channel: Channel = Channel.EMAIL
    owner_ids: Annotated[list[uuid.UUID] | None, Field(min_length=1, max_length=MAX_BULK)] = None


class SurveySendOut(BaseModel):
    sent: list[uuid.UUID]
    skipped: list[Skipped]


class ContractOut(Out):
    id: uuid.UUID
    hospital_id: uuid.UUID
    reference: str
    start_date: dt.date
    end_date: dt.date | None
    management_fee_bps: int
    status: ContractStatus


class PayoutOut(Out):
    id: uuid.UUID
    contract_id: uuid.UUID
    owner_account_id: uuid.UUID
    hospital_id: uuid.UUID
    period: str
    currency: str
    gross_minor: int
    fee_minor: int
    deductions_minor: int
    net_minor: int
    status: PayoutStatus


class OwnerProfileOut(BaseModel):
    id: uuid.UUID
    kind: OwnerKind
    display_name: str
    contact_name: str | None
    email: str | None
    phone: str | None
    state: str | None
    status: OwnerStatus
    bank_account_last4: str | None
    contracts: list[ContractOut]
    recent_payouts: list[PayoutOut]
    satisfaction: SatisfactionMetricsOut
