"""The desk's forms take what Nigerian clerks type, and show every problem beside its field.

Driven through the real widgets: dates typed day first or picked on the
calendar, the state and LGA found by typing part of their names, amounts
typed as "5k", and a form with several mistakes flagging them all at once,
each cleared as soon as its field is fixed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.services.patient_profile import load_details
from desktop.ui.fields import DateField, LgaBox, StateBox
from desktop.ui.main_window import MainWindow
from desktop.ui.screens.payments import PaymentDialog
from desktop.ui.screens.profile.details import DetailsTab
from desktop.ui.screens.registration import RegistrationDialog
from desktop.ui.style import stylesheet
from shared.db.models import Patient, PatientReferral, RevenueEntry
from shared.domain.enums import Channel, PaymentMethod, Sex

#: The offscreen platform cannot size, raise or give the keyboard to a popup; harmless here.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


def _patient(app: DesktopApp, last_name: str) -> Patient | None:
    with app.db.sessions() as session:
        found = session.scalars(sa.select(Patient).where(Patient.last_name == last_name)).first()
        if found is not None:
            session.expunge(found)
        return found


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)


@pytest.mark.parametrize(
    "typed",
    ["12/05/1990", "12-05-1990", "12.05.1990", "12 May 1990", "12th May, 1990", "1990-05-12"],
)
def test_a_date_field_reads_the_day_first(qtbot: QtBot, typed: str) -> None:
    field = DateField()
    qtbot.addWidget(field)
    _type(qtbot, field, typed)
    assert field.value() == dt.date(1990, 5, 12)
    field.editingFinished.emit()
    assert field.text() == "12/05/1990"


def test_the_calendar_picks_a_date_into_the_field(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    _type(qtbot, field, "03/04/2001")
    qtbot.keyClick(field, Qt.Key.Key_F4)
    assert field.popup.isVisible()
    assert field.calendar.selectedDate() == QDate(2001, 4, 3)
    with qtbot.waitSignal(field.picked) as signal:
        field.calendar.setSelectedDate(QDate(2001, 4, 9))
        qtbot.keyClick(field.calendar.focusWidget() or field.calendar, Qt.Key.Key_Return)
    assert signal.args == [dt.date(2001, 4, 9)]
    assert field.text() == "09/04/2001" and not field.popup.isVisible()


def _completions(qtbot: QtBot, box: StateBox | LgaBox, typed: str) -> list[str]:
    """What the type-ahead list offers once ``typed`` is keyed into ``box``."""
    edit, completer = box.lineEdit(), box.completer()
    assert edit is not None and completer is not None
    edit.clear()
    _type(qtbot, edit, typed)
    found = completer.completionModel()
    return [found.index(row, 0).data() for row in range(found.rowCount())]


def test_the_lga_list_follows_the_state_and_completes_what_is_typed(qtbot: QtBot) -> None:
    state = StateBox()
    lga = LgaBox(state)
    qtbot.addWidget(state)
    qtbot.addWidget(lga)
    assert state.count() == 37 and lga.count() == 0
    assert _completions(qtbot, state, "kan") == ["Kano"]
    assert _completions(qtbot, state, "RIV") == ["Cross River", "Rivers"]
    state.setEditText("lagos")  # any case: the rules read it as Lagos
    assert lga.count() == 20 and lga.itemText(0) == "Agege"
    assert _completions(qtbot, lga, "lekk") == ["Ibeju-Lekki"]
    lga.setEditText("Ikeja")
    state.setEditText("Kano")
    assert lga.count() == 44 and lga.text() == "", "an LGA of another state is dropped"
    state.setEditText("Abuja")
    assert "Abaji" in [lga.itemText(i) for i in range(lga.count())]


def test_a_patient_is_registered_from_the_keyboard_alone(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    window.go_to(window.patients)
    dialog = window.patients.open_registration()
    assert dialog.sex.currentData() is None, "sex has no default"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["first_name"])
    typed = {
        "first_name": "Chidinma",
        "middle_name": "",
        "last_name": "Obi",
        "sex": "F",
        "date_of_birth": "12/05/1990",
        "phone": "0803 555 0142",
        "email": "",
        "address": "4 Allen Avenue",
        "state": "lagos",
        "lga": "ikeja",
    }
    for name, text in typed.items():
        focused = QApplication.focusWidget()
        assert focused in (dialog.fields[name], dialog.fields[name].focusProxy()), name
        if text:
            qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    for _ in range(6):  # NIN, who pays, HMO name, next of kin, their phone, referrer: left empty
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    patient = _patient(demo, "Obi")
    assert patient is not None
    assert (patient.sex, patient.date_of_birth) == (Sex.FEMALE, dt.date(1990, 5, 12))
    assert (patient.state, patient.lga, patient.phone) == ("Lagos", "Ikeja", "+2348035550142")
    screen = window.patients  # the next step is one key away: the new patient's profile
    assert screen.open_new.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: patient.id in screen._profiles)  # a shortcut clicks after 100 ms
    profile = screen._profiles[patient.id]
    assert profile.isVisible()
    assert "Chidinma Obi" in profile.windowTitle()
    qtbot.waitUntil(lambda: not demo.tasks.busy)
    profile.close()


def test_every_problem_shows_at_once_by_its_field_and_clears_when_fixed(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    dialog = window.patients.open_registration()
    _type(qtbot, dialog.inputs["first_name"], "Tunde")
    _type(qtbot, dialog.inputs["date_of_birth"], "12/13/1990")
    _type(qtbot, dialog.inputs["phone"], "0803 12")
    _type(qtbot, dialog.inputs["nin"], "1234")
    dialog.state.setEditText("Lagoss")
    dialog.submit()
    shown = dialog.errors.shown()
    assert shown == {
        "last_name": "Last name is required.",
        "sex": "Sex must be chosen from the list.",
        "date_of_birth": "Date of birth has no month 13: write the day first, then the month.",
        "phone": "Phone: '0803 12' is not a valid phone number (e.g. 0803 123 4567).",
        "state": "State: 'Lagoss' is not a Nigerian state or the FCT.",
        "nin": "NIN must be exactly 11 digits.",
    }
    for name in shown:
        assert dialog.errors.lines[name].isVisible(), name
        assert dialog.fields[name].property("invalid") is True, name
    assert dialog.error.text() == "Please correct the 6 field(s) marked in red."
    assert dialog.focusWidget() is dialog.inputs["last_name"], "the first problem has the focus"
    assert not demo.tasks.busy and _patient(demo, "Tunde") is None, "nothing was sent to save"

    dialog.inputs["phone"].setText("0803 123 4567")
    assert "phone" not in dialog.errors.shown()
    assert dialog.inputs["phone"].property("invalid") is False
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.MALE))
    dialog.state.setEditText("Lagos")
    assert {"sex", "state", "lga"}.isdisjoint(dialog.errors.shown())
    dialog.inputs["middle_name"].setText("1")  # not flagged while typing: only on Save
    assert set(dialog.errors.shown()) == {"last_name", "date_of_birth", "nin"}


def test_no_error_shows_pydantic_words_or_a_column_name(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.patients.open_registration()
    dialog.inputs["date_of_birth"].setText("yesterday")
    dialog.inputs["email"].setText("ada@")
    dialog.payer.setCurrentIndex(dialog.payer.findData("hmo"))
    dialog.submit()
    shown = dialog.errors.shown()
    assert shown["date_of_birth"] == (
        "Date of birth must be a date like 12/05/1990 (day/month/year)."
    )
    assert shown["payer_name"] == "HMO / scheme name: name the HMO or scheme that pays."
    for text in shown.values():
        assert "Input should" not in text and "_" not in text and "Value error" not in text


@pytest.mark.parametrize(
    ("typed", "kobo"), [("5k", 500_000), ("5,000", 500_000), ("₦5,000.50", 500_050)]
)
def test_a_payment_amount_is_read_as_typed(
    demo: DesktopApp, qtbot: QtBot, typed: str, kobo: int
) -> None:
    with demo.db.sessions() as session:
        patient = session.scalars(sa.select(Patient).order_by(Patient.patient_number)).first()
        assert patient is not None
        patient_id = patient.id
    dialog = PaymentDialog(demo.db, patient_id, "Adaeze")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText(typed)  # keyClicks cannot type "₦"
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.CASH))
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        dialog.save_button.click()
    with demo.db.sessions() as session:
        [entry] = session.scalars(sa.select(RevenueEntry))
        assert entry.amount_minor == kobo


def test_a_bad_amount_is_said_in_words_beside_the_field(demo: DesktopApp, qtbot: QtBot) -> None:
    with demo.db.sessions() as session:
        patient = session.scalars(sa.select(Patient)).first()
        assert patient is not None
        patient_id = patient.id
    dialog = PaymentDialog(demo.db, patient_id, "Adaeze")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("5kg")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.shown()), timeout=10_000)
    assert dialog.errors.shown() == {
        "amount": "Amount: '5kg' is not an amount of money (type e.g. 5,000, 5k or ₦5,000.50)."
    }
    assert dialog.amount.property("invalid") is True
    dialog.amount.setText("5k")
    assert dialog.errors.shown() == {} and dialog.amount.property("invalid") is False


def test_the_profile_editor_shows_every_problem_then_saves_a_day_first_date(
    demo: DesktopApp, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    with demo.db.sessions() as session:
        patient_id = session.scalars(sa.select(Patient.id).order_by(Patient.id)).first()
        assert patient_id is not None
        details = DetailsTab(demo.db, patient_id)
        details.show_details(load_details(session, patient_id=patient_id))
    qtbot.addWidget(details)
    qapp.setStyleSheet(stylesheet())
    details.resize(1366, 640)  # the tab's room in a 1366x768 window
    details.show()
    details.texts["first_name"].setText("")
    details.date_of_birth.setText("30/02/1985")
    details.places["state"].setText("Lagos")
    details.places["lga"].setText("Dala")
    details.combos["preferred_channel"].setCurrentIndex(
        details.combos["preferred_channel"].findData(Channel.WHATSAPP)
    )
    details.submit()
    assert details.errors.shown() == {
        "first_name": "First name is required.",
        "date_of_birth": "Date of birth: February has no day 30.",
        "lga": "LGA: 'Dala' is not a local government area of Lagos.",
        "preferred_channel": (
            "Preferred channel: the patient has not consented to whatsapp messages."
        ),
    }
    assert not demo.tasks.busy, "nothing was sent to save"
    _assert_lines_fit(qtbot, details, tmp_path / "details-problems.png")
    qapp.setStyleSheet("")
    details.texts["first_name"].setText("Ngozi")
    details.date_of_birth.setText("2 March 1985")
    details.places["lga"].setText("Surulere")
    details.combos["preferred_channel"].setCurrentIndex(
        details.combos["preferred_channel"].findData(Channel.SMS)
    )
    assert details.errors.shown() == {}
    with qtbot.waitSignal(details.saved, timeout=10_000):
        details.submit()
    with demo.db.sessions() as session:
        patient = session.get_one(Patient, patient_id)
        assert (patient.first_name, patient.date_of_birth) == ("Ngozi", dt.date(1985, 3, 2))
        assert (patient.state, patient.lga) == ("Lagos", "Surulere")
    assert details.date_of_birth.text() == "02/03/1985"


def test_ctrl_enter_saves_the_registration_from_any_field(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    dialog = window.patients.open_registration()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["first_name"])
    _type(qtbot, dialog.inputs["first_name"], "Bola")
    _type(qtbot, dialog.inputs["last_name"], "Ige")
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.MALE))
    dialog.inputs["phone"].setFocus()
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        qtbot.keyClick(
            dialog.inputs["phone"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert _patient(demo, "Ige") is not None


def test_the_referrer_is_typed_by_patient_number_and_an_unknown_one_is_named(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    with demo.db.sessions() as session:
        referrer = session.scalars(sa.select(Patient).order_by(Patient.patient_number)).first()
        assert referrer is not None
        session.expunge(referrer)
    dialog = window.patients.open_registration()
    _type(qtbot, dialog.inputs["first_name"], "Kemi")
    _type(qtbot, dialog.inputs["last_name"], "Danjuma-Okoro")
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    prefix, number = referrer.patient_number.split("-")
    _type(qtbot, dialog.inputs["referred_by"], f"{prefix}-999999")  # nobody has that number
    dialog.submit()
    qtbot.waitUntil(lambda: "referred_by" in dialog.errors.shown())
    assert dialog.errors.shown()["referred_by"] == (
        f"Referred by (patient no.): no patient of this hospital has the number {prefix}-999999."
    )
    assert _patient(demo, "Danjuma-Okoro") is None, "nothing is saved"
    dialog.inputs["referred_by"].setText(f"{prefix.lower()}-{int(number)}")  # zeros left out
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.submit()
    newcomer = _patient(demo, "Danjuma-Okoro")
    assert newcomer is not None
    with demo.db.sessions() as session:
        referral = session.scalars(
            sa.select(PatientReferral).where(PatientReferral.patient_id == newcomer.id)
        ).one()
        assert referral.referrer_id == referrer.id


def test_screenshot_of_a_registration_with_problems(
    window: MainWindow, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """A PNG under the test's output directory, to review how the problems look."""
    qapp.setStyleSheet(stylesheet())
    dialog = window.patients.open_registration()
    _type(qtbot, dialog.inputs["first_name"], "Tunde")
    _type(qtbot, dialog.inputs["date_of_birth"], "12/13/1990")
    _type(qtbot, dialog.inputs["phone"], "0803 12")
    _type(qtbot, dialog.inputs["nin"], "1234")
    dialog.payer.setCurrentIndex(dialog.payer.findData("hmo"))
    dialog.submit()
    _assert_lines_fit(qtbot, dialog, tmp_path / "registration-problems.png")
    qapp.setStyleSheet("")


def _assert_lines_fit(qtbot: QtBot, form: RegistrationDialog | DetailsTab, path: Path) -> None:
    """Every error line shown whole (not squeezed by the layout), and a PNG to review it."""
    qtbot.wait(50)  # the layout makes room for the error lines on its next pass
    assert form.grab().save(str(path))
    assert path.stat().st_size > 10_000
    shown = [(name, line) for name, line in form.errors.lines.items() if line.text()]
    assert shown
    for name, line in shown:
        assert line.height() >= line.heightForWidth(line.width()), f"{name} is cut off"


def test_a_search_that_finds_nobody_offers_to_register_them(
    window: MainWindow, demo: DesktopApp, qtbot: QtBot
) -> None:
    screen = window.patients
    qtbot.keyClicks(screen.search_box, "Zainab Olatunji-Bakare")
    qtbot.waitUntil(lambda: screen.summary.text() == "No patient found")
    assert screen.register_found.isVisibleTo(screen)
    dialog = screen.register_searched()
    assert dialog.inputs["first_name"].text() == "Zainab"
    assert dialog.inputs["last_name"].text() == "Olatunji-Bakare"
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.submit()
    patient = _patient(demo, "Olatunji-Bakare")
    assert patient is not None
    assert patient.patient_number in screen.household.text()
    assert screen.search_box.text() == "", "the search is done with"
    qtbot.waitUntil(lambda: not screen.register_found.isVisibleTo(screen))
