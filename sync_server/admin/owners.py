"""Owner accounts and contracts: bank details kept encrypted, shares kept within 100 %.

An owner's bank account number is encrypted into the server-only
``owner_bank_secrets`` (``sync_server.admin.secrets``); the replicated row,
every list and every desk hold only its masked form (``******6789``). A
contract's owner and hospital must exist, its dates be in order as stored
(after an update too), and the live contracts on one hospital may not give
away more than the whole of it.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.owners import Contract, OwnerAccount
from shared.domain.admin.owners import (
    HOLDING_STATUSES,
    check_contract_dates,
    check_shares_fit,
    mask_account_number,
)
from shared.domain.enums import ContractStatus
from shared.errors import ConflictError, FieldValidationError
from sync_server import audit
from sync_server.admin import secrets
from sync_server.admin.service import RULES, Context, Rules, live_hospital, without_nulls
from sync_server.admin.tables import OwnerBankSecret
from sync_server.config import ServerSettings
from sync_server.sync.tables import SyncChange

_ACCOUNT = "bank_account_number"
#: How a masked number starts (``shared.domain.admin.owners.mask_account_number``).
MASK = "******"


def keep_secret(
    session: Session, settings: ServerSettings, owner_id: uuid.UUID, number: str | None
) -> None:
    """Store (or drop) the owner's full account number, encrypted, in the server-only table."""
    secret = session.get(OwnerBankSecret, owner_id)
    if number is None:
        if secret is not None:
            session.delete(secret)
        return
    token = secrets.encrypt(settings, number)
    if secret is None:
        session.add(OwnerBankSecret(owner_account_id=owner_id, account_number_token=token))
    else:
        secret.account_number_token, secret.changed_at = token, utcnow()


def seal_bank_numbers(session: Session, settings: ServerSettings) -> int:
    """Move numbers stored in the clear (before encryption, or by a seed) into the secret table.

    The replicated column keeps the masked form, so the change reaches the
    owners' desks like any other, and the change log's earlier entries of
    the row are masked as well; returns how many were sealed.
    """
    query = sa.select(OwnerAccount).where(
        OwnerAccount.bank_account_number.is_not(None),
        sa.not_(OwnerAccount.bank_account_number.startswith(MASK)),
    )
    owners = list(session.scalars(query.with_for_update()))
    for owner in owners:
        keep_secret(session, settings, owner.id, owner.bank_account_number)
        owner.bank_account_number = mask_account_number(owner.bank_account_number)
        audit.record(session, None, "seal_bank_details", "owner_accounts", owner.id)
    _mask_logged(session, [owner.id for owner in owners])
    return len(owners)


def _mask_logged(session: Session, owner_ids: list[uuid.UUID]) -> None:
    """The change log's earlier entries of those owners keep the number masked too."""
    entries = session.scalars(
        sa.select(SyncChange).where(
            SyncChange.table_name == "owner_accounts", SyncChange.row_id.in_(owner_ids)
        )
    )
    for entry in entries:
        number = entry.payload.get(_ACCOUNT)
        if number and not str(number).startswith(MASK):
            entry.payload = {**entry.payload, _ACCOUNT: mask_account_number(str(number))}


def account_number(ctx: Context, owner_id: uuid.UUID) -> str | None:
    """The full number, for a bank transfer file; never sent to a form or a desk."""
    secret = ctx.session.get(OwnerBankSecret, owner_id)
    return secrets.decrypt(ctx.settings, secret.account_number_token) if secret else None


def _owner_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    return {**values, _ACCOUNT: mask_account_number(values.get(_ACCOUNT))}


def _owner_created(ctx: Context, row: Any, values: dict[str, Any]) -> None:
    """The number itself, from the checked form values, goes only into the secret table."""
    keep_secret(ctx.session, ctx.settings, row.id, values.get(_ACCOUNT))


def _owner_update(ctx: Context, row: Any, changes: dict[str, Any]) -> dict[str, Any]:
    changes = without_nulls(ctx, changes, required=("kind", "display_name", "status"))
    if _ACCOUNT in changes:
        keep_secret(ctx.session, ctx.settings, row.id, changes[_ACCOUNT])
        changes[_ACCOUNT] = mask_account_number(changes[_ACCOUNT])
        # A new number with the same last four digits leaves the row as it was: audit it here.
        audit.record(ctx.session, ctx.principal, "update_bank_details", "owner_accounts", row.id)
    return changes


def _live_owner(ctx: Context, owner_id: uuid.UUID) -> None:
    owner = ctx.session.get(OwnerAccount, owner_id)
    if owner is None or owner.deleted_at is not None:
        raise FieldValidationError("owner_account_id", "Owner: there is no such owner account")


def _reference_free(ctx: Context, reference: str | None, own: uuid.UUID | None = None) -> None:
    if reference is None:
        return
    query = sa.select(Contract.id).where(Contract.reference == reference, Contract.id != own)
    if ctx.session.scalar(query) is not None:
        raise ConflictError(f"Reference: {reference} is already used", field="reference")


def _shares_fit(ctx: Context, hospital_id: uuid.UUID, share: int, own: Any = None) -> None:
    """The hospital's other live contracts, locked so two admins cannot both take the rest."""
    others = ctx.session.execute(
        sa.select(Contract.reference, Contract.owner_share_bps)
        .where(
            Contract.hospital_id == hospital_id,
            Contract.status.in_(HOLDING_STATUSES),
            Contract.deleted_at.is_(None),
            Contract.id != own,
        )
        .with_for_update()
    ).all()
    check_shares_fit({ref: bps for ref, bps in others}, share)


def _contract_create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    _live_owner(ctx, values["owner_account_id"])
    live_hospital(ctx.session, values["hospital_id"])
    _reference_free(ctx, values["reference"])
    if values["status"] in HOLDING_STATUSES:
        _shares_fit(ctx, values["hospital_id"], values["owner_share_bps"])
    return values


def _contract_update(ctx: Context, row: Contract, changes: dict[str, Any]) -> dict[str, Any]:
    required = ("reference", "start_date", "management_fee_bps", "owner_share_bps", "status")
    changes = without_nulls(ctx, changes, required=(*required, "fixed_deductions_minor"))
    _reference_free(ctx, changes.get("reference"), row.id)

    def merged(name: str) -> Any:
        return changes.get(name, getattr(row, name))

    check_contract_dates(merged("start_date"), merged("end_date"), merged("renewal_date"))
    status = ContractStatus(merged("status"))
    if status in HOLDING_STATUSES:
        _shares_fit(ctx, row.hospital_id, merged("owner_share_bps"), row.id)
    return changes


RULES["owners"] = Rules(create=_owner_create, update=_owner_update, after_create=_owner_created)
RULES["contracts"] = Rules(create=_contract_create, update=_contract_update)
