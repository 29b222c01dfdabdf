"""File → 중복 고객 정리: the pairs of cards that look like one customer, each with why; the one
chosen is merged in the merge dialog."""

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

from shopcrm.duplicates import likely_duplicates
from shopcrm.errors import ShopCRMError
from shopcrm.merging import undo_merge
from ui import messages
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.modal import exec_then_delete
from ui.models.duplicate_table_model import DuplicateColumn, DuplicateTableModel


class DuplicatesDialog(QDialog):
    """The likely duplicates, newest first, with Merge for the pair chosen.

    Use `DuplicatesDialog.ask`; `merged` counts the merges made from it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tidy up duplicate customers"))
        self.resize(860, 420)
        self.merged = 0
        self.hint_label = QLabel(
            self.tr(
                "These cards may be one customer. Choose a pair and Merge: you choose each "
                "field's value, and the merge can be undone."
            )
        )
        self.hint_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No likely duplicates: every card looks like a person."))
        self.model = DuplicateTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DuplicateColumn.WHY, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(
            self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.rejected.connect(self.accept)
        self.table.doubleClicked.connect(self.merge_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self._update_button()

    def refresh(self) -> None:
        self.model.set_pairs(likely_duplicates())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_button()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.selected_row() is not None)

    def merge_selected(self) -> None:
        """The merge dialog for the chosen pair (the older card kept), then Undo offered."""
        row = self.selected_row()
        if row is None:
            return
        pair = self.model.pair(row)
        merge_id = MergeDialog.ask(self, pair.older.id, pair.newer.id, pair.reasons)
        if merge_id is None:
            return
        self.merged += 1
        self.refresh()
        done = self.tr("{other} (No. {other_no}) was merged into {kept} (No. {kept_no}).").format(
            other=pair.newer.name,
            other_no=pair.newer.customer_no,
            kept=pair.older.name,
            kept_no=pair.older.customer_no,
        )
        if messages.offer_undo(self, done):
            try:
                undo_merge(merge_id)
            except ShopCRMError as error:
                messages.show_error(self, error)
                return
            self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> int:
        """Show the list; how many merges were made from it."""
        dialog = cls(parent)
        exec_then_delete(dialog)
        return dialog.merged
