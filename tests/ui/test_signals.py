"""PySide6 6.12.0 drops a reference of True on every Python emit; ours must not (issue 10)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from ui.signals import emit


class Sender(QObject):
    happened = Signal(int)


def test_emitting_a_signal_many_times_leaves_true_alive(qapp: QApplication) -> None:
    sender = Sender()
    received: list[int] = []
    sender.happened.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(5000):
        emit(sender.happened, number)
    assert len(received) == 5000
    assert sys.getrefcount(True) >= before  # each lost reference brings exit closer to a crash
