"""Administration over the server's ``/api/admin`` (Qt-free): forms, values and calls.

Administration is online only: hospitals, owners, users and the rest are the
server's to decide, so nothing here writes the local store. The screen asks
:func:`admin_connection` on the database thread (the sign-in the sync worker
keeps fresh), then calls :class:`AdminClient` in the network pool.

Forms are built from the same Pydantic models the server validates with
(``shared.domain.admin``): a field's ``title`` is its label, an enum becomes a
choice, a ``*_id`` naming another resource's row is a drop-down of names
(``REFERENCES``), a ``date`` is typed DD/MM/YYYY, an ``int`` named ``*_kobo``
is typed in naira, a ``bool`` is a tick box. The pages themselves are the
shared registry's (:func:`admin_resources`), as the role's grants allow.
:func:`form_values` turns what was typed into the JSON the API takes, and
names the field (by its label) when it cannot.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from desktop.services.desk import SESSION_KEY
from desktop.sync.engine import read_state
from shared.clock import format_datetime
from shared.domain.admin.organisation import WorkingHours, hours_text, parse_hours_text
from shared.domain.admin.registry import REFERENCES, RESOURCES, manageable_by
from shared.domain.admin.registry import AdminResource as RegistryEntry
from shared.domain.enums import Role
from shared.domain.money import Money
from shared.errors import FieldValidationError, from_pydantic

OFFLINE_MESSAGE = "Administration needs the server; this PC is offline."
TIMEOUT_S = 15.0

Kind = Literal["text", "int", "money", "percent", "hours", "date", "bool", "choice", "pick"]
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
    #: A drop-down's resource (``hospitals``...) for a ``*_id`` field: pick by name.
    source: str = ""


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


def _unwrap(annotation: Any) -> tuple[Any, bool, Any]:
    """The field's type without ``| None``, whether None was allowed, and its unit.

    An optional constrained number (``BasisPoints | None``) keeps its unit in
    the ``Annotated`` metadata inside the union, not on the field itself.
    """
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation, optional = (args[0] if len(args) == 1 else str), True
    unit = None
    if typing.get_origin(annotation) is typing.Annotated:
        extras = (getattr(m, "json_schema_extra", None) for m in annotation.__metadata__)
        unit = next((e["unit"] for e in extras if isinstance(e, dict) and "unit" in e), None)
        annotation = typing.get_args(annotation)[0]
    return annotation, optional, unit


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


@functools.cache
def form_fields(model: type[BaseModel]) -> tuple[FieldSpec, ...]:
    """The form for ``model``: one field per model field, labelled by its ``title``."""
    specs = []
    for name, info in model.model_fields.items():
        annotation, optional, unit = _unwrap(info.annotation)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        kind, choices = _kind(name, annotation, extra.get("unit", unit))
        label = info.title or name.replace("_", " ").capitalize()
        required = info.is_required() and not optional
        checked = kind == "bool" and info.default is True
        source = REFERENCES.get(name, "") if annotation is uuid.UUID else ""
        kind = "pick" if source else kind
        specs.append(FieldSpec(name, label, kind, required, choices, checked, source))
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
    if spec is not None and spec.kind == "choice" and isinstance(value, str):
        return value.replace("_", " ").capitalize()
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

    def preview_template(self, values: Mapping[str, Any]) -> Row:
        """The server's rendering of an unsaved template with sample values."""
        row: Row = self._call("POST", "/api/admin/templates/preview", json=dict(values))
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


@dataclass(frozen=True, slots=True)
class AdminResource:
    """One page of the Administration screen, as one role sees it.

    ``references`` maps each ``*_id`` field or column shown to the resource
    whose rows it names (a drop-down in the form, a name in the list);
    ``hidden`` are the fields the role cannot choose, which the server fills
    (a manager's own hospital), so neither the form nor the list shows them.
    """

    name: str
    title: str
    create_model: type[BaseModel] | None
    update_model: type[BaseModel] | None
    columns: tuple[str, ...]
    actions: tuple[tuple[str, str], ...] = ()
    references: Mapping[str, str] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()

    def create_fields(self) -> tuple[FieldSpec, ...]:
        return self._fields(self.create_model)

    def update_fields(self) -> tuple[FieldSpec, ...]:
        return self._fields(self.update_model)

    def _fields(self, model: type[BaseModel] | None) -> tuple[FieldSpec, ...]:
        specs = form_fields(model) if model is not None else ()
        return tuple(spec for spec in specs if spec.name not in self.hidden)

    def spec(self, name: str) -> FieldSpec | None:
        specs = (spec for spec in (*self.create_fields(), *self.update_fields()))
        return next((spec for spec in specs if spec.name == name), None)

    def sources(self) -> tuple[str, ...]:
        """The resources whose lists this page needs, to name what its ids point at."""
        return tuple(dict.fromkeys(self.references.values()))


T = typing.TypeVar("T")


def with_client(connection: AdminConnection, fn: typing.Callable[[AdminClient], T]) -> T:
    """Run one call with a client of its own (in the network pool), closing it after."""
    client = AdminClient(connection)
    try:
        return fn(client)
    finally:
        client.close()


def admin_resources(role: str) -> tuple[AdminResource, ...]:
    """The pages ``role`` manages, in the registry's order (``manageable_by``).

    The server decides what each call may change; this only keeps pages off
    the picker of a role the server would refuse them to.
    """
    try:
        entries = manageable_by(Role(role))
    except ValueError:
        return ()
    listable = {entry.name for entry in entries}
    return tuple(_page(entry, listable) for entry in entries)


def _page(entry: RegistryEntry, listable: set[str]) -> AdminResource:
    models = (m for m in (entry.create, entry.update) if m is not None)
    names = {*entry.columns, *(name for model in models for name in model.model_fields)}
    pointed = {name: REFERENCES[name] for name in names if name in REFERENCES}
    hidden = frozenset(name for name, source in pointed.items() if source not in listable)
    references = {name: source for name, source in pointed.items() if name not in hidden}
    columns = tuple(name for name in entry.columns if name not in hidden)
    return AdminResource(
        entry.name,
        entry.title,
        entry.create,
        entry.update,
        columns,
        entry.actions,
        references,
        hidden,
    )


#: Each source resource's rows as ``(id, name)`` pairs, for drop-downs and list cells.
Options = Mapping[str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class PageRows:
    """What one page shows: its rows, and the names of the rows its ids point at."""

    rows: list[Row]
    options: Options


def load_page(client: AdminClient, resource: AdminResource) -> PageRows:
    """The page's rows and, per source it refers to, that source's rows as names."""
    listed = {source: client.list(source) for source in resource.sources()}
    hospitals = {str(row["id"]): _name_of("hospitals", row) for row in listed.get("hospitals", [])}
    options = {
        source: tuple((str(row["id"]), _option(source, row, hospitals)) for row in rows)
        for source, rows in listed.items()
    }
    return PageRows(client.list(resource.name), options)


def _name_of(source: str, row: Row) -> str:
    entry = RESOURCES.get(source)
    return str(row.get(entry.label if entry is not None else "name") or row["id"])


def _option(source: str, row: Row, hospitals: Mapping[str, str]) -> str:
    """A row's name; with its hospital's when several hospitals' rows are offered."""
    name = _name_of(source, row)
    hospital = hospitals.get(str(row.get("hospital_id")))
    return f"{name} ({hospital})" if source != "hospitals" and hospital else name


def cell_text(resource: AdminResource, name: str, row: Row, options: Options) -> str:
    """A list cell: an id as the name it points at, a time in Lagos, else as the form shows."""
    value = row.get(name)
    source = resource.references.get(name)
    if source is not None and value is not None:
        names = dict(options.get(source, ()))
        return names.get(str(value), str(value))
    if name.endswith("_at") and isinstance(value, str):
        return _lagos_time(value)
    return display_value(resource.spec(name), value)


def _lagos_time(value: str) -> str:
    try:
        return format_datetime(dt.datetime.fromisoformat(value))
    except ValueError:
        return value


def column_title(resource: AdminResource, name: str) -> str:
    """A list column's header: the field's label, else its name in words."""
    spec = resource.spec(name)
    if spec is not None:
        return spec.label
    return name.removeprefix("is_").removesuffix("_id").replace("_", " ").capitalize()


#: What the live preview sends: the template's identity and its unsaved text.
PREVIEWED = ("key", "channel", "subject", "body")


def preview_request(editing: Row | None, form: Mapping[str, str | bool]) -> dict[str, Any] | None:
    """The preview's question from the row being edited and the form as typed; None: nothing yet."""
    values = {name: (editing or {}).get(name) for name in PREVIEWED}
    values.update({name: form[name] for name in PREVIEWED if name in form})
    if not values["key"] or not values["channel"] or not values["body"]:
        return None
    values["subject"] = values["subject"] or None
    return values


def preview_text(answer: Row) -> str:
    """The rendered template as a reader gets it, with the SMS parts and any warnings."""
    parts = [f"Subject: {answer['subject']}"] if answer.get("subject") else []
    parts.append(str(answer.get("body") or ""))
    if answer.get("segments"):
        parts.append(f"({answer['segments']} SMS part(s))")
    parts += [f"Note: {warning}" for warning in answer.get("warnings") or ()]
    return "\n\n".join(parts)
