"""Field types and parsing every administration form shares.

Each admin model's fields carry ``title`` (the label the user sees) and a
``description``; the desktop builds its forms from them and the server
validates with the same models, so a refusal names the field exactly as the
form shows it. The value rules are the existing ones (phones, e-mails,
states, person names, money, basis points); nothing here re-writes them.

``json_schema_extra={"unit": ...}`` tells a form how to show a number:
``"kobo"`` is money in minor units, ``"bps"`` a percentage in basis points
(1250 = 12.5 %), ``"minutes"`` a length of time.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from shared.domain.money import check_currency, check_minor
from shared.domain.patients import Email, Name, OptionalName, Phone, State
from shared.domain.payouts import check_bps
from shared.errors import FieldValidationError, from_pydantic

M = TypeVar("M", bound=BaseModel)

__all__ = [
    "AdminInput",
    "BasisPoints",
    "Currency",
    "Email",
    "Kobo",
    "Name",
    "OptionalName",
    "Phone",
    "RequiredText",
    "State",
    "Text",
    "label_of",
    "labelled",
    "parse_input",
]


class AdminInput(BaseModel):
    """Base of every admin form: unknown fields are refused, text is trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


def _kobo(raw: Any) -> Any:
    return None if raw is None else check_minor(raw, field="amount")


def _bps(raw: Any) -> Any:
    return None if raw is None else check_bps(raw, field="share")


def _currency(raw: Any) -> Any:
    return None if raw is None else check_currency(str(raw))


def _clean_text(raw: Any) -> Any:
    if raw is None or not isinstance(raw, str):
        return raw
    return " ".join(raw.split()) or None


def _required_text(raw: Any) -> Any:
    cleaned = _clean_text(raw)
    if cleaned is None:
        raise ValueError("this field is required")
    return cleaned


#: Free text, spaces collapsed, empty read as none; give ``max_length`` on the field.
Text = Annotated[str | None, BeforeValidator(_clean_text)]
#: Free text that must be given.
RequiredText = Annotated[str, BeforeValidator(_required_text)]
Kobo = Annotated[int, BeforeValidator(_kobo), Field(json_schema_extra={"unit": "kobo"})]
BasisPoints = Annotated[int, BeforeValidator(_bps), Field(json_schema_extra={"unit": "bps"})]
Currency = Annotated[str, BeforeValidator(_currency)]


def label_of(model: type[BaseModel], field: str) -> str:
    """The label the form shows for ``field`` (its ``title``), else the field name in words."""
    info = model.model_fields.get(field.split(".")[0])
    if info is not None and info.title:
        return info.title
    words = field.split(".")[0].replace("_", " ")
    return words[:1].upper() + words[1:]


def labelled(model: type[BaseModel], error: FieldValidationError) -> FieldValidationError:
    """The same error with the field's label in front of the message ("Phone: ...")."""
    field = error.field or "input"
    label = label_of(model, field)
    if error.message.startswith(f"{label}:"):
        return error
    return FieldValidationError(field, f"{label}: {error.message}", code=error.code)


_PLAIN = {
    "missing": "this field is required",
    "extra_forbidden": "is not a field of this form",
}


def parse_input(model: type[M], data: Any) -> M:
    """Validate ``data`` into ``model``; one error naming the field by its label."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        error = from_pydantic(exc)
        plain = _PLAIN.get(str(first.get("type")))
        if plain is not None:
            error = FieldValidationError(error.field or "input", plain)
        raise labelled(model, error) from None
