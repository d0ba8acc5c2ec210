"""Row validators: the desk's form rules, run on whole rows that arrive by sync.

A desk checks what staff type with the rules in ``shared/domain`` before it
writes a row; a push comes from someone else's machine and may never have
seen those rules. Each client-writable table's validator (``TableSpec.validator``)
runs the same rules on the row as it would be stored (the server's row with
the pushed fields on top), so a push can store nothing the desk form would refuse.

A validator is called as ``validator(row)`` to check every rule, or
``validator(row, changed)`` to check only the rules that read a field in
``changed`` (the row's other values were checked when they were written).
The push uses the second form: an edit of one field of 1,000 patients then
costs what checking that field costs. Failures are one
:class:`FieldValidationError` naming the column.

Besides the domain rules, every row gets the checks a spreadsheet export
and the payout run need: names never start with ``=``, ``+``, ``-`` or ``@``
(a cell that starts so is a formula in Excel), no text holds control
characters, every phone is E.164 and every amount is at most
:data:`MAX_AMOUNT_MINOR`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from shared.domain import appointments, feedback, loyalty, money, service_recovery
from shared.domain.admin.organisation import WorkingHours, stored_hours
from shared.domain.emails import normalize_email
from shared.domain.enums import AppointmentStatus, LedgerKind
from shared.domain.patients import (
    CommunicationPreferences,
    PatientFields,
    parse,
    parse_patient_number,
)
from shared.domain.phones import normalize_phone
from shared.domain.receipts import parse_receipt_number
from shared.errors import ConflictError, FieldValidationError, from_pydantic
from shared.sync.codec import column_names, table_of

Row = Mapping[str, Any]
Changed = AbstractSet[str] | None
RowValidator = Callable[..., None]

#: The largest amount of money one row may carry: ₦1,000,000,000 in kobo. A
#: hospital's whole month is far below it; 10**17 kobo in a payment is an attack
#: or a typing slip, and either would flow into an owner's payout.
MAX_AMOUNT_MINOR = 100_000_000_000

#: Characters a spreadsheet reads as the start of a formula.
FORMULA_LEADS = ("=", "+", "-", "@")

#: Unicode's control characters (category Cc); line breaks and tabs are text in a note.
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_TEXT_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_LABELS = {
    "nin": "NIN",
    "lga": "LGA",
    "nps": "NPS",
    "date_of_birth": "Date of birth",
    "amount_minor": "Amount",
    "budget_cap_minor": "Budget",
    "spend_unit_minor": "Spend unit",
    "hlc": "Clock",
    "starts_at": "Start",
    "ends_at": "End",
    "receipt_number": "Receipt no.",
    "description": "Paid for",
    "referrer_id": "Referred by",
    "member_id": "Pool member",
}


def field_label(column: str) -> str:
    """A column as staff see it on the form: ``amount_minor`` is "Amount"."""
    if column in _LABELS:
        return _LABELS[column]
    base = column.removesuffix("_minor").removesuffix("_id").replace("_", " ")
    return base[:1].upper() + base[1:]


#: A synced table as staff name one of its rows (Sync health, the conflict list).
_RECORDS = {
    "patients": "Patient",
    "appointments": "Appointment",
    "payments": "Payment",
    "patient_feedback": "Feedback",
    "messages": "Message",
    "loyalty_ledger": "Loyalty points",
    "loyalty_redemptions": "Reward taken",
    "patient_referrals": "Referral",
    "patient_communications": "Contact log",
    "patient_duplicate_flags": "Possible duplicate",
    "clinicians": "Clinician",
    "departments": "Department",
    "payout_responses": "Payout response",
}


def record_label(table: str) -> str:
    """One row of ``table`` as staff call it: a ``patients`` row is a "Patient"."""
    if table in _RECORDS:
        return _RECORDS[table]
    base = table.replace("_", " ")
    return base[:1].upper() + base[1:]


def _touches(changed: Changed, *fields: str) -> bool:
    return changed is None or not changed.isdisjoint(fields)


def _parse_some(model: type[BaseModel], row: Row, fields: Iterable[str]) -> BaseModel:
    return parse(model, {name: row.get(name) for name in fields})


# --- checks every table gets ---------------------------------------------------------


def _check_text(name: str, value: str) -> None:
    is_name = name.endswith("name")
    if (_NAME_CONTROLS if is_name else _TEXT_CONTROLS).search(value):
        raise FieldValidationError(name, "must not contain control characters")
    if is_name and value.lstrip().startswith(FORMULA_LEADS):
        raise FieldValidationError(name, "must not start with =, +, - or @")


def _check_value(name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, str):
        _check_text(name, value)
        if name == "phone" or name.endswith("_phone"):
            if normalize_phone(value, field=name) != value:
                raise FieldValidationError(name, "must be stored in international form (+234...)")
        elif name == "email" or name.endswith("_email"):
            normalize_email(value, field=name)
    elif name.endswith("_minor"):
        money.check_minor(value, field=name, allow_negative=True)
        if abs(value) > MAX_AMOUNT_MINOR:
            raise FieldValidationError(name, "is larger than ₦1,000,000,000")


def _check_common(row: Row, changed: Changed) -> None:
    for name in row if changed is None else changed:
        _check_value(name, row.get(name))


# --- patients -------------------------------------------------------------------------

_PATIENT_FIELDS = frozenset(PatientFields.model_fields)
_PATIENT_DEPENDS = {
    "state": {"lga"},
    "lga": {"state"},
    "payer_type": {"payer_name"},
    "payer_name": {"payer_type"},
}
_PREFERENCES = frozenset(CommunicationPreferences.model_fields)
_LABEL_LISTS = ("allergies", "chronic_conditions")
_STORED_AS_PARSED = ("nin",)


#: Fields whose rule reads another field (or is a check of the whole form).
_PATIENT_CROSS = frozenset({"date_of_birth", "state", "lga", "payer_type", "payer_name"})


@functools.cache
def _patient_field(name: str) -> TypeAdapter[Any]:
    """The form's own type and checks for one field, without building the whole form."""
    info = PatientFields.model_fields[name]
    annotated: Any = (
        Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    )
    return TypeAdapter(annotated)


def _patient_fields(row: Row, changed: Changed) -> None:
    """The registration form's rules; a field checked alone unless its rule reads another."""
    wanted = set(_PATIENT_FIELDS if changed is None else changed & _PATIENT_FIELDS)
    cross = wanted & _PATIENT_CROSS
    for name in list(cross):
        cross |= _PATIENT_DEPENDS.get(name, set())
    if cross:
        _parse_some(PatientFields, row, sorted(cross))
    for name in sorted(wanted - cross):
        try:
            parsed = _patient_field(name).validate_python(row.get(name))
        except ValidationError as exc:
            raise FieldValidationError(name, from_pydantic(exc).message) from None
        if name in _STORED_AS_PARSED and parsed != row.get(name):
            raise FieldValidationError(name, "must be exactly 11 digits")


def _labels(row: Row, changed: Changed) -> None:
    for name in _LABEL_LISTS:
        if not _touches(changed, name):
            continue
        value = row.get(name)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise FieldValidationError(name, "must be a list of words, one per item")
        for item in value:
            _check_text(name, item)


def _patient_identity(row: Row, changed: Changed) -> None:
    for name in ("first_name", "last_name"):
        if _touches(changed, name) and not str(row.get(name) or "").strip():
            raise FieldValidationError(name, "name is required")
    if _touches(changed, "patient_number"):
        parse_patient_number(str(row.get("patient_number") or ""))
    if _touches(changed, *_PREFERENCES):
        _parse_some(CommunicationPreferences, row, _PREFERENCES)


# --- appointments, feedback, owners' surveys -----------------------------------------

_BOOKING = ("patient_id", "clinician_id", "department_id", "kind", "reason", "notes")


def _appointment(row: Row, changed: Changed) -> None:
    if not _touches(changed, "starts_at", "ends_at", *_BOOKING):
        return
    starts, ends = row.get("starts_at"), row.get("ends_at")
    if not isinstance(starts, dt.datetime) or not isinstance(ends, dt.datetime):
        raise FieldValidationError("starts_at", "give the start and end of the booking")
    if ends <= starts:
        raise FieldValidationError("ends_at", "must be after the start")
    minutes = int((ends - starts).total_seconds() // 60)
    if not appointments.MIN_MINUTES <= minutes <= appointments.MAX_MINUTES:
        raise FieldValidationError(
            "ends_at",
            f"a booking lasts {appointments.MIN_MINUTES} to {appointments.MAX_MINUTES} minutes",
        )
    booking = {name: row.get(name) for name in _BOOKING}
    parse(
        appointments.AppointmentRequest,
        booking | {"starts_at": starts, "duration_minutes": minutes},
    )


def _status_move(row: Row, changed: Changed) -> None:
    """A completed visit stays completed, and is completed once, on every path.

    On push the stored row is the server's, so a desk that completed or
    cancelled a visit offline is judged against what other desks did
    meanwhile. Only a completed visit is held here: two desks' moves from
    one earlier status (cancelled at one, no-show at the other) are both
    moves a desk may make, and the field-group merge keeps the later one.
    """
    if not isinstance(row, MergedRow) or not _touches(changed, "status"):
        return
    if not row.writes("status") or row.stored("status") != AppointmentStatus.COMPLETED:
        return
    try:
        appointments.check_status_move(
            AppointmentStatus.COMPLETED, AppointmentStatus(row["status"])
        )
    except ConflictError as exc:
        raise FieldValidationError("status", exc.message, code=exc.code) from None


_FEEDBACK = tuple(feedback.FeedbackInput.model_fields)


def _patient_feedback(row: Row, changed: Changed) -> None:
    if _touches(changed, *_FEEDBACK):
        _parse_some(feedback.FeedbackInput, row, _FEEDBACK)
    stored = row.stored("follow_up_status") if isinstance(row, MergedRow) else None
    service_recovery.check_task(row, changed, stored)


_SCORES = tuple(f"{name}_score" for name in feedback.SURVEY_DIMENSIONS)
_SCORE: TypeAdapter[int | None] = TypeAdapter(feedback.Rating | None)


def _survey(row: Row, changed: Changed) -> None:
    for name in _SCORES:
        if _touches(changed, name):
            try:
                _SCORE.validate_python(row.get(name))
            except ValidationError as exc:
                raise FieldValidationError(name, from_pydantic(exc).message) from None


# --- money and points -----------------------------------------------------------------


def _payment(row: Row, changed: Changed) -> None:
    _receipt_lines(row, changed)
    if not _touches(changed, "amount_minor", "reverses_id", "currency"):
        return
    reversal = row.get("reverses_id") is not None
    amount = money.check_minor(row.get("amount_minor"), allow_negative=reversal)
    if not reversal and amount == 0:
        raise FieldValidationError("amount_minor", "must be more than zero")
    if reversal and amount >= 0:
        raise FieldValidationError("amount_minor", "a reversal takes the amount back (below zero)")
    _currency(row, changed)


def _receipt_lines(row: Row, changed: Changed) -> None:
    """A receipt number reads like one (uniqueness is the server's index); the service
    line is printed and exported, so it may not start like a spreadsheet formula."""
    number = row.get("receipt_number")
    if _touches(changed, "receipt_number") and number is not None:
        parse_receipt_number(str(number))
    description = str(row.get("description") or "")
    if _touches(changed, "description") and description.lstrip().startswith(FORMULA_LEADS):
        raise FieldValidationError("description", "must not start with =, +, - or @")


def _currency(row: Row, changed: Changed) -> None:
    currency = row.get("currency")
    if not _touches(changed, "currency") or currency is None:
        return
    if money.check_currency(str(currency)) != currency:
        raise FieldValidationError("currency", "must be a three-letter code such as NGN")


_SIGNS = {
    LedgerKind.EARN.value: 1,
    LedgerKind.REDEEM.value: -1,
    LedgerKind.EXPIRE.value: -1,
}


def _ledger(row: Row, changed: Changed) -> None:
    if not _touches(changed, "points", "kind", "reason"):
        return
    points = _points(row.get("points"))
    kind = str(getattr(row.get("kind"), "value", row.get("kind")))
    sign = _SIGNS.get(kind)
    if points == 0 or (sign is not None and points * sign < 0):
        raise FieldValidationError("points", f"do not match an entry of kind {kind}")
    reason = row.get("reason")
    if not isinstance(reason, str) or not 0 < len(reason.strip()) <= 200:
        raise FieldValidationError("reason", "say why, in 1 to 200 characters")


def _code_used_once(row: Row, changed: Changed) -> None:
    """A reward code pays for one payment: once used, it cannot be moved to another."""
    if not _touches(changed, "used_on_id") or not isinstance(row, MergedRow):
        return
    stored = row.stored("used_on_id")
    if stored is not None and row.get("used_on_id") != stored:
        raise FieldValidationError("reward_code", f"{row.get('code')} was already used")


def _points(value: Any, *, field: str = "points") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldValidationError(field, "must be a whole number of points")
    if abs(value) > loyalty.MAX_AWARD_POINTS:
        raise FieldValidationError(field, f"must be at most {loyalty.MAX_AWARD_POINTS:,}")
    return value


def _positive_points(field: str) -> Callable[[Row, Changed], None]:
    def check(row: Row, changed: Changed) -> None:
        if _touches(changed, field) and _points(row.get(field), field=field) <= 0:
            raise FieldValidationError(field, "must be a positive whole number")

    return check


# --- owners and messages -------------------------------------------------------------


def _masked_nuban(number: Any) -> bool:
    """The masked form of a NUBAN (``******6789``), the only one a replicated row may hold."""
    if number is None:
        return True
    digits = number.removeprefix("******") if isinstance(number, str) else ""
    return len(number) == 10 and len(digits) == 4 and digits.isascii() and digits.isdigit()


def _owner_account(row: Row, changed: Changed) -> None:
    """A bank account number reaches the row only masked: the full one is the server's secret.

    The administration API encrypts the number and writes its masked form
    here; a desk (or any other writer) sending a full number is refused, so
    no number is ever stored in the clear or replicated.
    """
    number = row.get("bank_account_number")
    if _touches(changed, "bank_account_number") and not _masked_nuban(number):
        raise FieldValidationError(
            "bank_account_number", "is changed only in Administration, by GrandPro's staff"
        )
    if _touches(changed, "display_name") and not str(row.get("display_name") or "").strip():
        raise FieldValidationError("display_name", "name is required")


def _message(row: Row, changed: Changed) -> None:
    if not _touches(changed, "channel", "address", "body"):
        return
    channel = str(getattr(row.get("channel"), "value", row.get("channel")))
    address = str(row.get("address") or "")
    if channel == "email":
        normalize_email(address, field="address")
    elif normalize_phone(address, field="address") != address:
        raise FieldValidationError("address", "must be stored in international form (+234...)")
    if not str(row.get("body") or "").strip():
        raise FieldValidationError("body", "write the message")


def _clinician_hours(row: Row, changed: Changed) -> None:
    """Hours in the stored shape, in order, and a slot length a booking may have."""
    hours = row.get("working_hours")
    if _touches(changed, "working_hours") and hours is not None:
        try:
            parsed = WorkingHours.model_validate(hours)
        except ValidationError as exc:
            raise FieldValidationError("working_hours", from_pydantic(exc).message) from None
        if stored_hours(parsed) != hours:
            raise FieldValidationError("working_hours", 'must be like {"mon": {"start": "08:00"}}')
    slot = row.get("slot_minutes")
    lengths = range(appointments.MIN_MINUTES, appointments.MAX_MINUTES + 1)
    if _touches(changed, "slot_minutes") and not (isinstance(slot, int) and slot in lengths):
        raise FieldValidationError("slot_minutes", "must be 5 to 480 minutes")


def _referral(row: Row, changed: Changed) -> None:
    if row.get("referrer_id") is not None and row.get("referrer_id") == row.get("patient_id"):
        raise FieldValidationError("referrer_id", "a patient cannot refer themselves")


def _pool_member(row: Row, changed: Changed) -> None:
    if row.get("member_id") is not None and row.get("member_id") == row.get("guardian_id"):
        raise FieldValidationError("member_id", "the guardian holds the pool already")
    if row.get("consented_at") is None:
        raise FieldValidationError("consented_at", "is required")


def _required_text(*fields: str) -> Callable[[Row, Changed], None]:
    def check(row: Row, changed: Changed) -> None:
        for name in fields:
            if _touches(changed, name) and not str(row.get(name) or "").strip():
                raise FieldValidationError(name, "is required")

    return check


class MergedRow(Mapping[str, Any]):
    """A stored row's columns with new values on top: what a validator checks.

    ``row`` is an ORM instance, or ``None`` for a new row, whose columns then
    read as their insert defaults where ``values`` leaves them out.
    """

    def __init__(self, table_name: str, row: Any, values: Mapping[str, Any]) -> None:
        self._table = table_name
        self._row = row
        self._values = values

    def __getitem__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        if self._row is not None:
            return getattr(self._row, name)
        return _defaults(self._table).get(name)

    def stored(self, name: str) -> Any:
        """The value the row holds before this write; ``None`` for a new row."""
        return None if self._row is None else getattr(self._row, name)

    def writes(self, name: str) -> bool:
        """Whether this write sets ``name`` itself (rather than keeping the stored value)."""
        return name in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(column_names(self._table))

    def __len__(self) -> int:
        return len(column_names(self._table))


@functools.cache
def _defaults(table_name: str) -> Mapping[str, Any]:
    """The value a column takes on insert when a push leaves it out (scalar defaults only)."""
    out: dict[str, Any] = {}
    for column in table_of(table_name).columns:
        default: Any = column.default
        if default is not None and default.is_scalar:
            out[column.name] = default.arg
        elif default is not None and default.is_callable and not column.primary_key:
            out[column.name] = default.arg(None)
    return out


# --- assembling -------------------------------------------------------------------------

Check = Callable[[Row, Changed], None]


def _validator(*checks: Check) -> RowValidator:
    """One table's validator: the common checks, then the table's own."""

    def validate(row: Row, changed: Changed = None) -> None:
        _check_common(row, changed)
        for check in checks:
            check(row, changed)

    return validate


@functools.cache
def validators() -> Mapping[str, RowValidator]:
    """The validator of every client-writable table, by table name."""
    return {
        "owner_accounts": _validator(_owner_account),
        "departments": _validator(_required_text("name")),
        "clinicians": _validator(_required_text("full_name"), _clinician_hours),
        "campaigns": _validator(_required_text("name"), _currency),
        "patients": _validator(_patient_identity, _patient_fields, _labels),
        "patient_duplicate_flags": _validator(_required_text("reason")),
        "patient_referrals": _validator(_referral),
        "messages": _validator(_message),
        "appointments": _validator(_appointment, _status_move),
        "patient_feedback": _validator(_patient_feedback),
        "patient_communications": _validator(_required_text("summary")),
        "loyalty_programs": _validator(_required_text("name")),
        "loyalty_ledger": _validator(_ledger),
        "loyalty_pool_members": _validator(_pool_member),
        "loyalty_rewards": _validator(_required_text("name"), _positive_points("points_cost")),
        "loyalty_redemptions": _validator(_positive_points("points"), _code_used_once),
        "revenue_entries": _validator(_payment),
        "payout_responses": _validator(),
        "owner_communications": _validator(_required_text("summary")),
        "owner_satisfaction_surveys": _validator(_survey),
        "sync_conflicts": _validator(),
    }


def validator_for(table_name: str) -> RowValidator | None:
    return validators().get(table_name)


def check_values(row: Row) -> None:
    """The checks every row gets, for server writers outside the sync (the admin commands)."""
    _check_common(row, None)
