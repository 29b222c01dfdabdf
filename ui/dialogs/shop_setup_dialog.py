"""The shop's details: asked when starting an empty shop, editable later (File → Shop details)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.settings import BUSINESS_TYPES, ShopProfile, save_shop_profile
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.labels import business_type_label


class ShopSetupDialog(QDialog):
    """Asks for the shop profile and stores it. Use `ShopSetupDialog.ask`."""

    def __init__(self, parent: QWidget | None = None, current: ShopProfile | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop details") if current else self.tr("Start a new shop"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Moonlight Bakery"))
        self.owner_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("02-123-4567")
        self.address_edit = QLineEdit()
        self.postal_edit = QLineEdit()
        self.postal_edit.setPlaceholderText("06236")
        self.postal_edit.setMaxLength(7)
        self.type_combo = QComboBox()
        for kind in BUSINESS_TYPES:
            self.type_combo.addItem(business_type_label(kind), kind)
        form = QFormLayout()
        form.addRow(self.tr("Shop name *"), self.name_edit)
        form.addRow(self.tr("Owner"), self.owner_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Postal code"), self.postal_edit)
        form.addRow(self.tr("Business type"), self.type_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.ok_button.setEnabled(False)
        if current is not None:
            self.name_edit.setText(current.shop_name)
            self.owner_edit.setText(current.owner_name)
            self.phone_edit.setText(current.shop_phone)
            self.address_edit.setText(current.shop_address)
            self.postal_edit.setText(current.shop_postal_code)
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current.business_type)))

    def profile(self) -> ShopProfile:
        return ShopProfile(
            shop_name=self.name_edit.text(),
            owner_name=self.owner_edit.text(),
            shop_phone=self.phone_edit.text(),
            shop_address=self.address_edit.text(),
            business_type=self.type_combo.currentData(),
            shop_postal_code=self.postal_edit.text(),
        )

    def save(self) -> None:
        try:
            save_shop_profile(self.profile())
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, current: ShopProfile | None = None) -> bool:
        """True once a profile was saved (`current`: the details to edit, None for a new shop)."""
        return exec_then_delete(cls(parent, current))
