"""Points without a sale (F4): use them for a gift, or correct the balance, with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.amounts import parse_points
from shopcrm.customers import get_customer
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_points
from shopcrm.points import correct_points, use_points
from ui.consultation import shown_amount
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language
from ui.widgets.field_errors import FieldErrors

USE, CORRECT = 0, 1
ADD, TAKE_AWAY = 1, -1


def _points(points: int) -> str:
    """Points in words; hidden (•••) in consultation mode, the customer may see the screen."""
    return shown_amount(format_points(points, lang=interface_language()))


class PointsDialog(QDialog):
    """Use or correct one customer's points. Use `PointsDialog.ask`."""

    def __init__(self, parent: QWidget | None, customer_id: int) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.balance_after: int | None = None
        self.errors = FieldErrors()
        detail = get_customer(customer_id)
        self.balance = detail.points
        self.setWindowTitle(self.tr("Points — {name}").format(name=detail.name))
        self.setMinimumWidth(440)
        self.mode_group = QButtonGroup(self)
        self.use_radio = QRadioButton(self.tr("&Use points (a gift, a free item)"))
        self.correct_radio = QRadioButton(self.tr("&Correct the balance"))
        self.mode_group.addButton(self.use_radio, USE)
        self.mode_group.addButton(self.correct_radio, CORRECT)
        self.use_radio.setChecked(True)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Take away"), TAKE_AWAY)
        self.direction_combo.addItem(self.tr("Add"), ADD)
        self.direction_combo.setEnabled(False)
        self.points_edit = QLineEdit()
        self.points_edit.setPlaceholderText("1,000")
        points_row = QHBoxLayout()
        points_row.addWidget(self.direction_combo)
        points_row.addWidget(self.points_edit, 1)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. birthday cake, points moved from paper"))
        self.after_label = QLabel()
        self.after_label.setObjectName("balance_after")
        form = QFormLayout()
        form.addRow(self.tr("Balance"), QLabel(_points(self.balance)))
        form.addRow("", self.use_radio)
        form.addRow("", self.correct_radio)
        form.addRow(self.tr("Points"), self.errors.beside("points", points_row))
        form.addRow(self.tr("Reason *"), self.errors.beside("reason", self.reason_edit))
        form.addRow(self.tr("Balance afterwards"), self.after_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label("general"))
        layout.addWidget(buttons)
        self.mode_group.idToggled.connect(lambda _id, _on: self._mode_changed())
        self.direction_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.points_edit.textChanged.connect(lambda _text: self.refresh_preview())
        self.refresh_preview()
        self.points_edit.setFocus()

    def _mode_changed(self) -> None:
        self.direction_combo.setEnabled(self.correct_radio.isChecked())
        self.refresh_preview()

    def change(self) -> int:
        """The change to the balance as typed (negative when points go). Raises what
        `parse_points` raises."""
        points = parse_points(self.points_edit.text())
        if self.correct_radio.isChecked() and self.direction_combo.currentData() == ADD:
            return points
        return -points

    def refresh_preview(self) -> None:
        try:
            self.after_label.setText(_points(self.balance + self.change()))
        except ShopCRMError:
            self.after_label.setText("—")

    def save(self) -> None:
        self.errors.clear()
        try:
            change = self.change()
        except ShopCRMError as error:
            self.errors.show_error("points", error)
            self.points_edit.setFocus()
            return
        reason = self.reason_edit.text()
        try:
            if self.use_radio.isChecked():
                self.balance_after = use_points(self.customer_id, -change, reason=reason)
            else:
                self.balance_after = correct_points(self.customer_id, change, reason=reason)
        except ShopCRMError as error:
            field = "reason" if error.code == "reason_required" else "points"
            self.errors.show_error(field, error)
            (self.reason_edit if field == "reason" else self.points_edit).setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, customer_id: int) -> int | None:
        """Use or correct points; returns the balance afterwards, or None when cancelled."""
        dialog = cls(parent, customer_id)
        return dialog.balance_after if exec_then_delete(dialog) else None
