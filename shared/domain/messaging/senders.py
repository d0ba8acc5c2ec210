"""Which code sends each template, and the variables that code gives it: one table.

A template can only use what its sender provides. The reminder job gives a
household's appointment lines but no patient name (one SMS may list three
children); the payout e-mail gives the owner's name and the net payout; a
campaign gives the patient's variables plus the ones staff typed in. Writing
that down once lets start-up check every installed template against its
sender, and a test run every sender against the table, instead of learning
it from a failed reminder at 07:00.

``staff_fills`` are variables the person sending supplies (a campaign's tip,
the time in a confirmation sent from the CRM); the sending code refuses the
message when one is missing, so they are allowed but not guaranteed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from jinja2 import TemplateError, meta
from jinja2.sandbox import SandboxedEnvironment

from shared.domain.money import Money
from shared.errors import FieldValidationError

#: What ``compose.patient_values`` gives every patient template, on every path.
PATIENT_VARIABLES = frozenset(
    {"patient_name", "first_name", "full_name", "patient_number", "hospital_name", "hospital_phone"}
)
#: What the reminder job gives: one message can list a whole household's visits.
REMINDER_VARIABLES = frozenset({"hospital_name", "hospital_phone", "appointments"})

REMINDER_DAY_BEFORE = "appointment_reminder"
REMINDER_SAME_DAY = "appointment_reminder_3h"
PAYOUT_PAID = "owner_monthly_report"
OWNER_SURVEY = "owner_satisfaction_survey"
FEEDBACK_REQUEST = "patient_feedback_request"
APPOINTMENT_CONFIRMATION = "appointment_confirmation"
HEALTH_TIP = "health_tip"
UNSUBSCRIBE_CONFIRMATION = "unsubscribe_confirmation"
TIER_UP = "loyalty_tier_up"
RECOVERY_ALERT = "feedback_recovery_alert"
#: What the service-recovery job gives its alert to a manager: no patient name, no comment.
RECOVERY_VARIABLES = frozenset(
    {"manager_name", "hospital_name", "patient_number", "score", "due_time"}
)
#: A reminder this many minutes ahead or more is the day-before one.
DAY_BEFORE_MINUTES = 12 * 60


@dataclass(frozen=True, slots=True)
class Sender:
    """The code that sends a template and the variables it provides."""

    where: str
    provides: frozenset[str]
    staff_fills: frozenset[str] = frozenset()

    @property
    def allowed(self) -> frozenset[str]:
        return self.provides | self.staff_fills


SENDERS: Mapping[str, Sender] = {
    REMINDER_DAY_BEFORE: Sender("the reminder job, a day ahead", REMINDER_VARIABLES),
    REMINDER_SAME_DAY: Sender("the reminder job, hours ahead", REMINDER_VARIABLES),
    PAYOUT_PAID: Sender(
        "marking a payout paid",
        frozenset({"owner_name", "period", "hospital_name", "net_payout"}),
    ),
    OWNER_SURVEY: Sender(
        "sending a survey round", frozenset({"owner_name", "survey_round", "survey_link"})
    ),
    FEEDBACK_REQUEST: Sender("completing a visit", PATIENT_VARIABLES | {"feedback_link"}),
    APPOINTMENT_CONFIRMATION: Sender(
        "staff writing to a patient",
        PATIENT_VARIABLES,
        frozenset({"appointment_time", "clinician_name"}),
    ),
    HEALTH_TIP: Sender("a campaign", PATIENT_VARIABLES, frozenset({"tip"})),
    UNSUBSCRIBE_CONFIRMATION: Sender("the unsubscribe link", frozenset({"hospital_name"})),
    TIER_UP: Sender("the daily tier review", PATIENT_VARIABLES | {"tier_name", "points"}),
    RECOVERY_ALERT: Sender("the service-recovery job, for low feedback", RECOVERY_VARIABLES),
}


def reminder_key(offset_minutes: int) -> str:
    """The day-before wording for reminders 12 h or more ahead, else the same-day one."""
    return REMINDER_DAY_BEFORE if offset_minutes >= DAY_BEFORE_MINUTES else REMINDER_SAME_DAY


def desk_can_fill(variables: Iterable[str]) -> bool:
    """The desk composer gives the patient's variables only; it cannot type in a time or a tip."""
    return set(variables) <= PATIENT_VARIABLES


def _parser() -> SandboxedEnvironment:
    env = SandboxedEnvironment()
    env.filters["money"] = str  # only the name matters to the parser
    return env


_PARSER = _parser()


def used_variables(*texts: str | None) -> frozenset[str]:
    """The names a template's texts read (loop variables excluded), by Jinja's own parser.

    A text Jinja cannot parse raises ``jinja2.TemplateError``.
    """
    names: set[str] = set()
    for text in texts:
        if text:
            names |= meta.find_undeclared_variables(_PARSER.parse(text))
    return frozenset(names)


def template_problems(
    key: str, declared: Iterable[str], texts: Iterable[str | None], *, shipped: bool = False
) -> list[str]:
    """What is wrong between a template and its sender, in words; empty when it can be sent.

    ``texts`` are the subject and body. A template staff made for their own
    campaign has no entry here and is checked when it is sent; a shipped one
    must have a sender.
    """
    try:
        used = used_variables(*texts)
    except TemplateError as exc:
        return [f"{key} cannot be read: {exc}"]
    declared = frozenset(declared)
    problems = [f"{key} uses {n!r} but does not declare it" for n in sorted(used - declared)]
    sender = SENDERS.get(key)
    if sender is None:
        return [*problems, f"no code sends {key}"] if shipped else problems
    for name in sorted(declared - sender.allowed):
        problems.append(f"{key} needs {name!r}, which {sender.where} does not give")
    return problems


#: A made-up value for every variable some sender provides, for the live preview.
SAMPLE_VALUES: Mapping[str, object] = {
    "patient_name": "Adaeze",
    "first_name": "Adaeze",
    "full_name": "Adaeze Okafor",
    "patient_number": "IKJ-000123",
    "hospital_name": "GrandPro Ikeja",
    "hospital_phone": "+2348031234567",
    "appointments": [
        "Adaeze: Tue 01 Dec 10:00 at General clinic",
        "Chidi: Tue 01 Dec 10:30 at Paediatrics",
    ],
    "feedback_link": "https://grandpro.example/f/SAMPLE",
    "appointment_time": "Tue 01 Dec 10:00",
    "clinician_name": "Dr Bello",
    "tip": "Drink clean water and sleep under a treated net.",
    "owner_name": "Chief Adebayo",
    "period": "2026-11",
    "net_payout": Money(45_000_000),
    "survey_round": "2026-Q4",
    "survey_link": "https://grandpro.example/s/SAMPLE",
    "tier_name": "Silver",
    "points": "2,150",
    "manager_name": "Amaka Eze",
    "score": "1/5 stars, would recommend 2/10",
    "due_time": "1 Dec 2026 18:00",
}


def sample_values(key: str) -> dict[str, object]:
    """What the preview renders ``key`` with: a sample for every variable its sender may give."""
    return {name: SAMPLE_VALUES[name] for name in sorted(_sender(key, "body").allowed)}


def _sender(key: str, field: str) -> Sender:
    sender = SENDERS.get(key)
    if sender is None:
        raise FieldValidationError(field, f"Key: no code sends {key!r}")
    return sender


def _offered(sender: Sender) -> str:
    given = f"it provides: {', '.join(sorted(sender.provides))}"
    if sender.staff_fills:
        given += f"; the person sending fills in: {', '.join(sorted(sender.staff_fills))}"
    return given


def check_wording(key: str, field: str, label: str, text: str | None) -> frozenset[str]:
    """The variables one text (a subject or body) uses; a field error when its sender cannot.

    The text must compile as Jinja (an unknown filter is caught here, not at
    07:00 in the reminder job) and read only what ``key``'s sender provides,
    named in the words the form shows: "Body: uses {{ clinic_name }}, ...".
    """
    sender = _sender(key, field)
    if not text:
        return frozenset()
    try:
        _PARSER.from_string(text)
        used = used_variables(text)
    except TemplateError as exc:
        raise FieldValidationError(field, f"{label}: cannot be read: {exc}") from None
    unknown = sorted(used - sender.allowed)
    if unknown:
        raise FieldValidationError(
            field,
            f"{label}: uses {{{{ {unknown[0]} }}}}, which its sender ({sender.where}) does not"
            f" provide;"
            f" {_offered(sender)}",
        )
    return used
