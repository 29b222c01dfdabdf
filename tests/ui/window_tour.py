"""A tour of the main window: every dialog and wizard opened and cancelled, a short job in each
long-job dialog, then the window closed. Used in-process by tests/ui/test_window_survives.py and
as a fresh process (``python -m tests.ui.window_tour SHOP_DB WORK_DIR``), which must exit
with status 0 and print no ``QObject`` warning.

Only Qt calls drive it (no qtbot), so the very same steps run in both places. A modal dialog
is handled by a callback that a timer runs once the dialog is the active modal widget.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from ui import app as window_app
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.dialogs.letters_dialog import LettersDialog
from ui.dialogs.new_customer_dialog import NewCustomerDialog
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.dialogs.stage_override_dialog import StageOverrideDialog
from ui.dialogs.template_editor_dialog import TemplateEditorDialog
from ui.main_window import MainWindow
from ui.widgets.anniversary_editor import AnniversaryDialog
from ui.wizards.import_wizard import ImportWizard
from ui.workers import running_jobs

TIMEOUT_S = 30.0

SHEET = "이름,연락처,생일\r\n투어손님,010-3141-5926,1985-03-07\r\n"


def wait_until(predicate: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    """Let Qt run until `predicate` holds."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def delete_pending() -> None:
    """Run the deletions asked for with deleteLater (outside an event loop)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def when_modal(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Once a modal `kind` is on screen, run `act` on it (from a timer inside its exec)."""
    done: list[bool] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            done.append(True)
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def reject(dialog: QDialog) -> None:
    dialog.reject()


def open_and_cancel(trigger: Callable[[], object], kind: type[QWidget]) -> None:
    when_modal(kind, reject)
    trigger()


def tour(window: Any, work_dir: Path) -> None:
    """Every dialog and wizard of `window` (a shown MainWindow on a shop with customers)."""
    work_dir.mkdir(parents=True, exist_ok=True)
    if window.reminders_pending():  # the reminder shown at start, once a day
        when_modal(ReminderDialog, reject)
        wait_until(lambda: not window.reminders_pending())
    upkeep = window.start_daily_upkeep()
    wait_until(lambda: not upkeep.running)

    window.show_list()
    open_and_cancel(window.new_customer_action.trigger, NewCustomerDialog)
    window.list_page.open_customer(window.list_page.model.index(0, 0))
    window.list_page.card.tabs.setCurrentIndex(0)
    card = window.list_page.card
    if card.timeline_model.rowCount():
        card.select_timeline_row(0)
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
    card.tabs.setCurrentIndex(0)
    open_and_cancel(card.anniversary_editor.add, AnniversaryDialog)
    open_and_cancel(card.override_stage, StageOverrideDialog)
    open_and_cancel(window.about_action.trigger, QMessageBox)
    open_and_cancel(window.templates_action.trigger, TemplateEditorDialog)
    open_and_cancel(lambda: ReminderDialog.ask(window, [], 7), ReminderDialog)
    for action in getattr(window, "extra_dialog_actions", list)():
        open_and_cancel(action.trigger, QDialog)

    # Export: cancelled once, then a real file written through the job.
    open_and_cancel(window.export_action.trigger, ExportDialog)
    target = work_dir / "고객목록.csv"
    target.unlink(missing_ok=True)

    def export(dialog: Any) -> None:
        dialog.path_edit.setText(str(target))
        dialog.save_button.click()

    when_modal(ExportDialog, export)
    window.export_action.trigger()
    assert target.exists(), "the export wrote no file"

    # Import: cancelled once, then a small file imported, and its report closed.
    open_and_cancel(window.import_action.trigger, ImportWizard)
    sheet = work_dir / "명단.csv"
    sheet.write_text(SHEET, encoding="utf-8-sig")

    def import_file(wizard: Any) -> None:
        wizard.file_page.path_edit.setText(str(sheet))
        while wizard.currentPage() is not wizard.duplicates_page:
            wizard.next()
        when_modal(ImportReportDialog, reject)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_modal(ImportWizard, import_file)
    window.import_action.trigger()

    # Letters from the list: make the letters and the labels, then close.
    window.list_page.table.selectRow(0)
    window.list_page.search_box.setFocus()

    def letters(dialog: Any) -> None:
        dialog.make_labels_button.click()
        wait_until(lambda: dialog.job is None)
        if dialog.make_button.isEnabled():
            dialog.make_button.click()
            wait_until(lambda: dialog.job is None)
        dialog.reject()

    window.list_page.table.selectAll()
    when_modal(LettersDialog, letters)
    window.letters_action.trigger()

    # The calendar, and letters from it when something is due this month.
    window.show_calendar()
    calendar = window.calendar_page
    calendar.tabs.setCurrentIndex(2)
    calendar.current_view().selectAll()
    if calendar.selected_entries():
        open_and_cancel(window.letters_action.trigger, LettersDialog)
    window.show_list()
    wait_until(lambda: not running_jobs())


def leftover_dialogs(window: QWidget) -> list[str]:
    """Dialogs still alive under the window once pending deletions ran (should be none)."""
    delete_pending()
    return [type(dialog).__name__ for dialog in window.findChildren(QDialog)]


def main(argv: list[str]) -> int:
    """`ui.app.main` on the shop `argv[0]`; the tour runs once the window is up, then quits."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    window_app.create_application()

    def run_tour() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(10, run_tour)
            return
        window = windows[0]
        tour(window, Path(argv[1]))
        window.quit_action.trigger()

    QTimer.singleShot(0, run_tour)
    return window_app.main(["--db", argv[0]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
