"""The everyday screen: search at the top, the customer list below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.customer_dialog import CustomerDialog
from ui.models.customer_table_model import Column, CustomerTableModel, column_samples
from ui.widgets.columns import fit_columns
from ui.widgets.search_box import SearchBox


class CustomerListPage(QWidget):
    """Search box, the customer table and a count; double-click opens the card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = SearchBox()
        self.new_button = QPushButton(self.tr("New customer"))
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
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.search_box.search_requested.connect(self.search)
        self.search_box.returnPressed.connect(self.open_first_match)
        self.table.doubleClicked.connect(self.open_customer)
        self.new_button.clicked.connect(self.new_customer)
        self.model.modelReset.connect(self._update_count)

    def search(self, text: str) -> None:
        self.model.search(text)

    def refresh(self) -> None:
        self.model.refresh()

    def listed_customer_ids(self) -> list[int]:
        """Every customer the list shows now, in list order."""
        return [self.model.customer_id(row) for row in range(self.model.rowCount())]

    def selected_customer_ids(self) -> list[int]:
        """The customers of the selected rows, in list order (for a letters batch)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(row) for row in rows]

    def current_customer_id(self) -> int | None:
        """The customer a counter action is for: the first selected row's."""
        selected = self.selected_customer_ids()
        return selected[0] if selected else None

    def customer_recorded(self, customer_id: int) -> None:
        """A counter action was saved for this customer: show her new figures."""
        self.model.refresh()
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.model.rowCount()))

    def open_first_match(self) -> None:
        self.model.search(self.search_box.text())
        if self.model.rowCount():
            self.open_customer(self.model.index(0, 0))

    def open_customer(self, index: QModelIndex) -> None:
        if CustomerDialog.ask(self, self.model.customer_id(index.row())) is not None:
            self.model.refresh()

    def new_customer(self) -> None:
        customer_id = CustomerDialog.ask(self)
        if customer_id is None:
            return
        self.model.refresh()
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
