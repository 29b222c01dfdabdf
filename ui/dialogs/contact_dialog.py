"""Log a visit, a call or a message with a customer (F3), with a note and who served her."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.customers import get_customer
from shopcrm.errors import ShopCRMError
from shopcrm.visits import record_interaction
from ui.dialogs.modal import exec_then_delete
from ui.i18n import word
from ui.widgets.field_errors import FieldErrors
from ui.widgets.staff_combo import StaffComboBox

CONTACT_KINDS = ("visit", "call", "message")


class ContactDialog(QDialog):
    """One contact with a customer. Use `ContactDialog.ask`.

    Ctrl+Enter (or Enter outside the note) saves; Esc cancels.
    """

    def __init__(self, parent: QWidget | None, customer_id: int) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        detail = get_customer(customer_id)
        self.setWindowTitle(self.tr("Visit, call or message — {name}").format(name=detail.name))
        self.setMinimumWidth(420)
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for number, kind in enumerate(CONTACT_KINDS):
            button = QRadioButton(f"&{number + 1} {word('interaction_kind', kind)}")
            button.setObjectName(f"kind_{kind}")
            self.kind_group.addButton(button, number)
            kinds.addWidget(button)
        self.kind_group.button(0).setChecked(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What was it about? (optional)"))
        self.staff_combo = StaffComboBox(selected=detail.staff_id)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), kinds)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Staff"), self.staff_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label("general"))
        layout.addWidget(buttons)
        self.note_edit.installEventFilter(self)
        self.note_edit.setFocus()

    def kind(self) -> str:
        return CONTACT_KINDS[max(0, self.kind_group.checkedId())]

    def save(self) -> None:
        try:
            self.saved_id = record_interaction(
                self.customer_id,
                self.kind(),
                staff_id=self.staff_combo.staff_id(),
                note=self.note_edit.toPlainText(),
            )
        except ShopCRMError as error:
            self.errors.show_error("general", error)
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Enter in the note saves (a plain Enter starts a new line)."""
        if (
            watched is self.note_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    @classmethod
    def ask(cls, parent: QWidget | None, customer_id: int) -> int | None:
        """Log a contact; returns the interaction's id, or None when cancelled."""
        dialog = cls(parent, customer_id)
        return dialog.saved_id if exec_then_delete(dialog) else None
