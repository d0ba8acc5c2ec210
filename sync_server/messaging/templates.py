"""The shipped templates (``resources/templates/messages/*.toml``) and their lookup.

Seeding upserts by (key, channel, language), so re-running it after an
upgrade refreshes the wording without duplicating rows.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import MessageTemplate
from shared.domain.enums import Channel, Language, MessagePurpose
from shared.domain.messaging.compose import template_source
from shared.domain.messaging.templates import Rendered, choose, render
from shared.resources import resource_path


def load_seed_templates() -> list[dict[str, Any]]:
    folder = resource_path("templates", "messages")
    return [tomllib.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.toml"))]


def seed_templates(session: Session) -> int:
    """Insert or refresh every shipped template; returns how many were written."""
    written = 0
    for spec in load_seed_templates():
        channel, language = Channel(spec["channel"]), Language(spec["language"])
        row = session.scalars(
            sa.select(MessageTemplate).where(
                MessageTemplate.key == spec["key"],
                MessageTemplate.channel == channel,
                MessageTemplate.language == language,
            )
        ).first()
        if row is None:
            row = MessageTemplate(key=spec["key"], channel=channel, language=language)
            session.add(row)
        row.name, row.body, row.subject = spec["name"], spec["body"], spec.get("subject")
        row.variables = list(spec["variables"])
        row.purpose = MessagePurpose(spec.get("purpose", "transactional"))
        row.whatsapp_content_sid = spec.get("content_sid")
        written += 1
    session.flush()
    return written


def find_template(
    session: Session, key: str, channel: Channel, language: Language
) -> MessageTemplate:
    """The active template in the wanted language, falling back to English."""
    rows = session.scalars(
        sa.select(MessageTemplate).where(
            MessageTemplate.key == key,
            MessageTemplate.channel == channel,
            MessageTemplate.active.is_(True),
            MessageTemplate.deleted_at.is_(None),
        )
    ).all()
    chosen = choose([template_source(r) for r in rows], channel, language)
    return next(r for r in rows if r.language is chosen.language)


def render_row(row: MessageTemplate, values: Mapping[str, Any]) -> Rendered:
    return render(template_source(row), values)
