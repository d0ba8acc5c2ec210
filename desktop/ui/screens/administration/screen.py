"""The Administration screen: pick a resource, see its rows, add or edit one, act on it.

Everything here is the server's: the list is fetched, a save is sent, and a
refusal is shown beside the field it names. A field holding another
resource's id is a drop-down of the names the server lists for it, and the
table shows those names, never the ids. With no server (offline, or a
standalone clinic) a banner says so and nothing can be saved. The work runs
in the network pool; the connection is read on the database thread.

A message template shows a live preview: shortly after the wording stops
changing, the server renders it with sample values for everything its
sender provides, or says which variable it cannot fill.

Signals:
    saved(object): the row the server returned after a save or an action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin import (
    AdminClient,
    AdminConnection,
    AdminError,
    AdminOfflineError,
    AdminResource,
    PageRows,
    Row,
    admin_connection,
    form_values,
    load_page,
    preview_request,
    preview_text,
    with_client,
)
from desktop.ui.database import Database
from desktop.ui.screens.administration.form import ResourceForm
from desktop.ui.screens.administration.presets import PROGRAMS, TierPresets
from desktop.ui.screens.administration.rows import AdminRowsModel
from desktop.ui.tables import tidy

ClientCall = Callable[[AdminClient], Any]
#: The form's widest; the list takes the rest of the screen.
FORM_WIDTH = 360
#: A column's widest, so one long value does not push the others off the list.
COLUMN_WIDTH = 240
#: How long typing must pause before the template preview is asked for again.
PREVIEW_DELAY_MS = 400
#: The resource whose form has a live preview.
PREVIEWED = "templates"


class AdministrationScreen(QWidget):
    saved = Signal(object)

    #: The server holds what this screen shows; no local table change refreshes it.
    shows: frozenset[str] = frozenset()

    def __init__(
        self, db: Database, resources: Sequence[AdminResource], *, offline_only: bool = False
    ) -> None:
        super().__init__()
        self._db = db
        self._offline_only = offline_only
        self.resources = {resource.name: resource for resource in resources}
        self.editing: Row | None = None
        #: The names of the rows the pages' ids point at, as last listed.
        self.options: dict[str, tuple[tuple[str, str], ...]] = {}
        self._build_widgets()
        self._layout()
        self._resource_changed()

    def _build_widgets(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("offlineBanner")
        self.banner.hide()
        self.picker = QComboBox()
        for resource in self.resources.values():
            self.picker.addItem(self.tr(resource.title), resource.name)
        self.picker.currentIndexChanged.connect(self._resource_changed)
        self.model = AdminRowsModel()
        self.table = QTableView()
        tidy(self.table, fit_columns=False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(lambda index: self.edit_row(index.row()))
        self.form = ResourceForm()
        self.presets = TierPresets()
        self.presets.chosen.connect(self.fill_scale)
        self.presets.hide()
        self.add_button = QPushButton(self.tr("Add new"))
        self.add_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("New password for the chosen user"))
        self.password.hide()
        self.actions_bar = QGridLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.hide()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.show_preview)
        self.form.changed.connect(self._wording_changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Manage")))
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        panel = QWidget()
        panel.setMaximumWidth(FORM_WIDTH)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.presets)
        side.addWidget(scroll, 1)
        side.addWidget(self.preview)
        side.addWidget(self.password)
        side.addLayout(self.actions_bar)
        side.addWidget(self.save_button)
        side.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(panel, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    @property
    def resource(self) -> AdminResource | None:
        return self.resources.get(str(self.picker.currentData()))

    def select(self, name: str) -> None:
        self.picker.setCurrentIndex(self.picker.findData(name))

    def _resource_changed(self) -> None:
        self.message.clear()
        if self.resource is not None:
            self.model.set_rows(self.resource, [], self.options)
            self._fit_columns()
        self._show_actions()
        self.start_new()
        self.refresh()

    def _show_actions(self) -> None:
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
        self.action_buttons = {}
        resource = self.resource
        actions = resource.actions if resource else ()
        self.password.setVisible(any(action == "reset-password" for action, _ in actions))
        for place, (action, label) in enumerate(actions):
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            self.action_buttons[action] = button
            self.actions_bar.addWidget(button, place // 2, place % 2)  # two a row: they fit
        self._enable_actions()

    def _enable_actions(self) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(self.editing is not None)

    def start_new(self) -> None:
        """An empty form for a new row of the resource."""
        self.editing = None
        self.table.clearSelection()
        resource = self.resource
        self.form.build(resource.create_fields() if resource else (), self.options)
        self.save_button.setEnabled(bool(resource and resource.create_model))
        self.save_button.setText(self.tr("Add"))
        self._enable_actions()
        self._show_presets()
        self._wording_changed()

    def edit_row(self, row: int) -> None:
        """The chosen row in the form, to change with the resource's update model."""
        resource, picked = self.resource, self.model.row_at(row)
        if resource is None or picked is None:
            return
        self.editing = picked
        self.form.build(resource.update_fields(), self.options)
        self.form.fill(picked)
        self.save_button.setEnabled(resource.update_model is not None)
        self.save_button.setText(self.tr("Save"))
        self._enable_actions()
        self._show_presets()
        self._wording_changed()

    def _show_presets(self) -> None:
        """A loyalty program's form offers the ready-made tier scales."""
        fields = self.resource is not None and self.resource.name == PROGRAMS
        self.presets.setVisible(fields and "silver_threshold" in self.form.fields)

    def fill_scale(self, values: dict[str, int]) -> None:
        """Put a ready-made scale's thresholds in the form; saving stays the manager's."""
        for name, value in values.items():
            field = self.form.fields.get(name)
            if field is not None:
                field.set_value(value)
                field.show_error(None)
        self.message.setText(self.tr("Tier thresholds filled in; Save keeps them."))

    def _wording_changed(self) -> None:
        previewed = self.resource is not None and self.resource.name == PREVIEWED
        self.preview.setVisible(previewed)
        if previewed:
            self._preview_timer.start()

    def show_preview(self) -> None:
        """Ask the server to render the template as typed (sample values, nothing saved)."""
        request = preview_request(self.editing, self.form.values())
        if request is None:
            self.preview.setText(self.tr("The preview appears once the template has a wording."))
            return
        self._call(
            lambda c: c.preview_template(request),
            lambda answer: self.preview.setText(preview_text(answer)),
            self._preview_failed,
        )

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, AdminError) and not isinstance(error, AdminOfflineError):
            self.preview.setText(self.tr("Cannot preview: {}").format(error.message))
        else:
            self._failed(error)

    def refresh(self) -> None:
        resource = self.resource
        if resource is not None:
            self._call(lambda c: load_page(c, resource), lambda page: self._rows(resource, page))

    def _rows(self, resource: AdminResource, page: PageRows) -> None:
        self.banner.hide()
        self.options.update(page.options)
        if resource is self.resource:
            self.model.set_rows(resource, page.rows, self.options)
            self.form.set_options(self.options)
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents, at most COLUMN_WIDTH, never under its header."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):  # the last one stretches
            width = min(header.sectionSize(column), COLUMN_WIDTH)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(False)  # stretch the last one again, to what is left
        header.setStretchLastSection(True)

    def save(self) -> None:
        resource = self.resource
        if resource is None:
            return
        model = resource.update_model if self.editing else resource.create_model
        if model is None:
            return
        self.form.clear_errors()
        try:
            values = form_values(model, self.form.values())
        except AdminError as exc:
            self._failed(exc)
            return
        editing = self.editing
        if editing is None:
            self._call(lambda c: c.create(resource.name, values), self._done)
        else:
            self._call(lambda c: c.update(resource.name, editing["id"], values), self._done)

    def act(self, action: str) -> None:
        """A row action (deactivate, unlock, reset password, revoke) on the row being edited."""
        resource, editing = self.resource, self.editing
        if resource is None or editing is None:
            return
        body = {"password": self.password.text()} if action == "reset-password" else None
        self._call(lambda c: c.act(resource.name, editing["id"], action, body), self._done)

    def _done(self, row: Row) -> None:
        self.password.clear()
        self.message.setText(self.tr("Saved."))
        self.saved.emit(row)
        self.start_new()
        self.refresh()

    def _call(
        self,
        fn: ClientCall,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        offline, failed = self._offline_only, on_failure or self._failed

        def run_online(connection: AdminConnection) -> None:
            self._db.tasks.run_net(lambda: with_client(connection, fn), on_success, failed)

        self._db.run(lambda s: admin_connection(s, offline_only=offline), run_online, failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AdminOfflineError):
            self.banner.setText(self.tr(error.message))
            self.banner.show()
            self.save_button.setEnabled(False)
            return
        if not isinstance(error, AdminError):
            raise error
        if not self.form.show_error(error.field, error.message):
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Please correct the field marked in red."))
