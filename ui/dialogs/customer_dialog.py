"""A plain customer card: the facts at the top, the editable fields below."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.customers import (
    CONSENT_CHANNELS,
    GENDERS,
    CustomerDetail,
    CustomerInput,
    create_customer,
    get_customer,
    update_customer,
)
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_iso_date, format_points, format_won
from shopcrm.phones import format_phone
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language
from ui.labels import consent_channel_label, gender_label, grade_label, stage_label


class CustomerDialog(QDialog):
    """View, edit or create one customer. Use `CustomerDialog.ask`."""

    def __init__(self, parent: QWidget | None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.detail: CustomerDetail | None = get_customer(customer_id) if customer_id else None
        self.setWindowTitle(self.tr("Customer card") if customer_id else self.tr("New customer"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if self.detail is not None:
            layout.addWidget(self._facts_box(self.detail))
        layout.addWidget(self._form_box())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        if self.detail is not None:
            self._fill(self.detail)
        self.name_edit.textChanged.connect(self._update_save_button)
        self._update_save_button()

    def _facts_box(self, detail: CustomerDetail) -> QGroupBox:
        box = QGroupBox(self.tr("At a glance"))
        form = QFormLayout(box)
        facts = [
            (self.tr("Customer no."), str(detail.customer_no)),
            (self.tr("Stage"), stage_label(detail.stage)),
            (self.tr("Grade"), self._grade_text(detail)),
            (self.tr("Points"), format_points(detail.points, lang=interface_language())),
            (self.tr("Total spent"), format_won(detail.total_spent, lang=interface_language())),
            (self.tr("Purchases"), str(detail.purchase_count)),
            (self.tr("Last visit"), format_iso_date(detail.last_visit_on) or "—"),
            (self.tr("Staff in charge"), detail.staff_name or "—"),
        ]
        if detail.former_no:
            facts.append((self.tr("Former no."), detail.former_no))
        for label, value in facts:
            shown = QLabel(value)
            shown.setObjectName(f"fact_{len(form.children())}")
            form.addRow(label, shown)
        return box

    def _grade_text(self, detail: CustomerDetail) -> str:
        grade = grade_label(detail.grade)
        if not detail.grade_from_import:
            return grade
        source = self.tr("from the imported list")
        return f"{grade} — {source} ({detail.imported_grade})"

    def _form_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("010-1234-5678")
        self.email_edit = QLineEdit()
        self.postal_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.gender_combo = QComboBox()
        self.gender_combo.addItem("—", None)
        for gender in GENDERS:
            self.gender_combo.addItem(gender_label(gender), gender)
        self.interests_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(70)
        self.consent_check = QCheckBox(self.tr("Agrees to receive marketing letters and messages"))
        self.channel_combo = QComboBox()
        for channel in CONSENT_CHANNELS:
            self.channel_combo.addItem(consent_channel_label(channel), channel)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData("in_person"))
        self.channel_combo.setEnabled(False)
        self.consent_check.toggled.connect(self.channel_combo.setEnabled)
        form.addRow(self.tr("Name *"), self.name_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Postal code"), self.postal_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Gender"), self.gender_combo)
        form.addRow(self.tr("Interests"), self.interests_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.consent_check)
        form.addRow(self.tr("Consent given by"), self.channel_combo)
        return box

    def _fill(self, detail: CustomerDetail) -> None:
        self.name_edit.setText(detail.name)
        self.phone_edit.setText(format_phone(detail.phone) if detail.phone else "")
        self.email_edit.setText(detail.email or "")
        self.postal_edit.setText(detail.postal_code or "")
        self.address_edit.setText(detail.address or "")
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(detail.gender)))
        self.interests_edit.setText(detail.interests or "")
        self.notes_edit.setPlainText(detail.notes or "")
        self.consent_check.setChecked(detail.marketing_consent)
        if detail.consent_channel:
            self.channel_combo.setCurrentIndex(
                max(0, self.channel_combo.findData(detail.consent_channel))
            )

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))

    def entered_values(self) -> dict[str, Any]:
        """The fields this card edits, as typed (the core keeps the rest, and the phone as
        first entered when the number is the same)."""
        return {
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "postal_code": self.postal_edit.text(),
            "address": self.address_edit.text(),
            "gender": self.gender_combo.currentData(),
            "interests": self.interests_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "marketing_consent": self.consent_check.isChecked(),
            "consent_channel": self.channel_combo.currentData(),
        }

    def save(self) -> None:
        try:
            if self.customer_id is None:
                self.saved_id = create_customer(CustomerInput(**self.entered_values()))
            else:
                update_customer(self.customer_id, self.entered_values())
                self.saved_id = self.customer_id
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, customer_id: int | None = None) -> int | None:
        """Show the card; returns the saved customer's id, or None when cancelled."""
        dialog = cls(parent, customer_id)
        return dialog.saved_id if exec_then_delete(dialog) else None
