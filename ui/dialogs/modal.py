"""Running a dialog modally without owning it twice (STYLE §6, Ownership)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def exec_then_delete(dialog: QDialog) -> bool:
    """Run `dialog` modally; True when accepted. Qt then deletes it (``deleteLater``).

    A dialog with a parent belongs to Qt. Left alive after `exec()`, it dies with the window at
    exit, while Python may still be collecting its wrapper: the double deletion behind
    ``QObject: shared QObject was deleted directly`` and the crash on quitting. Read what the
    dialog collected right after this returns (deletion waits for the event loop).
    """
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
