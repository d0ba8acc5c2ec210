"""Property-based requests from the app's own OpenAPI document: never a 500.

One live server (uvicorn on 127.0.0.1, its own database) serves the whole
module; requests carry an admin token so they reach past authentication into
the handlers. Examples per operation are bounded to keep the suite fast.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationConfig
from sqlalchemy.orm import Session

from shared.domain.access import Principal
from shared.domain.enums import Role
from sync_server.auth.tokens import issue_access_token
from sync_server.config import ServerSettings
from tests import factories
from tests.integration.server.conftest import LiveServer, run_server


@pytest.fixture(scope="module")
def module_db(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    name = f"st_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield sa.make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture(scope="module")
def api(module_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    config = ServerSettings(
        database_url=module_db,
        data_dir=tmp_path_factory.mktemp("st"),
        secret_key=SecretStr("schemathesis-" + "k" * 32),
    )
    yield from run_server(config, module_db)


@pytest.fixture(scope="module")
def admin_headers(api: LiveServer) -> dict[str, str]:
    with Session(api.engine) as s, s.begin():
        user = factories.user(s, role=Role.ADMIN)
        hospital = factories.hospital(s)
        factories.patient(s, hospital_id=hospital.id)
        token = issue_access_token(Principal(user.id, Role.ADMIN), api.settings)
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def openapi(api: LiveServer) -> Any:
    # NUL characters included: PostgreSQL text cannot hold them, and the answer
    # must be a 422 naming the problem, never a 500.
    config = GenerationConfig(allow_x00=True)
    return schemathesis.from_uri(
        f"{api.url}/openapi.json", base_url=api.url, generation_config=config
    )


schemathesis.experimental.OPEN_API_3_1.enable()  # FastAPI emits OpenAPI 3.1
schema = schemathesis.from_pytest_fixture("openapi")


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_answers_500(
    case: schemathesis.Case, api: LiveServer, admin_headers: dict[str, str]
) -> None:
    response = case.call(headers=admin_headers, timeout=30)
    case.validate_response(response, checks=(not_a_server_error,))
