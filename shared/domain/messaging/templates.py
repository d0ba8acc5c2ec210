"""Message templates: sandboxed Jinja2, declared variables, language fallback.

A template names the variables it needs; rendering refuses to run when one is
missing (an error at preview time, not a blank in a patient's SMS). The
sandbox keeps a template author from reaching Python internals, and
``StrictUndefined`` turns any undeclared name into an error as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from shared.domain.enums import Channel, Language
from shared.domain.messaging.sms import SmsLength, count_segments
from shared.domain.money import Money
from shared.errors import FieldValidationError


def _money(value: Money | int) -> str:
    """``{{ amount | money }}``: "NGN 5,000", safe for GSM-7 (ints are kobo)."""
    if isinstance(value, Money):
        return value.format_sms()
    return Money(int(value)).format_sms()


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    env.filters["money"] = _money
    return env


_ENV = _environment()


@dataclass(frozen=True, slots=True)
class TemplateSource:
    key: str
    channel: Channel
    language: Language
    body: str
    variables: tuple[str, ...] = ()
    subject: str | None = None


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str | None
    body: str
    channel: Channel

    @property
    def sms(self) -> SmsLength | None:
        """Segments, counted on demand (a campaign renders far more than it previews)."""
        return count_segments(self.body) if self.channel is Channel.SMS else None

    @property
    def warnings(self) -> tuple[str, ...]:
        sms = self.sms
        warning = sms.warning if sms else None
        return (warning,) if warning else ()


def check_variables(declared: Iterable[str], given: Mapping[str, Any]) -> None:
    """Name the first declared variable that has no value."""
    for name in declared:
        if given.get(name) is None:
            raise FieldValidationError("variables", f"missing template variable {name!r}")


def render(source: TemplateSource, values: Mapping[str, Any]) -> Rendered:
    """Render subject and body; any missing or undeclared variable is a field error."""
    check_variables(source.variables, values)
    subject = _render_text(source.subject, values, "subject") if source.subject else None
    body = _render_text(source.body, values, "body")
    return Rendered(subject, body, source.channel)


@lru_cache(maxsize=512)
def _compiled(text: str) -> Template:
    """Compiling costs about a millisecond; a campaign renders one text 100,000 times."""
    return _ENV.from_string(text)


def _render_text(text: str, values: Mapping[str, Any], field: str) -> str:
    try:
        return _compiled(text).render(**values).strip()
    except UndefinedError as exc:
        raise FieldValidationError("variables", f"template uses undeclared {exc.message}") from None
    except TemplateError as exc:
        raise FieldValidationError(field, f"template error: {exc}") from None


def choose(
    sources: Iterable[TemplateSource], channel: Channel, language: Language
) -> TemplateSource:
    """The template in the patient's language, else English, for the given channel."""
    by_language = {s.language: s for s in sources if s.channel is channel}
    chosen = by_language.get(language) or by_language.get(Language.ENGLISH)
    if chosen is None:
        raise FieldValidationError("channel", f"no template for channel {channel.value}")
    return chosen
