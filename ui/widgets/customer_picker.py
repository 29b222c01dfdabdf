"""Pick a customer with the list's own search: a search box over a short list of matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from shopcrm.phones import mask_phone
from shopcrm.search import fetch_customer_rows, search_customer_ids
from ui.signals import emit
from ui.widgets.search_box import SearchBox

SHOWN_MATCHES = 8


class CustomerPicker(QWidget):
    """Type a name, the last four digits, initials or a number; Enter picks the highlighted
    match (Up and Down move through the matches).

    Signals:
        customer_picked(int): the id of the customer picked.
    """

    customer_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, leave_out: int | None = None) -> None:
        super().__init__(parent)
        self.leave_out = leave_out
        self._shown_query = ""
        self.search_box = SearchBox()
        self.matches = QListWidget()
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search box
        self.matches.setMaximumHeight(self.matches.sizeHintForRow(0) * SHOWN_MATCHES + 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.matches)
        self.search_box.search_requested.connect(self.search)
        self.search_box.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _item: self.pick_current())
        self.setFocusProxy(self.search_box)

    def search(self, query: str) -> None:
        """Show the best matches of `query` (nothing for an empty query)."""
        self.matches.clear()
        self._shown_query = query
        if not query.strip():
            return
        ids = [
            i for i in search_customer_ids(query, limit=SHOWN_MATCHES + 1) if i != self.leave_out
        ]
        for row in fetch_customer_rows(ids[:SHOWN_MATCHES]):
            phone = mask_phone(row.phone) if row.phone else ""
            shown = self.tr("{name} · no. {number}").format(name=row.name, number=row.customer_no)
            item = QListWidgetItem(f"{shown}  {phone}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)

    def pick_current(self) -> None:
        """Pick the highlighted match (searching first if typing has not paused yet)."""
        if self.search_box.text() != self._shown_query:
            self.search(self.search_box.text())
        item = self.matches.currentItem()
        if item is not None:
            emit(self.customer_picked, int(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the search box move through the matches; Enter picks (and goes no
        further: the dialog's own Enter must not act on the same key press)."""
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.pick_current()
            return True
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            row = self.matches.currentRow() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= row < self.matches.count():
                self.matches.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)
