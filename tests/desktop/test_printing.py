"""The appointment slip renders to a real PDF whose text names the patient and time."""

from __future__ import annotations

from pathlib import Path

import pypdf

from desktop.ui.format import time_text
from desktop.ui.main_window import MainWindow
from desktop.ui.printing import appointment_slip_html, save_pdf
from shared.clock import format_date


def test_slip_pdf_has_the_patient_and_the_lagos_time(window: MainWindow, tmp_path: Path) -> None:
    appt = window.today.model.row_at(1)
    assert appt is not None
    html = appointment_slip_html(appt, "Ikeja <General> Hospital")
    assert "&lt;General&gt;" in html
    pdf = save_pdf(html, tmp_path / "slip.pdf")
    text = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "Appointment slip" in text
    assert appt.patient_name in text and appt.patient_number in text
    assert f"{format_date(appt.starts_at)} {time_text(appt.starts_at)}" in text
