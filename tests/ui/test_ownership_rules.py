"""Guards for the two faults behind the crashes on quitting (issue 10): every signal emitted from
Python goes through `ui.signals.emit`, and every dialog run modally is deleted afterwards."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
RAW_EMIT = re.compile(r"\.emit\(|\.emit\b(?!\w)")
RAW_EXEC = re.compile(r"\.exec\(\)")


def offending_lines(pattern: re.Pattern[str], allowed: set[str]) -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if pattern.search(code):
                found.append(f"{path.relative_to(UI.parent)}:{number}: {line.strip()}")
    return found


def test_signals_are_emitted_through_ui_signals_emit() -> None:
    assert offending_lines(RAW_EMIT, {"signals.py"}) == []


def test_dialogs_run_through_exec_then_delete() -> None:
    assert offending_lines(RAW_EXEC, {"modal.py", "app.py"}) == []
