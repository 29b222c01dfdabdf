"""A new customer in a few keystrokes: name, phone and the basics; her card opens after."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.customers import CONSENT_CHANNELS, GENDERS, CustomerInput, create_customer
from shopcrm.errors import ShopCRMError
from shopcrm.search import search_customer_ids
from ui.dialogs.modal import exec_then_delete
from ui.labels import consent_channel_label, gender_label
from ui.widgets.field_errors import FieldErrors

FIELD_OF_CODE = {
    "name_required": "name",
    "invalid_phone": "phone",
    "empty_phone": "phone",
    "placeholder_phone": "phone",
    "duplicate_phone": "phone",
    "invalid_email": "email",
}


class NewCustomerDialog(QDialog):
    """Type a new customer. Use `NewCustomerDialog.ask`.

    A phone that another customer already has is named beside the field, with a button that
    opens her card instead.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(440)
        self.chosen_id: int | None = None
        self.errors = FieldErrors()
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("010-1234-5678")
        self.email_edit = QLineEdit()
        self.gender_combo = QComboBox()
        self.gender_combo.addItem("—", None)
        for gender in GENDERS:
            self.gender_combo.addItem(gender_label(gender), gender)
        self.interests_edit = QLineEdit()
        self.interests_edit.setPlaceholderText(
            self.tr("e.g. likes oat milk · daughter starts school in March")
        )
        self.consent_check = QCheckBox(self.tr("Agrees to receive marketing letters and messages"))
        self.channel_combo = QComboBox()
        for channel in CONSENT_CHANNELS:
            self.channel_combo.addItem(consent_channel_label(channel), channel)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData("in_person"))
        self.channel_combo.setEnabled(False)
        self.consent_check.toggled.connect(self.channel_combo.setEnabled)
        self.open_existing_button = QPushButton(self.tr("Open her card"))
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self.open_existing)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.errors.beside("name", self.name_edit))
        form.addRow(self.tr("Phone"), self.errors.beside("phone", self.phone_edit))
        form.addRow("", self.open_existing_button)
        form.addRow(self.tr("E-mail"), self.errors.beside("email", self.email_edit))
        form.addRow(self.tr("Gender"), self.gender_combo)
        form.addRow(self.tr("Interests"), self.interests_edit)
        form.addRow("", self.consent_check)
        form.addRow(self.tr("Consent given by"), self.channel_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._update_save_button)
        self.phone_edit.textChanged.connect(lambda _text: self.open_existing_button.hide())
        self._update_save_button()

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))

    def entered(self) -> CustomerInput:
        consent = self.consent_check.isChecked()
        return CustomerInput(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            gender=self.gender_combo.currentData(),
            interests=self.interests_edit.text(),
            marketing_consent=consent,
            consent_channel=self.channel_combo.currentData() if consent else None,
        )

    def save(self) -> None:
        self.errors.clear()
        self.open_existing_button.hide()
        try:
            self.chosen_id = create_customer(self.entered())
        except ShopCRMError as error:
            self.errors.show_error(FIELD_OF_CODE.get(error.code, "name"), error)
            if error.code == "duplicate_phone":
                self.open_existing_button.show()
            return
        self.accept()

    def open_existing(self) -> None:
        """The customer who has this phone already: open her card instead."""
        found = search_customer_ids(self.phone_edit.text(), limit=1)
        if found:
            self.chosen_id = found[0]
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> int | None:
        """The customer whose card to open (the new one, or the one with that phone)."""
        dialog = cls(parent)
        return dialog.chosen_id if exec_then_delete(dialog) else None
