"""The card's anniversaries: birthday (solar or lunar, 윤달, year unknown), wedding day and
dates of her own with a label, each with its next solar date; added, edited and deleted here.

Each change is saved at once through `shopcrm.anniversaries` (the calendar follows at once).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcrm.anniversaries import (
    FIRST_PURCHASE,
    TYPED_KINDS,
    AnniversaryDetail,
    AnniversaryInput,
    add_anniversary,
    delete_anniversary,
    update_anniversary,
)
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_anniversary, format_date
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language
from ui.labels import anniversary_kind_label
from ui.signals import emit
from ui.widgets.field_errors import FieldErrors

FIELD_OF_CODE = {
    "label_required": "label",
    "invalid_year": "year",
    "not_a_leap_year": "year",
    "no_leap_month": "leap",
    "leap_month_needs_lunar": "leap",
    "lunar_out_of_range": "year",
}
"""Where a refusal of `validate_anniversary` is shown (anything else: beside the day)."""


@dataclass(frozen=True)
class ListedAnniversary:
    """One line of the editor: the stored date and its next solar date (None: not known)."""

    detail: AnniversaryDetail
    next_on: dt.date | None


class AnniversaryDialog(QDialog):
    """Type or change one anniversary; saved through the core on OK. Use `ask`."""

    def __init__(
        self, parent: QWidget | None, customer_id: int, detail: AnniversaryDetail | None = None
    ) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Anniversary"))
        self.setMinimumWidth(400)
        self.errors = FieldErrors()
        self.kind_combo = QComboBox()
        for kind in TYPED_KINDS:
            self.kind_combo.addItem(anniversary_kind_label(kind), kind)
        self.calendar_combo = QComboBox()
        self.calendar_combo.addItem(self.tr("Solar (양력)"), False)
        self.calendar_combo.addItem(self.tr("Lunar (음력)"), True)
        self.leap_check = QCheckBox(self.tr("Leap month (윤달)"))
        self.month_spin = QSpinBox()
        self.month_spin.setRange(1, 12)
        self.day_spin = QSpinBox()
        self.day_spin.setRange(1, 31)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1900, 2100)
        self.year_spin.setValue(1990)
        self.year_unknown_check = QCheckBox(self.tr("Year unknown"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("e.g. first visit, daughter's school entry"))
        date_row = QHBoxLayout()
        for widget in (self.month_spin, self.day_spin):
            date_row.addWidget(widget)
        date_row.addStretch(1)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_spin)
        year_row.addWidget(self.year_unknown_check)
        year_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Calendar"), self.calendar_combo)
        form.addRow("", self.errors.beside("leap", self.leap_check))
        form.addRow(self.tr("Month / day"), self.errors.beside("day", date_row))
        form.addRow(self.tr("Year"), self.errors.beside("year", year_row))
        form.addRow(self.tr("Label"), self.errors.beside("label", self.label_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.calendar_combo.currentIndexChanged.connect(self._follow_calendar)
        self.year_unknown_check.toggled.connect(
            lambda unknown: self.year_spin.setEnabled(not unknown)
        )
        if detail is not None:
            self._fill(detail)
        else:
            self.year_unknown_check.setChecked(True)
        self._follow_calendar()

    def _fill(self, detail: AnniversaryDetail) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(detail.kind)))
        self.calendar_combo.setCurrentIndex(1 if detail.is_lunar else 0)
        self.leap_check.setChecked(detail.is_leap_month)
        self.month_spin.setValue(detail.month)
        self.day_spin.setValue(detail.day)
        self.year_unknown_check.setChecked(detail.year is None)
        if detail.year is not None:
            self.year_spin.setValue(detail.year)
        self.label_edit.setText(detail.label or "")

    def _follow_calendar(self) -> None:
        lunar = bool(self.calendar_combo.currentData())
        self.leap_check.setEnabled(lunar)
        if not lunar:
            self.leap_check.setChecked(False)
        self.day_spin.setMaximum(30 if lunar else 31)

    def entered(self) -> AnniversaryInput:
        lunar = bool(self.calendar_combo.currentData())
        return AnniversaryInput(
            kind=self.kind_combo.currentData(),
            month=self.month_spin.value(),
            day=self.day_spin.value(),
            year=None if self.year_unknown_check.isChecked() else self.year_spin.value(),
            is_lunar=lunar,
            is_leap_month=lunar and self.leap_check.isChecked(),
            label=self.label_edit.text(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.detail is None:
                self.saved_id = add_anniversary(self.customer_id, self.entered())
            else:
                update_anniversary(self.detail.id, self.entered())
                self.saved_id = self.detail.id
        except ShopCRMError as error:
            self.errors.show_error(FIELD_OF_CODE.get(error.code, "day"), error)
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, customer_id: int, detail: AnniversaryDetail | None = None
    ) -> int | None:
        """The saved anniversary's id, or None when cancelled."""
        dialog = cls(parent, customer_id, detail)
        return dialog.saved_id if exec_then_delete(dialog) else None


class AnniversaryEditor(QWidget):
    """The list of a customer's anniversaries with Add, Edit and Delete.

    Signals:
        changed(): an anniversary was added, changed or deleted (the card reloads).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._listed: list[ListedAnniversary] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Date"), self.tr("Next")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_anniversaries(self, customer_id: int, listed: list[ListedAnniversary]) -> None:
        self.customer_id = customer_id
        self._listed = listed
        lang = interface_language()
        self.table.setRowCount(len(listed))
        for row, item in enumerate(listed):
            detail = item.detail
            kind = anniversary_kind_label(detail.kind)
            if detail.label:
                kind = f"{kind} · {detail.label}"
            written = format_anniversary(
                detail.month,
                detail.day,
                detail.year,
                detail.is_lunar,
                detail.is_leap_month,
                lang=lang,
            )
            upcoming = format_date(item.next_on, lang=lang) if item.next_on else "—"
            for column, value in enumerate((kind, written, upcoming)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def listed_texts(self) -> list[tuple[str, str, str]]:
        """What each line shows (kind, date as written, next date)."""
        return [
            (self._text(row, 0), self._text(row, 1), self._text(row, 2))
            for row in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _chosen(self) -> AnniversaryDetail | None:
        rows = self.table.selectionModel().selectedRows()
        return self._listed[rows[0].row()].detail if rows else None

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        typed = chosen is not None and chosen.kind != FIRST_PURCHASE
        self.add_button.setEnabled(self.customer_id is not None)
        self.edit_button.setEnabled(typed)
        self.delete_button.setEnabled(typed)

    def add(self) -> None:
        if self.customer_id is not None and AnniversaryDialog.ask(self, self.customer_id):
            emit(self.changed)

    def edit(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.kind == FIRST_PURCHASE or self.customer_id is None:
            return
        if AnniversaryDialog.ask(self, self.customer_id, chosen):
            emit(self.changed)

    def delete(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.kind == FIRST_PURCHASE:
            return
        question = self.tr("Delete this anniversary? The calendar will no longer show it.")
        if not messages.confirm(self, self.tr("Delete anniversary"), question):
            return
        try:
            delete_anniversary(chosen.id)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        emit(self.changed)
