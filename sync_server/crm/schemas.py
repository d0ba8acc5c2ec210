"""Wire models of the CRM API: what callers send (beyond the shared input rules) and get back."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from shared.domain.appointments import AppointmentRequest
from shared.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Channel,
    FeedbackCategory,
    Language,
    LedgerKind,
    LogChannel,
    PayerType,
    Sex,
)
from shared.domain.loyalty import Tier
from shared.domain.patients import CommunicationPreferences, PatientRegistration


def _plausible(value: dt.date) -> dt.date:
    """Dates outside 1900-2200 are typing slips; near year 1 or 9999 they overflow time zones."""
    if not 1900 <= value.year <= 2200:
        raise ValueError("is not a plausible date")
    return value


#: A calendar day or a moment that fits every time zone and both databases.
Day = Annotated[dt.date, AfterValidator(_plausible)]
Moment = Annotated[dt.datetime, AfterValidator(_plausible)]


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class RegisterPatientIn(PatientRegistration):
    """Registration plus the hospital, which only an administrator needs to name."""

    hospital_id: uuid.UUID | None = None


class PatientOut(Out):
    id: uuid.UUID
    hospital_id: uuid.UUID
    patient_number: str
    first_name: str
    middle_name: str | None
    last_name: str
    sex: Sex
    date_of_birth: dt.date | None
    phone: str | None
    email: str | None
    address: str | None
    state: str | None
    lga: str | None
    nin: str | None
    payer_type: PayerType
    payer_name: str | None
    allergies: list[str]
    chronic_conditions: list[str]
    preferred_language: Language
    preferred_channel: Channel
    consent_sms: bool
    consent_whatsapp: bool
    consent_email: bool
    consent_marketing: bool
    created_at: dt.datetime


class RegisteredOut(BaseModel):
    patient: PatientOut
    possible_duplicates: list[uuid.UUID]
    household: list[uuid.UUID]


class LoyaltySummaryOut(BaseModel):
    points: int
    lifetime_points: int
    tier: Tier
    #: Points earned on recent payments that cannot be spent until their hold ends.
    on_hold: int = 0


class ProfileOut(BaseModel):
    patient: PatientOut
    household: list[uuid.UUID]
    loyalty: LoyaltySummaryOut
    upcoming_appointments: int


class PreferencesOut(CommunicationPreferences):
    patient_id: uuid.UUID


class ScheduleIn(AppointmentRequest):
    """A booking; reminders go by the patient's preferred channel unless one is named."""

    reminder_channel: Channel | None = None


class AppointmentOut(Out):
    id: uuid.UUID
    hospital_id: uuid.UUID
    patient_id: uuid.UUID
    clinician_id: uuid.UUID | None
    department_id: uuid.UUID | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: AppointmentKind
    status: AppointmentStatus
    reason: str | None


class ScheduledOut(BaseModel):
    """A booking earns no points: the visit does, once it is completed."""

    appointment: AppointmentOut
    reminders: list[dt.datetime]


class RemindersOut(BaseModel):
    due: int
    processed: int


class FeedbackOut(Out):
    id: uuid.UUID
    patient_id: uuid.UUID
    rating: int
    nps: int | None
    category: FeedbackCategory
    comments: str | None
    submitted_at: dt.datetime


class FeedbackSubmittedOut(BaseModel):
    feedback: FeedbackOut
    follow_up: bool
    loyalty_points_awarded: int


class FeedbackSummaryOut(BaseModel):
    count: int
    average_rating: float | None
    distribution: dict[int, int]
    nps: int | None
    by_category: dict[str, int]
    open_follow_ups: int


class FeedbackFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hospital_id: uuid.UUID | None = None
    since: Day | None = None
    until: Day | None = None


class LedgerOut(Out):
    id: uuid.UUID
    kind: LedgerKind
    points: int
    reason: str
    occurred_at: dt.datetime
    expires_at: dt.datetime | None


class RewardOut(Out):
    id: uuid.UUID
    name: str
    description: str | None
    points_cost: int


class RedemptionOut(BaseModel):
    redemption_id: uuid.UUID
    reward: RewardOut
    points_spent: int
    balance: int
    #: What the patient shows the cashier; good for one payment.
    code: str | None = None


class CommunicationIn(BaseModel):
    """A message to one patient or owner: a template by key, or a written body."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    channel: Channel
    template_key: Annotated[str | None, Field(max_length=80)] = None
    variables: dict[str, Any] = Field(default_factory=dict)
    subject: Annotated[str | None, Field(max_length=200)] = None
    body: Annotated[str | None, Field(min_length=1, max_length=4000)] = None
    scheduled_for: Moment | None = None
    urgent: bool = False


class MessageOut(Out):
    id: uuid.UUID
    channel: Channel
    address: str
    subject: str | None
    body: str
    status: str
    scheduled_for: dt.datetime | None
    created_at: dt.datetime


class CommunicationLogOut(Out):
    id: uuid.UUID
    channel: LogChannel
    direction: str
    subject: str | None
    summary: str
    occurred_at: dt.datetime
    message_id: uuid.UUID | None


class PageQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0
