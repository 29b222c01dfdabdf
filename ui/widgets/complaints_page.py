"""The complaints page (Ctrl+3): open, waiting for follow-up, closed; filters; continue one.

Rows come from the core (`complaints.list_complaints`); every action is one core call:
continue in the wizard, add a note, record "follow-up done", reopen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm import complaints
from shopcrm.complaints import ComplaintSummary
from shopcrm.errors import ShopCRMError
from shopcrm.staff import list_staff
from ui import messages
from ui.i18n import word
from ui.models.complaint_table_model import ComplaintTableModel
from ui.signals import emit

GROUPS: dict[str, tuple[str, ...]] = {
    "open": complaints.OPEN_STATES,
    "waiting": complaints.WAITING_STATES,
    "closed": ("closed", "withdrawn"),
}
"""The page's tabs by the states they list (the core's states)."""
MONTHS_BACK = 24


class ComplaintsPage(QWidget):
    """Complaints by state, filtered; Enter or a double-click continues one in the wizard.

    Signals:
        continue_requested(int): open this complaint in the wizard (the window does).
        new_requested(): a new complaint for a walk-in (the window starts the wizard).
        customer_open_requested(int): open this customer's card.
    """

    continue_requested = Signal(int)
    new_requested = Signal()
    customer_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.groups = QTabBar()
        for title in (self.tr("Open"), self.tr("Waiting for follow-up"), self.tr("Closed")):
            self.groups.addTab(title)
        self.category_combo = QComboBox()
        self.severity_combo = QComboBox()
        self.staff_combo = QComboBox()
        self.month_combo = QComboBox()
        self.model = ComplaintTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New complaint (walk-in)…"))
        self.continue_button = QPushButton(self.tr("Continue…"))
        self.note_button = QPushButton(self.tr("Add a note…"))
        self.done_button = QPushButton(self.tr("Follow-up done…"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.diagnose_button = QPushButton(self.tr("Root cause…"))
        self.card_button = QPushButton(self.tr("Open customer card"))
        self._build_layout()
        self.groups.currentChanged.connect(lambda _index: self.refresh())
        for combo in (self.category_combo, self.severity_combo, self.staff_combo, self.month_combo):
            combo.activated.connect(lambda _index: self.refresh())
        self.table.doubleClicked.connect(self._continue_index)
        self.table.activated.connect(self._continue_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: emit(self.new_requested))
        self.continue_button.clicked.connect(self.continue_selected)
        self.note_button.clicked.connect(self.add_note)
        self.done_button.clicked.connect(self.follow_up_done)
        self.reopen_button.clicked.connect(self.reopen)
        self.diagnose_button.clicked.connect(self.diagnose)
        self.card_button.clicked.connect(self.open_card)
        self._update_buttons()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for title, combo in (
            (self.tr("Category"), self.category_combo),
            (self.tr("Severity"), self.severity_combo),
            (self.tr("Staff"), self.staff_combo),
            (self.tr("Month"), self.month_combo),
        ):
            label = QLabel(title)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        buttons = QHBoxLayout()
        for button in (
            self.continue_button,
            self.note_button,
            self.done_button,
            self.reopen_button,
            self.diagnose_button,
            self.card_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- what is shown --------------------------------------------------------------------

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self.refresh()

    def _fill_filters(self) -> None:
        """The filter choices, read afresh (the categories and staff may have changed)."""
        everyone = self.tr("All")
        choices: list[tuple[QComboBox, list[tuple[str, object]]]] = [
            (
                self.category_combo,
                [(word("complaint_category", c), c) for c in complaints.complaint_categories()],
            ),
            (
                self.severity_combo,
                [(word("complaint_severity", s), s) for s in complaints.SEVERITIES],
            ),
            (self.staff_combo, [(member.name, member.id) for member in list_staff()]),
            (self.month_combo, [(month, month) for month in self._months()]),
        ]
        for combo, items in choices:
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(everyone, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _months(self) -> list[str]:
        """``YYYY-MM`` for this month and the months before it."""
        year, month = self.today.year, self.today.month
        found = []
        for _ in range(MONTHS_BACK):
            found.append(f"{year}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return found

    def group(self) -> str:
        return list(GROUPS)[max(0, self.groups.currentIndex())]

    def show_group(self, group: str) -> None:
        self.groups.setCurrentIndex(list(GROUPS).index(group))

    def refresh(self) -> None:
        """Read the complaints again with the filters chosen."""
        if not self.category_combo.count():
            self._fill_filters()
        try:
            rows = complaints.list_complaints(
                states=GROUPS[self.group()],
                category=self.category_combo.currentData(),
                severity=self.severity_combo.currentData(),
                staff_id=self.staff_combo.currentData(),
                month=self.month_combo.currentData(),
                today=self.today,
            )
        except ShopCRMError as error:
            messages.show_error(self, error)
            rows = []
        self.model.set_complaints(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # a little air between the columns
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 14)
        self.count_label.setText(self.tr("%n complaint(s)", "", len(rows)))

    def reload_filters(self) -> None:
        self._fill_filters()
        self.refresh()

    # --- selection and actions ------------------------------------------------------------

    def selected(self) -> ComplaintSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.complaint(rows[0].row()) if rows else None

    def select_complaint(self, complaint_id: int) -> bool:
        row = self.model.row_of(complaint_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected()
        state = chosen.state if chosen else None
        self.continue_button.setEnabled(chosen is not None and state not in ("closed", "withdrawn"))
        self.note_button.setEnabled(chosen is not None)
        self.diagnose_button.setEnabled(chosen is not None and state != "withdrawn")
        self.done_button.setEnabled(
            chosen is not None and state == "resolved" and chosen.follow_up_on is not None
        )
        self.reopen_button.setEnabled(state == "closed")
        self.card_button.setEnabled(chosen is not None)

    def _continue_index(self, index: QModelIndex) -> None:
        if index.isValid():
            emit(self.continue_requested, self.model.complaint(index.row()).id)

    def continue_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            emit(self.continue_requested, chosen.id)

    def open_card(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            emit(self.customer_open_requested, chosen.customer_id)

    def _step(self, title: str, label: str, step: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = messages.ask_text(self, title, label)
        if text is None:
            return
        try:
            if step == "note":
                complaints.add_complaint_note(chosen.id, text)
            elif step == "follow_up_done":
                complaints.record_follow_up_done(chosen.id, note=text)
            else:
                complaints.reopen_complaint(chosen.id, reason=text)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        if step == "reopen":
            emit(self.continue_requested, chosen.id)
        else:
            self.select_complaint(chosen.id)

    def diagnose(self) -> None:
        """After she has left: why it happened and what the shop changed so it does not again."""
        chosen = self.selected()
        if chosen is None:
            return
        cause = messages.ask_text(self, self.tr("Root cause"), self.tr("Why did it happen?"))
        if cause is None:
            return
        change = messages.ask_text(
            self, self.tr("Root cause"), self.tr("What has the shop changed? (may stay empty)")
        )
        if change is None:
            return
        try:
            complaints.diagnose_complaint(chosen.id, root_cause=cause, shop_change=change)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.select_complaint(chosen.id)

    def add_note(self) -> None:
        self._step(self.tr("Add a note"), self.tr("Note"), "note")

    def follow_up_done(self) -> None:
        self._step(
            self.tr("Follow-up done"),
            self.tr("What did she say? (may stay empty)"),
            "follow_up_done",
        )

    def reopen(self) -> None:
        self._step(self.tr("Reopen"), self.tr("Why is it reopened?"), "reopen")
