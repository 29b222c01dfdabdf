"""File → Import history: every import, newest first, each of them undoable here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_date
from shopcrm.importing import BatchSummary, list_batches, undo_batch
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language

WHEN, FILE, ROWS, CREATED, UPDATED, SKIPPED, REJECTED, STATE = range(8)
COUNTS = (ROWS, CREATED, UPDATED, SKIPPED, REJECTED)


class ImportHistoryDialog(QDialog):
    """The imports, with Undo for the one selected. Use `ImportHistoryDialog.ask`.

    Signals: none; `undone` counts the imports undone here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.resize(760, 400)
        self.undone = 0
        self.batches: list[BatchSummary] = []
        self.empty_label = QLabel(self.tr("Nothing was imported yet."))
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("Rows"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Skipped"),
                self.tr("Rejected"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(
            self.tr("Undo this import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.refresh()

    def refresh(self) -> None:
        self.batches = list_batches()
        self.table.setRowCount(len(self.batches))
        lang = interface_language()
        for row, batch in enumerate(self.batches):
            state = (
                self.tr("Undone on {date}").format(
                    date=format_date(batch.undone_at.date(), lang=lang)
                )
                if batch.undone_at
                else self.tr("Imported")
            )
            cells = {
                WHEN: f"{format_date(batch.created_at.date(), lang=lang)} {batch.created_at:%H:%M}",
                FILE: batch.file_name,
                ROWS: str(batch.total_rows),
                CREATED: str(batch.created),
                UPDATED: str(batch.updated),
                SKIPPED: str(batch.skipped),
                REJECTED: str(batch.rejected),
                STATE: state,
            }
            for column, value in cells.items():
                item = QTableWidgetItem(value)
                if column in COUNTS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.batches)
        if self.batches:
            self.table.selectRow(0)
        self._update_button()

    def selected_batch(self) -> BatchSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or not messages.confirm(
            self,
            self.tr("Undo this import"),
            self.tr("Remove the customers this import created and restore the others?"),
        ):
            return
        try:
            undo_batch(batch.id)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.undone += 1
        self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> int:
        """Show the history; how many imports were undone from it."""
        dialog = cls(parent)
        exec_then_delete(dialog)
        return dialog.undone
