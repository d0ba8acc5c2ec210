"""Owner CRM over the API: the owner's profile, and satisfaction surveys sent and answered.

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
from shared.domain.owner_metrics import survey_response_rate
from shared.errors import FieldValidationError, PermissionDeniedError
from sync_server.config import ServerSettings
from sync_server.crm.common import get_live, track
from sync_server.crm.schemas_comms import (
    ContractOut,
    DimensionOut,
    OwnerProfileOut,
    PayoutOut,
    SatisfactionMetricsOut,
    SatisfactionOut,
    Skipped,
    SurveySendIn,
    SurveySendOut,
)
from sync_server.owners import survey_page, surveys

ANSWERED = "Thank you, your answers are already in."
THANKS = "Thank you! Your answers have reached GrandPro."

RECENT_PAYOUTS = 12


def _metrics(
    answers: list[OwnerSatisfactionSurvey], counts: tuple[int, int]
) -> SatisfactionMetricsOut:
    """Averages over every answer given; the response rate over surveys GrandPro sent."""
    dimensions = {}
    for name in SURVEY_DIMENSIONS:
        summary = summarise_scores(getattr(s, f"{name}_score") for s in answers)
        dimensions[name] = DimensionOut(count=summary.count, average=summary.average)
    sent, answered = counts
    return SatisfactionMetricsOut(
        responses=len(answers),
        dimensions=dimensions,
        surveys_sent=sent,
        response_rate=survey_response_rate(sent, answered),
    )


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
        satisfaction=_metrics(
            _surveys(session, owner_id=owner_id), surveys.response_counts(session, owner_id)
        ),
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
    """The owner's own answers (or an administrator entering a paper form).

    They answer the owner's latest survey still waiting, so the response rate
    counts them; answers given without an invitation become a survey of their own.
    """
    require(principal, Action.WRITE, Resource.OWNERS, owner_account_id=owner_id)
    get_live(session, OwnerAccount, owner_id, "owner")
    waiting = surveys.open_survey(session, owner_id)
    if waiting is not None:
        answered = surveys.answer_survey(session, waiting, data, principal=principal, now=utcnow())
        return SatisfactionOut.model_validate(answered)
    surveys.check_hospital(session, owner_id, data.hospital_id)
    survey = OwnerSatisfactionSurvey(
        owner_account_id=owner_id, responded_at=utcnow(), **data.model_dump()
    )
    return SatisfactionOut.model_validate(track(session, principal, survey))


def answer_by_link(
    session: Session,
    settings: ServerSettings,
    survey_id: uuid.UUID,
    sig: str,
    data: SatisfactionInput,
) -> SatisfactionOut:
    survey = surveys.answer_by_link(session, settings, survey_id, sig, data, now=utcnow())
    return SatisfactionOut.model_validate(survey)


def survey_form(
    session: Session, settings: ServerSettings, survey_id: uuid.UUID, sig: str
) -> tuple[int, str]:
    """The page the e-mailed link opens: the questions, or why there are none."""
    try:
        survey = surveys.survey_for_link(session, settings, survey_id, sig)
    except PermissionDeniedError as exc:
        return 403, survey_page.notice_page("", exc.message)
    round_name = survey.survey_round or ""
    if survey.responded_at is not None:
        return 200, survey_page.notice_page(round_name, ANSWERED)
    return 200, survey_page.form_page(survey_id, sig, round_name)


def survey_form_answer(
    session: Session, settings: ServerSettings, survey_id: uuid.UUID, sig: str, body: bytes
) -> tuple[int, str]:
    """The form's answers: recorded once, or the form again naming the question missed."""
    try:
        survey = surveys.survey_for_link(session, settings, survey_id, sig)
    except PermissionDeniedError as exc:
        return 403, survey_page.notice_page("", exc.message)
    round_name = survey.survey_round or ""
    if survey.responded_at is not None:
        return 409, survey_page.notice_page(round_name, ANSWERED)
    answers = survey_page.parse_form(body)
    if isinstance(answers, str):
        return 422, survey_page.form_page(survey_id, sig, round_name, answers)
    try:
        surveys.answer_survey(session, survey, answers, principal=None, now=utcnow())
    except FieldValidationError as exc:
        return 422, survey_page.form_page(survey_id, sig, round_name, exc.message)
    return 200, survey_page.notice_page(
        round_name, "Thank you! Your answers have reached GrandPro."
    )


def send_survey(
    session: Session, principal: Principal, settings: ServerSettings, data: SurveySendIn
) -> SurveySendOut:
    result = surveys.send_survey(
        session,
        principal,
        settings,
        survey_round=data.survey_round,
        channel=data.channel,
        owner_ids=data.owner_ids,
        now=utcnow(),
    )
    skipped = [Skipped(id=i, code=code, message=text) for i, code, text in result.skipped]
    return SurveySendOut(sent=result.sent, skipped=skipped)


def metrics(session: Session, principal: Principal) -> SatisfactionMetricsOut:
    """Averages per dimension within the caller's reach: all, their hospital, or their own."""
    scope = scope_of(principal, Action.READ, Resource.REPORTS)
    if scope is Scope.ALL:
        return _metrics(_surveys(session), surveys.response_counts(session))
    if scope is Scope.HOSPITAL and principal.hospital_id is not None:
        answers = _surveys(session, hospital_id=principal.hospital_id)
        return _metrics(answers, (0, 0))  # surveys go to owners, not hospitals
    if scope is Scope.OWNER and principal.owner_account_id is not None:
        owner_id = principal.owner_account_id
        return _metrics(
            _surveys(session, owner_id=owner_id), surveys.response_counts(session, owner_id)
        )
    raise PermissionDeniedError("Your role may not read satisfaction reports.")
