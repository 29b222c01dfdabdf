"""The search field: waits for a short pause in typing, then asks for a new search."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.signals import emit

TYPING_PAUSE_MS = 150


class SearchBox(QLineEdit):
    """A line edit that emits `search_requested(text)` after typing pauses.

    Signals:
        search_requested(str): the text to search for.
    """

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Search: name, last 4 phone digits, initials (ㄱㅁㅅ) or customer no.")
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(lambda: emit(self.search_requested, self.text()))
        self.textChanged.connect(lambda _text: self._timer.start())

    def search_now(self) -> None:
        """The search is run now (Enter): the pending one is dropped."""
        self._timer.stop()
