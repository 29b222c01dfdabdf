"""Merge two cards of one customer: side by side, the owner chooses each field's value.

The core's preview (`shopcrm.merging.merge_preview`) gives each field's two values and the
default choice (the newer non-empty one; memos appended); the merge is one core call
(`merging.merge_customers`), and `merging.undo_merge` undoes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopcrm.customers import CustomerDetail, get_customer
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_iso_date
from shopcrm.merging import BOTH, KEPT, OTHER, FieldChoice, merge_customers, merge_preview
from shopcrm.staff import list_staff
from ui import messages
from ui.consultation import HIDDEN, hides_private, shown_typed_phone
from ui.dialogs.modal import exec_then_delete
from ui.i18n import word
from ui.labels import gender_label

PRIVATE_FIELDS = ("notes", "interests")
"""Fields whose texts consultation mode hides (choosing stays possible)."""


class MergeDialog(QDialog):
    """The two cards side by side, a choice for each field where they differ.

    Use `MergeDialog.ask`; `merge_id` is the merge made (None until Merge succeeded).
    """

    def __init__(
        self,
        parent: QWidget | None,
        kept_id: int,
        other_id: int,
        reasons: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two cards"))
        self.resize(860, 460)
        self.kept_id, self.other_id = kept_id, other_id
        self.merge_id: int | None = None
        self.preview = merge_preview(kept_id, other_id)
        self._staff = {member.id: member.name for member in list_staff()}
        self.groups: dict[str, QButtonGroup] = {}
        self.choice_buttons: dict[str, dict[str, QRadioButton]] = {}
        intro = QLabel(
            self.tr(
                "Her whole history (sales, points, anniversaries, letters, visits, referrals, "
                "tags) moves to the kept card, which keeps its number; the other number finds "
                "her too. Choose the value to keep where the cards differ."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        moved = sum(self.preview.moved.values())
        for column, (title, detail) in enumerate(
            (
                (self.tr("Kept card"), get_customer(kept_id)),
                (self.tr("Merged into it"), get_customer(other_id)),
            ),
            start=1,
        ):
            head = QLabel(f"{title}\n{self._card_title(detail)}")
            head.setFont(bold)
            grid.addWidget(head, 0, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 1, 0, 1, 4)
        labels = self._field_labels()
        same = []
        row = 2
        for field in self.preview.fields:
            if not field.differs:
                same.append(labels[field.field])
                continue
            self._add_choice(grid, row, labels[field.field], field)
            row += 1
        grid.setRowStretch(row, 1)
        fields_box = QWidget()
        fields_box.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields_box)
        self.same_label = QLabel(
            self.tr("The same on both cards: {fields}").format(fields=", ".join(same))
            if same
            else ""
        )
        self.same_label.setWordWrap(True)
        self.moved_label = QLabel(
            self.tr("%n entries of history move to the kept card.", "", moved)
        )
        buttons_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = buttons_box.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        buttons_box.accepted.connect(self.merge)
        buttons_box.rejected.connect(self.reject)
        self.why_label = QLabel(
            self.tr("Why they look like one customer: {why}").format(
                why=", ".join(word("duplicate_reason", reason) for reason in reasons)
            )
            if reasons
            else ""
        )
        self.why_label.setVisible(bool(reasons))
        layout = QVBoxLayout(self)
        layout.addWidget(self.why_label)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.same_label)
        layout.addWidget(self.moved_label)
        layout.addWidget(buttons_box)

    def _card_title(self, detail: CustomerDetail) -> str:
        made = format_iso_date(detail.created_at.date()) if detail.created_at else ""
        title = self.tr("{name} (No. {number})").format(name=detail.name, number=detail.customer_no)
        return f"{title} · {made}" if made else title

    def _add_choice(self, grid: QGridLayout, row: int, label: str, field: FieldChoice) -> None:
        grid.addWidget(QLabel(label), row, 0)
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        values = {KEPT: field.kept_value, OTHER: field.other_value}
        for column, side in enumerate((KEPT, OTHER, BOTH), start=1):
            if side not in field.choices:
                continue
            text = (
                self.tr("Both, appended")
                if side == BOTH
                else self.shown_value(field.field, values[side])
            )
            button = QRadioButton(text)
            button.setProperty("side", side)
            group.addButton(button)
            buttons[side] = button
            grid.addWidget(button, row, column)
        buttons[field.default].setChecked(True)
        self.groups[field.field] = group
        self.choice_buttons[field.field] = buttons

    def shown_value(self, field: str, value: Any) -> str:
        """A field's value in the interface's words (masked or hidden in consultation mode)."""
        if value is None or value == "":
            return "—"
        if field == "phone":  # as each card typed it: "the same phone typed differently"
            return shown_typed_phone(str(value))
        if field in PRIVATE_FIELDS and hides_private():
            return HIDDEN
        if field == "gender":
            return gender_label(value) or "—"
        if field == "staff_id":
            return self._staff.get(value, "—")
        if field == "marketing_consent":
            return self.tr("agreed") if value else self.tr("not agreed")
        return str(value).replace("\n", " / ")

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "postal_code": self.tr("Postal code"),
            "address": self.tr("Address"),
            "gender": self.tr("Gender"),
            "interests": self.tr("Interests"),
            "notes": self.tr("Notes"),
            "marketing_consent": self.tr("Marketing consent"),
            "staff_id": self.tr("Staff in charge"),
            "former_no": self.tr("Former no."),
        }

    def choose(self, field: str, side: str) -> None:
        """Keep this field's value from one side (`KEPT`, `OTHER` or `BOTH`)."""
        self.choice_buttons[field][side].setChecked(True)

    def choices(self) -> dict[str, str]:
        """The side chosen for each field where the cards differ."""
        chosen: dict[str, str] = {}
        for name, group in self.groups.items():
            button = group.checkedButton()
            if button is not None:
                chosen[name] = str(button.property("side"))
        return chosen

    def merge(self) -> None:
        try:
            self.merge_id = merge_customers(
                self.kept_id,
                self.other_id,
                self.choices(),
                kept_version=self.preview.kept_version,
                other_version=self.preview.other_version,
            )
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, kept_id: int, other_id: int, reasons: tuple[str, ...] = ()
    ) -> int | None:
        """Merge `other_id` into `kept_id` as the owner chooses; the merge's id, or None."""
        dialog = cls(parent, kept_id, other_id, reasons)
        exec_then_delete(dialog)
        return dialog.merge_id
