"""Payout endpoints: create, history by role, workflow steps and the monthly run."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import sqlalchemy as sa
from pypdf import PdfReader

from shared.db.models.messaging import Message
from shared.db.models.owners import OwnerCommunication, RevenueEntry
from shared.domain.enums import PaymentMethod
from sync_server.messaging.outbox import load_attachments
from sync_server.messaging.templates import seed_templates
from tests.integration.crm.conftest import Crm, error_of
from tests.integration.crm.test_crm_owners import give_contract

BASE = "/api/crm/owners/payouts"


def contract_id(crm: Crm) -> str:
    give_contract(crm)
    with crm.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM contracts").scalar_one())


def add_revenue(crm: Crm) -> None:
    with crm.session() as session, session.begin():
        session.add(
            RevenueEntry(
                hospital_id=crm.hospital_id,
                amount_minor=10_000_000,
                method=PaymentMethod.CASH,
                received_at=dt.datetime(2025, 3, 10, 12, tzinfo=dt.UTC),
            )
        )


def seed_messages(crm: Crm) -> None:
    """The shipped templates, as a deployment seeds them: paying e-mails the owner."""
    with crm.session() as session, session.begin():
        seed_templates(session)


def test_create_payout_and_walk_the_workflow(crm: Crm) -> None:
    contract = contract_id(crm)
    seed_messages(crm)
    add_revenue(crm)
    admin = crm.as_("admin")
    created = admin.post(BASE, json={"contract_id": contract, "period": "2025-03"})
    assert created.status_code == 201, created.text
    payout = created.json()
    assert (payout["gross_minor"], payout["fee_minor"], payout["net_minor"]) == (
        10_000_000,
        1_500_000,
        8_500_000,
    )
    again = admin.post(BASE, json={"contract_id": contract, "period": "2025-03"})
    assert again.status_code == 409
    for bad, field in [
        ({"contract_id": contract, "period": "2025-13"}, "period"),
        ({"contract_id": contract, "period": "March"}, "period"),
        ({"contract_id": contract, "period": "2024-12"}, "period"),
        ({"contract_id": contract, "period": "2999-01"}, "period"),  # not ended yet
    ]:
        response = admin.post(BASE, json=bad)
        assert response.status_code == 422 and error_of(response)["field"] == field
    assert (
        crm.as_("owner").post(BASE, json={"contract_id": contract, "period": "2025-04"}).status_code
        == 403
    )
    status_url = f"{BASE}/{payout['id']}/status"
    early = admin.patch(status_url, json={"status": "paid"})
    assert early.status_code == 409
    assert admin.patch(status_url, json={"status": "approved"}).json()["status"] == "approved"
    no_ref = admin.patch(status_url, json={"status": "paid", "paid_on": "2025-04-02"})
    assert no_ref.status_code == 422 and error_of(no_ref)["field"] == "bank_reference"
    paid = admin.patch(
        status_url, json={"status": "paid", "paid_on": "2025-04-02", "bank_reference": "TRF-1"}
    )
    assert paid.status_code == 200 and paid.json()["status"] == "paid"
    assert crm.as_("manager").patch(status_url, json={"status": "failed"}).status_code == 403
    assert admin.patch(status_url, json={"status": "sent"}).status_code == 422


def test_history_is_scoped_by_role(crm: Crm) -> None:
    contract = contract_id(crm)
    assert (
        crm.as_("admin").post(BASE, json={"contract_id": contract, "period": "2025-03"}).status_code
        == 201
    )
    assert len(crm.as_("owner").get(BASE).json()) == 1
    assert len(crm.as_("manager").get(BASE).json()) == 1
    assert crm.as_("admin").get(f"{BASE}?period=2025-04").json() == []
    assert crm.as_("front_desk").get(BASE).status_code == 403
    bad = crm.as_("admin").get(f"{BASE}?status=lost")
    assert bad.status_code == 422 and error_of(bad)["field"] == "status"


def test_process_monthly_fills_gaps_once(crm: Crm) -> None:
    contract_id(crm)
    url = f"{BASE}/process-monthly"
    first = crm.as_("admin").post(url, json={"period": "2025-05"})
    assert first.status_code == 202, first.text
    assert len(first.json()["created"]) == 1
    second = crm.as_("admin").post(url, json={"period": "2025-05"}).json()
    assert (second["created"], second["already_there"]) == ([], 1)
    assert crm.as_("owner").post(url, json={}).status_code == 403
    bad = crm.as_("admin").post(url, json={"period": "05-2025"})
    assert bad.status_code == 422 and error_of(bad)["field"] == "period"
    assert crm.count("sync_changes", table_name="payouts") >= 1


def test_an_owner_downloads_a_statement_in_each_format(crm: Crm) -> None:
    contract = contract_id(crm)
    add_revenue(crm)
    created = crm.as_("admin").post(BASE, json={"contract_id": contract, "period": "2025-03"})
    assert created.status_code == 201, created.text
    url = f"/api/crm/owners/{crm.owner_id}/statements/2025-03"
    owner = crm.as_("owner")

    csv_file = owner.get(url, params={"format": "csv"})
    assert csv_file.status_code == 200, csv_file.text
    assert csv_file.headers["content-type"].startswith("text/csv")
    assert "85000.00" in csv_file.text  # net: 100,000.00 less the 15 % fee
    pdf = owner.get(url)
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    xlsx = owner.get(url, params={"format": "xlsx"})
    assert xlsx.content.startswith(b"PK")  # a zip container, as every .xlsx is

    assert crm.as_("front_desk").get(url).status_code == 403
    bad_format = owner.get(url, params={"format": "doc"})
    assert bad_format.status_code == 422 and error_of(bad_format)["field"] == "format"
    bad_period = owner.get(f"/api/crm/owners/{crm.owner_id}/statements/2025-13")
    assert bad_period.status_code == 422 and error_of(bad_period)["field"] == "period"


def test_paying_over_the_api_emails_the_statement_like_the_monthly_job(
    crm: Crm, tmp_path: Path
) -> None:
    contract = contract_id(crm)
    add_revenue(crm)
    seed_messages(crm)
    admin = crm.as_("admin")
    payout = admin.post(BASE, json={"contract_id": contract, "period": "2025-03"}).json()
    status_url = f"{BASE}/{payout['id']}/status"
    assert admin.patch(status_url, json={"status": "approved"}).status_code == 200
    assert crm.count("messages") == 0  # only paying tells the owner
    paid = admin.patch(
        status_url, json={"status": "paid", "paid_on": "2025-04-02", "bank_reference": "TRF-9"}
    )
    assert paid.status_code == 200, paid.text

    with crm.session() as session:
        (message,) = session.scalars(sa.select(Message)).all()
        logged = session.scalars(sa.select(OwnerCommunication)).one()
    assert message.address == "board@eko.ng" and message.owner_account_id == crm.owner_id
    assert logged.message_id == message.id
    names = message.content_variables["_attachments"]
    (pdf,) = load_attachments(tmp_path / "attachments", message.id, names)
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Ikeja General" in text and "₦85,000.00" in text


def test_create_names_a_missing_contract(crm: Crm) -> None:
    missing = {"contract_id": str(uuid.uuid4()), "period": "2025-03"}
    response = crm.as_("admin").post(BASE, json=missing)
    assert response.status_code == 404 and error_of(response)["field"] == "contract_id"
