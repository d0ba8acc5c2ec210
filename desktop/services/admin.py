"""Administration over the server's ``/api/admin`` (Qt-free): forms, values and calls.

Administration is online only: hospitals, owners, users and the rest are the
server's to decide, so nothing here writes the local store. The screen asks
:func:`admin_connection` on the database thread (the sign-in the sync worker
keeps fresh), then calls :class:`AdminClient` in the network pool.

Forms are built from the same Pydantic models the server validates with
(``shared.domain.admin``): a field's ``title`` is its label, an enum becomes a
choice, a ``date`` is typed DD/MM/YYYY, an ``int`` named ``*_kobo`` is typed in
naira, a ``bool`` is a tick box. :func:`form_values` turns what was typed into
the JSON the API takes, and names the field (by its label) when it cannot.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import read_state
from shared.domain.admin.organisation import WorkingHours, hours_text, parse_hours_text
from shared.domain.admin.registry import RESOURCES
from shared.domain.money import Money
from shared.errors import FieldValidationError, from_pydantic

OFFLINE_MESSAGE = "Administration needs the server; this PC is offline."
TIMEOUT_S = 15.0

Kind = Literal["text", "int", "money", "percent", "hours", "date", "bool", "choice"]
Row = dict[str, Any]


class AdminError(Exception):
    """The server (or the form) refused; ``field`` is the field it names, if any."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class AdminOfflineError(AdminError):
    """No server to ask: this PC works offline, or the server cannot be reached."""

    def __init__(self) -> None:
        super().__init__(OFFLINE_MESSAGE)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One form field: what the widget shows and how a typed value is read."""

    name: str
    label: str
    kind: Kind
    required: bool
    choices: tuple[str, ...] = ()
    #: A tick box's starting state on a new row (the model's default).
    checked: bool = False


@dataclass(frozen=True, slots=True)
class AdminConnection:
    server: str
    token: str


def admin_connection(session: Session, *, offline_only: bool = False) -> AdminConnection:
    """The server and access token this PC signed in with; offline raises plainly."""
    state: Mapping[str, Any] = read_state(session, SESSION_KEY) or {}
    server, token = state.get("server"), state.get("access_token")
    if offline_only or not server or not token:
        raise AdminOfflineError()
    return AdminConnection(str(server), str(token))


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The field's type without ``| None``, and whether None was allowed."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return (args[0] if len(args) == 1 else str), True
    if origin is Literal:
        return annotation, False
    return annotation, False


def _kind(name: str, annotation: Any, unit: Any = None) -> tuple[Kind, tuple[str, ...]]:
    if annotation is WorkingHours:
        return "hours", ()
    if annotation is int and unit in _UNITS:
        return _UNITS[unit], ()
    if typing.get_origin(annotation) is Literal:
        return "choice", tuple(str(a) for a in typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "choice", tuple(str(member.value) for member in annotation)
    if annotation is bool:
        return "bool", ()
    if annotation is dt.date:
        return "date", ()
    if annotation is int:
        return ("money" if name.endswith("_kobo") else "int"), ()
    return "text", ()


#: ``json_schema_extra={"unit": ...}`` of a shared model's number: how it is typed.
_UNITS: Mapping[str, Kind] = {"kobo": "money", "bps": "percent"}


def form_fields(model: type[BaseModel]) -> tuple[FieldSpec, ...]:
    """The form for ``model``: one field per model field, labelled by its ``title``."""
    specs = []
    for name, info in model.model_fields.items():
        annotation, optional = _unwrap(info.annotation)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        kind, choices = _kind(name, annotation, extra.get("unit"))
        label = info.title or name.replace("_", " ").capitalize()
        required = info.is_required() and not optional
        checked = kind == "bool" and info.default is True
        specs.append(FieldSpec(name, label, kind, required, choices, checked))
    return tuple(specs)


def _read(spec: FieldSpec, raw: str | bool) -> Any:
    if spec.kind == "bool":
        return bool(raw)
    text = str(raw).strip()
    if not text:
        return None
    if spec.kind == "money":
        return Money.parse(text, field=spec.label).minor
    if spec.kind == "hours":
        return parse_hours_text(text)
    if spec.kind == "percent":
        return _basis_points(spec, text)
    if spec.kind == "date":
        day, _, rest = text.partition("/")
        month, _, year = rest.partition("/")
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            raise FieldValidationError(spec.label, "must be a date as DD/MM/YYYY") from None
    if spec.kind == "int":
        try:
            return int(text.replace(",", ""))
        except ValueError:
            raise FieldValidationError(spec.label, "must be a whole number") from None
    return text


def _basis_points(spec: FieldSpec, text: str) -> int:
    """``12.5`` or ``12.5%`` typed is 1250 basis points."""
    try:
        return round(float(text.removesuffix("%").strip()) * 100)
    except ValueError:
        raise FieldValidationError(spec.label, "must be a percentage, like 12.5") from None


def form_values(model: type[BaseModel], raw: Mapping[str, str | bool]) -> dict[str, Any]:
    """What was typed, checked by ``model`` and made JSON for the API.

    Empty fields are left out, so a create takes the model's defaults and an
    update (a PATCH) changes only what the form holds. Raises
    :class:`AdminError` naming the field.
    """
    specs = {spec.name: spec for spec in form_fields(model)}
    read = {name: _try_read(specs[name], value) for name, value in raw.items() if name in specs}
    values = {name: value for name, value in read.items() if value is not None}
    try:
        checked = model.model_validate(values)
    except ValidationError as exc:
        error = from_pydantic(exc)
        spec = specs.get(str(error.field).split(".")[0])
        raise AdminError(error.message, field=spec.name if spec else error.field) from None
    return checked.model_dump(mode="json", exclude_unset=True)


def _try_read(spec: FieldSpec, raw: str | bool) -> Any:
    try:
        return _read(spec, raw)
    except FieldValidationError as exc:
        raise AdminError(exc.message, field=spec.name) from None


def display_value(spec: FieldSpec | None, value: Any) -> str:
    """A row's value as the form and the table show it (naira, DD/MM/YYYY)."""
    if value is None:
        return ""
    if spec is not None and spec.kind == "money" and isinstance(value, int):
        return Money(value).format()
    if spec is not None and spec.kind == "percent" and isinstance(value, int):
        return f"{value / 100:g}%"
    if spec is not None and spec.kind == "hours" and isinstance(value, Mapping):
        return hours_text(value)
    if spec is not None and spec.kind == "date" and isinstance(value, str):
        try:
            return f"{dt.date.fromisoformat(value[:10]):%d/%m/%Y}"
        except ValueError:
            return value
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)


class AdminClient:
    """Calls ``/api/admin``; every refusal becomes :class:`AdminError` with its field."""

    def __init__(self, connection: AdminConnection, http: httpx.Client | None = None) -> None:
        self._connection = connection
        self._http = http or httpx.Client(timeout=TIMEOUT_S)

    def close(self) -> None:
        self._http.close()

    def list(self, resource: str) -> list[Row]:
        items: list[Row] = self._call("GET", f"/api/admin/{resource}")["items"]
        return items

    def create(self, resource: str, values: Mapping[str, Any]) -> Row:
        row: Row = self._call("POST", f"/api/admin/{resource}", json=dict(values))
        return row

    def update(self, resource: str, row_id: uuid.UUID | str, values: Mapping[str, Any]) -> Row:
        row: Row = self._call("PATCH", f"/api/admin/{resource}/{row_id}", json=dict(values))
        return row

    def act(
        self,
        resource: str,
        row_id: uuid.UUID | str,
        action: str,
        body: Mapping[str, Any] | None = None,
    ) -> Row:
        """A row's action (``deactivate``, ``unlock``, ``reset-password``, ``revoke``...)."""
        path = f"/api/admin/{resource}/{row_id}/{action}"
        row: Row = self._call("POST", path, json=dict(body or {}))
        return row

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self._connection.token}"}
        url = f"{self._connection.server}{path}"
        try:
            response = self._http.request(method, url, headers=headers, **kwargs)
        except httpx.TransportError:
            raise AdminOfflineError() from None
        if response.status_code < 300:
            return response.json() if response.content else {}
        raise _refusal(response)


def _refusal(response: httpx.Response) -> AdminError:
    if response.status_code == 401:
        return AdminError("Your sign-in has expired. Sign out and sign in again.")
    if response.status_code == 403:
        return AdminError("Your role may not change this.")
    if response.status_code >= 500:
        return AdminError(f"The server had a problem ({response.status_code}). Try again.")
    try:
        error = response.json()["error"]
        return AdminError(str(error["message"]), field=error.get("field"))
    except (ValueError, KeyError, TypeError):
        return AdminError(f"The server refused the change (HTTP {response.status_code}).")


#: The actions a row of a resource offers, beyond editing: (path segment, button label).
ROW_ACTIONS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "users": (
        ("deactivate", "Deactivate"),
        ("reactivate", "Reactivate"),
        ("unlock", "Unlock"),
        ("reset-password", "Reset password"),
    ),
    "devices": (("revoke", "Revoke"),),
}


@dataclass(frozen=True, slots=True)
class AdminResource:
    """One page of the Administration screen: its models, list columns and row actions."""

    name: str
    title: str
    create_model: type[BaseModel] | None
    update_model: type[BaseModel] | None
    columns: tuple[str, ...]
    actions: tuple[tuple[str, str], ...] = ()

    def create_fields(self) -> tuple[FieldSpec, ...]:
        return form_fields(self.create_model) if self.create_model is not None else ()

    def spec(self, name: str) -> FieldSpec | None:
        models = (m for m in (self.create_model, self.update_model) if m is not None)
        specs = (spec for model in models for spec in form_fields(model) if spec.name == name)
        return next(specs, None)


T = typing.TypeVar("T")


def with_client(connection: AdminConnection, fn: typing.Callable[[AdminClient], T]) -> T:
    """Run one call with a client of its own (in the network pool), closing it after."""
    client = AdminClient(connection)
    try:
        return fn(client)
    finally:
        client.close()


@dataclass(frozen=True, slots=True)
class _Page:
    name: str
    title: str
    roles: frozenset[str]
    columns: tuple[str, ...]


_ADMIN = frozenset({"admin"})
_MANAGER = frozenset({"manager"})

#: The Administration pages in the order the picker lists them, and who sees each:
#: admins run the group (hospitals, owners, contracts, users, prices, devices),
#: managers their hospital (departments, clinicians, its users, loyalty).
#: The server decides what a call may change; this only keeps pages off a role's picker.
PAGES = (
    _Page("hospitals", "Hospitals", _ADMIN, ("name", "code", "state", "phone")),
    _Page("owners", "Owner accounts", _ADMIN, ("display_name", "kind", "email", "phone")),
    _Page("contracts", "Contracts", _ADMIN, ("hospital_id", "owner_account_id", "status")),
    _Page("users", "Users", _ADMIN | _MANAGER, ("username", "full_name", "role", "is_active")),
    _Page("departments", "Departments", _MANAGER, ("name",)),
    _Page(
        "clinicians",
        "Clinicians",
        _MANAGER,
        ("full_name", "specialty", "working_hours", "slot_minutes"),
    ),
    _Page("rewards", "Rewards catalogue", _MANAGER, ("name", "points_cost", "active")),
    _Page("loyalty-program", "Loyalty program", _MANAGER, ("name", "active")),
    _Page("channel-prices", "Channel prices", _ADMIN, ("channel", "price_minor")),
    _Page("devices", "Devices", _ADMIN, ("name", "hospital_id", "last_sync_at", "revoked_at")),
)


def admin_resources(
    role: str, models: Mapping[str, tuple[type[BaseModel], type[BaseModel]]] | None = None
) -> tuple[AdminResource, ...]:
    """The pages ``role`` manages, each with its create and update models.

    The models are the shared ones the server validates with
    (``shared.domain.admin.registry``) unless ``models`` names others.
    """
    known = models if models is not None else shared_models()
    return tuple(_resource(page, known.get(page.name)) for page in PAGES if role in page.roles)


def shared_models() -> dict[str, tuple[type[BaseModel], type[BaseModel]]]:
    """Each resource's create and update models, as the server's ``/api/admin`` checks them."""
    return {
        name: (resource.create, resource.update)
        for name, resource in RESOURCES.items()
        if resource.create is not None and resource.update is not None
    }


def _resource(page: _Page, models: tuple[type[BaseModel], type[BaseModel]] | None) -> AdminResource:
    create, update = models if models is not None else (None, None)
    actions = ROW_ACTIONS.get(page.name, ())
    return AdminResource(page.name, page.title, create, update, page.columns, actions)
