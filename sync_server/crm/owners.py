"""Owner CRM over the API: the owner's profile and satisfaction surveys.

Owners see their own profile and surveys only; the profile shows the last
four digits of the bank account, never the whole number.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.clock import utcnow
from shared.db.models.owners import (
    Contract,
    OwnerAccount,
    OwnerSatisfactionSurvey,
    Payout,
)
from shared.domain.access import Action, Principal, Resource, Scope, can, require, scope_of
from shared.domain.feedback import SURVEY_DIMENSIONS, SatisfactionInput, summarise_scores
from shared.errors import FieldValidationError, PermissionDeniedError
from sync_server.crm.common import get_live, track
from sync_server.crm.schemas_comms import (
    ContractOut,
    DimensionOut,
    OwnerProfileOut,
    PayoutOut,
    SatisfactionMetricsOut,
    SatisfactionOut,
)

RECENT_PAYOUTS = 12


def _metrics(surveys: list[OwnerSatisfactionSurvey]) -> SatisfactionMetricsOut:
    dimensions = {}
    for name in SURVEY_DIMENSIONS:
        summary = summarise_scores(getattr(s, f"{name}_score") for s in surveys)
        dimensions[name] = DimensionOut(count=summary.count, average=summary.average)
    return SatisfactionMetricsOut(responses=len(surveys), dimensions=dimensions)


def profile(session: Session, principal: Principal, owner_id: uuid.UUID) -> OwnerProfileOut:
    require(principal, Action.READ, Resource.OWNERS, owner_account_id=owner_id)
    owner = get_live(session, OwnerAccount, owner_id, "owner")
    contracts = session.scalars(
        sa.select(Contract)
        .where(Contract.owner_account_id == owner_id, Contract.deleted_at.is_(None))
        .order_by(Contract.start_date.desc())
    ).all()
    payouts: list[Payout] = []
    if can(principal, Action.READ, Resource.PAYOUTS, owner_account_id=owner_id):
        payouts = list(
            session.scalars(
                sa.select(Payout)
                .where(Payout.owner_account_id == owner_id, Payout.deleted_at.is_(None))
                .order_by(Payout.period.desc())
                .limit(RECENT_PAYOUTS)
            )
        )
    account = owner.bank_account_number
    return OwnerProfileOut(
        **{k: getattr(owner, k) for k in ("id", "kind", "display_name", "contact_name")},
        **{k: getattr(owner, k) for k in ("email", "phone", "state", "status")},
        bank_account_last4=account[-4:] if account else None,
        contracts=[ContractOut.model_validate(c) for c in contracts],
        recent_payouts=[PayoutOut.model_validate(p) for p in payouts],
        satisfaction=_metrics(_surveys(session, owner_id=owner_id)),
    )


def _surveys(
    session: Session, *, owner_id: uuid.UUID | None = None, hospital_id: uuid.UUID | None = None
) -> list[OwnerSatisfactionSurvey]:
    survey = OwnerSatisfactionSurvey
    query = sa.select(survey).where(survey.deleted_at.is_(None), survey.responded_at.is_not(None))
    if owner_id is not None:
        query = query.where(survey.owner_account_id == owner_id)
    if hospital_id is not None:
        query = query.where(survey.hospital_id == hospital_id)
    return list(session.scalars(query))


def submit_survey(
    session: Session, principal: Principal, owner_id: uuid.UUID, data: SatisfactionInput
) -> SatisfactionOut:
    """The owner's own answers (or an administrator entering a paper form)."""
    require(principal, Action.WRITE, Resource.OWNERS, owner_account_id=owner_id)
    get_live(session, OwnerAccount, owner_id, "owner")
    if data.hospital_id is not None:
        owned = session.scalar(
            sa.select(sa.func.count())
            .select_from(Contract)
            .where(Contract.owner_account_id == owner_id, Contract.hospital_id == data.hospital_id)
        )
        if not owned:
            raise FieldValidationError("hospital_id", "the owner has no contract for this hospital")
    survey = OwnerSatisfactionSurvey(
        owner_account_id=owner_id, responded_at=utcnow(), **data.model_dump()
    )
    return SatisfactionOut.model_validate(track(session, principal, survey))


def metrics(session: Session, principal: Principal) -> SatisfactionMetricsOut:
    """Averages per dimension within the caller's reach: all, their hospital, or their own."""
    scope = scope_of(principal, Action.READ, Resource.REPORTS)
    if scope is Scope.ALL:
        return _metrics(_surveys(session))
    if scope is Scope.HOSPITAL and principal.hospital_id is not None:
        return _metrics(_surveys(session, hospital_id=principal.hospital_id))
    if scope is Scope.OWNER and principal.owner_account_id is not None:
        return _metrics(_surveys(session, owner_id=principal.owner_account_id))
    raise PermissionDeniedError("Your role may not read satisfaction reports.")
