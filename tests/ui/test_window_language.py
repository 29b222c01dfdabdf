"""One language and one vocabulary for the window: the same words as the command line, this
PC's choice kept in the window settings, and Qt's own dialogs in the program's language."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.letters.batch import Reason
from shopcrm.models import Setting
from shopcrm.purchases import PurchaseLine, record_purchase
from shopcrm.settings import ShopProfile, save_shop_profile
from tests.helpers.cli_helpers import run_cli
from ui import messages
from ui.dialogs.letters_dialog import reason_text
from ui.i18n import LANGUAGE_KEY, chosen_language, install_translators, window_language
from ui.main_window import MainWindow
from ui.models.agenda_table_model import Column
from ui.widgets.calendar_page import CalendarPage
from ui.widgets.language_menu import LanguageMenu
from ui.window_settings import window_settings

TODAY = dt.date(2026, 11, 23)
DAY = dt.date(2026, 12, 1)


@pytest.fixture(autouse=True)
def no_choice_stored() -> Iterator[None]:
    window_settings().remove(LANGUAGE_KEY)
    yield
    window_settings().remove(LANGUAGE_KEY)


def test_a_kind_and_an_age_read_the_same_on_the_command_line_and_in_the_calendar(
    qtbot: QtBot, qapp: QApplication, shop_db: Database, tmp_path: Path
) -> None:
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리"))
    minsu = create_customer(CustomerInput(name="김민수"))
    record_purchase(minsu, [PurchaseLine("소금빵", 5000)], purchased_on=dt.date(2024, 12, 1))
    seoyeon = create_customer(CustomerInput(name="이서연"))
    add_anniversary(seoyeon, AnniversaryInput("wedding", 12, 1, 2016))
    day = DAY.isoformat()
    cli = run_cli(
        "agenda", "--db", str(tmp_path / "shop.db"), "--from", day, "--to", day,
        env={"SHOPCRM_LANG": "en"},
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    install_translators(qapp, "en")
    page = CalendarPage(today=TODAY)
    qtbot.addWidget(page)
    page.set_today(TODAY)
    page.select_day(DAY)
    model = page.day_model
    rows = {
        model.index(row, Column.NAME).data(): (
            model.index(row, Column.KIND).data(),
            model.index(row, Column.AGE).data(),
        )
        for row in range(model.rowCount())
    }
    assert rows == {
        "김민수": ("First-purchase anniversary", "year 2"),
        "이서연": ("Wedding anniversary", "year 10"),
    }
    for name, (kind, age) in rows.items():
        (line,) = [line for line in cli.stdout.splitlines() if name in line]
        assert f"  {kind}  " in line and f"  {age}" in line


def test_a_left_out_reason_reads_as_on_the_command_line(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    assert reason_text(Reason("no_address")) == "no address"  # as `shopcrm letters` says
    reason = Reason("sent_recently", {"date": dt.date(2026, 11, 2), "days": 30})
    assert reason_text(reason) == "got the same letter on Nov 2, 2026 (within 30 days)"
    install_translators(qapp, "ko")
    assert reason_text(reason) == "2026년 11월 2일에 같은 편지를 이미 받았습니다 (30일 이내)"


def test_the_language_chosen_in_the_menu_is_kept_on_this_pc_not_in_the_shop(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: told.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.findChild(LanguageMenu, "language_menu")
    assert menu is not None
    assert menu.title() == "언어(&L)"
    assert menu.language_actions["ko"].isChecked()
    menu.language_actions["en"].trigger()
    assert chosen_language() == "en"
    assert told == ["다음에 시작할 때부터 English로 표시합니다."]
    assert "language" in (Path(window_settings().fileName())).read_text(encoding="utf-8")
    assert not Setting.select().where(Setting.key.contains("language")).exists()
    monkeypatch.delenv("SHOPCRM_LANG")
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert window_language() == "en"  # this PC's choice comes before the locale
    monkeypatch.setenv("SHOPCRM_LANG", "ko")
    assert window_language() == "ko"  # and after SHOPCRM_LANG


QT_TEXTS = """
import json
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from ui.app import create_application

app = create_application()
dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.show()
box = QMessageBox(QMessageBox.Icon.Question, "", "",
                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
print(json.dumps({
    "labels": [label.text() for label in dialog.findChildren(QLabel) if label.text()],
    "buttons": sorted(button.text() for button in box.buttons()),
}))
"""


def qt_texts(tmp_path: Path, **environment: str) -> dict[str, list[str]]:
    """The texts of Qt's own dialogs in a fresh program started with this environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SHOPCRM_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    }
    env.update(QT_QPA_PLATFORM="offscreen", SHOPCRM_DATA_DIR=str(tmp_path), **environment)
    result = subprocess.run(
        [sys.executable, "-c", QT_TEXTS],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_qt_dialogs_speak_korean_on_a_machine_set_to_c(tmp_path: Path) -> None:
    texts = qt_texts(tmp_path, LC_ALL="C", LANG="C")
    assert texts["labels"] == ["다음에서 찾기(&L):", "파일 이름(&N):", "파일 형식(&T):"]
    assert texts["buttons"] == ["예(&Y)", "취소"]


def test_qt_dialogs_speak_english_in_an_english_program_on_a_korean_machine(
    tmp_path: Path,
) -> None:
    texts = qt_texts(tmp_path, LANG="ko_KR.UTF-8", SHOPCRM_LANG="en")
    assert texts["labels"] == ["&Look in:", "File &name:", "Files of &type:"]
    assert texts["buttons"] == ["&Yes", "Cancel"]
