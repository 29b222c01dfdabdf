"""Record who introduced a customer (Ctrl+R), found with the list's own search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm import settings
from shopcrm.customers import get_customer
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_points
from shopcrm.referrals import record_referral, reward_paid
from ui import messages
from ui.consultation import shown_amount
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language
from ui.widgets.customer_picker import CustomerPicker
from ui.widgets.field_errors import FieldErrors


def _points(points: int) -> str:
    """Points in words; hidden (•••) in consultation mode, the customer may see the screen."""
    return shown_amount(format_points(points, lang=interface_language()))


class ReferralDialog(QDialog):
    """Pick the customer who introduced this one. Use `ReferralDialog.ask`.

    Enter in the search picks the highlighted match; Enter again saves; Esc cancels.
    """

    def __init__(self, parent: QWidget | None, customer_id: int) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.referrer_id: int | None = None
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.name = get_customer(customer_id).name
        self.reward = int(settings.get_setting("referral_reward_points"))
        self.setWindowTitle(self.tr("Who introduced {name}?").format(name=self.name))
        self.setMinimumWidth(460)
        self.picker = CustomerPicker(leave_out=customer_id)
        self.picker.customer_picked.connect(self.pick)
        self.picked_label = QLabel("—")
        self.picked_label.setObjectName("picked")
        self.note_edit = QLineEdit()
        rule = QLabel(
            self.tr("Both get {points} when {name} first buys (paid once).").format(
                points=_points(self.reward), name=self.name
            )
        )
        rule.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.picker)
        form.addRow(self.tr("Introduced by"), self.errors.beside("referrer", self.picked_label))
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in the search picks, it does not save
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(buttons)
        self.picker.setFocus()

    def pick(self, referrer_id: int) -> None:
        self.errors.clear()
        self.referrer_id = referrer_id
        referrer = get_customer(referrer_id)
        self.picked_label.setText(
            self.tr("{name} · no. {number}").format(name=referrer.name, number=referrer.customer_no)
        )
        self.save_button.setEnabled(True)
        self.note_edit.setFocus()

    def save(self) -> None:
        if self.referrer_id is None:
            return
        try:
            self.saved_id = record_referral(
                self.referrer_id, self.customer_id, note=self.note_edit.text()
            )
        except ShopCRMError as error:
            self.errors.show_error("referrer", error)
            self.picker.setFocus()
            return
        paid = reward_paid(self.customer_id)
        if paid:
            messages.inform(
                self,
                self.tr("Recorded. {points} each were paid to both customers.").format(
                    points=_points(paid)
                ),
            )
        elif paid is None:
            messages.inform(
                self,
                self.tr("Recorded. Both get {points} when {name} first buys.").format(
                    points=_points(self.reward), name=self.name
                ),
            )
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is not self.picker.search_box:
                self.save()
            return  # in the search, Enter picked the match
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, customer_id: int) -> int | None:
        """Record who introduced the customer; returns the referral's id, or None."""
        dialog = cls(parent, customer_id)
        return dialog.saved_id if exec_then_delete(dialog) else None
