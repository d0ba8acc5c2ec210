"""Patient registration rules shared by the front desk and the CRM API.

Input models normalise what clerks type (``0803 123 4567``, ``lagos``,
``NHIS``) into the stored form, and refuse anything else with one error that
names the field. The duplicate and household rules live here too, so a desk
offline and the server agree on which records look like the same person.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from shared.clock import lagos_today
from shared.domain.emails import normalize_optional_email
from shared.domain.enums import (
    BloodGroup,
    Channel,
    Genotype,
    Language,
    MessagePurpose,
    PayerType,
    Sex,
)
from shared.domain.phones import normalize_optional_phone
from shared.domain.places import normalize_lga, normalize_state
from shared.errors import FieldValidationError, from_pydantic

M = TypeVar("M", bound=BaseModel)
_NAME_PUNCTUATION = frozenset(" '-.")
_PREFIX = re.compile(r"^[A-Z0-9]{2,6}$")
_NUMBER = re.compile(r"^(?P<prefix>[A-Z0-9]{2,6})-(?P<seq>\d{6,})$")
#: A number as read off a card: the leading zeros may be left out (IKJ01-42).
_TYPED_NUMBER = re.compile(r"^(?P<prefix>[A-Z0-9]{2,6})\s*-\s*(?P<seq>\d{1,12})$")
#: Pensioners' records go back this far; anything older is a typing slip.
MAX_AGE_YEARS = 130


def _name(raw: Any) -> str:
    """Letters (tone-marked included), spaces, hyphens, apostrophes and dots only."""
    text = " ".join(str(raw or "").split())
    if not text:
        raise ValueError("name is required")
    if len(text) > 80:
        raise ValueError("name is longer than 80 characters")
    for char in text:
        if char not in _NAME_PUNCTUATION and unicodedata.category(char)[0] not in "LM":
            raise ValueError(f"{char!r} is not allowed in a name")
    return text


def _optional_name(raw: Any) -> str | None:
    return None if raw is None or not str(raw).strip() else _name(raw)


def _phone(raw: Any) -> str | None:
    return normalize_optional_phone(None if raw is None else str(raw))


def _email(raw: Any) -> str | None:
    return normalize_optional_email(None if raw is None else str(raw))


def _state(raw: Any) -> str | None:
    return None if raw is None or not str(raw).strip() else normalize_state(str(raw))


def _nin(raw: Any) -> str | None:
    text = "".join(str(raw or "").split())
    if not text:
        return None
    if not (len(text) == 11 and text.isascii() and text.isdigit()):
        raise ValueError("NIN must be exactly 11 digits")
    return text


def _payer(raw: Any) -> Any:
    """NHIS became NHIA in 2022; older GrandPro exports still say NHIS."""
    if isinstance(raw, str) and raw.strip().casefold() in {"nhis", "nhia"}:
        return PayerType.NHIA
    if isinstance(raw, str):
        return raw.strip().casefold().replace("-", "_").replace(" ", "_")
    return raw


def _patient_number(raw: Any) -> str | None:
    """A patient number as typed on a card (`` ikj01-42 ``) in its stored form, or None."""
    text = str(raw or "").strip().upper()
    if not text:
        return None
    match = _TYPED_NUMBER.match(text)
    if match is None or int(match["seq"]) < 1:
        raise ValueError("is not a patient number like IKJ01-000042")
    return f"{match['prefix']}-{int(match['seq']):06d}"


def _dob(raw: Any) -> Any:
    if raw is None or raw == "":
        return None
    return raw


def _labels(raw: Any) -> Any:
    if raw is None:
        return []
    if isinstance(raw, list):
        return [" ".join(str(x).split()) for x in raw if str(x).strip()]
    return raw


Name = Annotated[str, BeforeValidator(_name)]
OptionalName = Annotated[str | None, BeforeValidator(_optional_name)]
Phone = Annotated[str | None, BeforeValidator(_phone)]
Email = Annotated[str | None, BeforeValidator(_email)]
State = Annotated[str | None, BeforeValidator(_state)]
Nin = Annotated[str | None, BeforeValidator(_nin)]
Payer = Annotated[PayerType, BeforeValidator(_payer)]
BirthDate = Annotated[dt.date | None, BeforeValidator(_dob)]
PatientNumber = Annotated[str | None, BeforeValidator(_patient_number)]
Labels = Annotated[list[Annotated[str, Field(max_length=120)]], BeforeValidator(_labels)]


def check_birth_date(value: dt.date | None, *, today: dt.date | None = None) -> dt.date | None:
    """No birthdays in the future, none older than anyone alive."""
    if value is None:
        return None
    today = today or lagos_today()
    if value > today:
        raise FieldValidationError("date_of_birth", "must not be in the future")
    if value.year < today.year - MAX_AGE_YEARS:
        raise FieldValidationError("date_of_birth", f"is more than {MAX_AGE_YEARS} years ago")
    return value


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class CommunicationPreferences(_Input):
    """How a patient wants to hear from the hospital, with consent per channel (NDPA 2023).

    Consents come before the preferred channel so its check can see them.
    """

    preferred_language: Language = Language.ENGLISH
    consent_sms: bool = True
    consent_whatsapp: bool = False
    consent_email: bool = False
    consent_marketing: bool = False
    preferred_channel: Channel = Channel.SMS

    @field_validator("preferred_channel")
    @classmethod
    def _preferred_has_consent(cls, value: Channel, info: ValidationInfo) -> Channel:
        consent = info.data.get(f"consent_{value.value}")
        if consent is False:
            raise ValueError(f"the patient has not consented to {value.value} messages")
        return value


class PreferencesUpdate(_Input):
    """A partial change of preferences; unset fields keep their current value."""

    preferred_language: Language | None = None
    preferred_channel: Channel | None = None
    consent_sms: bool | None = None
    consent_whatsapp: bool | None = None
    consent_email: bool | None = None
    consent_marketing: bool | None = None

    def apply(self, current: CommunicationPreferences) -> CommunicationPreferences:
        """The preferences after this change, re-checked as a whole."""
        merged = current.model_dump() | self.model_dump(exclude_none=True)
        return parse(CommunicationPreferences, merged)


class PatientFields(_Input):
    """Fields both registration and update accept.

    Order matters: ``state`` precedes ``lga`` and ``payer_type`` precedes
    ``payer_name`` so each check can read the field it depends on and still
    name its own field in the error.
    """

    first_name: OptionalName = None
    middle_name: OptionalName = None
    last_name: OptionalName = None
    sex: Sex | None = None
    date_of_birth: BirthDate = None
    phone: Phone = None
    email: Email = None
    address: Annotated[str | None, Field(max_length=300)] = None
    state: State = None
    lga: Annotated[str | None, Field(max_length=80)] = None
    state_of_origin: State = None
    religion: Annotated[str | None, Field(max_length=40)] = None
    blood_group: BloodGroup | None = None
    genotype: Genotype | None = None
    allergies: Labels = Field(default_factory=list)
    chronic_conditions: Labels = Field(default_factory=list)
    nin: Nin = None
    payer_type: Annotated[PayerType | None, BeforeValidator(_payer)] = None
    payer_name: Annotated[str | None, Field(max_length=120, validate_default=True)] = None
    payer_number: Annotated[str | None, Field(max_length=60)] = None
    next_of_kin_name: OptionalName = None
    next_of_kin_phone: Phone = None
    next_of_kin_relationship: Annotated[str | None, Field(max_length=60)] = None

    @field_validator("date_of_birth")
    @classmethod
    def _born_in_the_past(cls, value: dt.date | None) -> dt.date | None:
        return check_birth_date(value)

    @field_validator("lga")
    @classmethod
    def _lga_of_state(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or not value.strip():
            return None
        state = info.data.get("state")
        if state is None:
            raise ValueError("give the state before the LGA")
        return normalize_lga(state, value)

    @field_validator("payer_name")
    @classmethod
    def _payer_named(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("payer_type") in (PayerType.HMO, PayerType.STATE_SCHEME) and not value:
            raise ValueError("name the HMO or scheme that pays")
        return value or None


class PatientRegistration(PatientFields):
    """A new patient: names, sex and payer are required; preferences default to SMS only."""

    first_name: Name
    last_name: Name
    sex: Sex
    payer_type: Payer = PayerType.SELF_PAY
    preferences: CommunicationPreferences = Field(default_factory=CommunicationPreferences)
    #: The patient number of whoever brought this patient in (their referral points).
    referred_by: PatientNumber = None

    def patient_columns(self) -> dict[str, Any]:
        """The ``patients`` row's columns: the fields, preferences spread out, the referral not."""
        fields = self.model_dump(exclude={"preferences", "referred_by"})
        return fields | self.preferences.model_dump()


class PatientUpdate(PatientFields):
    """A partial change to a patient; only the fields sent are applied."""


def parse(model: type[M], data: Any) -> M:
    """Validate ``data`` into ``model``, raising one field-named FieldValidationError."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_pydantic(exc) from None


class ConsentHolder(Protocol):
    @property
    def consent_sms(self) -> bool: ...
    @property
    def consent_whatsapp(self) -> bool: ...
    @property
    def consent_email(self) -> bool: ...
    @property
    def consent_marketing(self) -> bool: ...


def has_channel_consent(holder: ConsentHolder, channel: Channel) -> bool:
    return {
        Channel.SMS: holder.consent_sms,
        Channel.WHATSAPP: holder.consent_whatsapp,
        Channel.EMAIL: holder.consent_email,
    }[channel]


def may_contact(holder: ConsentHolder, channel: Channel, purpose: MessagePurpose) -> bool:
    """Transactional messages need channel consent; promotions need marketing consent too."""
    if not has_channel_consent(holder, channel):
        return False
    return purpose is not MessagePurpose.PROMOTIONAL or holder.consent_marketing


class Identity(Protocol):
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def date_of_birth(self) -> dt.date | None: ...


def _fold(name: str) -> str:
    stripped = unicodedata.normalize("NFKD", name)
    return "".join(c for c in stripped if c.isalnum()).casefold()


def duplicate_key(person: Identity) -> tuple[str, str, str, dt.date] | None:
    """The likely-duplicate key: phone, folded names and birth date (all required).

    Tone marks and case are folded away: "Adébáyọ̀" typed on one desk and
    "Adebayo" on another are the same person at the same number.
    """
    if not person.phone or person.date_of_birth is None:
        return None
    return (person.phone, _fold(person.first_name), _fold(person.last_name), person.date_of_birth)


def is_likely_duplicate(a: Identity, b: Identity) -> bool:
    key = duplicate_key(a)
    return key is not None and key == duplicate_key(b)


#: Why a pair of records was flagged, as the review list shows it.
DUPLICATE_REASON = "same phone, names and date of birth"

P = TypeVar("P", bound=Identity)


def likely_duplicates(person: Identity, others: Iterable[P]) -> list[P]:
    """Those of ``others`` that are likely ``person`` again: the one duplicate rule.

    The desk asks before saving, the REST API and a push flag the pair for
    review; all three pass the hospital's patients at the same phone here.
    """
    return [other for other in others if is_likely_duplicate(person, other)]


def same_household(a: Identity, b: Identity) -> bool:
    """Family members often share one phone; that makes a household, not a duplicate."""
    return bool(a.phone) and a.phone == b.phone


def check_device_prefix(prefix: str) -> str:
    upper = (prefix or "").strip().upper()
    if not _PREFIX.match(upper):
        raise FieldValidationError("prefix", "device prefix must be 2-6 letters or digits")
    return upper


def format_patient_number(prefix: str, sequence: int) -> str:
    """``IKJ01-000042``: the device prefix keeps numbers made offline from colliding."""
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise FieldValidationError("sequence", "must be a positive whole number")
    return f"{check_device_prefix(prefix)}-{sequence:06d}"


def parse_patient_number(number: str) -> tuple[str, int]:
    match = _NUMBER.match((number or "").strip().upper())
    if match is None:
        raise FieldValidationError("patient_number", f"{number!r} is not a patient number")
    return match["prefix"], int(match["seq"])
