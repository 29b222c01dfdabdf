"""Put a customer on a stage by hand, with the reason (and who decided, when the shop has staff)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.ladder import STAGES
from shopcrm.staff import list_staff
from ui.dialogs.modal import exec_then_delete
from ui.labels import stage_label


@dataclass(frozen=True)
class StageOverride:
    """What the owner chose: a stage (None: back to what the records say), why, and who."""

    stage: str | None
    note: str
    staff_id: int | None


class StageOverrideDialog(QDialog):
    """Choose the stage, type the reason. Use `StageOverrideDialog.ask`."""

    def __init__(self, parent: QWidget | None, current_override: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the stage"))
        self.setMinimumWidth(420)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("As her records say (no override)"), None)
        for stage in STAGES:
            self.stage_combo.addItem(stage_label(stage), stage)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(current_override)))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. introduces many friends"))
        self.staff_combo = QComboBox()
        for member in list_staff():
            self.staff_combo.addItem(member.name, member.id)
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage_combo)
        form.addRow(self.tr("Reason"), self.reason_edit)
        if self.staff_combo.count():
            form.addRow(self.tr("Decided by"), self.staff_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> StageOverride:
        staff_id = self.staff_combo.currentData() if self.staff_combo.count() else None
        return StageOverride(self.stage_combo.currentData(), self.reason_edit.text(), staff_id)

    @classmethod
    def ask(cls, parent: QWidget | None, current_override: str | None) -> StageOverride | None:
        dialog = cls(parent, current_override)
        return dialog.chosen() if exec_then_delete(dialog) else None
