"""상담 모드 (consultation mode): the one switch every widget reads while a customer can see the
screen. On, memos and notes are hidden, phone numbers masked and amounts and points hidden, on
every page and in the dialogs, until it is turned off; the choice is kept on this PC.

Widgets never copy the flag: they ask `consultation_mode()` when they draw a value (through
`shown_phone` and `shown_amount`) and redraw on its `changed` signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shopcrm.errors import ValidationError
from shopcrm.phones import format_phone, mask_phone, parse_phone
from ui.signals import emit
from ui.window_settings import window_settings

SETTINGS_KEY = "consultation/on"
HIDDEN = "•••"
"""What an amount or a points balance shows in consultation mode."""


class ConsultationMode(QObject):
    """Whether the consultation mode is on.

    Signals:
        changed(bool): the mode was turned on (True) or off (False).
    """

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._on = False

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        """Turn the mode on or off (and remember it on this PC)."""
        window_settings().setValue(SETTINGS_KEY, on)
        if on == self._on:
            return
        self._on = on
        emit(self.changed, on)

    def restore(self) -> None:
        """The mode as it was left on this PC."""
        self.set_on(str(window_settings().value(SETTINGS_KEY, False)).lower() == "true")


_MODE = ConsultationMode()  # owned by this module (no Qt parent): one switch for every window


def consultation_mode() -> ConsultationMode:
    """The one switch."""
    return _MODE


def shown_phone(canonical: str | None) -> str:
    """A phone as the screen may show it now: hyphenated, or masked (`010-****-5678`)."""
    if not canonical:
        return ""
    return mask_phone(canonical) if _MODE.is_on() else format_phone(canonical)


def shown_typed_phone(entered: str | None) -> str:
    """A phone as it was typed, or masked in consultation mode (unreadable: hidden)."""
    if not entered or not _MODE.is_on():
        return entered or ""
    try:
        return mask_phone(parse_phone(entered).canonical)
    except ValidationError:
        return HIDDEN


def shown_amount(text: str) -> str:
    """An amount or points text, or `HIDDEN` in consultation mode (empty stays empty)."""
    return HIDDEN if text and _MODE.is_on() else text


def hides_private() -> bool:
    """True while memos, notes, amounts and points are to be hidden."""
    return _MODE.is_on()
