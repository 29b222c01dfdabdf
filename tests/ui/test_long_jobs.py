"""The one long-job harness: export and demo creation show progress and can be cancelled, the
daily upkeep runs off the UI thread, and the export dialog counts what the list shows."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtCore import QEvent, QKeyCombination, Qt, QThread
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from shopcrm import daily
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.demo import create_demo_shop
from shopcrm.models import Customer
from shopcrm.settings import ShopProfile, save_shop_profile, shop_profile
from ui import main_window as main_window_module
from ui import messages, workers
from ui.dialogs.export_dialog import ExportDialog
from ui.main_window import MainWindow


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def press_cancel_when_started(qtbot: QtBot) -> list[workers.LongJob[object]]:
    """Press the progress dialog's Cancel as soon as a job is about to start."""
    started: list[workers.LongJob[object]] = []

    def cancel(job: workers.LongJob[object]) -> None:
        started.append(job)
        assert job.progress_dialog is not None
        button = job.progress_dialog.findChild(QPushButton)
        assert button is not None and button.text() == "취소"
        button.click()

    workers.monitor().job_started.connect(cancel)
    return started


def seed(count: int) -> list[int]:
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리"))
    return [
        create_customer(CustomerInput(name=f"고객{n:02d}", phone=f"010-1000-{n:04d}"))
        for n in range(count)
    ]


def test_a_cancelled_export_leaves_no_file(qtbot: QtBot, shop_db: Database, tmp_path: Path) -> None:
    seed(3)
    target = tmp_path / "고객목록.csv"
    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))
    started = press_cancel_when_started(qtbot)
    try:
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    finally:
        workers.monitor().job_started.disconnect()
    assert started and started[0].outcome == "cancelled"
    assert not target.exists()
    assert not list(tmp_path.glob("*고객목록*"))  # no half-written part file either
    assert dialog.written is None and dialog.save_button.isEnabled()


def test_an_export_writes_the_file_through_the_job(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    seed(3)
    target = tmp_path / "고객목록.csv"
    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    assert dialog.written is not None and dialog.written.count == 3
    assert target.read_text(encoding="utf-8-sig").count("\n") == 4


def test_a_cancelled_demo_leaves_no_customers(qtbot: QtBot, shop_db: Database) -> None:
    window = make_window(qtbot)
    started = press_cancel_when_started(qtbot)
    try:
        qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(started) and not started[0].running, timeout=20_000)
    finally:
        workers.monitor().job_started.disconnect()
    assert started[0].outcome == "cancelled"
    assert Customer.select().count() == 0
    assert window.pages.currentWidget() is window.welcome_page


def test_a_demo_cancelled_over_a_shop_puts_the_shop_back(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed(2)
    window = make_window(qtbot)
    started = press_cancel_when_started(qtbot)
    # the window asks before replacing a shop: the demo's own `force` is what replaces it
    real = main_window_module.create_demo_shop
    monkeypatch.setattr(
        main_window_module,
        "create_demo_shop",
        lambda *args, **kwargs: real(*args, **{**kwargs, "force": True}),
    )
    try:
        window.open_demo_shop()
        qtbot.waitUntil(lambda: bool(started) and not started[0].running, timeout=20_000)
    finally:
        workers.monitor().job_started.disconnect()
    assert started[0].outcome == "cancelled"
    assert sorted(c.id for c in Customer.select()) == ids
    assert shop_profile().shop_name == "달빛 베이커리"


def test_a_demo_that_fails_says_why_in_words(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(1)  # the demo refuses a shop with customers
    window = make_window(qtbot)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error.code))
    window.open_demo_shop()
    qtbot.waitUntil(lambda: shown == ["database_not_empty"], timeout=20_000)
    assert Customer.select().count() == 1


def test_the_daily_upkeep_runs_on_another_thread(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(1)
    threads: list[object] = []
    real = daily.run_daily_upkeep

    def recording(today: dt.date | None = None) -> daily.DailyResult:
        threads.append(QThread.currentThread())
        threads.append(threading.current_thread())
        return real(today)

    monkeypatch.setattr(main_window_module, "run_daily_upkeep", recording)
    window = make_window(qtbot)
    job = window.start_daily_upkeep()
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    assert job.outcome == "success"
    assert threads[0] is not QApplication.instance().thread()  # type: ignore[union-attr]
    assert threads[1] is not threading.main_thread()


def test_the_export_dialog_counts_the_listed_and_the_selected(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(29)
    window = make_window(qtbot)
    table = window.list_page.table
    for row in range(5):
        table.selectionModel().select(
            window.list_page.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    seen: dict[str, object] = {}

    def look(parent: object, listed: list[int] | None, selected: list[int]) -> None:
        dialog = ExportDialog(None, listed, selected)
        qtbot.addWidget(dialog)
        seen["listed"] = dialog.listed_button.text()
        seen["selected"] = dialog.selected_button.text()
        dialog.selected_button.setChecked(True)
        seen["chosen"] = dialog.chosen_ids()
        dialog.all_button.setChecked(True)
        seen["all"] = dialog.chosen_ids()

    monkeypatch.setattr(ExportDialog, "ask", staticmethod(look))
    window.export_action.trigger()
    assert seen["listed"] == "지금 목록에 있는 고객 29명"
    assert seen["selected"] == "선택한 고객 5명"
    assert seen["chosen"] == window.list_page.selected_customer_ids()
    assert len(seen["chosen"]) == 5  # type: ignore[arg-type]
    assert seen["all"] is None


def test_menu_shortcuts_work_while_the_search_box_has_the_focus(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(2)
    window = make_window(qtbot)
    qtbot.waitExposed(window)
    window.activateWindow()
    asked: list[str] = []
    monkeypatch.setattr(ExportDialog, "ask", staticmethod(lambda *args: asked.append("export")))
    search = window.list_page.search_box
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["export"]
    # Under X11 and GNOME/KDE key schemes a line edit claims Ctrl+E (end of line) for itself;
    # the offscreen platform has no such scheme, so a line edit here claims it as they do.
    claiming = EmacsLineEdit(window.list_page)
    claiming.show()
    claiming.setFocus()
    qtbot.waitUntil(claiming.hasFocus)
    qtbot.keyClick(claiming, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["export", "export"]


class EmacsLineEdit(QLineEdit):
    def event(self, event: QEvent) -> bool:
        ctrl_e = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E)
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and event.keyCombination() == ctrl_e:
            event.accept()
            return True
        return super().event(event)


def test_the_demo_reports_its_progress(qtbot: QtBot, shop_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    create_demo_shop(120, today=dt.date(2026, 3, 1), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (1, 120) and seen[-1] == (120, 120) and len(seen) >= 3
