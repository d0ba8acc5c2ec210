"""What the server decides about messages and campaigns a desk pushes, before they are stored.

A desk composes with the shared command, but what arrives is only a row, and
the desk may be on an old version, tampered with, or simply behind: the
patient may have opted out at another desk or by STOP since the message was
queued offline. So the server takes the purpose from the message's template
whatever the row says, and keeps a message that consent no longer covers as
``suppressed`` with its reason, where staff can see it and dispatch never
picks it up. A pushed campaign is held to the rule the REST API follows
(:mod:`shared.domain.messaging.campaigns`): a desk writes drafts, cancels,
and approves only as a second manager; the server schedules.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from shared.db.models import Campaign, Message, MessageTemplate
from shared.domain.access import Principal
from shared.domain.enums import MessagePurpose, MessageStatus
from shared.domain.messaging.campaigns import check_client_change
from sync_server.messaging.dispatch import suppression_reasons
from sync_server.sync import rules
from sync_server.sync.changes import SERVER_CLOCK

_PURPOSES = "messaging.template_purposes"
_SUPPRESSION_FIELDS = ("status", "error_code", "error_message")
#: A pending insert has no status yet: the column default (queued) applies when it is written.
_QUEUED = (None, MessageStatus.QUEUED)


def register_push_hooks() -> None:
    rules.register(
        Message.__tablename__,
        before_insert=take_template_purpose,
        after_batch=settle_pushed_messages,
    )
    rules.register(
        Campaign.__tablename__,
        before_insert=check_pushed_campaign,
        before_update=check_pushed_campaign_edit,
    )


def check_pushed_campaign(session: Session, principal: Principal, values: dict[str, Any]) -> None:
    """A pushed campaign is a draft by its pusher: a desk cannot schedule or approve it."""
    del session
    values.update(check_client_change(principal, None, values))


def check_pushed_campaign_edit(
    session: Session, principal: Principal, row: Campaign, values: dict[str, Any]
) -> None:
    """An edit follows the REST rule: content while a draft; approval by a second manager."""
    del session
    values.update(check_client_change(principal, row, values))


def take_template_purpose(session: Session, _principal: Principal, values: dict[str, Any]) -> None:
    """A pushed message is for what its template is for, whatever the row says."""
    with session.no_autoflush:
        values["purpose"] = template_purpose(session, values.get("template_id"))


def template_purpose(session: Session, template_id: uuid.UUID | None) -> MessagePurpose:
    """The template's purpose; a message without one was written by staff, as on the API.

    Remembered for the session: a batch names a handful of templates, and
    desks cannot change templates, so one read of each is enough.
    """
    if template_id is None:
        return MessagePurpose.TRANSACTIONAL
    known: dict[uuid.UUID, MessagePurpose] = session.info.setdefault(_PURPOSES, {})
    if template_id not in known:
        template = session.get(MessageTemplate, template_id)
        known[template_id] = template.purpose if template else MessagePurpose.TRANSACTIONAL
    return known[template_id]


def settle_pushed_messages(session: Session, ids: Sequence[uuid.UUID]) -> None:
    """Keep each message's purpose its template's, and hold back what consent no longer covers.

    Once per batch, not per row: judging 1,000 pushed messages one by one
    (a query each) doubled the push's time. An edit that changed a message's
    purpose is put back, so no edit can turn a promotion transactional.
    """
    rows = _written(session, ids)
    stamp = SERVER_CLOCK.now()
    for row in rows:
        purpose = template_purpose(session, row.template_id)
        if row.purpose is not purpose:
            row.purpose = purpose
            _stamp(row, ("purpose",), stamp)
    queued = [row for row in rows if row.status in _QUEUED]
    for row, reason in zip(queued, suppression_reasons(session, queued), strict=True):
        if reason:
            row.status, row.error_code, row.error_message = (
                MessageStatus.SUPPRESSED,
                "suppressed",
                reason,
            )
            _stamp(row, _SUPPRESSION_FIELDS, stamp)


def _stamp(row: Message, fields: Sequence[str], stamp: str) -> None:
    """The server's change wins over the desk's value it replaced when desks merge."""
    row.field_clocks = {**row.field_clocks, **dict.fromkeys(fields, stamp)}


def _written(session: Session, ids: Sequence[uuid.UUID]) -> list[Message]:
    """The batch's rows: inserts still pending in the session, edits from its identity map."""
    wanted = set(ids)
    pending = {r.id: r for r in session.new if isinstance(r, Message) and r.id in wanted}
    with session.no_autoflush:
        rows = [pending.get(i) or session.get(Message, i) for i in ids]
    return [row for row in rows if row is not None]
