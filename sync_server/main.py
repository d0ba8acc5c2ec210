"""The composition root of the server: ``create_app()`` wires settings, database and routers."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from sync_server.api.access_log import install_access_log_redaction
from sync_server.api.denials import DeniedRequestAudit
from sync_server.api.headers import SecurityHeaders
from sync_server.api.limits import BodySizeLimit
from sync_server.config import ServerSettings
from sync_server.db.engine import database_url, make_engine, make_sessionmaker
from sync_server.errors import ERROR_RESPONSES, install_error_handlers


def _freeze_startup_objects() -> None:
    """Keep what start-up built (modules, metadata, routes) out of garbage-collector scans.

    A push of 1,000 edits creates enough objects to trigger a full
    collection about every other time, and walking the whole start-up heap
    added ~110 ms to those pushes; frozen objects are never scanned.
    """
    gc.collect()
    gc.freeze()


def create_app(
    settings: ServerSettings | None = None, *, engine: sa.Engine | None = None
) -> FastAPI:
    settings = settings or ServerSettings()
    engine = engine or make_engine(database_url(settings))
    sessions: sessionmaker[Session] = make_sessionmaker(engine)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        install_access_log_redaction()
        _freeze_startup_objects()
        yield
        engine.dispose()

    app = FastAPI(
        title="GrandPro CRM sync server",
        version="0.1.0",
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = sessions
    install_error_handlers(app)

    from sync_server.api.health import router as health_router

    app.include_router(health_router)
    from sync_server.auth.router import router as auth_router

    app.include_router(auth_router)
    from sync_server.api.metrics import install_metrics
    from sync_server.api.metrics import router as metrics_router

    install_metrics(app)
    app.include_router(metrics_router)
    from sync_server.crm.router import router as crm_router

    app.include_router(crm_router)
    from sync_server.appointments.visit_endpoints import router as visits_router

    app.include_router(visits_router)
    from sync_server.loyalty.pool_endpoints import router as pool_router

    app.include_router(pool_router)
    from sync_server.recovery.endpoints import router as recovery_router

    app.include_router(recovery_router)
    from sync_server.admin.endpoints import router as admin_router

    app.include_router(admin_router)
    from sync_server.sync.router import router as sync_router

    app.include_router(sync_router)
    _register_push_hooks()
    from sync_server.messaging.webhooks import router as webhooks_router

    app.include_router(webhooks_router)
    _install_hardening(app, settings, sessions)
    return app


def _register_push_hooks() -> None:
    """Each domain's rules on pushed rows that need other desks' data (sync/ imports none)."""
    from sync_server.appointments.push_hooks import register_push_hooks as appointments
    from sync_server.loyalty.pool_hooks import register_push_hooks as pooling
    from sync_server.loyalty.push_hooks import register_push_hooks as loyalty
    from sync_server.messaging.push_rules import register_push_hooks as messaging
    from sync_server.owners.push_hooks import register_push_hooks as owners
    from sync_server.patients.push_hooks import register_push_hooks as patients
    from sync_server.payments.push_hooks import register_push_hooks as payments
    from sync_server.recovery.push_hooks import register_push_hooks as recovery

    for register in (
        appointments,
        loyalty,
        pooling,
        messaging,
        owners,
        patients,
        payments,
        recovery,
    ):
        register()


def _install_hardening(
    app: FastAPI, settings: ServerSettings, sessions: sessionmaker[Session]
) -> None:
    """The outer middleware, outermost last: every answer, even a 413, gets the headers."""
    app.add_middleware(BodySizeLimit, settings=settings)
    app.add_middleware(
        DeniedRequestAudit, sessions=sessions, window_seconds=settings.denial_audit_seconds
    )
    app.add_middleware(SecurityHeaders, settings=settings)
