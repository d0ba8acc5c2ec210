"""Templates, SMS segments, quiet hours, opt-out words, the ladder and approvals."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.domain.enums import Channel, Language, MessagePurpose
from shared.domain.messaging.policy import (
    CALL_LIST,
    Reachability,
    Visit,
    approval_reasons,
    household_lines,
    in_quiet_hours,
    is_stop,
    ladder,
    send_time,
)
from shared.domain.messaging.sms import count_segments
from shared.domain.messaging.templates import TemplateSource, choose, render
from shared.domain.money import Money
from shared.errors import FieldValidationError

UTC = dt.UTC


def _sms(body: str, variables: tuple[str, ...] = ()) -> TemplateSource:
    return TemplateSource("k", Channel.SMS, Language.ENGLISH, body, variables)


def test_render_fills_declared_variables_and_formats_money_for_sms() -> None:
    source = _sms("Dear {{ name }}, you owe {{ amount | money }}.", ("name", "amount"))
    rendered = render(source, {"name": "Bola", "amount": Money(500_000)})
    assert rendered.body == "Dear Bola, you owe NGN 5,000."
    assert rendered.sms is not None and rendered.sms.encoding == "GSM-7"
    assert rendered.warnings == ()


def test_missing_declared_variable_is_an_error_naming_it() -> None:
    with pytest.raises(FieldValidationError, match="'hospital_name'") as info:
        render(_sms("{{ hospital_name }}", ("hospital_name",)), {})
    assert info.value.field == "variables"


def test_undeclared_variable_is_an_error_not_a_blank() -> None:
    with pytest.raises(FieldValidationError, match="undeclared"):
        render(_sms("Hi {{ nickname }}"), {})


def test_sandbox_refuses_python_internals() -> None:
    with pytest.raises(FieldValidationError):
        render(_sms("{{ ''.__class__.__mro__[1].__subclasses__() }}"), {})


def test_language_falls_back_to_english() -> None:
    en = _sms("Hello")
    yo = TemplateSource("k", Channel.SMS, Language.YORUBA, "Ẹ n lẹ")
    assert choose([en, yo], Channel.SMS, Language.YORUBA) is yo
    assert choose([en, yo], Channel.SMS, Language.HAUSA) is en
    with pytest.raises(FieldValidationError):
        choose([en], Channel.EMAIL, Language.ENGLISH)


@pytest.mark.parametrize(
    ("text", "encoding", "segments"),
    [
        ("a" * 160, "GSM-7", 1),
        ("a" * 161, "GSM-7", 2),
        ("a" * 306, "GSM-7", 2),
        ("a" * 307, "GSM-7", 3),
        ("{" * 80, "GSM-7", 1),
        ("₦" + "a" * 69, "UCS-2", 1),
        ("₦" + "a" * 70, "UCS-2", 2),
    ],
)
def test_segment_counting(text: str, encoding: str, segments: int) -> None:
    length = count_segments(text)
    assert (length.encoding, length.segments) == (encoding, segments)


def test_naira_sign_and_tone_marks_force_ucs2_with_a_warning() -> None:
    length = count_segments("Ẹ kú àárọ̀, pay ₦5,000")
    assert length.encoding == "UCS-2"
    assert "₦" in length.ucs2_chars and "Ẹ" in length.ucs2_chars
    assert length.warning is not None and "UCS-2" in length.warning


def _lagos(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 23, hour - 1, minute, tzinfo=UTC)  # Lagos is UTC+1


def test_quiet_hours_push_sms_to_seven_in_the_morning() -> None:
    assert in_quiet_hours(_lagos(21)) and in_quiet_hours(_lagos(6, 59))
    assert not in_quiet_hours(_lagos(7)) and not in_quiet_hours(_lagos(20, 59))
    night = _lagos(22, 30)
    assert send_time(Channel.SMS, night) == dt.datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    early = _lagos(5)
    assert send_time(Channel.WHATSAPP, early) == dt.datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    assert send_time(Channel.SMS, night, urgent=True) == night
    assert send_time(Channel.EMAIL, night) == night


@pytest.mark.parametrize(
    "word", ["STOP", "stop", " Stop. ", "END", "cancel", "Unsubscribe", "quit"]
)
def test_stop_words(word: str) -> None:
    assert is_stop(word)


@pytest.mark.parametrize("word", ["", "stop sending me jokes", "hello", None])
def test_not_stop_words(word: str | None) -> None:
    assert not is_stop(word)


def test_ladder_respects_consent_and_quiet_hours() -> None:
    everyone = Reachability(sms=True, whatsapp=True, email=True)
    assert ladder(everyone, _lagos(10)) is Channel.WHATSAPP
    assert ladder(everyone, _lagos(10), tried=[Channel.WHATSAPP]) is Channel.SMS
    assert ladder(everyone, _lagos(23)) is Channel.EMAIL
    phone_only = Reachability(sms=True, whatsapp=False, email=False)
    assert ladder(phone_only, _lagos(23)) == CALL_LIST
    assert ladder(phone_only, _lagos(10), tried=[Channel.SMS]) == CALL_LIST


def test_household_lines_list_every_appointment_in_time_order() -> None:
    later = Visit("Tunde", _lagos(11), "Ikeja General")
    sooner = Visit("Kemi", _lagos(9, 30), "Ikeja General")
    assert household_lines([later, sooner]) == [
        "Kemi: Mon 23 Nov 09:30 at Ikeja General",
        "Tunde: Mon 23 Nov 11:00 at Ikeja General",
    ]


def test_promotional_or_over_budget_needs_approval() -> None:
    assert approval_reasons(MessagePurpose.HEALTH_EDUCATION, 1000, 5000) == []
    assert len(approval_reasons(MessagePurpose.PROMOTIONAL, 1000, None)) == 1
    assert approval_reasons(MessagePurpose.SERVICE_NOTICE, 6000, 5000) == [
        "estimated cost is above the budget cap"
    ]
