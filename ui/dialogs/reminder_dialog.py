"""The reminder shown at start, once a day: birthdays and anniversaries due soon."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from shopcrm.agenda import AgendaEntry
from ui.dialogs.modal import exec_then_delete
from ui.models.agenda_table_model import AgendaTableModel, Column


class ReminderDialog(QDialog):
    """Lists what is due today and in the next days. Use `ReminderDialog.ask`."""

    def __init__(self, parent: QWidget | None, entries: list[AgendaEntry], days: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coming up"))
        self.setMinimumSize(620, 360)
        intro = QLabel(
            self.tr(
                "Birthdays and anniversaries today and in the next {days} days: %n",
                "",
                len(entries),
            ).format(days=days)
        )
        intro.setWordWrap(True)
        self.model = AgendaTableModel(self)
        self.model.set_entries(entries)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (Column.GREETED, Column.PHONE):
            self.table.setColumnHidden(column, True)
        buttons = QDialogButtonBox()
        self.calendar_button = buttons.addButton(
            self.tr("Open the calendar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[AgendaEntry], days: int) -> bool:
        """Show the reminder; True when the owner wants to go to the calendar."""
        return exec_then_delete(cls(parent, entries, days))
