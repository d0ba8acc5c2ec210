"""Owner accounts and their contracts, as GrandPro's administrators keep them.

Bank details are shown masked everywhere but the form that changes them
(:func:`mask_account_number`). Co-owners of one hospital hold shares of it in
basis points; :func:`preview_split` shows how a sum would divide among them
with the very rule the payout run uses (``shared.domain.payouts.split_by_shares``),
and :func:`check_shares_fit` refuses a contract that would take the
hospital's shares past 100 %.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator

from shared.domain.admin.fields import (
    AdminInput,
    BasisPoints,
    Email,
    Kobo,
    OptionalName,
    Phone,
    RequiredText,
    State,
    Text,
)
from shared.domain.enums import ContractStatus, OwnerKind, OwnerStatus
from shared.domain.payouts import BPS_WHOLE, UNOWNED, split_by_shares
from shared.errors import FieldValidationError

_MASK = "******"


def _nuban(raw: Any) -> Any:
    """The 10-digit NUBAN every Nigerian bank account has; spaces are ignored."""
    if raw is None or not isinstance(raw, str):
        return raw
    digits = "".join(raw.split())
    if not digits:
        return None
    if not (len(digits) == 10 and digits.isascii() and digits.isdigit()):
        raise ValueError("must be the 10-digit NUBAN account number")
    return digits


AccountNumber = Annotated[str | None, BeforeValidator(_nuban)]


def mask_account_number(number: str | None) -> str | None:
    """``0123456789`` is shown as ``******6789``: enough to recognise, not to pay into."""
    if not number:
        return None
    return _MASK + number[-4:]


class OwnerCreate(AdminInput):
    """A hospital owner: a person or a company, with contacts and bank details."""

    kind: OwnerKind = Field(title="Kind", description="A person or a company")
    display_name: RequiredText = Field(title="Name", max_length=200)
    contact_name: OptionalName = Field(None, title="Contact person")
    email: Email = Field(None, title="E-mail")
    phone: Phone = Field(None, title="Phone")
    address: Text = Field(None, title="Address", max_length=300)
    state: State = Field(None, title="State")
    bank_name: Text = Field(None, title="Bank", max_length=120)
    bank_account_number: AccountNumber = Field(None, title="Account number")
    bank_account_name: Text = Field(None, title="Account name", max_length=200)
    status: OwnerStatus = Field(OwnerStatus.ACTIVE, title="Status")


class OwnerUpdate(AdminInput):
    kind: OwnerKind | None = Field(None, title="Kind")
    display_name: Text = Field(None, title="Name", max_length=200)
    contact_name: OptionalName = Field(None, title="Contact person")
    email: Email = Field(None, title="E-mail")
    phone: Phone = Field(None, title="Phone")
    address: Text = Field(None, title="Address", max_length=300)
    state: State = Field(None, title="State")
    bank_name: Text = Field(None, title="Bank", max_length=120)
    bank_account_number: AccountNumber = Field(None, title="Account number")
    bank_account_name: Text = Field(None, title="Account name", max_length=200)
    status: OwnerStatus | None = Field(None, title="Status")


def _check_dates(start: dt.date | None, end: dt.date | None, renewal: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise FieldValidationError("end_date", "the end date must not be before the start date")
    if start is not None and renewal is not None and renewal < start:
        raise FieldValidationError("renewal_date", "the renewal date must be after the start date")


class ContractCreate(AdminInput):
    """An owner's management contract for one hospital."""

    owner_account_id: uuid.UUID = Field(title="Owner")
    hospital_id: uuid.UUID = Field(title="Hospital")
    reference: RequiredText = Field(title="Reference", max_length=40)
    start_date: dt.date = Field(title="Start date")
    end_date: dt.date | None = Field(None, title="End date")
    renewal_date: dt.date | None = Field(
        None, title="Renewal date", description="When the contract is next up for renewal"
    )
    management_fee_bps: BasisPoints = Field(
        title="Management fee", description="GrandPro's fee, a percentage of the revenue"
    )
    owner_share_bps: BasisPoints = Field(
        BPS_WHOLE, title="Owner's share", description="This owner's part of the hospital"
    )
    fixed_deductions_minor: Kobo = Field(0, title="Fixed deductions")
    status: ContractStatus = Field(ContractStatus.ACTIVE, title="Status")
    notes: Text = Field(None, title="Notes", max_length=2000)

    @model_validator(mode="after")
    def _dates(self) -> ContractCreate:
        _check_dates(self.start_date, self.end_date, self.renewal_date)
        return self


class ContractUpdate(AdminInput):
    reference: Text = Field(None, title="Reference", max_length=40)
    start_date: dt.date | None = Field(None, title="Start date")
    end_date: dt.date | None = Field(None, title="End date")
    renewal_date: dt.date | None = Field(None, title="Renewal date")
    management_fee_bps: BasisPoints | None = Field(None, title="Management fee")
    owner_share_bps: BasisPoints | None = Field(None, title="Owner's share")
    fixed_deductions_minor: Kobo | None = Field(None, title="Fixed deductions")
    status: ContractStatus | None = Field(None, title="Status")
    notes: Text = Field(None, title="Notes", max_length=2000)


def check_contract_dates(
    start: dt.date | None, end: dt.date | None, renewal: dt.date | None
) -> None:
    """The dates of a contract as it will be stored (after an update) are in order."""
    _check_dates(start, end, renewal)


#: Contract statuses whose share counts against the hospital's 100 %.
HOLDING_STATUSES = frozenset({ContractStatus.DRAFT, ContractStatus.ACTIVE})


def check_shares_fit(other_shares_bps: Mapping[str, int], share_bps: int) -> None:
    """Refuse a share that, with the hospital's other live contracts, passes 100 %."""
    taken = sum(other_shares_bps.values())
    if taken + share_bps > BPS_WHOLE:
        free = (BPS_WHOLE - taken) / 100
        raise FieldValidationError(
            "owner_share_bps",
            f"the co-owners' shares would add up to over 100% (at most {free:g}% is free)",
        )


@dataclass(frozen=True, slots=True)
class SplitLine:
    """One claimant's part of a previewed sum; ``owner`` is empty for the unowned rest."""

    owner: str
    share_bps: int
    amount_minor: int


def preview_split(shares_bps: Mapping[str, int], total_minor: int) -> list[SplitLine]:
    """How ``total_minor`` kobo divide among co-owners, the unowned rest last.

    The parts add up to the total exactly, as in the payout run.
    """
    parts = split_by_shares(total_minor, shares_bps)
    lines = [SplitLine(owner, shares_bps[owner], parts[owner]) for owner in shares_bps]
    rest = total_minor - sum(parts.values())
    unowned = BPS_WHOLE - sum(shares_bps.values())
    if unowned:
        lines.append(SplitLine(UNOWNED, unowned, rest))
    return lines
