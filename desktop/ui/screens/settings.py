"""Settings: the server, this PC, language, idle lock and printer.

Changes are checked and saved to the settings file in the data directory
(:mod:`desktop.services.settings`); the command line and the environment
still win over it at the next start. The idle lock and the language apply at
once through :attr:`SettingsScreen.saved` (a new language rebuilds the window,
see :mod:`desktop.shell`); a new server at the next start. Languages are listed
by their own names, whatever language the screen is in.

Signals:
    saved(object): the :class:`SavedSettings` just written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.config import DesktopSettings
from desktop.services.settings import (
    LANGUAGE_NAMES,
    LANGUAGES,
    DeviceInfo,
    SavedSettings,
    device_info,
    parse_settings,
    save_settings,
)
from desktop.ui.database import Database
from shared.errors import DomainError


class SettingsScreen(QWidget):
    saved = Signal(object)

    #: Tables this screen shows: this PC's registration (the form stays as typed).
    shows = frozenset({"devices", "hospitals"})

    def __init__(self, db: Database, settings: DesktopSettings) -> None:
        super().__init__()
        self._db = db
        self._data_dir = settings.data_dir
        self.server_url = QLineEdit(settings.server_url or "")
        self.server_url.setPlaceholderText("http://10.0.0.5:8600")
        self.offline_only = QCheckBox(self.tr("Work offline only (a standalone clinic)"))
        self.offline_only.setChecked(settings.offline_only)
        self.language = QComboBox()
        self.idle_lock_minutes = QLineEdit(str(settings.idle_lock_minutes))
        self.printer = QComboBox()
        self.device = QLabel()
        self.device.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self._fill_choices(settings)
        self._layout()

    def _fill_choices(self, settings: DesktopSettings) -> None:
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.printer or "")))

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow("", self.offline_only)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock after idle (minutes)"), self.idle_lock_minutes)
        form.addRow(self.tr("Printer"), self.printer)
        device_box = QGroupBox(self.tr("This PC"))
        QVBoxLayout(device_box).addWidget(self.device)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addWidget(device_box)
        layout.addStretch(1)

    @property
    def inputs(self) -> dict[str, QWidget]:
        return {
            "server_url": self.server_url,
            "language": self.language,
            "idle_lock_minutes": self.idle_lock_minutes,
            "printer": self.printer,
        }

    def refresh(self) -> None:
        self._db.run(device_info, self.show_device)

    def show_device(self, info: DeviceInfo) -> None:
        if info.registered:
            status = self.tr("Registered with the server")
        else:
            status = self.tr("Not registered (works offline only)")
        lines = [
            self.tr("Name: {name}").format(name=info.name or self.tr("not named")),
            self.tr("Hospital: {name}").format(name=info.hospital or self.tr("none yet")),
            self.tr("Patient number prefix: {prefix}").format(prefix=info.prefix),
            status,
        ]
        self.device.setText("\n".join(lines))

    def form(self) -> dict[str, Any]:
        return {
            "server_url": self.server_url.text(),
            "offline_only": self.offline_only.isChecked(),
            "language": self.language.currentData(),
            "idle_lock_minutes": self.idle_lock_minutes.text(),
            "printer": self.printer.currentData(),
        }

    def save(self) -> None:
        form, data_dir = self.form(), self._data_dir
        self._clear_marks()
        self.save_button.setEnabled(False)
        self._db.tasks.run_db(lambda: _checked_save(data_dir, form), self._saved, self._failed)

    def _saved(self, settings: SavedSettings) -> None:
        self.save_button.setEnabled(True)
        self.show_saved(settings)
        self.saved.emit(settings)

    def show_saved(self, settings: SavedSettings) -> None:
        """Show what was just saved and say so: also on the window rebuilt in a new language."""
        self.server_url.setText(settings.server_url or "")
        self.offline_only.setChecked(settings.offline_only)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle_lock_minutes.setText(str(settings.idle_lock_minutes))
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.printer or "")))
        _tone(self.message, error=False)
        self.message.setText(
            self.tr("Saved. A new server address takes effect when the app starts again.")
        )

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = error.field if isinstance(error, DomainError) else None
        widget = self.inputs.get(field or "")
        if widget is not None:
            _mark(widget, True)
            widget.setFocus()
        _tone(self.message, error=True)
        self.message.setText(error.message if isinstance(error, DomainError) else str(error))

    def _clear_marks(self) -> None:
        self.message.setText("")
        for widget in self.inputs.values():
            _mark(widget, False)


def _checked_save(data_dir: Path, form: dict[str, Any]) -> SavedSettings:
    settings = parse_settings(form)
    save_settings(data_dir, settings)
    return settings


def _tone(label: QLabel, *, error: bool) -> None:
    """Show the message in the stylesheet's error red, or its success green."""
    label.setObjectName("error" if error else "success")
    label.style().unpolish(label)
    label.style().polish(label)


def _mark(widget: QWidget, invalid: bool) -> None:
    """Flag a field for the stylesheet's red border; re-polish so it shows at once."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
