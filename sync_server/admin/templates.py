"""Message templates in Administration: edit a wording, add a language, preview it live.

Only an administrator manages them (network-wide rows, no hospital); a
manager or a desk reads them through sync. A saved subject and body must
compile and read only what the key's sender provides, so a wording the
reminder job cannot fill is refused here, naming the field, rather than
failing at 07:00. The declared ``variables`` follow the text; their order is
kept, since an approved WhatsApp content template numbers them.

An admin edit changes the row's content hash, so the installer
(``sync_server.messaging.templates``) sees it as staff-edited against what
last shipped and keeps it on the next ``migrate``. The list shows that as
``edited`` (and ``held_back`` when a newer shipped wording waits).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from shared.db.models import MessageTemplate
from shared.domain.admin.fields import parse_input
from shared.domain.admin.messaging import TemplatePreview, template_wording
from shared.domain.enums import Channel, Language
from shared.domain.messaging.senders import sample_values
from shared.domain.messaging.templates import TemplateSource, render
from shared.domain.money import Money
from shared.errors import ConflictError, FieldValidationError
from sync_server.admin.binding import row_out
from sync_server.admin.service import RULES, Context, Rules, without_nulls
from sync_server.messaging.tables import ShippedTemplate
from sync_server.messaging.templates import row_hash

Row = dict[str, Any]


def _declared(old: list[str], used: frozenset[str]) -> list[str]:
    """The variables the text uses: those declared before in their order, then new ones."""
    return [name for name in old if name in used] + sorted(used - set(old))


def _create(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    key, channel = values["key"], values["channel"]
    used = template_wording(key, channel, values["subject"], values["body"])
    _refuse_taken(ctx, key, channel, values["language"])
    return {**values, "variables": _declared([], used), "purpose": _purpose_of(ctx, key)}


def _refuse_taken(ctx: Context, key: str, channel: Channel, language: Any) -> None:
    query = sa.select(MessageTemplate.id).where(
        MessageTemplate.key == key,
        MessageTemplate.channel == channel,
        MessageTemplate.language == language,
    )
    if ctx.session.scalar(query) is not None:
        raise ConflictError(
            f"Language: {key} already has a {channel.value} template in this language; edit it",
            field="language",
        )


def _purpose_of(ctx: Context, key: str) -> Any:
    """A key's purpose is its shipped templates': a new language cannot turn a promotion
    into a transactional message and so past a patient's marketing opt-out."""
    purpose = ctx.session.scalar(
        sa.select(MessageTemplate.purpose).where(MessageTemplate.key == key).limit(1)
    )
    if purpose is None:
        raise FieldValidationError("key", f"Key: {key} has no template yet to copy its purpose")
    return purpose


def _update(ctx: Context, row: MessageTemplate, changes: dict[str, Any]) -> dict[str, Any]:
    changes = without_nulls(ctx, changes, required=("name", "body", "active"))
    if changes.get("active") is False:
        _refuse_orphaning(ctx, row)
    if not {"subject", "body"} & changes.keys():
        return changes
    subject = changes.get("subject", row.subject)
    used = template_wording(row.key, row.channel, subject, changes.get("body", row.body))
    variables = _declared(list(row.variables or ()), used)
    if row.whatsapp_content_sid and set(variables) != set(row.variables or ()):
        raise FieldValidationError(
            "body",
            "Body: WhatsApp approved this template with "
            f"{', '.join(row.variables or ()) or 'no variables'}; a new wording must use the same",
        )
    return {**changes, "variables": variables}


def _refuse_orphaning(ctx: Context, row: MessageTemplate) -> None:
    """Senders check for the English wording before using a channel, and fall back to it:
    without it, the other languages' wordings of that key and channel would never go out."""
    if row.language is not Language.ENGLISH:
        return
    others = ctx.session.scalars(
        sa.select(MessageTemplate.language).where(
            MessageTemplate.key == row.key,
            MessageTemplate.channel == row.channel,
            MessageTemplate.language != Language.ENGLISH,
            MessageTemplate.active.is_(True),
            MessageTemplate.deleted_at.is_(None),
        )
    ).all()
    if others:
        names = ", ".join(sorted(language.value for language in others))
        raise FieldValidationError(
            "active",
            f"Active: the {names} wording falls back to this English one; deactivate it first",
        )


def _listed(ctx: Context, rows: list[Any]) -> list[Row]:
    records = {
        (r.key, r.channel, r.language): r for r in ctx.session.scalars(sa.select(ShippedTemplate))
    }
    return [_with_state(row, records) for row in rows]


def _with_state(row: MessageTemplate, records: Mapping[tuple[str, str, str], Any]) -> Row:
    """``edited``: not the wording last shipped (or added by staff); ``held_back``: newer waits."""
    record = records.get((row.key, row.channel.value, row.language.value))
    edited = record is None or row_hash(row) != record.content_hash
    held_back = record is not None and record.held_back_hash is not None
    return row_out(row) | {"edited": edited, "held_back": held_back}


def preview(ctx: Context, body: Mapping[str, Any]) -> Row:
    """The unsaved text rendered with a sample for every variable its sender provides."""
    asked = parse_input(TemplatePreview, body)
    used = template_wording(asked.key, asked.channel, asked.subject, asked.body)
    samples = sample_values(asked.key)
    source = TemplateSource(
        asked.key, asked.channel, Language.ENGLISH, asked.body, tuple(sorted(used)), asked.subject
    )
    rendered = render(source, samples)
    sms = rendered.sms
    return {
        "subject": rendered.subject,
        "body": rendered.body,
        "channel": rendered.channel.value,
        "segments": sms.segments if sms else None,
        "warnings": list(rendered.warnings),
        "sample_values": {k: _shown(v) for k, v in samples.items() if k in used},
    }


def _shown(value: object) -> object:
    return value.format_sms() if isinstance(value, Money) else value


RULES["templates"] = Rules(create=_create, update=_update, listed=_listed)
