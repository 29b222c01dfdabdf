"""The card beside the list: opened from the search box or the list, left with Esc."""

from __future__ import annotations

from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from tests.ui.card_helpers import make_window, seed_customers
from ui.widgets.customer_list_page import SPLITTER_KEY
from ui.window_settings import window_settings


def test_typing_5678_and_enter_opens_the_first_matchs_card(qtbot: QtBot, shop_db: Database) -> None:
    ids = seed_customers()
    window = make_window(qtbot)
    page = window.list_page
    qtbot.keyClicks(page.search_box, "5678")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.card.customer_id == ids["김민수"]
    assert page.card.name_label.text() == "김민수"
    assert page.card.phone_label.text() == "· 010-1234-5678"
    assert page.current_customer_id() == ids["김민수"]
    assert page.selected_customer_ids() == [ids["김민수"]]


def test_enter_and_a_double_click_in_the_list_open_the_card(
    qtbot: QtBot, shop_db: Database
) -> None:
    ids = seed_customers()
    window = make_window(qtbot)
    page = window.list_page
    row = page.model.row_of(ids["이서연"])
    assert row is not None
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.card.customer_id == ids["이서연"]
    other = page.model.row_of(ids["박지훈"])
    assert other is not None
    cell = page.table.visualRect(page.model.index(other, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as a hand does
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.card.customer_id == ids["박지훈"]


def test_esc_on_the_card_goes_back_to_the_search_with_the_search_kept(
    qtbot: QtBot, shop_db: Database
) -> None:
    ids = seed_customers()
    window = make_window(qtbot)
    page = window.list_page
    qtbot.keyClicks(page.search_box, "5678")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.card.interests_edit.hasFocus()
    qtbot.keyClick(page.card.interests_edit, Qt.Key.Key_Escape)
    assert page.search_box.hasFocus()
    assert page.search_box.text() == "5678"
    assert page.card.customer_id == ids["김민수"]


def test_the_width_of_list_and_card_is_kept_on_this_machine(
    qtbot: QtBot, shop_db: Database
) -> None:
    seed_customers()
    window = make_window(qtbot)
    window.list_page.splitter.setSizes([300, 780])
    chosen = window.list_page.splitter.sizes()
    window.close()
    assert window_settings().value(SPLITTER_KEY) is not None
    again = make_window(qtbot)
    assert again.list_page.splitter.sizes() == chosen
    window_settings().remove(SPLITTER_KEY)


def test_the_counter_actions_show_on_the_card_with_their_shortcuts(
    qtbot: QtBot, shop_db: Database
) -> None:
    ids = seed_customers()
    window = make_window(qtbot)
    assert [button.text() for button in window.list_page.card.counter_buttons()] == [
        "판매 기록 (F2)",
        "방문·전화·문자 기록 (F3)",
        "포인트 사용·정정 (F4)",
        "소개 고객 기록 (Ctrl+R)",
    ]
    sale = QAction("판매 기록(&S)…", window)
    sale.setShortcut(QKeySequence("F2"))
    chosen: list[int | None] = []
    sale.triggered.connect(lambda: chosen.append(window.list_page.current_customer_id()))
    window.list_page.card.set_counter_actions([sale])
    window.list_page.open_card(ids["이서연"])
    (button,) = window.list_page.card.counter_buttons()
    assert button.text() == "판매 기록 (F2)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == [ids["이서연"]]
    sale.setEnabled(False)
    assert not button.isEnabled()
