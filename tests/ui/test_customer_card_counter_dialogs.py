"""The counter dialogs on real widgets: sale (F2), contact (F3), points (F4), referral (Ctrl+R)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.models import Interaction, Purchase, PurchaseItem, Referral
from shopcrm.products import add_product
from shopcrm.purchases import PurchaseLine, record_purchase
from shopcrm.staff import add_staff
from tests.ui.window_tour import when_modal
from ui import messages
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.points_dialog import PointsDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.dialogs.sale_dialog import SaleDialog
from ui.main_window import MainWindow
from ui.models.customer_table_model import Column


def a_regular() -> int:
    """김민수, who bought once for ₩100,000 and holds 3,000 points (3 %)."""
    someone = create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    record_purchase(someone, [PurchaseLine("원두 1kg", 100_000)])
    return someone


def shop() -> int:
    add_product("아메리카노", 4_500)
    add_product("소금빵", 3_500)
    add_staff("이하늘")
    return a_regular()


def open_window(qtbot: QtBot, selected: int | None = None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    if selected is not None:
        row = window.list_page.model.row_of(selected)
        assert row is not None
        window.list_page.table.selectRow(row)
    return window


def list_text(window: MainWindow, customer_id: int, column: Column) -> str:
    model = window.list_page.model
    row = model.row_of(customer_id)
    assert row is not None
    return str(model.index(row, column).data())


def sale_dialog(qtbot: QtBot, customer_id: int) -> SaleDialog:
    dialog = SaleDialog(None, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_korean(widget: Any, text: str) -> None:
    # QTest cannot type Hangul (it aborts pytest); a Korean IME commits text like setText does.
    widget.setText(text)


def press_enter(qtbot: QtBot, widget: Any) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def run_modal(kind: type[QDialog], act: Callable[[Any], None], trigger: Callable[[], None]) -> None:
    """Trigger a modal dialog and run `act` on it; `act` must close it."""
    when_modal(kind, act)
    trigger()


# --- F2: the sale --------------------------------------------------------------------------


def test_a_sale_of_two_items_with_500_points_shows_in_the_list(
    qtbot: QtBot, shop_db: Database
) -> None:
    someone = shop()
    window = open_window(qtbot, someone)
    assert list_text(window, someone, Column.STAGE) == "최초 구매 고객"
    seen: dict[str, str] = {}

    def sell(dialog: SaleDialog) -> None:
        try:
            type_korean(dialog.item_edit, "아메리카노")  # from the product list: price filled in
            seen["price"] = dialog.price_edit.text()
            dialog.quantity_spin.setValue(2)
            press_enter(qtbot, dialog.price_edit)  # Enter in the item row adds the line
            type_korean(dialog.item_edit, "생일 초")  # free text
            qtbot.keyClicks(dialog.price_edit, "3,000")
            press_enter(qtbot, dialog.item_edit)
            qtbot.keyClicks(dialog.points_edit, "500")
            seen["to_pay"] = dialog.to_pay_label.text()
            seen["earned"] = dialog.earned_label.text()
            press_enter(qtbot, dialog.points_edit)  # Enter outside the item row saves
        finally:
            if dialog.isVisible():
                dialog.reject()

    run_modal(SaleDialog, sell, window.sale_action.trigger)
    assert seen["price"] == "4,500"
    assert "11,500원" in seen["to_pay"]
    assert seen["earned"].startswith("345P")  # 3 % of what is paid after the points
    card = get_customer(someone)
    assert (card.purchase_count, card.points, card.total_spent) == (2, 2_845, 112_000)
    assert list_text(window, someone, Column.POINTS) == "2,845P"
    assert list_text(window, someone, Column.STAGE) == "단골 (반복 구매)"
    assert list_text(window, someone, Column.TOTAL) == "112,000원"
    lines = PurchaseItem.select().where(PurchaseItem.purchase == 2).order_by(PurchaseItem.id)
    assert [(line.description, line.quantity) for line in lines] == [
        ("아메리카노", 2),
        ("생일 초", 1),
    ]


@pytest.mark.parametrize("typed", ["-5000", "200,000,000원", "abc"])
def test_a_refused_amount_keeps_the_dialog_open_with_the_reason_beside_the_price(
    qtbot: QtBot, shop_db: Database, typed: str
) -> None:
    someone = shop()
    dialog = sale_dialog(qtbot, someone)
    type_korean(dialog.item_edit, "케이크")
    type_korean(dialog.price_edit, typed)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    shown = dialog.errors.shown()
    assert list(shown) == ["price"]
    assert typed in shown["price"]
    assert (dialog.item_edit.text(), dialog.price_edit.text()) == ("케이크", typed)
    assert Purchase.select().count() == 1  # only her earlier purchase


def test_korean_amounts_are_read_as_typed(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    dialog = sale_dialog(qtbot, someone)
    for item, price in (("케이크", "1.2만"), ("꽃다발", "3만5천원")):
        type_korean(dialog.item_edit, item)
        type_korean(dialog.price_edit, price)
        assert dialog.add_line()
    assert [line.unit_price for line in dialog.lines] == [12_000, 35_000]
    assert dialog.total_label.text() == "<b>47,000원</b>"


def test_points_beyond_the_balance_are_refused_beside_the_points(
    qtbot: QtBot, shop_db: Database
) -> None:
    someone = shop()
    dialog = sale_dialog(qtbot, someone)
    type_korean(dialog.item_edit, "소금빵")
    assert dialog.add_line()
    qtbot.keyClicks(dialog.points_edit, "3001")
    shown = dialog.errors.shown()
    assert list(shown) == ["points"] and "3,000P" in shown["points"]  # said while typing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "3,000P" in dialog.errors.shown()["points"]
    assert get_customer(someone).points == 3_000
    assert Purchase.select().count() == 1


def test_a_line_can_be_removed_and_escape_saves_nothing(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    dialog = sale_dialog(qtbot, someone)
    type_korean(dialog.item_edit, "소금빵")
    assert dialog.add_line()
    dialog.lines_table.selectRow(0)
    dialog.lines_table.setFocus()
    qtbot.keyClick(dialog.lines_table, Qt.Key.Key_Delete)
    assert dialog.lines == [] and dialog.lines_table.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Purchase.select().count() == 1


def test_the_products_are_offered_with_completion(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    dialog = sale_dialog(qtbot, someone)
    completer = dialog.item_edit.completer()
    completer.setCompletionPrefix("빵")  # contains, not only starts with
    assert completer.currentCompletion() == "소금빵"
    type_korean(dialog.item_edit, "소금빵")
    assert dialog.price_edit.text() == "3,500"
    type_korean(dialog.item_edit, "소금빵 세트")  # free text: the product's price goes
    assert dialog.price_edit.text() == ""


# --- F3, F4, Ctrl+R --------------------------------------------------------------------------


def test_f3_visit_makes_a_suspect_a_prospect(qtbot: QtBot, shop_db: Database) -> None:
    newcomer = create_customer(CustomerInput(name="박지훈", phone="010-2222-3333"))
    window = open_window(qtbot, newcomer)
    assert list_text(window, newcomer, Column.STAGE) == "잠재 고객"

    def visit(dialog: ContactDialog) -> None:
        try:
            assert dialog.kind() == "visit"
            dialog.note_edit.setPlainText("원두 시음 😊")
            qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        finally:
            if dialog.isVisible():
                dialog.reject()

    run_modal(ContactDialog, visit, window.contact_action.trigger)
    assert Interaction.get().note == "원두 시음 😊"
    assert list_text(window, newcomer, Column.STAGE) == "가망 고객"


def test_a_call_is_logged_with_its_staff(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    dialog = ContactDialog(None, someone)
    qtbot.addWidget(dialog)
    dialog.kind_group.button(1).setChecked(True)
    dialog.staff_combo.setCurrentIndex(1)
    dialog.save()
    logged = Interaction.get()
    assert (logged.kind, logged.staff.name) == ("call", "이하늘")


def test_f4_points_for_a_gift_need_a_reason(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    dialog = PointsDialog(None, someone)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.points_edit, "1,000")
    assert dialog.after_label.text() == "2,000P"
    dialog.save()
    assert dialog.isVisible() and list(dialog.errors.shown()) == ["reason"]
    assert get_customer(someone).points == 3_000
    type_korean(dialog.reason_edit, "생일 케이크 선물")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.balance_after == get_customer(someone).points == 2_000


def test_f4_a_correction_adds_points(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    dialog = PointsDialog(None, someone)
    qtbot.addWidget(dialog)
    dialog.correct_radio.setChecked(True)
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData(1))
    qtbot.keyClicks(dialog.points_edit, "700P")
    type_korean(dialog.reason_edit, "종이 쿠폰 옮김")
    assert dialog.after_label.text() == "3,700P"
    dialog.save()
    assert get_customer(someone).points == 3_700


def test_f4_more_points_than_she_has_are_refused_beside_the_points(
    qtbot: QtBot, shop_db: Database
) -> None:
    someone = shop()
    dialog = PointsDialog(None, someone)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.points_edit, "5000")
    type_korean(dialog.reason_edit, "선물")
    dialog.save()
    assert "3,000P" in dialog.errors.shown()["points"]
    assert get_customer(someone).points == 3_000


def test_a_referral_picked_by_search_shows_on_both_customers(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    introducer = a_regular()  # 김민수, 010-1234-5678
    friend = create_customer(CustomerInput(name="이서연", phone="010-4444-1111"))
    record_purchase(friend, [PurchaseLine("라떼", 5_000)])  # 150 points: she has bought
    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: told.append(text))
    window = open_window(qtbot, friend)

    def refer(dialog: ReferralDialog) -> None:
        try:
            qtbot.keyClicks(dialog.picker.search_box, "5678")  # the last four digits
            press_enter(qtbot, dialog.picker.search_box)  # picks
            assert dialog.referrer_id == introducer
            press_enter(qtbot, dialog.note_edit)  # saves
        finally:
            if dialog.isVisible():
                dialog.reject()

    run_modal(ReferralDialog, refer, window.referral_action.trigger)
    assert Referral.get().referrer_id == introducer
    assert told == ["기록했습니다. 두 고객에게 각각 1,000P를 지급했습니다."]
    assert list_text(window, introducer, Column.POINTS) == "4,000P"
    assert list_text(window, friend, Column.POINTS) == "1,150P"


def test_a_customer_cannot_be_picked_as_her_own_introducer(qtbot: QtBot, shop_db: Database) -> None:
    someone = a_regular()
    dialog = ReferralDialog(None, someone)
    qtbot.addWidget(dialog)
    dialog.picker.search("5678")
    assert dialog.picker.matches.count() == 0


# --- the menu ----------------------------------------------------------------------------------


def test_the_customer_menu_shows_each_counter_shortcut(qtbot: QtBot, shop_db: Database) -> None:
    window = open_window(qtbot)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "고객(&C)")
    shortcuts = {a.text(): a.shortcut().toString() for a in menu.actions() if a.text()}
    assert shortcuts == {
        "새 고객(&N)": "Ctrl+N",
        "고객 찾기(&F)": "Ctrl+F",
        "판매 기록(&S)…": "F2",
        "방문·전화·문자 기록(&V)…": "F3",
        "포인트 사용·정정(&P)…": "F4",
        "소개 고객 기록(&R)…": "Ctrl+R",
        "불만 접수(&M)…": "Ctrl+K",
        "카드 저장(&D)": "Ctrl+S",
        "고객 삭제(&L)… (목록에서 Del)": "",  # Delete only in the list: text fields keep it
    }


def test_a_counter_action_without_a_customer_says_what_to_do(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_regular()
    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: told.append(text))
    window = open_window(qtbot)
    window.list_page.table.clearSelection()
    window.sale_action.trigger()
    assert told == ["먼저 고객을 선택하거나 여세요."]


def test_a_refused_price_stays_named_while_the_points_are_typed(
    qtbot: QtBot, shop_db: Database
) -> None:
    someone = shop()
    dialog = sale_dialog(qtbot, someone)
    type_korean(dialog.item_edit, "소금빵")
    assert dialog.add_line()
    type_korean(dialog.item_edit, "케이크")
    type_korean(dialog.price_edit, "200,000,000원")
    assert not dialog.add_line()
    qtbot.keyClicks(dialog.points_edit, "9999")
    assert set(dialog.errors.shown()) == {"price", "points"}


def test_the_sale_is_typed_in_tab_order(qtbot: QtBot, shop_db: Database) -> None:
    dialog = sale_dialog(qtbot, shop())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.item_edit.setFocus()
    visited = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        dialog.quantity_spin,
        dialog.price_edit,
        dialog.add_button,
        dialog.lines_table,
        dialog.remove_button,
        dialog.points_edit,
        dialog.payment_combo,
    ]


def test_f2_opens_the_sale_of_the_selected_customer(qtbot: QtBot, shop_db: Database) -> None:
    someone = shop()
    window = open_window(qtbot, someone)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened: list[int] = []

    def look(dialog: SaleDialog) -> None:
        opened.append(dialog.customer_id)
        dialog.reject()

    when_modal(SaleDialog, look)
    window.list_page.table.setFocus()
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: opened == [someone])
    assert Purchase.select().count() == 1
