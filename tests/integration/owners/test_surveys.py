"""Satisfaction surveys sent to owners through the real providers (recording stand-ins on
127.0.0.1), answered through the signed link, never sent twice to one owner."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from shared.db import models as m
from shared.domain.enums import Channel
from shared.domain.feedback import SatisfactionInput
from shared.errors import ConflictError, PermissionDeniedError
from sync_server.config import ServerSettings
from sync_server.messaging.dispatch import dispatch_due
from sync_server.messaging.templates import seed_templates
from sync_server.owners import surveys
from tests import factories
from tests.integration.messaging.conftest import (
    LiveServer,
    Recorder,
    live_server,
    recorder_factory,
    sendgrid,
    settings,
    twilio,
)
from tests.integration.messaging.test_webhooks import _twilio_post
from tests.integration.owners.conftest import World

__all__ = ["live_server", "recorder_factory", "sendgrid", "settings", "twilio"]

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
ROUND = "2026-Q4"
LINK = re.compile(r"https://crm\.example\.ng/api/crm/owners/surveys/([0-9a-f-]{36})\?sig=(\w+)")


def _send(
    session: Session, world: World, settings: ServerSettings, channel: Channel = Channel.EMAIL
) -> surveys.SurveySend:
    result = surveys.send_survey(
        session, world.admin, settings, survey_round=ROUND, channel=channel, now=NOW
    )
    session.commit()
    return result


@pytest.fixture
def silent_owner(pg_session: Session) -> uuid.UUID:
    """An owner GrandPro has no e-mail address for."""
    owner = factories.owner_account(pg_session, display_name="Alhaji Musa", email=None)
    pg_session.commit()
    return owner.id


def test_a_round_is_emailed_once_per_owner_and_answered_through_its_link(
    pg_session: Session,
    pg_engine: sa.Engine,
    world: World,
    silent_owner: uuid.UUID,
    settings: ServerSettings,
    sendgrid: Recorder,
) -> None:
    seed_templates(pg_session)
    first = _send(pg_session, world, settings)
    assert len(first.sent) == 1
    assert [(owner, code) for owner, code, _ in first.skipped] == [(silent_owner, "no_address")]
    survey = pg_session.get_one(m.OwnerSatisfactionSurvey, first.sent[0])
    assert (survey.owner_account_id, survey.sent_at, survey.responded_at) == (
        world.owner.id,
        NOW,
        None,
    )

    sessions = sessionmaker(pg_engine, expire_on_commit=False)
    assert dispatch_due(sessions, settings, now=NOW).sent == 1
    (request,) = sendgrid.sent()
    mail = request.json()
    assert mail["personalizations"][0]["to"][0]["email"] == world.owner.email
    assert mail["subject"] == f"How are we doing? GrandPro owner survey {ROUND}"
    survey_id, sig = LINK.findall(mail["content"][0]["value"])[0]
    assert survey_id == str(survey.id)

    again = _send(pg_session, world, settings)
    assert again.sent == [] and (world.owner.id, "already_sent") in [
        (owner, code) for owner, code, _ in again.skipped
    ]
    assert dispatch_due(sessions, settings, now=NOW).sent == 0
    assert len(sendgrid.sent()) == 1  # the owner got the round once

    answers = SatisfactionInput(overall_score=4, payout_timeliness_score=3, comments="Pay on time")
    with pytest.raises(PermissionDeniedError):
        surveys.answer_by_link(pg_session, settings, survey.id, sig[::-1], answers, now=NOW)
    surveys.answer_by_link(pg_session, settings, survey.id, sig, answers, now=NOW)
    pg_session.commit()
    pg_session.refresh(survey)
    assert (survey.overall_score, survey.payout_timeliness_score) == (4, 3)
    assert survey.responded_at == NOW
    assert surveys.response_counts(pg_session) == (1, 1)
    with pytest.raises(ConflictError):
        surveys.answer_by_link(pg_session, settings, survey.id, sig, answers, now=NOW)


def test_an_sms_round_asks_for_the_five_scores(
    pg_session: Session,
    pg_engine: sa.Engine,
    world: World,
    settings: ServerSettings,
    twilio: Recorder,
) -> None:
    seed_templates(pg_session)
    assert len(_send(pg_session, world, settings, Channel.SMS).sent) == 1
    dispatch_due(sessionmaker(pg_engine, expire_on_commit=False), settings, now=NOW)
    (request,) = twilio.sent()
    form = request.form()
    assert form["To"] == world.owner.phone
    assert form["Body"].startswith(f"Dear {world.owner.display_name}, GrandPro survey {ROUND}:")
    assert "e.g. 5 4 5 4 5" in form["Body"]
    logged = pg_session.scalars(sa.select(m.OwnerCommunication)).one()
    assert logged.message_id is not None and logged.subject is None
    assert surveys.response_counts(pg_session, world.owner.id) == (1, 0)


def test_an_owners_sms_reply_with_the_scores_answers_the_survey(
    pg_session: Session,
    pg_engine: sa.Engine,
    world: World,
    settings: ServerSettings,
    twilio: Recorder,
    live_server: LiveServer,
) -> None:
    seed_templates(pg_session)
    (survey_id,) = _send(pg_session, world, settings, Channel.SMS).sent
    dispatch_due(sessionmaker(pg_engine, expire_on_commit=False), settings, now=NOW)
    inbound = "/api/webhooks/twilio/inbound"
    chatter = {"MessageSid": "SMr1", "From": world.owner.phone, "Body": "Thanks, will do"}
    assert _twilio_post(live_server, inbound, chatter).status_code == 200
    reply = {"MessageSid": "SMr2", "From": world.owner.phone, "Body": "5 4 3, 4 5"}
    assert _twilio_post(live_server, inbound, reply).status_code == 200
    assert _twilio_post(live_server, inbound, reply).status_code == 200  # a retried webhook

    pg_session.expire_all()
    survey = pg_session.get_one(m.OwnerSatisfactionSurvey, survey_id)
    assert (survey.communication_score, survey.reporting_transparency_score) == (5, 3)
    assert survey.overall_score == 5 and survey.responded_at is not None
    logged = pg_session.scalars(
        sa.select(m.OwnerCommunication).where(m.OwnerCommunication.direction == "inbound")
    ).one()
    assert logged.summary == "5 4 3, 4 5"


@pytest.mark.parametrize(
    ("text", "overall"), [("4", 4), ("5 4 5 4 2", 2), ("6", None), ("4 4", None), ("", None)]
)
def test_reply_parsing(text: str, overall: int | None) -> None:
    parsed = surveys.parse_reply(text)
    assert (parsed.overall_score if parsed else None) == overall


def test_only_staff_send_surveys(
    pg_session: Session, world: World, settings: ServerSettings
) -> None:
    for who in (world.owner_user, world.manager):
        with pytest.raises(PermissionDeniedError):
            surveys.send_survey(
                pg_session, who, settings, survey_round=ROUND, channel=Channel.EMAIL, now=NOW
            )
