"""File → 휴지통: the customers deleted into the trash, each restored exactly from here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.trash import restore_customer, trashed_customers
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.models.trash_table_model import TrashColumn, TrashTableModel


class TrashDialog(QDialog):
    """The trash, with Restore for the customer chosen. Use `TrashDialog.ask`.

    `restored` lists the customers restored from it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        self.restored: list[int] = []
        self.hint_label = QLabel(
            self.tr(
                "Deleted customers stay here, out of the list, search, calendar, letters and "
                "exports. Restore puts one back exactly as she was."
            )
        )
        self.hint_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.model = TrashTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrashColumn.REASON, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_customers(trashed_customers())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_button()

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.customer(rows[0].row()).id if rows else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)

    def restore_selected(self) -> None:
        """Put the chosen customer back on the list, exactly as she was."""
        customer_id = self.selected_id()
        if customer_id is None:
            return
        try:
            restore_customer(customer_id)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.restored.append(customer_id)
        self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> list[int]:
        """Show the trash; the customers restored from it."""
        dialog = cls(parent)
        exec_then_delete(dialog)
        return dialog.restored
