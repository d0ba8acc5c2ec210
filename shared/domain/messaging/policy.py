"""When and how a patient may be contacted: quiet hours, opt-out words, the ladder.

These rules are the same on every desk and on the server so a message a desk
queues offline is judged the same way when the server dispatches it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from shared.clock import LAGOS, as_utc
from shared.domain.enums import CallOutcome, Channel, MessagePurpose

QUIET_START = dt.time(21, 0)
QUIET_END = dt.time(7, 0)
STOP_WORDS = frozenset({"STOP", "END", "CANCEL", "UNSUBSCRIBE", "QUIT"})
#: The fallback ladder: the desk's call list is the step after the last channel.
LADDER: tuple[Channel, ...] = (Channel.WHATSAPP, Channel.SMS, Channel.EMAIL)
CALL_LIST = "call_list"
#: Reasons a reminder carries when it lands on the desk's call list; desks match on them.
CALL_TODAY = "not delivered on any channel: call today"
NO_CHANNEL = "no channel with consent: call list"
#: Call outcomes that take a booking off the call list only for the rest of the Lagos
#: day, so the desk tries again the next day; any other outcome takes it off for good.
CALL_AGAIN_NEXT_DAY = frozenset({CallOutcome.NO_ANSWER})


def in_quiet_hours(at: dt.datetime) -> bool:
    local = as_utc(at).astimezone(LAGOS).time()
    return local >= QUIET_START or local < QUIET_END


def send_time(channel: Channel, at: dt.datetime, *, urgent: bool = False) -> dt.datetime:
    """When a message may go: SMS/WhatsApp wait for 07:00 Lagos unless urgent."""
    at = as_utc(at)
    if urgent or channel is Channel.EMAIL or not in_quiet_hours(at):
        return at
    local = at.astimezone(LAGOS)
    morning = local.replace(hour=7, minute=0, second=0, microsecond=0)
    if local.time() >= QUIET_START:
        morning += dt.timedelta(days=1)
    return morning.astimezone(dt.UTC)


def is_stop(text: str | None) -> bool:
    """An opt-out reply: one of the stop words alone, in any case, with punctuation."""
    word = (text or "").strip().strip(".!").upper()
    return word in STOP_WORDS


@dataclass(frozen=True, slots=True)
class Reachability:
    """Which channels a patient can receive on (consent given and an address known)."""

    sms: bool
    whatsapp: bool
    email: bool

    def allows(self, channel: Channel) -> bool:
        return bool(getattr(self, channel.value))


def ladder(
    reach: Reachability, at: dt.datetime, *, tried: Iterable[Channel] = (), urgent: bool = False
) -> Channel | str:
    """The next channel to try, or ``CALL_LIST`` when no channel may be used now."""
    done = set(tried)
    for channel in LADDER:
        if channel in done or not reach.allows(channel):
            continue
        if channel is not Channel.EMAIL and not urgent and in_quiet_hours(at):
            continue
        return channel
    return CALL_LIST


@dataclass(frozen=True, slots=True)
class Visit:
    patient_name: str
    starts_at: dt.datetime
    place: str


def household_lines(visits: Sequence[Visit]) -> list[str]:
    """One line per appointment of everyone sharing a phone, in time order."""
    ordered = sorted(visits, key=lambda v: v.starts_at)
    return [
        f"{v.patient_name}: {as_utc(v.starts_at).astimezone(LAGOS):%a %d %b %H:%M} at {v.place}"
        for v in ordered
    ]


def estimate_cost(units: int, price_minor: int) -> int:
    """Cost in kobo: segments (SMS) or messages (WhatsApp/e-mail) times the unit price."""
    return units * price_minor


def approval_reasons(
    purpose: MessagePurpose, cost_minor: int, budget_cap_minor: int | None
) -> list[str]:
    """Why a campaign needs a manager's approval (empty: it may go as it is)."""
    reasons = []
    if purpose is MessagePurpose.PROMOTIONAL:
        reasons.append("promotional copy needs a manager's approval")
    if budget_cap_minor is not None and cost_minor > budget_cap_minor:
        reasons.append("estimated cost is above the budget cap")
    return reasons
