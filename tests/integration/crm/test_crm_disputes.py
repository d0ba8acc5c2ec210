"""Payout disputes over real HTTP: staff list the open ones and answer each once."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from shared.db.models.owners import PayoutResponse
from shared.domain.enums import PayoutResponseKind
from tests.integration.crm.conftest import Crm, error_of
from tests.integration.crm.test_crm_payouts import BASE, add_revenue, contract_id

DISPUTES = "/api/crm/owners/disputes"


def _responses(crm: Crm) -> tuple[str, str]:
    """A dispute and an acknowledgement of one payout, as an owner's device pushes them."""
    contract = contract_id(crm)
    add_revenue(crm)
    payout = crm.as_("admin").post(BASE, json={"contract_id": contract, "period": "2025-03"})
    payout_id = uuid.UUID(payout.json()["id"])
    with crm.session() as session, session.begin():
        rows = [
            PayoutResponse(
                payout_id=payout_id,
                owner_account_id=crm.owner_id,
                kind=PayoutResponseKind.DISPUTED,
                reason="POS takings of 14 March are missing",
            ),
            PayoutResponse(
                payout_id=payout_id,
                owner_account_id=crm.owner_id,
                kind=PayoutResponseKind.ACKNOWLEDGED,
            ),
        ]
        session.add_all(rows)
        session.flush()
        return str(rows[0].id), str(rows[1].id)


def test_staff_resolve_an_open_dispute_once(crm: Crm) -> None:
    dispute, acknowledgement = _responses(crm)
    admin = crm.as_("admin")
    listed = admin.get(DISPUTES)
    assert listed.status_code == 200, listed.text
    assert [(d["id"], d["status"]) for d in listed.json()] == [(dispute, None)]
    first = listed.json()[0]
    assert first["reason"] == "POS takings of 14 March are missing"
    assert (first["period"], first["hospital_id"]) == ("2025-03", str(crm.hospital_id))

    url = f"{DISPUTES}/{dispute}"
    answer = {"status": "resolved", "resolution": "Added to April as an adjustment."}
    resolved = admin.patch(url, json=answer)
    assert resolved.status_code == 200, resolved.text
    body = resolved.json()
    assert (body["status"], body["resolution"]) == ("resolved", answer["resolution"])
    assert body["resolved_at"] is not None
    assert admin.get(DISPUTES).json() == []
    again = admin.patch(url, json={"status": "rejected", "resolution": "No."})
    assert again.status_code == 409

    assert crm.count("audit_log", action="dispute.resolved", entity_id=dispute) == 1
    with crm.engine.connect() as conn:
        latest = conn.execute(
            sa.text("SELECT payload FROM sync_changes WHERE row_id = :id ORDER BY seq DESC"),
            {"id": dispute},
        ).scalar()
        assert latest["status"] == "resolved"  # the owner's device gets it
    assert admin.patch(f"{DISPUTES}/{acknowledgement}", json=answer).status_code == 404


def test_only_staff_answer_disputes_and_bad_answers_name_their_field(crm: Crm) -> None:
    dispute, _ = _responses(crm)
    url = f"{DISPUTES}/{dispute}"
    answer = {"status": "rejected", "resolution": "The takings were banked on 1 April."}
    for role in ("owner", "manager", "front_desk"):
        assert crm.as_(role).get(DISPUTES).status_code == 403
        assert crm.as_(role).patch(url, json=answer).status_code == 403
    assert crm.as_("anonymous").get(DISPUTES).status_code == 401
    admin = crm.as_("admin")
    for bad, field in [
        ({"status": "open", "resolution": "Looking into it."}, "status"),
        ({"status": "rejected", "resolution": "   "}, "resolution"),
        ({"status": "rejected"}, "resolution"),
    ]:
        response = admin.patch(url, json=bad)
        assert response.status_code == 422 and error_of(response)["field"] == field
    missing = admin.patch(f"{DISPUTES}/{uuid.uuid4()}", json=answer)
    assert missing.status_code == 404
    assert admin.patch(url, json=answer).json()["status"] == "rejected"
