"""Hospitals, departments and clinicians as administrators and managers set them up.

A clinician's working hours are kept per weekday in Lagos time, with the
length of one booking slot; ``shared.domain.appointments.working_window``
turns them into the UTC window of one day, which booking and the free-slot
finder follow (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, ValidationInfo, field_validator, model_validator

from shared.domain.admin.fields import (
    AdminInput,
    Currency,
    Email,
    Name,
    OptionalName,
    Phone,
    RequiredText,
    State,
    Text,
)
from shared.domain.appointments import MAX_MINUTES, MIN_MINUTES, WEEKDAYS
from shared.domain.appointments import working_window as working_window
from shared.domain.places import normalize_lga
from shared.errors import FieldValidationError

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
DEFAULT_SLOT_MINUTES = 30


def check_hospital_code(raw: Any) -> Any:
    """2 to 12 letters or digits, kept in capitals (``lkk`` is ``LKK``)."""
    if not isinstance(raw, str):
        return raw
    code = raw.strip().upper()
    if not _CODE.match(code):
        raise ValueError("use 2 to 12 letters or digits")
    return code


HospitalCode = Annotated[str, BeforeValidator(check_hospital_code)]


def _lga_of(value: str | None, info: ValidationInfo) -> str | None:
    if value is None:
        return None
    state = info.data.get("state")
    if state is None:
        raise ValueError("give the state before the LGA")
    return normalize_lga(state, value)


class HospitalCreate(AdminInput):
    """A hospital GrandPro manages."""

    code: HospitalCode = Field(
        title="Code", description="2 to 12 letters or digits; patient numbers start with it"
    )
    name: RequiredText = Field(title="Name", max_length=200)
    state: State = Field(title="State", description="One of Nigeria's 36 states or the FCT")
    lga: Text = Field(None, title="LGA", max_length=80, description="Local government area")
    address: Text = Field(None, title="Address", max_length=300)
    phone: Phone = Field(None, title="Phone")
    email: Email = Field(None, title="E-mail")
    currency: Currency = Field("NGN", title="Currency")
    feedback_request_link: Text = Field(
        None,
        title="Feedback page",
        max_length=300,
        description="Where patients rate a visit; when set, completing a visit sends the link",
    )

    _lga = field_validator("lga")(_lga_of)

    @field_validator("state")
    @classmethod
    def _state_given(cls, value: str | None) -> str | None:
        if value is None:
            raise ValueError("this field is required")
        return value


class HospitalUpdate(AdminInput):
    """A change to a hospital; only the fields sent are applied."""

    code: HospitalCode | None = Field(None, title="Code")
    name: Text = Field(None, title="Name", max_length=200)
    state: State = Field(None, title="State")
    lga: Text = Field(None, title="LGA", max_length=80)
    address: Text = Field(None, title="Address", max_length=300)
    phone: Phone = Field(None, title="Phone")
    email: Email = Field(None, title="E-mail")
    currency: Currency | None = Field(None, title="Currency")
    feedback_request_link: Text = Field(None, title="Feedback page", max_length=300)

    _lga = field_validator("lga")(_lga_of)


class DepartmentCreate(AdminInput):
    """A department of a hospital (a manager's own hospital when left out)."""

    hospital_id: uuid.UUID | None = Field(None, title="Hospital")
    name: RequiredText = Field(title="Name", max_length=120)


class DepartmentUpdate(AdminInput):
    name: Text = Field(None, title="Name", max_length=120)


class DayHours(AdminInput):
    """One weekday's hours, Lagos time."""

    start: dt.time = Field(title="From")
    end: dt.time = Field(title="To")

    @model_validator(mode="after")
    def _ordered(self) -> DayHours:
        if self.end <= self.start:
            raise ValueError("the end of the day must come after its start")
        return self


class WorkingHours(AdminInput):
    """Hours per weekday; a day left out is a day off."""

    mon: DayHours | None = Field(None, title="Monday")
    tue: DayHours | None = Field(None, title="Tuesday")
    wed: DayHours | None = Field(None, title="Wednesday")
    thu: DayHours | None = Field(None, title="Thursday")
    fri: DayHours | None = Field(None, title="Friday")
    sat: DayHours | None = Field(None, title="Saturday")
    sun: DayHours | None = Field(None, title="Sunday")


SlotMinutes = Annotated[
    int, Field(ge=MIN_MINUTES, le=MAX_MINUTES, json_schema_extra={"unit": "minutes"})
]


class ClinicianCreate(AdminInput):
    """A doctor, nurse or other clinician patients are booked with."""

    hospital_id: uuid.UUID | None = Field(None, title="Hospital")
    department_id: uuid.UUID | None = Field(None, title="Department")
    full_name: Name = Field(title="Full name")
    title: Text = Field(None, title="Title", max_length=40, description="Dr, Nurse, ...")
    specialty: Text = Field(None, title="Specialty", max_length=120)
    phone: Phone = Field(None, title="Phone")
    email: Email = Field(None, title="E-mail")
    active: bool = Field(True, title="Active")
    working_hours: WorkingHours | None = Field(
        None, title="Working hours", description="Per weekday; none means hours are not set"
    )
    slot_minutes: SlotMinutes = Field(DEFAULT_SLOT_MINUTES, title="Slot length")


class ClinicianUpdate(AdminInput):
    department_id: uuid.UUID | None = Field(None, title="Department")
    full_name: OptionalName = Field(None, title="Full name")
    title: Text = Field(None, title="Title", max_length=40)
    specialty: Text = Field(None, title="Specialty", max_length=120)
    phone: Phone = Field(None, title="Phone")
    email: Email = Field(None, title="E-mail")
    active: bool | None = Field(None, title="Active")
    working_hours: WorkingHours | None = Field(None, title="Working hours")
    slot_minutes: SlotMinutes | None = Field(None, title="Slot length")


def stored_hours(hours: WorkingHours | None) -> dict[str, dict[str, str]] | None:
    """Working hours as the JSON column keeps them: ``{"mon": {"start": "08:00", ...}}``."""
    if hours is None:
        return None
    out: dict[str, dict[str, str]] = {}
    for day in WEEKDAYS:
        value: DayHours | None = getattr(hours, day)
        if value is not None:
            out[day] = {"start": value.start.strftime("%H:%M"), "end": value.end.strftime("%H:%M")}
    return out


_DAY_SPAN = re.compile(
    r"^(?P<first>[a-z]{3})[a-z]*(?:\s*-\s*(?P<last>[a-z]{3})[a-z]*)?\s+"
    r"(?P<start>\d{1,2}[:.]\d{2})\s*-\s*(?P<end>\d{1,2}[:.]\d{2})$"
)


def _clock(text: str) -> str:
    hour, minute = text.replace(".", ":").split(":")
    return f"{int(hour):02d}:{minute}"


def parse_hours_text(text: str) -> dict[str, dict[str, str]]:
    """Hours as staff type them: ``Mon-Fri 08:00-16:00, Sat 09:00-13:00``.

    Days are named by their first three letters (``Monday`` reads as ``mon``);
    a range of days shares one span of hours; entries are separated by commas,
    semicolons or new lines. The result is what :class:`WorkingHours` takes.
    """
    hours: dict[str, dict[str, str]] = {}
    for entry in filter(None, (part.strip().lower() for part in re.split(r"[,;\n]", text))):
        days = _days_of(entry)
        match = _DAY_SPAN.match(entry)
        assert match is not None  # _days_of checked it
        span = {"start": _clock(match["start"]), "end": _clock(match["end"])}
        hours.update(dict.fromkeys(days, span))
    return hours


def _days_of(entry: str) -> tuple[str, ...]:
    """The weekdays an entry names, in order; a refusal quoting the entry otherwise."""
    match = _DAY_SPAN.match(entry)
    first = match["first"] if match else ""
    last = (match["last"] or first) if match else ""
    if (
        first not in WEEKDAYS
        or last not in WEEKDAYS
        or WEEKDAYS.index(last) < WEEKDAYS.index(first)
    ):
        raise FieldValidationError(
            "working_hours", f'Working hours: write "{entry}" like "Mon-Fri 08:00-16:00"'
        )
    return WEEKDAYS[WEEKDAYS.index(first) : WEEKDAYS.index(last) + 1]


def hours_text(hours: Mapping[str, Mapping[str, str]] | None) -> str:
    """Stored hours as :func:`parse_hours_text` reads them back, one weekday per entry."""
    if not hours:
        return ""
    days = (day for day in WEEKDAYS if day in hours)
    return ", ".join(
        f"{day.capitalize()} {hours[day]['start']}-{hours[day]['end']}" for day in days
    )
