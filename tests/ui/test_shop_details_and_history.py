"""File → Import history (Undo later, not only from the report) and File → Shop details."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopcrm.models import Customer
from shopcrm.settings import ShopProfile, save_shop_profile, shop_profile
from tests.helpers.import_helpers import run_import, write
from ui import messages
from ui.dialogs.import_history_dialog import REJECTED, STATE, ImportHistoryDialog
from ui.dialogs.shop_setup_dialog import ShopSetupDialog
from ui.main_window import MainWindow


def test_an_import_can_be_undone_from_the_history(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_import(write(tmp_path / "명단.csv", "이름,연락처\n김민수,010-1234-5678\n이서연,\n"))
    assert Customer.select().count() == 2
    monkeypatch.setattr(messages, "confirm", lambda parent, title, question: True)
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, STATE).text() == "가져옴"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert Customer.select().count() == 0
    assert dialog.table.item(0, STATE).text().endswith("되돌림")
    assert not dialog.undo_button.isEnabled()
    assert dialog.undone == 1


def test_the_history_counts_the_rejected_rows_as_the_command_line_does(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    run_import(write(tmp_path / "명단.csv", "이름,연락처\n김민수,010-1234-5678\n,010-2222-3333\n"))
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeaderItem(REJECTED).text()
    assert (header, dialog.table.item(0, REJECTED).text()) == ("거부", "1")


def test_the_file_menu_offers_the_history_and_the_shop_details(
    qtbot: QtBot, shop_db: Database
) -> None:
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리"))
    window = MainWindow()
    qtbot.addWidget(window)
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "가져오기 기록(&H)…" in texts and "가게 정보(&S)…" in texts


def test_the_shop_details_are_edited_with_a_postal_code(qtbot: QtBot, shop_db: Database) -> None:
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리", shop_address="서울 강남구"))
    dialog = ShopSetupDialog(None, shop_profile())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "가게 정보"
    assert dialog.name_edit.text() == "달빛 베이커리"
    assert dialog.address_edit.text() == "서울 강남구"
    dialog.postal_edit.setText("06236")
    dialog.phone_edit.setText("0212345678")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert shop_profile() == ShopProfile(
        shop_name="달빛 베이커리",
        shop_address="서울 강남구",
        shop_phone="02-1234-5678",
        shop_postal_code="06236",
    )


def test_a_new_shop_is_asked_its_postal_code(qtbot: QtBot, shop_db: Database) -> None:
    dialog = ShopSetupDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "새 가게 시작"
    dialog.name_edit.setText("꽃비 플라워")
    dialog.postal_edit.setText("04524")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert shop_profile().shop_postal_code == "04524"
