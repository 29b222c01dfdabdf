"""Issue 10 items 1-3: every dialog opened and cancelled, a job in each, the window closed, again
and again, in this process and in fresh ones: no crash, no QObject warning, exit status 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from peewee import Database
from pytestqt.qtbot import QtBot

from shopcrm.demo import create_demo_shop
from tests.ui.window_tour import delete_pending, leftover_dialogs, tour
from ui.main_window import MainWindow

ROUNDS = 20
FRESH_PROCESSES = 3
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_shop(shop_db: Database) -> Database:
    create_demo_shop(40, today=__import__("datetime").date(2026, 3, 1))
    return shop_db


def test_twenty_tours_of_every_dialog_leave_no_dialog_and_no_warning(
    qtbot: QtBot, qtlog: object, demo_shop: Database, tmp_path: Path
) -> None:
    for round_number in range(ROUNDS):
        window = MainWindow()
        window.show()
        tour(window, tmp_path / f"round{round_number}")
        assert leftover_dialogs(window) == []
        window.close()
        shiboken6.delete(window)
        delete_pending()
    warnings = [record.message for record in qtlog.records]  # type: ignore[attr-defined]
    assert not [message for message in warnings if "QObject" in message]


def test_a_fresh_window_tours_every_dialog_and_quits_cleanly(
    demo_shop: Database, tmp_path: Path
) -> None:
    shop = Path(demo_shop.database)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPCRM_LANG": "ko"}
    for run in range(FRESH_PROCESSES):
        finished = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.ui.window_tour",
                str(shop),
                str(tmp_path / str(run)),
            ],
            cwd=ROOT,
            env={**environment, "SHOPCRM_DATA_DIR": str(tmp_path / f"data{run}")},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "QObject" not in finished.stderr
        assert "Fatal Python error" not in finished.stderr
        assert finished.returncode == 0, finished.stderr[-2000:]


def test_a_fatal_crash_leaves_its_stack_in_the_log_folder(tmp_path: Path) -> None:
    crash = (
        "import ctypes\n"
        "from ui.app import enable_crash_log\n"
        "enable_crash_log()\n"
        "ctypes.string_at(0)\n"  # a segmentation fault, as a C extension's bug would cause
    )
    finished = subprocess.run(
        [sys.executable, "-c", crash],
        cwd=ROOT,
        env={**os.environ, "SHOPCRM_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode != 0
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert log.startswith("--- ShopCRM ")
    assert "Fatal Python error: Segmentation fault" in log
