"""Shared steps of the card tests: a window on a small shop, typing as a Korean IME does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer
from ui.main_window import MainWindow
from ui.widgets.customer_card import CustomerCardWidget

TODAY = dt.date(2026, 11, 23)


def commit_korean(widget: QWidget, text: str) -> None:
    """What a Korean input method delivers when a syllable is done: a commit string."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def when_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Once a modal `kind` is on screen, run `act` on it (the dialog's exec is running)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def seed_customers() -> dict[str, int]:
    return {
        name: create_customer(CustomerInput(name=name, phone=phone))
        for name, phone in (
            ("김민수", "010-1234-5678"),
            ("이서연", "010-4444-9999"),
            ("박지훈", "010-2222-3333"),
        )
    }


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window._reminders = []
    window.list_page.card.today = lambda: TODAY
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts and focus need an active window
    return window


def make_card(qtbot: QtBot, customer_id: int) -> CustomerCardWidget:
    card = CustomerCardWidget()
    qtbot.addWidget(card)
    card.today = lambda: TODAY
    card.resize(700, 700)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    card.show_customer(customer_id)
    return card
