"""Wire models of the payout endpoints."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from shared.domain.enums import DisputeStatus, PayoutResponseKind, PayoutStatus
from shared.domain.payouts import check_period
from sync_server.crm.schemas import Day

Period = Annotated[str, Field(max_length=7), AfterValidator(check_period)]


class PayoutCreateIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    contract_id: uuid.UUID
    period: Period


class PayoutFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    owner_id: uuid.UUID | None = None
    status: PayoutStatus | None = None
    period: Period | None = None
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class PayoutStatusIn(BaseModel):
    """A workflow step: paid needs the bank reference and date, failed a reason."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    status: PayoutStatus
    bank_reference: Annotated[str | None, Field(max_length=80)] = None
    paid_on: Day | None = None
    reason: Annotated[str | None, Field(max_length=300)] = None


class PayoutRunIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    period: Period | None = None


class PayoutRunOut(BaseModel):
    period: str
    created: list[uuid.UUID]
    already_there: int


class DisputeOut(BaseModel):
    """An owner's dispute of a payout statement and, once answered, GrandPro's decision."""

    id: uuid.UUID
    payout_id: uuid.UUID
    owner_account_id: uuid.UUID
    hospital_id: uuid.UUID
    period: str
    kind: PayoutResponseKind
    reason: str | None
    status: DisputeStatus | None
    resolution: str | None
    resolved_at: dt.datetime | None
    created_at: dt.datetime


class DisputeResolveIn(BaseModel):
    """Staff's answer: resolved (the owner was right) or rejected, with the reason given."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    status: Literal[DisputeStatus.RESOLVED, DisputeStatus.REJECTED]
    resolution: Annotated[str, Field(min_length=1, max_length=2000)]
