"""The statement from PostgreSQL: PDF (rendered to an image, text extracted), CSV totals."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pypdfium2
import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from shared.domain.enums import PaymentMethod
from shared.errors import PermissionDeniedError
from sync_server.owners import service
from tests import factories as f
from tests.integration.owners.conftest import NOW, UTC, World, make_world, pay

OCT = dt.datetime(2026, 10, 12, 10, 0, tzinfo=UTC)


def _seed(session: Session, currency: str) -> World:
    world = make_world(session, currency=currency)
    pay(session, world.hospital.id, 150_000_050, OCT, currency=currency)
    pay(session, world.hospital.id, 2_500_000, OCT, method=PaymentMethod.HMO, currency=currency)
    pay(session, world.hospital.id, 700_000, dt.datetime(2026, 9, 3, tzinfo=UTC), currency=currency)
    service.run_monthly_payouts(session, "2026-09", now=NOW)
    service.run_monthly_payouts(session, "2026-10", now=NOW)
    return world


@pytest.mark.parametrize(("currency", "symbol"), [("NGN", "₦"), ("GHS", "GH₵")])
def test_pdf_renders_with_the_owners_figures(
    pg_session: Session, currency: str, symbol: str
) -> None:
    world = _seed(pg_session, currency)
    pdf, media_type = service.export_statement(
        pg_session, world.owner_user, world.owner.id, "2026-10", "pdf", now=NOW
    )
    assert media_type == "application/pdf"

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for expected in (
        "GrandPro",
        "Payout statement, October 2026",
        "Adebayo Health Holdings",
        "Surulere Family Hospital",
        f"{symbol}1,525,000.50",  # gross
        f"{symbol}190,625.06",  # fee: 12.5 % of 152,500,050 kobo, half to even
        f"{symbol}1,329,375.44",  # net after the 5,000.00 deduction
        "HMO",
        "2026-09",
    ):
        assert expected in text, expected

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=100 / 72).to_pil().convert("RGB")
    assert abs(image.height / image.width - 297 / 210) < 0.01  # A4 portrait
    header = image.getpixel((image.width // 2, 10))
    assert header == (0, 84, 147)  # the GrandPro band
    body = image.crop((0, 200, image.width, 500))
    assert body.getextrema()[0][0] < 60  # dark text was drawn below the header


def test_csv_total_row_reconciles_with_the_payout_rows(pg_session: Session) -> None:
    world = _seed(pg_session, "NGN")
    second = f.hospital(pg_session, name="Apapa Specialist")
    f.contract(pg_session, owner_account_id=world.owner.id, hospital_id=second.id)
    pay(pg_session, second.id, 333_333, OCT)
    service.run_monthly_payouts(pg_session, "2026-10", now=NOW)

    body, _ = service.export_statement(
        pg_session, world.admin, world.owner.id, "2026-10", "csv", now=NOW
    )
    text = body.decode("utf-8")
    *rows, total = csv.DictReader(io.StringIO(text))
    assert len(rows) == 2
    for column in ("gross", "fee", "deductions", "net"):
        assert sum(Decimal(r[column]) for r in rows) == Decimal(total[column])
    assert Decimal(total["gross"]) == Decimal("1525000.50") + Decimal("3333.33")


def test_another_owner_cannot_read_the_statement(pg_session: Session) -> None:
    world = _seed(pg_session, "NGN")
    stranger = make_world(pg_session)
    with pytest.raises(PermissionDeniedError):
        service.export_statement(
            pg_session, stranger.owner_user, world.owner.id, "2026-10", "pdf", now=NOW
        )
