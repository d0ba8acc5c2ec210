"""Messages: compose to one patient from a template, with a live preview and history.

Loading runs on the database thread; rendering the preview is pure and cheap,
so it happens on the GUI thread as the template changes. A sent message is
only queued: it shows as "queued — will send when online" until sync brings
back the server's status.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
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
    load_compose,
    preview,
    queue_message,
)
from desktop.ui.database import Database
from desktop.ui.format import datetime_text
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
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setMaximumHeight(120)
        self.length = QLabel()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self.send)
        self.message = QLabel()
        self.history = QTableWidget(0, 3)
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
        form.addRow(self.tr("Preview"), self.preview)
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
        self._compose = compose
        chosen = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for choice in compose.templates if compose else ():
            self.template.addItem(f"{choice.name} ({choice.source.language.value})", choice.id)
        self.template.setCurrentIndex(index_of(self.template, chosen))
        self.template.blockSignals(False)
        self.update_preview()
        self._show_history(compose.history if compose else ())

    def _chosen(self) -> TemplateChoice | None:
        template_id = self.template.currentData()
        templates = self._compose.templates if self._compose else ()
        return next((t for t in templates if t.id == template_id), None)

    def update_preview(self) -> None:
        """Render for the chosen patient, naming the consent or variable that blocks it."""
        template, compose = self._chosen(), self._compose
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

    def _sms_text(self, segments: int, warnings: tuple[str, ...]) -> str:
        text = self.tr("{n} SMS segment(s)").format(n=segments)
        return "; ".join((text, *warnings))

    def send(self) -> None:
        patient_id, template = self.patient.patient_id(), self._chosen()
        if patient_id is None:
            self.message.setText(self.tr("patient: choose the patient to write to"))
            return
        if template is None:
            self.message.setText(self.tr("template: choose a message template"))
            return
        self._db.write(
            lambda s, w: queue_message(s, w, patient_id=patient_id, template_id=template.id),
            lambda _id: self.message.setText(self.tr("Queued — will send when online.")),
            lambda error: self.message.setText(str(error)),
        )

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
