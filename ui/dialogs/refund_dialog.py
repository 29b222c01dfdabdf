"""Refund (part or all) or void a sale from the card's timeline, with the reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.amounts import parse_amount
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_won
from shopcrm.purchases import refund_purchase, void_purchase
from shopcrm.timeline import TimelineEntry
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language
from ui.widgets.field_errors import FieldErrors

AMOUNT_CODES = (
    "amount_required",
    "invalid_amount",
    "negative_amount",
    "amount_too_large",
    "invalid_refund",
)


class RefundDialog(QDialog):
    """Refund a sale: the amount (all that is left, or less) and why. Use `ask`."""

    def __init__(self, parent: QWidget | None, entry: TimelineEntry, today: dt.date) -> None:
        super().__init__(parent)
        assert entry.purchase_id is not None
        self.entry = entry
        self.today = today
        self.refund_id: int | None = None
        self.setWindowTitle(self.tr("Refund"))
        self.setMinimumWidth(420)
        lang = interface_language()
        self.errors = FieldErrors()
        sale = QLabel(entry.summary)
        sale.setWordWrap(True)
        left = QLabel(format_won(entry.refundable, lang=lang))
        self.amount_edit = QLineEdit(f"{entry.refundable:,}")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 12,000 or 1.2만"))
        self.amount_edit.selectAll()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. one item returned"))
        form = QFormLayout()
        form.addRow(self.tr("Sale"), sale)
        form.addRow(self.tr("Still refundable"), left)
        form.addRow(self.tr("Refund amount"), self.errors.beside("amount", self.amount_edit))
        form.addRow(self.tr("Reason"), self.errors.beside("reason", self.reason_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Refund"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.errors.clear()
        assert self.entry.purchase_id is not None
        try:
            amount = parse_amount(self.amount_edit.text())
            self.refund_id = refund_purchase(
                self.entry.purchase_id,
                amount,
                refunded_on=self.today,
                reason=self.reason_edit.text(),
            )
        except ShopCRMError as error:
            field = "amount" if error.code in AMOUNT_CODES else "reason"
            self.errors.show_error(field, error)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, entry: TimelineEntry, today: dt.date) -> bool:
        """True when the refund was recorded."""
        return exec_then_delete(cls(parent, entry, today))


class VoidDialog(QDialog):
    """Void a sale typed by mistake (it leaves the totals; the audit trail keeps it)."""

    def __init__(self, parent: QWidget | None, entry: TimelineEntry) -> None:
        super().__init__(parent)
        assert entry.purchase_id is not None
        self.entry = entry
        self.setWindowTitle(self.tr("Void"))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        sale = QLabel(entry.summary)
        sale.setWordWrap(True)
        explanation = QLabel(
            self.tr("Voiding removes the sale and the points it earned from her totals.")
        )
        explanation.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. typed twice by mistake"))
        form = QFormLayout()
        form.addRow(self.tr("Sale"), sale)
        form.addRow("", explanation)
        form.addRow(self.tr("Reason *"), self.errors.beside("reason", self.reason_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Void"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.errors.clear()
        assert self.entry.purchase_id is not None
        try:
            void_purchase(self.entry.purchase_id, reason=self.reason_edit.text())
        except ShopCRMError as error:
            self.errors.show_error("reason", error)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, entry: TimelineEntry) -> bool:
        """True when the sale was voided."""
        return exec_then_delete(cls(parent, entry))
