"""The card changed elsewhere while it was open: both versions side by side, the owner chooses."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.modal import exec_then_delete

KEEP_MINE, TAKE_THEIRS, KEEP_EDITING = "keep_mine", "take_theirs", "keep_editing"


@dataclass(frozen=True)
class DifferingField:
    """One field as she typed it and as it is stored now."""

    label: str
    mine: str
    stored: str


class ConflictDialog(QDialog):
    """Shows the fields that differ; `ask` returns KEEP_MINE, TAKE_THEIRS or KEEP_EDITING."""

    def __init__(self, parent: QWidget | None, name: str, fields: list[DifferingField]) -> None:
        super().__init__(parent)
        self.choice = KEEP_EDITING
        self.setWindowTitle(self.tr("The card was changed meanwhile"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "{name}'s card was saved elsewhere (at another counter or window) after you "
                "opened it. Which version should stay?"
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(fields), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Saved meanwhile")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, field in enumerate(fields):
            for column, text in enumerate((field.label, field.mine, field.stored)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.take_theirs_button = QPushButton(self.tr("Take the saved version"))
        self.keep_editing_button = QPushButton(self.tr("Back to editing"))
        self.keep_mine_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.keep_editing_button.clicked.connect(self.reject)
        self.keep_editing_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.take_theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_editing_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()  # long values wrap once the columns have their width

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def shown_fields(self) -> list[tuple[str, str, str]]:
        return [
            (self._text(row, 0), self._text(row, 1), self._text(row, 2))
            for row in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, fields: list[DifferingField]) -> str:
        dialog = cls(parent, name, fields)
        return dialog.choice if exec_then_delete(dialog) else KEEP_EDITING
