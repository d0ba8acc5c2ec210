"""Patient input rules: normalisation, field-named refusals, duplicates and numbering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from shared.domain.enums import Channel, MessagePurpose, PayerType
from shared.domain.patients import (
    CommunicationPreferences,
    PatientRegistration,
    PatientUpdate,
    PreferencesUpdate,
    format_patient_number,
    is_likely_duplicate,
    may_contact,
    parse,
    parse_patient_number,
    same_household,
)
from shared.errors import FieldValidationError

BASE: dict[str, Any] = {"first_name": "Chinedu", "last_name": "Okafor", "sex": "male"}


def register(**changes: Any) -> PatientRegistration:
    return parse(PatientRegistration, BASE | changes)


def refused_field(model: type[Any], data: dict[str, Any]) -> str | None:
    with pytest.raises(FieldValidationError) as info:
        parse(model, data)
    return info.value.field


def test_registration_normalises_what_clerks_type() -> None:
    patient = register(
        first_name="  Adébáyọ̀ ",
        phone="0803 123 4567",
        email=" Ada@Example.COM ",
        state="lagos",
        lga="ikeja",
        payer_type="NHIS",
        nin="123 4567 8901",
        allergies=["penicillin", "  "],
    )
    assert patient.first_name == "Adébáyọ̀"
    assert patient.phone == "+2348031234567"
    assert patient.email == "Ada@example.com"
    assert (patient.state, patient.lga) == ("Lagos", "Ikeja")
    assert patient.payer_type is PayerType.NHIA
    assert patient.nin == "12345678901"
    assert patient.allergies == ["penicillin"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"phone": "12345"}, "phone"),
        ({"phone": "01 234 5678"}, "phone"),
        ({"next_of_kin_phone": "not a number"}, "next_of_kin_phone"),
        ({"email": "ada@"}, "email"),
        ({"state": "Texas"}, "state"),
        ({"state_of_origin": "Wakanda"}, "state_of_origin"),
        ({"state": "Lagos", "lga": "Nassarawa"}, "lga"),
        ({"lga": "Ikeja"}, "lga"),
        ({"nin": "1234567890"}, "nin"),
        ({"nin": "1234567890a"}, "nin"),
        ({"first_name": "B0la"}, "first_name"),
        ({"last_name": "   "}, "last_name"),
        ({"sex": "unknown"}, "sex"),
        ({"payer_type": "cash"}, "payer_type"),
        ({"payer_type": "hmo"}, "payer_name"),
        ({"date_of_birth": "2999-01-01"}, "date_of_birth"),
        ({"date_of_birth": "1800-01-01"}, "date_of_birth"),
        ({"preferences": {"preferred_channel": "whatsapp"}}, "preferences.preferred_channel"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_registration_names_the_field(changes: dict[str, Any], field: str) -> None:
    assert refused_field(PatientRegistration, BASE | changes) == field


def test_update_keeps_only_what_was_sent() -> None:
    update = parse(PatientUpdate, {"phone": "+234 803 123 4567"})
    assert update.model_dump(exclude_unset=True) == {"phone": "+2348031234567"}
    assert refused_field(PatientUpdate, {"state": "Narnia"}) == "state"


def test_preferences_need_consent_for_the_preferred_channel() -> None:
    current = CommunicationPreferences()
    changed = parse(PreferencesUpdate, {"consent_whatsapp": True, "preferred_channel": "whatsapp"})
    assert changed.apply(current).preferred_channel is Channel.WHATSAPP
    withdraw = parse(PreferencesUpdate, {"consent_sms": False})
    with pytest.raises(FieldValidationError) as info:
        withdraw.apply(current)
    assert info.value.field == "preferred_channel"


def test_marketing_needs_its_own_consent() -> None:
    prefs = parse(CommunicationPreferences, {"consent_email": True})
    assert may_contact(prefs, Channel.EMAIL, MessagePurpose.TRANSACTIONAL)
    assert not may_contact(prefs, Channel.EMAIL, MessagePurpose.PROMOTIONAL)
    assert not may_contact(prefs, Channel.WHATSAPP, MessagePurpose.TRANSACTIONAL)


@dataclass
class Person:
    first_name: str
    last_name: str
    phone: str | None
    date_of_birth: dt.date | None


def test_duplicates_need_phone_names_and_birth_date() -> None:
    born = dt.date(1990, 5, 1)
    a = Person("Adébáyọ̀", "Okafor", "+2348031234567", born)
    assert is_likely_duplicate(a, Person("adebayo", "OKAFOR", "+2348031234567", born))
    sibling = Person("Tunde", "Okafor", "+2348031234567", dt.date(1995, 1, 1))
    assert not is_likely_duplicate(a, sibling)
    assert same_household(a, sibling)
    assert not is_likely_duplicate(Person("A", "B", None, born), Person("A", "B", None, born))


def test_patient_numbers_carry_the_device_prefix() -> None:
    number = format_patient_number("ikj01", 42)
    assert number == "IKJ01-000042"
    assert parse_patient_number(number) == ("IKJ01", 42)
    for bad_prefix in ("I", "TOOLONG1", "IK-J"):
        with pytest.raises(FieldValidationError):
            format_patient_number(bad_prefix, 1)
    with pytest.raises(FieldValidationError) as info:
        parse_patient_number("42")
    assert info.value.field == "patient_number"
