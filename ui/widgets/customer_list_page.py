"""The everyday screen: search and the customer list on the left, the open card on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.search import CustomerFilter
from shopcrm.trash import delete_customer
from ui import messages
from ui.dialogs.delete_dialog import DeleteCustomersDialog
from ui.dialogs.new_customer_dialog import NewCustomerDialog
from ui.models.customer_table_model import Column, CustomerTableModel, column_samples
from ui.widgets.columns import fit_columns
from ui.widgets.customer_card import CustomerCardWidget
from ui.widgets.list_filters import ListFiltersBar
from ui.widgets.search_box import SearchBox
from ui.window_settings import window_settings

SPLITTER_KEY = "customer_list/splitter"
HIDDEN_COLUMNS_KEY = "customer_list/hidden_columns"
ALWAYS_SHOWN = (Column.NAME,)


class CustomerListPage(QWidget):
    """Search box, the customer table and a count; Enter or a double-click opens the card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = SearchBox()
        self.new_button = QPushButton(self.tr("New customer"))
        self.filters_bar = ListFiltersBar()
        self.count_label = QLabel()
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # the indicator first: enabling sorting then sorts once, by name
        self.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns(self.table, column_samples(), shrink=True, measured_rows=0)
        self.delete_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_customers)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.choose_columns)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        list_layout = QVBoxLayout(left)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.filters_bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)
        self.card = CustomerCardWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.search_box.search_requested.connect(self.search)
        self.search_box.returnPressed.connect(self.open_first_match)
        self.table.activated.connect(self.open_customer)  # Enter (a double-click on some styles)
        self.table.doubleClicked.connect(self.open_customer)
        self.new_button.clicked.connect(self.new_customer)
        self.model.modelReset.connect(self._update_count)
        self.filters_bar.filters_changed.connect(self.filter)
        self.card.leave_requested.connect(self.back_to_search)
        self.card.saved.connect(self._card_recorded)
        self.card.facts_changed.connect(self._card_recorded)
        self.card.customer_open_requested.connect(self.open_card)

    def restore_layout(self) -> None:
        """The list and card widths, the columns shown and the filters chosen on this machine."""
        stored = window_settings()
        state = stored.value(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([410, 690])  # name and phone whole; the card its timeline
        hidden = {str(name) for name in _as_list(stored.value(HIDDEN_COLUMNS_KEY))}
        for column in Column:
            self.table.setColumnHidden(column, column.name.lower() in hidden)
        self.filters_bar.restore()
        self.model.set_filters(self.filters_bar.filters())

    def save_layout(self) -> None:
        window_settings().setValue(SPLITTER_KEY, self.splitter.saveState())

    def search(self, text: str) -> None:
        self.model.search(text)

    def filter(self, chosen: CustomerFilter) -> None:
        """The filters beside the search changed: the list shows what they let through."""
        self.model.set_filters(chosen)

    def choose_columns(self, at: QPoint) -> None:
        """The header's menu: a check for every column (the name always stays)."""
        menu = QMenu(self)
        for column in Column:
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column not in ALWAYS_SHOWN)
            action.setData(int(column))
        chosen = menu.exec(self.table.horizontalHeader().mapToGlobal(at))
        menu.deleteLater()
        if isinstance(chosen, QAction):
            self.show_column(Column(chosen.data()), chosen.isChecked())

    def show_column(self, column: Column, shown: bool) -> None:
        """Show or hide a column of the list (kept on this PC)."""
        if column in ALWAYS_SHOWN:
            return
        self.table.setColumnHidden(column, not shown)
        if shown and self.table.columnWidth(column) < 20:
            self.table.setColumnWidth(column, self.table.horizontalHeader().defaultSectionSize())
        hidden = [c.name.lower() for c in Column if self.table.isColumnHidden(c)]
        window_settings().setValue(HIDDEN_COLUMNS_KEY, hidden)

    def refresh(self) -> None:
        """Search again and read the open card again (she may be gone after an undo)."""
        self.model.refresh()
        self.card.reload_facts()

    def listed_customer_ids(self) -> list[int]:
        """Every customer the list shows now, in list order."""
        return [self.model.customer_id(row) for row in range(self.model.rowCount())]

    def selected_customer_ids(self) -> list[int]:
        """The customers of the selected rows, in list order (for a letters batch)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(row) for row in rows]

    def current_customer_id(self) -> int | None:
        """The customer a counter action is for: the open card's, else the first selected."""
        if self.card.customer_id is not None:
            return self.card.customer_id
        selected = self.selected_customer_ids()
        return selected[0] if selected else None

    def customer_recorded(self, customer_id: int) -> None:
        """A counter action was saved for this customer: show her new figures."""
        self._card_recorded(customer_id)
        if self.card.customer_id == customer_id:
            self.card.reload_facts()

    def _card_recorded(self, customer_id: int) -> None:
        self.model.refresh()
        self._select(customer_id)

    def _select(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        chosen = self.model.filters()
        if chosen.deleted:
            text = self.tr("%n customer(s) in the trash", "", count)
        elif not chosen.is_empty:
            text = self.tr("%n customer(s) match the filters", "", count)
        else:
            text = self.tr("%n customer(s)", "", count)
        self.count_label.setText(text)

    def open_first_match(self) -> None:
        """Enter in the search box: the first match's card."""
        self.search_box.search_now()  # no second search a moment later to clear her row
        self.model.search(self.search_box.text())
        if self.model.rowCount():
            self.open_customer(self.model.index(0, 0))

    def open_customer(self, index: QModelIndex) -> None:
        self.open_card(self.model.customer_id(index.row()))

    def open_card(self, customer_id: int) -> bool:
        """Open her card beside the list; False when the owner stayed on the open card."""
        if customer_id != self.card.customer_id:
            if not self.card.maybe_leave():
                return False
            self.card.show_customer(customer_id)
        self._select(customer_id)
        self.card.interests_edit.setFocus()
        return True

    def maybe_leave_card(self) -> bool:
        """Before the page or the window is left: unsaved edits are saved, dropped, or kept."""
        return self.card.maybe_leave()

    def back_to_search(self) -> None:
        """Esc on the card: the search box, with the search kept (and selected to retype)."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def delete_customers(self) -> None:
        """Delete into the trash: the open card's customer, else the selected ones (asked first,
        with the reason)."""
        if self.card.customer_id is not None and not self.table.hasFocus():
            ids = [self.card.customer_id]
        else:
            ids = self.selected_customer_ids()
        if not ids:
            messages.inform(self, self.tr("Select or open a customer first."))
            return
        names = [
            self.card.name_label.text() if customer_id == self.card.customer_id else ""
            for customer_id in ids
        ]
        names = [
            name or self.model.name_of(customer_id)
            for name, customer_id in zip(names, ids, strict=True)
        ]
        reason = DeleteCustomersDialog.ask(self, names)
        if reason is None:
            return
        try:
            for customer_id in ids:
                delete_customer(customer_id, reason)
        except ShopCRMError as error:
            messages.show_error(self, error)
        if self.card.customer_id in ids:
            self.card.clear()
        self.model.refresh()

    def new_customer(self) -> None:
        """Ctrl+N: the new customer dialog; then her card (or the one with that phone)."""
        if not self.card.maybe_leave():
            return
        customer_id = NewCustomerDialog.ask(self)
        if customer_id is None:
            return
        self.model.refresh()
        self.open_card(customer_id)


def _as_list(value: object) -> list[object]:
    """A list read back from QSettings (an ini file gives one item as a plain string)."""
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]
