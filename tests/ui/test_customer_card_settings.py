"""File → Settings: a refused value is named beside its field and nothing is half-saved; staff,
products and this PC's language from the same dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from shopcrm import settings
from shopcrm.customers import get_customer
from shopcrm.products import ProductInfo, add_product, list_products
from shopcrm.settings import GRADE_PRESETS, ShopProfile, save_shop_profile, shop_profile
from shopcrm.staff import add_staff, assign_staff, list_staff
from tests.helpers.shop_helpers import buy, customer
from ui import messages
from ui.dialogs.settings_dialog import SettingsDialog, SettingsTab
from ui.i18n import LANGUAGE_KEY, chosen_language, interface_language
from ui.main_window import MainWindow
from ui.window_settings import window_settings


@pytest.fixture
def shop(shop_db: Database) -> Database:
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리", business_type="bakery"))
    return shop_db


@pytest.fixture
def dialog(qtbot: QtBot, shop: Database) -> SettingsDialog:
    opened = SettingsDialog(None, SettingsTab.SHOP)
    qtbot.addWidget(opened)
    opened.show()
    return opened


@pytest.fixture(autouse=True)
def no_language_stored() -> Iterator[None]:
    window_settings().remove(LANGUAGE_KEY)
    yield
    window_settings().remove(LANGUAGE_KEY)


def click(button: object) -> None:
    from pytestqt.qtbot import QtBot as _QtBot

    _QtBot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_gold_below_silver_is_refused_beside_the_grades_and_nothing_is_saved(
    dialog: SettingsDialog,
) -> None:
    before = settings.get_setting("grade_thresholds")
    dialog.name_edit.setText("달빛 베이커리 2호점")
    dialog.grade_spend_edits["gold"].setText("100,000")  # silver is 150,000
    click(dialog.ok_button)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    refusal = dialog.refusals["grade_thresholds"]
    assert refusal.isVisible()
    assert (
        refusal.text() == "골드 기준은 실버 기준보다 높아야 합니다 (골드 100,000 ≤ 실버 150,000)."
    )
    assert dialog.tabs.currentIndex() == SettingsTab.THRESHOLDS
    assert dialog.grade_spend_edits["gold"].text() == "100,000"  # what was typed stays
    assert settings.get_setting("grade_thresholds") == before
    assert shop_profile().shop_name == "달빛 베이커리"  # nothing half-saved
    assert not dialog.refusals["shop_name"].isVisible()


def test_a_repeat_threshold_of_one_is_refused_beside_its_field(dialog: SettingsDialog) -> None:
    dialog.tabs.setCurrentIndex(SettingsTab.THRESHOLDS)
    dialog.repeat_spin.setValue(1)
    dialog.points_rate_spin.setValue(10)
    click(dialog.ok_button)
    refusal = dialog.refusals["repeat_purchase_threshold"]
    assert refusal.isVisible() and "2회에서 100회 사이" in refusal.text()
    assert not dialog.refusals["grade_thresholds"].isVisible()
    assert settings.get_setting("repeat_purchase_threshold") == 2
    assert settings.get_setting("points_rate_percent") == 3


def test_every_refused_field_is_named_and_a_corrected_value_saves(dialog: SettingsDialog) -> None:
    dialog.name_edit.setText("  ")
    dialog.repeat_spin.setValue(1)
    dialog.referral_edit.setText("많이")
    click(dialog.ok_button)
    shown = {key for key, label in dialog.refusals.items() if not label.isHidden()}
    assert shown == {"shop_name", "repeat_purchase_threshold", "referral_reward_points"}
    assert dialog.tabs.currentIndex() == SettingsTab.SHOP
    dialog.name_edit.setText("달빛 제과")
    dialog.repeat_spin.setValue(3)
    dialog.referral_edit.setText("2,000P")
    click(dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shop_profile().shop_name == "달빛 제과"
    assert settings.get_setting("repeat_purchase_threshold") == 3
    assert settings.get_setting("referral_reward_points") == 2_000
    assert dialog.changed_keys == {
        "shop_name",
        "repeat_purchase_threshold",
        "referral_reward_points",
    }


def test_a_new_business_type_offers_its_grade_preset(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, _t, question: asked.append(question) or True
    )
    index = dialog.type_combo.findData("salon")
    dialog.type_combo.setCurrentIndex(index)
    dialog.type_combo.activated.emit(index)
    assert asked and "미용실" in asked[0]
    assert dialog.grade_spend_edits["vip"].text() == "1,500,000"
    click(dialog.ok_button)
    assert settings.get_setting("grade_thresholds") == GRADE_PRESETS["salon"]


def test_a_declined_preset_keeps_the_shops_own_grades(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, _q: False)
    before = settings.get_setting("grade_thresholds")
    index = dialog.type_combo.findData("salon")
    dialog.type_combo.setCurrentIndex(index)
    dialog.type_combo.activated.emit(index)
    click(dialog.ok_button)
    assert settings.get_setting("business_type") == "salon"
    assert settings.get_setting("grade_thresholds") == before


def test_a_manager_added_then_removed_hands_her_customers_over(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = add_staff("박서연", role="owner")
    dialog.reload_staff()
    dialog.tabs.setCurrentIndex(SettingsTab.STAFF)
    dialog.new_staff_edit.setText("이하늘")
    dialog.new_staff_role_combo.setCurrentIndex(dialog.new_staff_role_combo.findData("manager"))
    click(dialog.add_staff_button)
    assert {m.name: m.role for m in list_staff()} == {"박서연": "owner", "이하늘": "manager"}
    manager = next(m.id for m in list_staff() if m.name == "이하늘")
    served = [customer("김민수"), customer("이서연")]
    for someone in served:
        assign_staff(someone, manager)
    dialog.reload_staff()
    row = next(r for r, m in enumerate(dialog.staff_members) if m.id == manager)
    assert dialog.staff_table.item(row, 2).text() == "2"
    dialog.staff_table.selectRow(row)
    dialog.hand_to_combo.setCurrentIndex(dialog.hand_to_combo.findData(owner))
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, _t, question: asked.append(question) or True
    )
    click(dialog.remove_staff_button)
    assert "이하늘" in asked[0] and "박서연" in asked[0]
    assert [m.name for m in list_staff()] == ["박서연"]
    assert [get_customer(someone).staff_id for someone in served] == [owner, owner]
    assert [m.name for m in dialog.staff_members] == ["박서연"]


def test_the_last_owner_cannot_step_down_and_the_table_shows_her_role(
    dialog: SettingsDialog,
) -> None:
    add_staff("박서연", role="owner")
    add_staff("정우진")
    dialog.reload_staff()
    dialog.tabs.setCurrentIndex(SettingsTab.STAFF)
    combo = dialog.staff_table.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("staff"))
    assert dialog.staff_refusal.isVisible() and "마지막 사장" in dialog.staff_refusal.text()
    assert combo.currentData() == "owner"
    assert {m.name: m.role for m in list_staff()}["박서연"] == "owner"


def test_a_staff_member_is_renamed_in_the_table(dialog: SettingsDialog) -> None:
    add_staff("정우 진")
    dialog.reload_staff()
    dialog.tabs.setCurrentIndex(SettingsTab.STAFF)
    dialog.staff_table.item(0, 0).setText("정우진")
    assert [m.name for m in list_staff()] == ["정우진"]
    dialog.staff_table.item(0, 0).setText(" ")
    assert dialog.staff_refusal.isVisible()
    assert dialog.staff_table.item(0, 0).text() == "정우진"


def test_a_product_added_in_the_dialog_is_on_the_counters_list(dialog: SettingsDialog) -> None:
    dialog.tabs.setCurrentIndex(SettingsTab.PRODUCTS)
    dialog.new_product_edit.setText("소금빵")
    dialog.new_price_edit.setText("3,500원")
    click(dialog.add_product_button)
    [bread] = list_products()
    assert bread == ProductInfo(bread.id, "소금빵", 3_500, True)
    assert dialog.products_table.item(0, 0).text() == "소금빵"
    assert dialog.products_table.item(0, 1).text() == "3,500"


def test_a_bad_price_is_refused_beside_the_product_list_and_what_was_typed_stays(
    dialog: SettingsDialog,
) -> None:
    dialog.tabs.setCurrentIndex(SettingsTab.PRODUCTS)
    dialog.new_product_edit.setText("금반지")
    dialog.new_price_edit.setText("2억")
    click(dialog.add_product_button)
    assert dialog.product_refusal.isVisible() and "너무 큽니다" in dialog.product_refusal.text()
    assert dialog.new_price_edit.text() == "2억"
    assert list_products() == []


def test_a_product_is_repriced_and_taken_off_sale_in_the_table(dialog: SettingsDialog) -> None:
    bread = add_product("소금빵", 3_500)
    dialog.reload_products()
    dialog.tabs.setCurrentIndex(SettingsTab.PRODUCTS)
    dialog.products_table.item(0, 1).setText("3,800")
    dialog.products_table.item(0, 2).setCheckState(Qt.CheckState.Unchecked)
    assert list_products(active_only=False) == [ProductInfo(bread, "소금빵", 3_800, False)]
    assert list_products() == []
    dialog.products_table.item(0, 1).setText("-1")
    assert dialog.product_refusal.isVisible()
    assert dialog.products_table.item(0, 1).text() == "3,800"


def test_the_language_is_kept_for_this_pc_and_applies_at_the_next_start(
    dialog: SettingsDialog,
) -> None:
    dialog.tabs.setCurrentIndex(SettingsTab.THIS_PC)
    assert dialog.language_combo.currentData() == "ko"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    click(dialog.ok_button)
    assert chosen_language() == "en"
    assert window_settings().value(LANGUAGE_KEY) == "en"
    assert interface_language() == "ko"  # until the next start
    assert settings.get_setting("language") is None  # not the shop's: this PC's


def test_the_file_menu_opens_the_settings(
    qtbot: QtBot, shop: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    opened: list[SettingsTab] = []
    monkeypatch.setattr(
        SettingsDialog, "ask", classmethod(lambda cls, parent, tab: opened.append(tab) or None)
    )
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    window.settings_action.trigger()
    window.shop_action.trigger()
    assert opened == [SettingsTab.SHOP, SettingsTab.SHOP]
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "설정(&T)…" in texts


def test_new_grade_thresholds_regrade_the_customers_at_once(
    qtbot: QtBot, shop: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    regular = customer("김민수")
    buy(regular, 200_000, dt.date.today() - dt.timedelta(days=10))
    assert get_customer(regular).grade == "silver"  # the bakery's silver is ₩150,000
    window = MainWindow()
    qtbot.addWidget(window)

    def raise_silver(cls: type, parent: object, tab: SettingsTab) -> frozenset[str]:
        thresholds = {**GRADE_PRESETS["bakery"], "silver": {"spend": 300_000, "visits": 10}}
        settings.save_settings({"grade_thresholds": thresholds})
        return frozenset({"grade_thresholds"})

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(raise_silver))
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: get_customer(regular).grade == "normal", timeout=10_000)
