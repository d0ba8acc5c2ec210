"""Errors that cross every layer.

One typed validation error names the field and says what is wrong in words a
front-desk clerk understands. The UI shows ``message`` next to ``field``; the
API answers ``{"error": {"code", "message", "field"}}``; the CLI prints
``field: message``. Nothing catches it to half-write a row: it is raised before
any write, and services run inside one transaction that rolls back on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError as PydanticValidationError


class DomainError(Exception):
    """A problem a user can act on. ``code`` is machine-readable and stable."""

    code = "domain_error"
    http_status = 400

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "field": self.field}

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class FieldValidationError(DomainError, ValueError):
    """Input that breaks a value rule. Always names the field."""

    code = "validation_error"
    http_status = 422

    def __init__(self, field: str, message: str, *, code: str | None = None):
        super().__init__(message, field=field, code=code)


class NotFoundError(DomainError):
    code = "not_found"
    http_status = 404


class ConflictError(DomainError):
    code = "conflict"
    http_status = 409


class PermissionDeniedError(DomainError):
    code = "forbidden"
    http_status = 403


def from_pydantic(exc: PydanticValidationError) -> FieldValidationError:
    """Collapse pydantic's error list into the first error, with a dotted field name.

    Users fix one thing at a time; a list of twelve messages for one typo helps nobody.
    """
    first: Mapping[str, Any] = exc.errors(include_url=False)[0]
    field = ".".join(str(part) for part in first.get("loc", ())) or "input"
    message = str(first.get("msg", "is not valid"))
    ctx = first.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, FieldValidationError):
        return FieldValidationError(field, cause.message, code=cause.code)
    message = message.removeprefix("Value error, ")
    return FieldValidationError(field, message)
