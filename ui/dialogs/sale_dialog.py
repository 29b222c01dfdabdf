"""Record a sale at the counter (F2): items, payment, staff, points redeemed and earned."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcrm.amounts import parse_amount, parse_points
from shopcrm.customers import get_customer
from shopcrm.errors import ShopCRMError, ValidationError
from shopcrm.formatting import format_points, format_won
from shopcrm.products import list_products
from shopcrm.purchases import (
    PAYMENT_METHODS,
    PurchaseLine,
    SalePreview,
    record_purchase,
    sale_preview,
)
from shopcrm.vocabulary import describe_error
from ui.consultation import shown_amount
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language, word
from ui.widgets.field_errors import FieldErrors
from ui.widgets.staff_combo import StaffComboBox

POINTS_CODES = (
    "points_required",
    "invalid_points_text",
    "negative_points",
    "points_too_large",
    "invalid_points",
    "not_enough_points",
    "points_over_total",
)
"""Refusals shown beside the points field; the other refusals of a sale concern its lines."""
MAX_QUANTITY = 9_999


def _won(amount: int) -> str:
    return format_won(amount, lang=interface_language())


def _points(points: int) -> str:
    """Points in words; hidden (•••) in consultation mode, the customer may see the screen."""
    return shown_amount(format_points(points, lang=interface_language()))


class SaleDialog(QDialog):
    """The sale of one customer. Use `SaleDialog.ask`.

    Enter in the item row adds the line; Enter elsewhere saves; Esc cancels. A refused value
    is named beside its field and nothing is saved.
    """

    def __init__(self, parent: QWidget | None, customer_id: int) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.lines: list[PurchaseLine] = []
        self.products = {product.name: product for product in list_products()}
        self.errors = FieldErrors()
        self._price_filled_in = False
        detail = get_customer(customer_id)
        self.setWindowTitle(self.tr("Sale — {name}").format(name=detail.name))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.customer_label = QLabel(
            self.tr("<b>{name}</b> · no. {number} · points {points}").format(
                name=html.escape(detail.name),  # a name is text, never markup
                number=detail.customer_no,
                points=_points(detail.points),
            )
        )
        layout.addWidget(self.customer_label)
        layout.addLayout(self._entry_row())
        layout.addWidget(self.errors.label("line"))
        layout.addWidget(self._lines_table())
        layout.addWidget(self.errors.label("lines"))
        layout.addLayout(self._payment_form())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter is ours: add a line or save
        layout.addWidget(self.errors.label("general"))
        hint = QLabel(
            self.tr("Enter in the item row adds the line; Enter elsewhere saves; Esc cancels.")
        )
        hint.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._set_tab_order(buttons)
        self.refresh_preview()
        self.item_edit.setFocus()

    # --- building --------------------------------------------------------------------------

    def _entry_row(self) -> QGridLayout:
        grid = QGridLayout()
        self.item_edit = QLineEdit()
        self.item_edit.setPlaceholderText(self.tr("Product or free text"))
        completer = QCompleter(sorted(self.products), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.item_edit.setCompleter(completer)
        self.item_edit.textChanged.connect(self._item_changed)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, MAX_QUANTITY)
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText("12,000")
        self.price_edit.textEdited.connect(self._price_typed)
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        for column, (caption, editor) in enumerate(
            (
                (self.tr("Item"), self.item_edit),
                (self.tr("Qty"), self.quantity_spin),
                (self.tr("Unit price"), self.price_edit),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(editor)
            grid.addWidget(label, 0, column)
            grid.addWidget(editor, 1, column)
        grid.addWidget(self.add_button, 1, 3)
        grid.addWidget(self.errors.label("price"), 2, 1, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 1)
        return grid

    def _lines_table(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.lines_table = QTableWidget(0, 4)
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Qty"), self.tr("Unit price"), self.tr("Amount")]
        )
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.verticalHeader().setVisible(False)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_table.setMinimumHeight(150)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected_line)
        row.addWidget(self.lines_table, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _payment_form(self) -> QFormLayout:
        form = QFormLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.payment_combo = QComboBox()
        for method in PAYMENT_METHODS:
            self.payment_combo.addItem(word("payment_method", method), method)
        self.staff_combo = StaffComboBox()
        self.points_edit = QLineEdit()
        self.points_edit.setPlaceholderText("0")
        self.points_edit.textChanged.connect(lambda _text: self.refresh_preview())
        self.balance_label = QLabel()
        self.points_edit.setMaximumWidth(160)
        points_row = QHBoxLayout()
        points_row.addWidget(self.points_edit)
        points_row.addWidget(self.balance_label)
        points_row.addStretch(1)
        self.to_pay_label = QLabel()
        self.to_pay_label.setObjectName("to_pay")
        self.earned_label = QLabel()
        self.earned_label.setObjectName("points_earned")
        self.note_edit = QLineEdit()
        form.addRow(self.tr("Total"), self.total_label)
        form.addRow(self.tr("Points used"), self.errors.beside("points", points_row))
        form.addRow(self.tr("To pay"), self.to_pay_label)
        form.addRow(self.tr("Points earned"), self.earned_label)
        form.addRow(self.tr("Payment"), self.payment_combo)
        form.addRow(self.tr("Staff"), self.staff_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        return form

    def _set_tab_order(self, buttons: QDialogButtonBox) -> None:
        chain: list[QWidget] = [
            self.item_edit,
            self.quantity_spin,
            self.price_edit,
            self.add_button,
            self.lines_table,
            self.remove_button,
            self.points_edit,
            self.payment_combo,
            self.staff_combo,
            self.note_edit,
            *buttons.buttons(),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # --- the item row ----------------------------------------------------------------------

    def _item_changed(self, text: str) -> None:
        """A product's name fills in its price (unless a price was typed)."""
        product = self.products.get(text.strip())
        if product is not None and (self._price_filled_in or not self.price_edit.text()):
            self.price_edit.setText(f"{product.unit_price:,}")
            self._price_filled_in = True
        elif product is None and self._price_filled_in:
            self.price_edit.clear()
            self._price_filled_in = False

    def _price_typed(self, _text: str) -> None:
        self._price_filled_in = False

    def add_line(self) -> bool:
        """Add the item row to the sale; False (and the reason beside its field) if refused."""
        self._hide_error("line")
        self._hide_error("price")
        description = self.item_edit.text().strip()
        if not description:
            self._show_beside("line", ValidationError("item_description_required"), self.item_edit)
            return False
        try:
            price = parse_amount(self.price_edit.text())
        except ShopCRMError as error:
            self._show_beside("price", error, self.price_edit)
            return False
        product = self.products.get(description)
        line = PurchaseLine(
            description,
            price,
            self.quantity_spin.value(),
            product.id if product is not None else None,
        )
        try:  # the core's checks of the lines (a total over the limit ...)
            sale_preview([*self.lines, line], 0, self.customer_id)
        except ShopCRMError as error:
            self._show_beside("price", error, self.price_edit)
            return False
        self.lines.append(line)
        self._show_lines()
        self.item_edit.clear()
        self.price_edit.clear()
        self._price_filled_in = False
        self.quantity_spin.setValue(1)
        self.item_edit.setFocus()
        self.refresh_preview()
        return True

    def remove_selected_line(self) -> None:
        rows = sorted({index.row() for index in self.lines_table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.lines[row]
        self._show_lines()
        self.refresh_preview()

    def _show_lines(self) -> None:
        self.lines_table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = (line.description, str(line.quantity), _won(line.unit_price), _won(line.amount))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines_table.setItem(row, column, item)

    # --- the figures -----------------------------------------------------------------------

    def points_typed(self) -> int:
        """The points to redeem as typed (0 when empty). Raises what `parse_points` raises."""
        text = self.points_edit.text()
        return parse_points(text) if text.strip() else 0

    def refresh_preview(self) -> SalePreview | None:
        """Show the total, what is left to pay and the points earned, as the core computes
        them; a refusal of the points shows beside the points field."""
        self._hide_error("points")
        self._hide_error("lines")
        total = sum(line.amount for line in self.lines)
        self.total_label.setText(f"<b>{_won(total)}</b>")
        preview = None
        try:
            redeemed = self.points_typed()
            if self.lines:
                preview = sale_preview(self.lines, redeemed, self.customer_id)
        except ShopCRMError as error:
            self._show_refusal(error, focus=False)  # she may be typing elsewhere
        balance = preview.balance_before if preview else get_customer(self.customer_id).points
        self.balance_label.setText(self.tr("of {balance}").format(balance=_points(balance)))
        if preview is None:
            self.to_pay_label.setText("—")
            self.earned_label.setText("—")
            return None
        self.to_pay_label.setText(f"<b>{_won(preview.to_pay)}</b>")
        self.earned_label.setText(
            self.tr("{earned} (balance afterwards {after})").format(
                earned=_points(preview.points_earned), after=_points(preview.balance_after)
            )
        )
        return preview

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Save the sale (with a pending item row added first), or say why not and stay."""
        if self.item_edit.text().strip() and not self.add_line():
            return
        try:
            self.saved_id = record_purchase(
                self.customer_id,
                self.lines,
                points_redeemed=self.points_typed(),
                staff_id=self.staff_combo.staff_id(),
                payment_method=self.payment_combo.currentData(),
                note=self.note_edit.text(),
            )
        except ShopCRMError as error:
            self._show_refusal(error)
            return
        self.accept()

    def _show_refusal(self, error: ShopCRMError, *, focus: bool = True) -> None:
        if error.code in POINTS_CODES:
            self._show_beside("points", error, self.points_edit if focus else None)
        elif self.lines or error.code == "purchase_without_items":
            self._show_beside("lines", error, self.item_edit if focus else None)
        else:
            self._show_beside("general", error, None)

    def _show_beside(self, field: str, error: ShopCRMError, editor: QWidget | None) -> None:
        """Name the refusal beside its field (the other fields keep theirs)."""
        label = self.errors.label(field)
        label.setText(describe_error(error, interface_language()))
        label.show()
        if editor is not None:
            editor.setFocus()

    def _hide_error(self, field: str) -> None:
        label = self.errors.label(field)
        label.clear()
        label.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            in_item_row = self.focusWidget() in (
                self.item_edit,
                self.quantity_spin,
                self.price_edit,
            )
            if in_item_row and self.item_edit.text().strip():
                self.add_line()
            else:
                self.save()
            return
        if event.key() == Qt.Key.Key_Delete and self.focusWidget() is self.lines_table:
            self.remove_selected_line()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, customer_id: int) -> int | None:
        """Record a sale for the customer; returns the purchase id, or None when cancelled."""
        dialog = cls(parent, customer_id)
        return dialog.saved_id if exec_then_delete(dialog) else None
