"""A long session of Qt calls never frees None (PySide6 6.12.0 loses a reference per call)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LONG_SESSION = """
import sys
import ui  # what the window imports first
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
calls = 3 * min(sys.getrefcount(None), 1_000_000)  # more than None had without the fix
for _ in range(max(calls, 200_000)):
    edit.setEnabled(True)  # returns nothing: the call that loses a reference of None
    edit.blockSignals(False)
print("still alive")
"""


def test_a_long_session_of_qt_calls_does_not_free_none() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "still alive" in result.stdout
    assert "Fatal Python error" not in result.stderr
