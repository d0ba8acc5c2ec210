"""The shipped templates (``resources/templates/messages/*.toml``): installed, kept current, found.

``hmso-server migrate`` (and ``serve`` and ``demo``, which migrate first)
installs them with :func:`install_shipped_templates`. ``shipped_templates``
remembers the text each one was last installed with, so a later version can
tell a template nobody touched (its text is still what shipped: the new
wording replaces it) from one staff edited (kept; the newer text is held
back and logged). Every installed template is then checked against the code
that sends it (``shared.domain.messaging.senders``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shared.db.models import MessageTemplate
from shared.domain.enums import Channel, Language, MessagePurpose
from shared.domain.messaging.compose import template_source
from shared.domain.messaging.senders import template_problems
from shared.domain.messaging.templates import Rendered, choose, render
from shared.resources import resource_path
from sync_server.messaging.tables import ShippedTemplate
from sync_server.sync.changes import set_actor

log = logging.getLogger(__name__)
ACTOR = "install:templates"


@dataclass(frozen=True, slots=True)
class ShippedText:
    """One shipped template file, as the columns staff can edit."""

    key: str
    channel: Channel
    language: Language
    name: str
    body: str
    variables: tuple[str, ...]
    purpose: MessagePurpose
    subject: str | None = None
    content_sid: str | None = None

    @property
    def label(self) -> str:
        return f"{self.key} ({self.channel.value}, {self.language.value})"

    @property
    def content_hash(self) -> str:
        return content_hash(self.name, self.subject, self.body, self.variables, self.purpose)

    def problems(self) -> list[str]:
        texts = (self.subject, self.body)
        return template_problems(self.key, self.variables, texts, shipped=True)


@dataclass(slots=True)
class InstallReport:
    inserted: list[str] = field(default_factory=list)
    upgraded: list[str] = field(default_factory=list)
    #: Templates staff edited, whose newer shipped text was not applied.
    kept_edited: list[str] = field(default_factory=list)
    #: Installed templates their sender cannot fill, in words.
    problems: list[str] = field(default_factory=list)

    @property
    def written(self) -> int:
        return len(self.inserted) + len(self.upgraded)

    def summary(self) -> str:
        """One line for the operator, then one per template left alone or failing its check."""
        lines = [
            f"message templates: {len(self.inserted)} installed, {len(self.upgraded)} updated,"
            f" {len(self.kept_edited)} kept as staff edited them"
        ]
        lines += [
            f"  kept (edited by staff, newer text not applied): {t}" for t in self.kept_edited
        ]
        lines += [f"  check: {problem}" for problem in self.problems]
        return "\n".join(lines)


def content_hash(
    name: str, subject: str | None, body: str, variables: Any, purpose: MessagePurpose
) -> str:
    """What identifies a wording: what staff can change on the template's page."""
    text = json.dumps([name, subject, body, list(variables or ()), purpose.value])
    return hashlib.sha256(text.encode()).hexdigest()


def row_hash(row: MessageTemplate) -> str:
    return content_hash(row.name, row.subject, row.body, row.variables, row.purpose)


def load_shipped() -> list[ShippedText]:
    """Every shipped file; one whose sender cannot fill it is a packaging error."""
    folder = resource_path("templates", "messages")
    texts = [_parse(tomllib.loads(p.read_text("utf-8"))) for p in sorted(folder.glob("*.toml"))]
    if problems := [p for text in texts for p in text.problems()]:
        raise ValueError("shipped templates do not match their senders: " + "; ".join(problems))
    return texts


def _parse(spec: dict[str, Any]) -> ShippedText:
    return ShippedText(
        key=spec["key"],
        channel=Channel(spec["channel"]),
        language=Language(spec["language"]),
        name=spec["name"],
        body=spec["body"],
        variables=tuple(spec["variables"]),
        purpose=MessagePurpose(spec.get("purpose", "transactional")),
        subject=spec.get("subject"),
        content_sid=spec.get("content_sid"),
    )


def install_shipped_templates(engine: sa.Engine) -> InstallReport:
    """Install and upgrade the shipped templates in one transaction of their own."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        # Two servers starting at once would both insert the same new template.
        session.execute(sa.text("SELECT pg_advisory_xact_lock(7100002)"))
        set_actor(session, ACTOR)
        report = install_templates(session)
    for label in report.kept_edited:
        log.warning(
            "template %s was edited by staff; the newer shipped text was not applied", label
        )
    for problem in report.problems:
        log.warning("template check: %s", problem)
    return report


def install_templates(session: Session) -> InstallReport:
    """New template -> insert; untouched since shipped -> upgrade; edited by staff -> keep."""
    report = InstallReport()
    for text in load_shipped():
        _install_one(session, text, report)
    session.flush()
    report.problems = check_installed(session)
    return report


def seed_templates(session: Session) -> int:
    """Install the shipped templates in the caller's transaction; returns how many were written."""
    return install_templates(session).written


def _install_one(session: Session, text: ShippedText, report: InstallReport) -> None:
    row = _row(session, text)
    record = session.get(ShippedTemplate, (text.key, text.channel.value, text.language.value))
    untouched = {record.content_hash} if record else earlier_texts(text)
    if row is None:
        session.add(_write(MessageTemplate(key=text.key), text))
        report.inserted.append(text.label)
    elif row_hash(row) != text.content_hash:
        if record is not None and record.content_hash == text.content_hash:
            return  # staff changed it since; nothing newer has shipped
        if row.deleted_at is not None or row_hash(row) not in untouched:
            _remember(session, record, text, held_back=True)
            report.kept_edited.append(text.label)
            return
        _write(row, text)
        report.upgraded.append(text.label)
    _remember(session, record, text, held_back=False)


def _remember(
    session: Session, record: ShippedTemplate | None, text: ShippedText, *, held_back: bool
) -> None:
    """Note what was installed; a held-back text leaves the hash the row last shipped with.

    A row found edited on the first install is recorded against today's text,
    so it stays the staff's until someone sets it back to what shipped.
    """
    if record is None:
        record = ShippedTemplate(
            key=text.key,
            channel=text.channel.value,
            language=text.language.value,
            content_hash=text.content_hash,
        )
        session.add(record)
    elif not held_back:
        record.content_hash = text.content_hash
    record.held_back_hash = text.content_hash if held_back else None


def earlier_texts(text: ShippedText) -> set[str]:
    """Hashes of the wordings versions before ``shipped_templates`` existed installed."""
    return set(_earlier().get(f"{text.key} {text.channel.value} {text.language.value}", ()))


@cache
def _earlier() -> dict[str, list[str]]:
    path = resource_path("templates", "messages") / "shipped_before.json"
    loaded: dict[str, list[str]] = json.loads(path.read_text("utf-8"))
    return loaded


def _row(session: Session, text: ShippedText) -> MessageTemplate | None:
    return session.scalars(
        sa.select(MessageTemplate).where(
            MessageTemplate.key == text.key,
            MessageTemplate.channel == text.channel,
            MessageTemplate.language == text.language,
        )
    ).first()


def _write(row: MessageTemplate, text: ShippedText) -> MessageTemplate:
    row.channel, row.language, row.name = text.channel, text.language, text.name
    row.subject, row.body, row.variables = text.subject, text.body, list(text.variables)
    row.purpose = text.purpose
    if text.content_sid or row.whatsapp_content_sid is None:
        row.whatsapp_content_sid = text.content_sid
    return row


def check_installed(session: Session) -> list[str]:
    """Each live template against the code that sends it; what would fail at send time."""
    rows = session.scalars(
        sa.select(MessageTemplate).where(
            MessageTemplate.active.is_(True), MessageTemplate.deleted_at.is_(None)
        )
    )
    return [
        f"{problem} ({row.channel.value}, {row.language.value})"
        for row in rows
        for problem in template_problems(row.key, row.variables or (), (row.subject, row.body))
    ]


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
