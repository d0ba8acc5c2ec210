"""Paged reads of the patient register, so a list of 100,000 opens at once.

Pages are keyed by offset over a stable order (last name, first name, id);
the UI's model asks for the page a visible row falls in and nothing more.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.store.search import PatientHit
from shared.db.models import Patient

_LIVE = Patient.deleted_at.is_(None)


def count_patients(session: Session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(Patient).where(_LIVE)) or 0


def patient_page(session: Session, offset: int, limit: int) -> list[PatientHit]:
    rows = session.execute(
        sa.select(
            Patient.id,
            Patient.patient_number,
            Patient.first_name,
            Patient.middle_name,
            Patient.last_name,
            Patient.phone,
            Patient.date_of_birth,
        )
        .where(_LIVE)
        .order_by(Patient.last_name, Patient.first_name, Patient.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        PatientHit(
            id=row.id,
            patient_number=row.patient_number,
            full_name=" ".join(n for n in (row.first_name, row.middle_name, row.last_name) if n),
            phone=row.phone,
            date_of_birth=row.date_of_birth,
        )
        for row in rows
    ]
