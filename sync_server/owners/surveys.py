"""Owner satisfaction surveys: send a round, and record each owner's answers against it.

Sending a round creates one survey row per owner in state "sent" (``sent_at``
set, no answer yet) and queues its invitation in the same transaction: an
e-mail with a link signed for that survey alone, or an SMS/WhatsApp asking for
the five scores. The row's (owner, round) key is unique, so an owner is never
sent the same round twice, even by two staff sending at once. Answers fill the
owner's sent survey; the response rate is answered / sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.access import Action, Principal, Resource, Scope, scope_of
from shared.domain.enums import Channel, Direction, Language, LogChannel, OwnerStatus
from shared.domain.feedback import SatisfactionInput
from shared.errors import ConflictError, DomainError, FieldValidationError, PermissionDeniedError
from sync_server import audit
from sync_server.config import ServerSettings
from sync_server.messaging.outbox import queue_message
from sync_server.messaging.templates import find_template

TEMPLATE_KEY = "owner_satisfaction_survey"


@dataclass(slots=True)
class SurveySend:
    """What a send did: the surveys created, and each owner left out with the reason."""

    sent: list[uuid.UUID] = field(default_factory=list)
    skipped: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)


def signature(settings: ServerSettings, survey_id: uuid.UUID) -> str:
    text = f"owner-survey:{survey_id}".encode()
    return hmac.new(settings.signing_key.encode(), text, hashlib.sha256).hexdigest()[:32]


def survey_url(settings: ServerSettings, survey_id: uuid.UUID) -> str:
    """The link in the e-mail: it names the survey and proves the owner received it."""
    base = settings.public_base_url.rstrip("/")
    return f"{base}/api/crm/owners/surveys/{survey_id}?sig={signature(settings, survey_id)}"


def _require_staff(principal: Principal) -> None:
    if scope_of(principal, Action.WRITE, Resource.OWNERS) is not Scope.ALL:
        raise PermissionDeniedError("Only GrandPro staff may send owner surveys.")


def _recipients(session: Session, owner_ids: list[uuid.UUID] | None) -> list[uuid.UUID]:
    """The owners named, or every active owner when none is named."""
    if owner_ids is not None:
        return list(dict.fromkeys(owner_ids))
    o = m.OwnerAccount
    query = sa.select(o.id).where(o.deleted_at.is_(None), o.status == OwnerStatus.ACTIVE)
    return list(session.scalars(query.order_by(o.display_name, o.id)))


def send_survey(
    session: Session,
    principal: Principal,
    settings: ServerSettings,
    *,
    survey_round: str,
    channel: Channel,
    owner_ids: list[uuid.UUID] | None = None,
    now: dt.datetime,
) -> SurveySend:
    """Send the round to the owners named (all active owners if none are).

    Each owner runs in a savepoint: one who already has this round, or has no
    address for the channel, is skipped with a reason and the others still go.
    A channel without the survey template refuses the whole send (field ``channel``).
    """
    _require_staff(principal)
    template = find_template(session, TEMPLATE_KEY, channel, Language.ENGLISH)
    result = SurveySend()
    for owner_id in _recipients(session, owner_ids):
        try:
            with session.begin_nested():
                survey = _send_one(session, settings, owner_id, survey_round, template, now)
                _audit(session, principal, survey, "survey.sent")
            result.sent.append(survey.id)
        except DomainError as exc:
            result.skipped.append((owner_id, exc.code, exc.message))
        except sa.exc.IntegrityError:
            result.skipped.append((owner_id, "already_sent", "this round was sent meanwhile"))
    return result


def _send_one(
    session: Session,
    settings: ServerSettings,
    owner_id: uuid.UUID,
    survey_round: str,
    template: m.MessageTemplate,
    now: dt.datetime,
) -> m.OwnerSatisfactionSurvey:
    channel = template.channel
    owner = session.get(m.OwnerAccount, owner_id)
    if owner is None or owner.deleted_at is not None:
        raise FieldValidationError("owner_ids", "no such owner")
    s = m.OwnerSatisfactionSurvey
    sent = sa.select(s.id).where(s.owner_account_id == owner_id, s.survey_round == survey_round)
    if session.scalar(sent) is not None:
        raise ConflictError(f"{survey_round} was already sent", code="already_sent")
    address = owner.email if channel is Channel.EMAIL else owner.phone
    if not address:
        raise FieldValidationError(
            "channel", f"the owner has no address for {channel.value}", code="no_address"
        )
    survey = s(owner_account_id=owner_id, survey_round=survey_round, sent_at=now)
    session.add(survey)
    session.flush()
    values = {
        "owner_name": owner.contact_name or owner.display_name,
        "survey_round": survey_round,
        "survey_link": survey_url(settings, survey.id),
    }
    message = queue_message(
        session, template=template, address=address, values=values, owner_account_id=owner_id
    )
    _log(session, owner_id, channel, message, now)
    return survey


def _log(
    session: Session, owner_id: uuid.UUID, channel: Channel, message: m.Message, now: dt.datetime
) -> None:
    """The owner's history shows the invitation; the engagement rate counts it as outbound."""
    entry = m.OwnerCommunication(
        owner_account_id=owner_id,
        channel=LogChannel(channel.value),
        direction=Direction.OUTBOUND,
        subject=message.subject,
        summary=message.body,
        occurred_at=now,
        message_id=message.id,
    )
    session.add(entry)


def _audit(
    session: Session, principal: Principal | None, survey: m.OwnerSatisfactionSurvey, action: str
) -> None:
    summary = {"owner_account_id": str(survey.owner_account_id), "round": survey.survey_round}
    audit.record(
        session, principal, action, "owner_satisfaction_surveys", survey.id, summary=summary
    )


def answer_survey(
    session: Session,
    survey: m.OwnerSatisfactionSurvey,
    data: SatisfactionInput,
    *,
    principal: Principal | None,
    now: dt.datetime,
) -> m.OwnerSatisfactionSurvey:
    """Record the owner's scores on a sent survey; a survey is answered once."""
    if survey.responded_at is not None:
        raise ConflictError("This survey has already been answered.", field="survey_id")
    check_hospital(session, survey.owner_account_id, data.hospital_id)
    for name, value in data.model_dump().items():
        setattr(survey, name, value)
    survey.responded_at = survey.updated_at = now
    session.flush()
    _audit(session, principal, survey, "survey.answered")
    return survey


def check_hospital(session: Session, owner_id: uuid.UUID, hospital_id: uuid.UUID | None) -> None:
    """Scores about a hospital count only for a hospital the owner has a contract for."""
    if hospital_id is None:
        return
    c = m.Contract
    owned = sa.select(c.id).where(c.owner_account_id == owner_id, c.hospital_id == hospital_id)
    if session.scalar(owned.limit(1)) is None:
        raise FieldValidationError("hospital_id", "the owner has no contract for this hospital")


def answer_by_link(
    session: Session,
    settings: ServerSettings,
    survey_id: uuid.UUID,
    sig: str,
    data: SatisfactionInput,
    *,
    now: dt.datetime,
) -> m.OwnerSatisfactionSurvey:
    """The e-mailed link's answer: the signature stands in for a login."""
    survey = survey_for_link(session, settings, survey_id, sig)
    return answer_survey(session, survey, data, principal=None, now=now)


def survey_for_link(
    session: Session, settings: ServerSettings, survey_id: uuid.UUID, sig: str
) -> m.OwnerSatisfactionSurvey:
    """The survey a link names, if its signature is ours (locked: it is about to be answered)."""
    survey = session.get(m.OwnerSatisfactionSurvey, survey_id, with_for_update=True)
    if survey is None or not hmac.compare_digest(
        signature(settings, survey_id).encode(), sig.encode("utf-8", "replace")
    ):
        raise PermissionDeniedError("This survey link is not valid.")
    return survey


#: A reply's scores, in the order the SMS/WhatsApp invitation asks for them.
REPLY_ORDER = (
    "communication_score",
    "payout_timeliness_score",
    "reporting_transparency_score",
    "hospital_performance_score",
    "overall_score",
)


def parse_reply(text: str | None) -> SatisfactionInput | None:
    """ "5 4 5 4 5" (all five) or "4" (overall only); anything else is no answer."""
    words = (text or "").replace(",", " ").split()
    if not words or not all(w.isdigit() and 1 <= int(w) <= 5 for w in words):
        return None
    if len(words) == 1:
        return SatisfactionInput(overall_score=int(words[0]))
    if len(words) == len(REPLY_ORDER):
        return SatisfactionInput(**dict(zip(REPLY_ORDER, map(int, words), strict=True)))
    return None


def answer_by_reply(
    session: Session, invitation: m.Message, text: str | None, *, now: dt.datetime
) -> m.OwnerSatisfactionSurvey | None:
    """An owner's SMS/WhatsApp reply to the invitation, if it holds the scores asked for.

    The reply is logged as inbound contact either way it is used, so the
    engagement rate sees that the owner answered.
    """
    template = session.get(m.MessageTemplate, invitation.template_id)
    owner_id = invitation.owner_account_id
    if owner_id is None or template is None or template.key != TEMPLATE_KEY:
        return None
    answers, survey = parse_reply(text), open_survey(session, owner_id)
    if answers is None or survey is None:
        return None
    answered = answer_survey(session, survey, answers, principal=None, now=now)
    entry = m.OwnerCommunication(
        owner_account_id=owner_id,
        channel=LogChannel(invitation.channel.value),
        direction=Direction.INBOUND,
        subject=f"Survey {survey.survey_round} answered",
        summary=text or "",
        occurred_at=now,
    )
    session.add(entry)
    return answered


def open_survey(session: Session, owner_id: uuid.UUID) -> m.OwnerSatisfactionSurvey | None:
    """The owner's latest sent survey still waiting for answers, if any."""
    s = m.OwnerSatisfactionSurvey
    return session.scalars(
        sa.select(s)
        .where(
            s.owner_account_id == owner_id,
            s.sent_at.is_not(None),
            s.responded_at.is_(None),
            s.deleted_at.is_(None),
        )
        .order_by(s.sent_at.desc())
        .limit(1)
        .with_for_update()
    ).first()


def response_counts(session: Session, owner_id: uuid.UUID | None = None) -> tuple[int, int]:
    """(sent, answered) among surveys GrandPro sent, for the response rate."""
    s = m.OwnerSatisfactionSurvey
    query = sa.select(sa.func.count(), sa.func.count(s.responded_at)).where(
        s.sent_at.is_not(None), s.deleted_at.is_(None)
    )
    if owner_id is not None:
        query = query.where(s.owner_account_id == owner_id)
    sent, answered = session.execute(query).one()
    return int(sent), int(answered)
