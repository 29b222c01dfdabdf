"""Delete customers into the trash: who, and why (the reason is kept with the card)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.modal import exec_then_delete

SHOWN_NAMES = 5


class DeleteCustomersDialog(QDialog):
    """Asks before customers go into the trash, with the reason. Use `DeleteCustomersDialog.ask`."""

    def __init__(self, parent: QWidget | None, names: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete customers"))
        self.setMinimumWidth(420)
        shown = ", ".join(names[:SHOWN_NAMES])
        if len(names) > SHOWN_NAMES:
            shown += " " + self.tr("and %n more", "", len(names) - SHOWN_NAMES)
        self.question_label = QLabel(
            self.tr(
                "Move {names} to the trash? They leave the list, search, calendar, letters and "
                "exports; File → Trash restores them exactly."
            ).format(names=shown)
        )
        self.question_label.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems(
            [
                self.tr("Entered by mistake"),
                self.tr("Asked to be removed"),
                self.tr("Closed her account"),
            ]
        )
        self.reason_combo.setCurrentIndex(-1)
        reason_edit = self.reason_combo.lineEdit()
        assert reason_edit is not None  # an editable combo has one
        reason_edit.setPlaceholderText(self.tr("Reason (required)"))
        self.reason_combo.editTextChanged.connect(self._update_ok)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move to the trash"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason_combo)
        layout.addWidget(self.buttons)
        self._update_ok()

    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> str | None:
        """The reason typed or chosen, or None when the owner kept them."""
        dialog = cls(parent, names)
        return dialog.reason() if exec_then_delete(dialog) else None
