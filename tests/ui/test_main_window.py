"""The first window: welcome screen for a new shop, then the customer list."""

from __future__ import annotations

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer
from shopcrm.settings import ShopProfile, save_shop_profile, shop_profile
from ui.dialogs.shop_setup_dialog import ShopSetupDialog
from ui.i18n import install_translators
from ui.main_window import DEMO_CUSTOMERS, MainWindow


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_shop_opens_on_the_welcome_screen(qtbot: QtBot, shop_db: Database) -> None:
    window = make_window(qtbot)
    assert window.pages.currentWidget() is window.welcome_page
    assert window.welcome_page.demo_button.text().startswith("데모 가게")
    assert window.welcome_page.import_button.isEnabled()


def test_the_demo_button_fills_the_shop_and_shows_the_list(qtbot: QtBot, shop_db: Database) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.list_page, timeout=20_000)
    listed = DEMO_CUSTOMERS - 1  # the demo keeps one card in the trash, never listed
    assert window.list_page.model.rowCount() == listed
    assert window.windowTitle() == "ShopCRM — 달빛 베이커리"
    assert window.list_page.count_label.text() == f"고객 {listed}명"


def test_starting_an_empty_shop_stores_its_profile(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot)

    def fill_in(parent: object) -> bool:
        dialog = ShopSetupDialog()
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()
        dialog.name_edit.setText("꽃비 플라워")
        dialog.phone_edit.setText("0212345678")
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("flower"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return True

    monkeypatch.setattr(ShopSetupDialog, "ask", staticmethod(fill_in))
    qtbot.mouseClick(window.welcome_page.new_button, Qt.MouseButton.LeftButton)
    assert shop_profile() == ShopProfile(
        shop_name="꽃비 플라워", shop_phone="02-1234-5678", business_type="flower"
    )
    assert window.pages.currentWidget() is window.list_page
    assert window.list_page.model.rowCount() == 0


def type_korean(qtbot: QtBot, widget: object, text: str) -> None:
    # QTest cannot type Hangul; a Korean IME commits text like setText does.
    widget.setText(text)  # type: ignore[attr-defined]


def seed_customers() -> None:
    for name, phone in (
        ("김민수", "010-1234-5678"),
        ("김민서", "010-2222-3333"),
        ("이서연", "010-4444-5678"),
        ("박지훈", None),
    ):
        create_customer(CustomerInput(name=name, phone=phone))
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리"))


def visible_names(window: MainWindow) -> list[str]:
    model = window.list_page.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_searching_by_name_narrows_the_list(qtbot: QtBot, shop_db: Database) -> None:
    seed_customers()
    window = make_window(qtbot)
    assert len(visible_names(window)) == 4
    type_korean(qtbot, window.list_page.search_box, "김민")
    qtbot.waitUntil(lambda: visible_names(window) == ["김민서", "김민수"])


def test_typing_the_last_four_digits_finds_the_customers(qtbot: QtBot, shop_db: Database) -> None:
    seed_customers()
    window = make_window(qtbot)
    qtbot.keyClicks(window.list_page.search_box, "5678")
    qtbot.waitUntil(lambda: sorted(visible_names(window)) == ["김민수", "이서연"])
    assert window.list_page.count_label.text() == "고객 2명"


def test_initial_consonants_find_a_customer(qtbot: QtBot, shop_db: Database) -> None:
    seed_customers()
    window = make_window(qtbot)
    type_korean(qtbot, window.list_page.search_box, "ㅂㅈㅎ")
    qtbot.waitUntil(lambda: visible_names(window) == ["박지훈"])


def test_headers_follow_the_interface_language(
    qtbot: QtBot, shop_db: Database, qapp: QApplication
) -> None:
    seed_customers()
    window = make_window(qtbot)
    model = window.list_page.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "이름"
    install_translators(qapp, "en")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_the_daily_upkeep_runs_off_the_ui_thread_once_a_day(
    qtbot: QtBot, shop_db: Database
) -> None:
    from shopcrm.settings import get_setting

    seed_customers()
    window = make_window(qtbot)
    assert get_setting("daily_upkeep_on") is None
    window.start_daily_upkeep()
    qtbot.waitUntil(lambda: get_setting("daily_upkeep_on") is not None, timeout=10_000)
