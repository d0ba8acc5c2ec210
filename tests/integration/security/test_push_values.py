"""Pushed values pass the same rules as the desk's forms, and decoding coerces nothing.

The old push stored amounts of 10**17, 1.5 (as 2) and "100" into revenue
that feeds owners' payouts, malformed phones and NINs, an object for
allergies and names that a spreadsheet runs as formulas.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from shared.clock import utcnow
from tests.integration.security.conftest import Estate, Wire, rows_in, server_rows

NOW = utcnow()
START = NOW.replace(microsecond=0) + dt.timedelta(days=3)


def _payment(estate: Estate, amount: Any) -> dict[str, Any]:
    return {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(estate.a.patient_id),
        "amount_minor": amount,
        "currency": "NGN",
        "method": "cash",
        "received_at": NOW.isoformat(),
    }


def _feedback(estate: Estate, **fields: Any) -> dict[str, Any]:
    base = {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(estate.a.patient_id),
        "rating": 4,
        "submitted_at": NOW.isoformat(),
    }
    return base | fields


def _booking(estate: Estate, minutes: int) -> dict[str, Any]:
    return {
        "hospital_id": str(estate.a.hospital_id),
        "patient_id": str(estate.a.patient_id),
        "clinician_id": str(estate.a.clinician_id),
        "starts_at": START.isoformat(),
        "ends_at": (START + dt.timedelta(minutes=minutes)).isoformat(),
    }


#: (table, builder of the pushed fields or None for an edit of patient A, field, label)
CASES: dict[str, tuple[str, Any, str, str]] = {
    "amount 1.5": ("revenue_entries", lambda e: _payment(e, 1.5), "amount_minor", "Amount"),
    "amount '100'": ("revenue_entries", lambda e: _payment(e, "100"), "amount_minor", "Amount"),
    "amount 10**17": ("revenue_entries", lambda e: _payment(e, 10**17), "amount_minor", "Amount"),
    "negative payment": ("revenue_entries", lambda e: _payment(e, -500), "amount_minor", "Amount"),
    "phone abc": ("patients", {"phone": "abc"}, "phone", "Phone"),
    "phone too short": ("patients", {"phone": "0803123"}, "phone", "Phone"),
    "phone not E.164": ("patients", {"phone": "08031234567"}, "phone", "Phone"),
    "NIN too short": ("patients", {"nin": "123"}, "nin", "NIN"),
    "NIN with a letter": ("patients", {"nin": "1234567890a"}, "nin", "NIN"),
    "allergies object": ("patients", {"allergies": {"a": 1}}, "allergies", "Allergies"),
    "allergies numbers": ("patients", {"allergies": [1, 2]}, "allergies", "Allergies"),
    "conditions nested": (
        "patients",
        {"chronic_conditions": [["x"]]},
        "chronic_conditions",
        "Chronic conditions",
    ),
    "formula name": (
        "patients",
        {"first_name": '=HYPERLINK("http://x.example","Open")'},
        "first_name",
        "First name",
    ),
    "name starting with -": ("patients", {"last_name": "-Bola"}, "last_name", "Last name"),
    "name starting with @": ("patients", {"first_name": "@SUM"}, "first_name", "First name"),
    "name starting with +": ("patients", {"first_name": "+Ade"}, "first_name", "First name"),
    "control character": ("patients", {"first_name": "Ade\x07"}, "first_name", "First name"),
    "kin formula": (
        "patients",
        {"next_of_kin_name": "=cmd|'/c calc'!A1"},
        "next_of_kin_name",
        "Next of kin name",
    ),
    "rating 6": ("patient_feedback", lambda e: _feedback(e, rating=6), "rating", "Rating"),
    "rating 0": ("patient_feedback", lambda e: _feedback(e, rating=0), "rating", "Rating"),
    "rating 4.5": ("patient_feedback", lambda e: _feedback(e, rating=4.5), "rating", "Rating"),
    "NPS 11": ("patient_feedback", lambda e: _feedback(e, nps=11), "nps", "NPS"),
    "NPS -1": ("patient_feedback", lambda e: _feedback(e, nps=-1), "nps", "NPS"),
    "ends before start": ("appointments", lambda e: _booking(e, -30), "ends_at", "End"),
    "two-minute booking": ("appointments", lambda e: _booking(e, 2), "ends_at", "End"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_value_is_refused_naming_its_field(
    case: str, estate: Estate, wire: Wire, pg_sessions: sessionmaker[Session]
) -> None:
    table, build, field, label = CASES[case]
    with pg_sessions() as session:
        before = server_rows(session)
    if callable(build):
        fields, row_id = build(estate), uuid.uuid4()
    else:
        fields, row_id = build, estate.a.patient_id
    [result] = wire.push(estate.a.desk, wire.mutation(table, row_id, fields))
    assert (result["outcome"], result["code"], result["field"]) == ("rejected", "invalid", field)
    assert result["message"].startswith(f"{label}: ")
    with pg_sessions() as session:
        assert server_rows(session) == before
    bad = fields[field]
    assert all(row.get(field) != bad for row in rows_in(wire.pull(estate.a.desk), table))


def test_good_values_from_the_desk_form_still_apply(estate: Estate, wire: Wire) -> None:
    results = wire.push(
        estate.a.desk,
        wire.mutation("revenue_entries", uuid.uuid4(), _payment(estate, 500_000)),
        wire.mutation("patients", estate.a.patient_id, {"phone": "+2348035550101"}),
        wire.mutation("patient_feedback", uuid.uuid4(), _feedback(estate, nps=9)),
        wire.mutation("appointments", uuid.uuid4(), _booking(estate, 15)),
    )
    assert [r["code"] for r in results if r["outcome"] == "rejected"] == []
