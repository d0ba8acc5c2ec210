"""The senders table against the shipped templates, and the parser it checks them with."""

from __future__ import annotations

import pytest

from shared.db.models import Hospital, Patient
from shared.domain.enums import Channel, Language
from shared.domain.messaging.compose import patient_values
from shared.domain.messaging.senders import (
    PATIENT_VARIABLES,
    REMINDER_DAY_BEFORE,
    REMINDER_SAME_DAY,
    SENDERS,
    desk_can_fill,
    reminder_key,
    template_problems,
    used_variables,
)
from shared.domain.messaging.templates import TemplateSource, render
from sync_server.messaging.reminders import DEFAULT_OFFSETS
from sync_server.messaging.templates import ShippedText, load_shipped

SHIPPED = load_shipped()


def test_patient_variables_are_what_compose_gives_every_patient_template() -> None:
    patient = Patient(first_name="Kemi", last_name="Lawal", patient_number="IKJ-000001")
    given = patient_values(patient, Hospital(name="Ikeja General", phone=None))
    assert frozenset(given) == PATIENT_VARIABLES


def test_every_key_a_sender_uses_is_shipped_on_some_channel() -> None:
    assert {t.key for t in SHIPPED} == set(SENDERS)


@pytest.mark.parametrize("text", SHIPPED, ids=lambda t: t.label)
def test_each_shipped_template_uses_only_what_it_declares_and_its_sender_gives(
    text: ShippedText,
) -> None:
    used = used_variables(text.subject, text.body)
    assert used <= set(text.variables), text.label
    assert set(text.variables) <= SENDERS[text.key].allowed, text.label
    assert text.problems() == []


@pytest.mark.parametrize("text", SHIPPED, ids=lambda t: t.label)
def test_each_shipped_template_renders_from_its_senders_variables(text: ShippedText) -> None:
    sender = SENDERS[text.key]
    values: dict[str, object] = {name: ["Kemi: Wed 25 Nov 11:00"] for name in sender.allowed}
    if "net_payout" in values:
        values["net_payout"] = 875_000
    source = TemplateSource(
        text.key, text.channel, text.language, text.body, text.variables, text.subject
    )
    rendered = render(source, values)
    assert rendered.body and (text.channel is not Channel.EMAIL or rendered.subject)


def test_both_reminder_wordings_exist_on_every_reminder_channel() -> None:
    for key in (REMINDER_DAY_BEFORE, REMINDER_SAME_DAY):
        channels = {t.channel for t in SHIPPED if t.key == key and t.language is Language.ENGLISH}
        assert channels == {Channel.SMS, Channel.WHATSAPP, Channel.EMAIL}, key


def test_the_default_offsets_use_one_wording_each() -> None:
    assert [reminder_key(o) for o in DEFAULT_OFFSETS] == [REMINDER_DAY_BEFORE, REMINDER_SAME_DAY]
    assert reminder_key(48 * 60) == REMINDER_DAY_BEFORE and reminder_key(60) == REMINDER_SAME_DAY


def test_loop_variables_are_not_taken_for_template_variables() -> None:
    body = "{% for line in appointments %}{{ line }}{% endfor %} {{ net | money }}"
    assert used_variables(body, None) == {"appointments", "net"}


def test_problems_name_the_variable_and_the_sender_in_words() -> None:
    body = "Dear {{ patient_name }}, {{ appointments | join(', ') }}"
    problems = template_problems(REMINDER_DAY_BEFORE, ["appointments"], [body])
    assert problems == [
        "appointment_reminder uses 'patient_name' but does not declare it",
    ]
    declared = ["appointments", "patient_name"]
    assert template_problems(REMINDER_DAY_BEFORE, declared, [body]) == [
        "appointment_reminder needs 'patient_name', which the reminder job, a day ahead does"
        " not give"
    ]


def test_unknown_keys_pass_unless_shipped_and_unreadable_text_is_a_problem() -> None:
    assert template_problems("payment_thanks", ["amount"], ["{{ amount }}"]) == []
    assert template_problems("x", [], ["hi"], shipped=True) == ["no code sends x"]
    (problem,) = template_problems("health_tip", [], ["{{ tip "])
    assert problem.startswith("health_tip cannot be read")


def test_the_desk_fills_only_the_patients_variables() -> None:
    assert desk_can_fill(["patient_name", "hospital_name"])
    assert not desk_can_fill(["patient_name", "appointment_time"])
