"""The redemption balance check on pushed ledger rows: the shared rule, with the patient locked.

Two desks offline can each spend the same points; the balance they checked
was their own copy of the ledger. The server's ledger holds both desks' rows,
so a redemption it would take below zero is refused with the same answer the
desk and the REST API give.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from shared.db.models import LoyaltyLedgerEntry, Patient
from shared.db.queries.loyalty import ledger_entries
from shared.domain.enums import LedgerKind
from shared.domain.loyalty import balance, check_redemption
from sync_server.sync import rules


def register_push_hooks() -> None:
    rules.register(LoyaltyLedgerEntry.__tablename__, before_insert=refuse_overdraft)


def refuse_overdraft(session: Session, values: dict[str, Any]) -> None:
    """Refuse a redemption the patient's balance across every desk cannot cover.

    Runs after the row validator, so a redemption's points are negative here.
    """
    if values.get("kind") != LedgerKind.REDEEM.value:
        return
    patient_id = values.get("patient_id")
    if patient_id is None:
        raise rules.MutationRejectedError("invalid", "Patient: is required.", field="patient_id")
    session.get(Patient, patient_id, with_for_update=True)
    check_redemption(balance(ledger_entries(session, patient_id)), -int(values["points"]))
