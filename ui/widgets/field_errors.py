"""A refused value is named beside its field: one small red label per field, hidden until used."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QWidget

from shopcrm.errors import ShopCRMError
from shopcrm.vocabulary import describe_error
from ui.i18n import interface_language


class FieldErrors:
    """The error labels of a form, by field name; `show_error` puts a refusal beside its field."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def beside(self, field: str, editor: QWidget | QLayout) -> QWidget:
        """`editor` with its (hidden) error label to its right, to put in a form row."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(editor, QLayout):
            layout.addLayout(editor, 1)
        else:
            layout.addWidget(editor, 1)
        layout.addWidget(self.label(field))
        return row

    def label(self, field: str) -> QLabel:
        """The error label of `field` (made on first use), to place anywhere."""
        if field not in self._labels:
            label = QLabel()
            label.setObjectName(f"error_{field}")
            label.setStyleSheet("color: #b00020;")
            label.setWordWrap(True)
            label.hide()
            self._labels[field] = label
        return self._labels[field]

    def show_error(self, field: str, error: ShopCRMError) -> None:
        self.clear()
        label = self.label(field)
        label.setText(describe_error(error, interface_language()))
        label.show()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def shown(self) -> dict[str, str]:
        """The refusals on show now, by field (for tests and the screen reader)."""
        return {field: label.text() for field, label in self._labels.items() if label.text()}
