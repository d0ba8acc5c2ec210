"""E-mail the owner when a payout is paid, with the period's statement attached.

The message goes into the messaging outbox in the same transaction as the
status change, so it exists exactly when the payout is marked paid; the
dispatcher sends it (and retries) later. Owners without an e-mail address
get nothing here: staff see that on the owner's profile.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from shared.db import models as m
from shared.domain.enums import Channel, Direction, Language, LogChannel
from shared.domain.money import Money
from shared.reports.queries import load_statement
from shared.reports.render import render_pdf
from sync_server.messaging.outbox import queue_message
from sync_server.messaging.providers.base import Attachment
from sync_server.messaging.templates import find_template

TEMPLATE_KEY = "owner_monthly_report"


def queue_statement_email(
    session: Session, payout: m.Payout, *, attachments_dir: Path, now: dt.datetime
) -> m.Message | None:
    """Queue the "your statement is attached" e-mail for a paid payout."""
    owner = session.get_one(m.OwnerAccount, payout.owner_account_id)
    if not owner.email:
        return None
    hospital = session.get_one(m.Hospital, payout.hospital_id)
    statement = load_statement(session, owner.id, payout.period, now=now, currency=payout.currency)
    pdf = Attachment(f"GrandPro-statement-{payout.period}.pdf", render_pdf(statement))
    message = queue_message(
        session,
        template=find_template(session, TEMPLATE_KEY, Channel.EMAIL, Language.ENGLISH),
        address=owner.email,
        values={
            "owner_name": owner.contact_name or owner.display_name,
            "period": payout.period,
            "hospital_name": hospital.name,
            "net_payout": Money(payout.net_minor, payout.currency),
        },
        attachments=[pdf],
        attachments_dir=attachments_dir,
        owner_account_id=owner.id,
    )
    _log(session, message, owner.id, now)
    return message


def _log(session: Session, message: m.Message, owner_id: uuid.UUID, now: dt.datetime) -> None:
    """The owner's communication history shows the e-mail next to calls and meetings."""
    entry = m.OwnerCommunication(
        owner_account_id=owner_id,
        channel=LogChannel.EMAIL,
        direction=Direction.OUTBOUND,
        subject=message.subject,
        summary="Payout statement sent with the payout confirmation.",
        occurred_at=now,
        message_id=message.id,
    )
    session.add(entry)
