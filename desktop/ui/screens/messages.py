"""Messages: compose to one patient from a template or in free text, with a preview and history.

Loading runs on the database thread; rendering the preview is pure and cheap,
so it happens on the GUI thread as the template changes. "Write a message"
turns the preview into the text box; it is the default unless a template
needs nothing the desk cannot fill. A sent message is only queued: it shows
as "queued — will send when online" until sync brings back the server's status.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import (
    Compose,
    SentMessage,
    TemplateChoice,
    default_template,
    load_compose,
    preview,
    preview_written,
    queue_message,
    queue_written,
)
from desktop.ui.database import Database
from desktop.ui.format import datetime_text
from desktop.ui.tables import tidy
from desktop.ui.widgets import PatientPicker, index_of
from shared.domain.enums import Channel, MessageStatus
from shared.errors import DomainError


class MessagesScreen(QWidget):
    #: Tables this screen shows: the chosen patient's templates and message history.
    shows = frozenset(
        {"hospitals", "message_templates", "messages", "patient_communications", "patients"}
    )

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._compose: Compose | None = None
        self.patient = PatientPicker(db)
        self.patient.choices.currentIndexChanged.connect(lambda _i: self.refresh())
        self.channel = QComboBox()
        for channel, label in (
            (Channel.SMS, self.tr("SMS")),
            (Channel.WHATSAPP, self.tr("WhatsApp")),
            (Channel.EMAIL, self.tr("E-mail")),
        ):
            self.channel.addItem(label, channel)
        self.channel.currentIndexChanged.connect(lambda _i: self.refresh())
        self.template = QComboBox()
        self.template.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.subject = QLineEdit()
        self.subject.textChanged.connect(lambda _t: self._written_changed())
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setMaximumHeight(120)
        self.preview.setPlaceholderText(self.tr("Type the message"))
        self.preview.textChanged.connect(self._written_changed)
        self.length = QLabel()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self.send)
        self.message = QLabel()
        self.history = QTableWidget(0, 3)
        tidy(self.history)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Written"), self.tr("Status"), self.tr("Message")]
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.patient)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Preview"), self.preview)
        self._form = form
        form.setRowVisible(self.subject, False)
        form.addRow("", self.length)
        form.addRow(self.send_button, self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Messages to this patient")))
        layout.addWidget(self.history)

    def refresh(self) -> None:
        patient_id, channel = self.patient.patient_id(), self.channel.currentData()
        if patient_id is None:
            self._show(None)
            return
        self._db.run(
            lambda s: load_compose(s, patient_id=patient_id, channel=channel),
            self._show,
            lambda error: self.message.setText(str(error)),
        )

    def _show(self, compose: Compose | None) -> None:
        had_choice, chosen = self._compose is not None, self.template.currentData()
        self._compose = compose
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("Write a message"), None)
        templates = compose.templates if compose else ()
        for choice in templates:
            self.template.addItem(f"{choice.name} ({choice.source.language.value})", choice.id)
        self.template.setCurrentIndex(index_of(self.template, self._wanted(had_choice, chosen)))
        self.template.blockSignals(False)
        self.update_preview()
        self._show_history(compose.history if compose else ())

    def _wanted(self, had_choice: bool, chosen: uuid.UUID | None) -> uuid.UUID | None:
        """The receptionist's choice if it is still listed, else the default (None: write)."""
        templates = self._compose.templates if self._compose else ()
        if had_choice and (chosen is None or chosen in {t.id for t in templates}):
            return chosen
        default = default_template(templates)
        return default.id if default else None

    def _chosen(self) -> TemplateChoice | None:
        template_id = self.template.currentData()
        templates = self._compose.templates if self._compose else ()
        return next((t for t in templates if t.id == template_id), None)

    def _writing(self) -> bool:
        return self.template.count() > 0 and self.template.currentData() is None

    def update_preview(self) -> None:
        """Render for the chosen patient, naming the consent or variable that blocks it."""
        template, compose, writing = self._chosen(), self._compose, self._writing()
        self._form.setRowVisible(self.subject, writing and self._channel() is Channel.EMAIL)
        if writing:
            if self.preview.isReadOnly():  # from a template's preview to an empty box
                self.preview.setReadOnly(False)
                self.preview.clear()
            self._written_changed()
            return
        self.preview.setReadOnly(True)
        self.preview.clear()
        self.length.clear()
        if template is None or compose is None:
            return
        try:
            compose.recipient.address(template.source.channel)
            rendered = preview(template, compose.recipient)
        except DomainError as error:
            self.length.setText(str(error))
            return
        self.preview.setPlainText(rendered.body)
        if rendered.sms is not None:
            self.length.setText(self._sms_text(rendered.sms.segments, rendered.warnings))

    def _channel(self) -> Channel:
        return Channel(self.channel.currentData())  # Qt may hand the enum back as its text

    def _written_changed(self) -> None:
        """The typed text's SMS segment count, as the receptionist types."""
        if not self._writing():
            return
        body = self.preview.toPlainText()
        if not body or self._channel() is not Channel.SMS:
            self.length.clear()
            return
        rendered = preview_written(Channel.SMS, None, body)
        sms = rendered.sms
        self.length.setText(self._sms_text(sms.segments, rendered.warnings) if sms else "")

    def _sms_text(self, segments: int, warnings: tuple[str, ...]) -> str:
        text = self.tr("{n} SMS segment(s)").format(n=segments)
        return "; ".join((text, *warnings))

    def send(self) -> None:
        patient_id, template = self.patient.patient_id(), self._chosen()
        if patient_id is None:
            self.message.setText(self.tr("Choose the patient to write to first."))
            return
        if self._writing():
            self._send_written(patient_id)
            return
        if template is None:
            self.message.setText(self.tr("template: choose a message template"))
            return
        self._db.write(
            lambda s, w: queue_message(s, w, patient_id=patient_id, template_id=template.id),
            lambda _id: self.message.setText(self.tr("Queued — will send when online.")),
            lambda error: self.message.setText(str(error)),
        )

    def _send_written(self, patient_id: uuid.UUID) -> None:
        channel, body = self._channel(), self.preview.toPlainText().strip()
        subject = self.subject.text().strip() or None
        self._db.write(
            lambda s, w: queue_written(
                s, w, patient_id=patient_id, channel=channel, subject=subject, body=body
            ),
            lambda _id: self._written_sent(),
            lambda error: self.message.setText(str(error)),
        )

    def _written_sent(self) -> None:
        self.preview.clear()
        self.subject.clear()
        self.message.setText(self.tr("Queued — will send when online."))

    def _show_history(self, rows: tuple[SentMessage, ...]) -> None:
        self.history.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = (datetime_text(item.created_at), self._status(item.status), item.body)
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _status(self, status: MessageStatus) -> str:
        labels = {
            MessageStatus.QUEUED: self.tr("queued — will send when online"),
            MessageStatus.SENDING: self.tr("sending"),
            MessageStatus.SENT: self.tr("sent"),
            MessageStatus.DELIVERED: self.tr("delivered"),
            MessageStatus.READ: self.tr("read"),
            MessageStatus.FAILED: self.tr("failed"),
            MessageStatus.UNDELIVERABLE: self.tr("undeliverable"),
            MessageStatus.SUPPRESSED: self.tr("not sent (opted out)"),
            MessageStatus.CANCELLED: self.tr("cancelled"),
        }
        return labels[status]
