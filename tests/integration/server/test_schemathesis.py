"""Property-based requests from the app's own OpenAPI document: never a 500.

One live server (uvicorn on 127.0.0.1, its own database) serves the whole
module; every operation is tried as an administrator and as a front-desk
member of staff on a registered desk PC, so requests reach past
authentication into the handlers along both the widest and a narrow scope.
Besides never answering 500, every status the server answers must be one the
schema declares. Examples per operation are bounded to keep the module well
under a minute and a half.
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
from schemathesis.specs.openapi.checks import status_code_conformance
from sqlalchemy.orm import Session

from shared.db.models.organisation import Device
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
def headers_of(api: LiveServer) -> dict[str, dict[str, str]]:
    """Bearer headers of an administrator and of a front desk on its hospital's PC."""
    with Session(api.engine) as s, s.begin():
        admin = factories.user(s, role=Role.ADMIN)
        hospital = factories.hospital(s)
        factories.patient(s, hospital_id=hospital.id)
        desk = factories.user(s, role=Role.FRONT_DESK, hospital_id=hospital.id)
        device = Device(name="Schema desk", prefix="ST01", hospital_id=hospital.id)
        s.add(device)
        s.flush()
        principals = {
            "admin": Principal(admin.id, Role.ADMIN),
            "desk": Principal(
                desk.id, Role.FRONT_DESK, hospital_id=hospital.id, device_id=device.id
            ),
        }
    return {
        name: {"Authorization": f"Bearer {issue_access_token(p, api.settings)}"}
        for name, p in principals.items()
    }


@pytest.fixture(scope="module")
def openapi(api: LiveServer) -> Any:
    # NUL characters included: PostgreSQL text cannot hold them, and the answer
    # must be a 422 naming the problem, never a 500.
    config = GenerationConfig(allow_x00=True)
    return schemathesis.from_uri(
        f"{api.url}/openapi.json", base_url=api.url, generation_config=config
    )


schemathesis.experimental.OPEN_API_3_1.enable()  # FastAPI emits OpenAPI 3.1
# Signing out ends the access token every later case sends (see
# tests/integration/security/test_auth_tokens.py), so it is left out here.
schema = schemathesis.from_pytest_fixture("openapi").exclude(path="/api/auth/logout")


CHECKS = (not_a_server_error, status_code_conformance)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_answers_500_to_an_admin(
    case: schemathesis.Case, api: LiveServer, headers_of: dict[str, dict[str, str]]
) -> None:
    response = case.call(headers=headers_of["admin"], timeout=30)
    case.validate_response(response, checks=CHECKS)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_answers_500_to_a_desk(
    case: schemathesis.Case, api: LiveServer, headers_of: dict[str, dict[str, str]]
) -> None:
    response = case.call(headers=headers_of["desk"], timeout=30)
    case.validate_response(response, checks=CHECKS)
