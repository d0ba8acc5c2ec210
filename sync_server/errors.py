"""One error shape for every endpoint: ``{"error": {"code", "message", "field"}}``.

Bad input is never a 500: pydantic's request errors become 422 naming the
first bad field; domain errors carry their own status; anything unexpected is
logged and answered with a generic 500 that leaks no patient data.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.errors import DomainError

log = logging.getLogger(__name__)


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    """The shape of every error answer, declared in the OpenAPI document."""

    error: ErrorDetail


def _declared(description: str) -> dict[str, object]:
    return {"model": ErrorBody, "description": description}


#: Errors any endpoint may answer, declared on every operation so clients
#: (and the schema tests) know every status the server can give.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    400: _declared("The request is malformed."),
    401: _declared("No valid access token, or a bad webhook or link signature."),
    403: _declared("The caller may not do this."),
    404: _declared("No such record visible to the caller."),
    409: _declared("The request conflicts with the current state."),
    413: _declared("The request body is over the size limit."),
    422: _declared("A field is not valid; the error names it."),
}


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "field": field}}
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def _field_of(loc: tuple[object, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(_: Request, exc: DomainError) -> JSONResponse:
        return error_response(exc.http_status, exc.code, exc.message, exc.field)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0]
        message = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
        return error_response(422, "validation_error", message, _field_of(tuple(first["loc"])))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
            413: "payload_too_large",
            429: "too_many_requests",
            423: "locked",
        }.get(exc.status_code, "http_error")
        field = "body" if exc.status_code == 413 else None
        return error_response(exc.status_code, code, str(exc.detail), field, exc.headers)

    @app.exception_handler(DataError)
    async def _unstorable(_: Request, exc: DataError) -> JSONResponse:
        # Values PostgreSQL cannot hold (a NUL character in text, a number past
        # 64 bits) are bad input, not a server fault; the transaction has
        # already rolled back, so nothing was half-written.
        log.info("refused unstorable input: %s", type(exc.orig).__name__)
        return error_response(
            422,
            "unstorable_value",
            "The input holds a value that cannot be stored "
            "(for example a NUL character or a number that is too large).",
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal_error", "Something went wrong on the server.")
