"""The filters beside the search: each gives exactly the expected rows of a small shop, with and
without a search text, the count says so, and the choice (and the columns shown) are kept on
this PC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from peewee import Database
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer, set_customer_tags
from shopcrm.models import Customer
from shopcrm.points import add_points
from shopcrm.search import NO_FILTER, CustomerFilter
from shopcrm.staff import add_staff, assign_staff
from tests.helpers.shop_helpers import buy
from ui.main_window import MainWindow
from ui.models.customer_table_model import Column, CustomerTableModel
from ui.widgets.list_filters import SETTINGS_KEY, filters_from_text, filters_to_text
from ui.window_settings import window_settings

TODAY = dt.date(2049, 12, 20)  # far ahead of every purchase: nothing depends on the day it runs


@pytest.fixture(autouse=True)
def no_stored_filters() -> Iterator[None]:
    window_settings().remove(SETTINGS_KEY)
    window_settings().remove("customer_list/hidden_columns")
    yield
    window_settings().remove(SETTINGS_KEY)  # other tests' windows open on the whole list
    window_settings().remove("customer_list/hidden_columns")


@pytest.fixture
def shop(shop_db: Database) -> dict[str, int]:
    """Six customers, each standing out by one or two filters."""
    staff = add_staff("지은")
    ids = {
        name: create_customer(
            CustomerInput(name=name, phone=phone, marketing_consent=consent),
            today=dt.date(2026, 1, 2),
        )
        for name, phone, consent in [
            ("김민수", "010-1111-2222", True),
            ("김민지", "010-3333-4444", False),
            ("이서연", None, True),
            ("박지훈", "010-5555-6666", False),
            ("최유나", "010-7777-8888", True),
            ("정하늘", None, False),
        ]
    }
    for day in (dt.date(2026, 1, 5), dt.date(2026, 2, 5), dt.date(2026, 3, 5)):
        buy(ids["김민수"], 30_000, day)  # a regular with three visit days: away since March
    buy(ids["최유나"], 10_000, dt.date(2026, 1, 5))
    buy(ids["최유나"], 10_000, dt.date(2026, 1, 9))
    buy(ids["이서연"], 20_000, dt.date(2026, 4, 1))
    Customer.update(grade="gold").where(Customer.id == ids["최유나"]).execute()
    add_anniversary(ids["김민지"], AnniversaryInput(kind="birthday", month=12, day=24))
    add_anniversary(ids["박지훈"], AnniversaryInput(kind="birthday", month=12, day=29))
    add_points(ids["박지훈"], 500, kind="adjust", on=dt.date(2048, 1, 10))  # expires 2050-01-10
    add_points(ids["정하늘"], 500, kind="adjust", on=dt.date(2048, 3, 10))
    assign_staff(ids["김민지"], staff)
    assign_staff(ids["최유나"], staff)
    set_customer_tags(ids["김민수"], ["단골"])
    set_customer_tags(ids["정하늘"], ["단골", "학생"])
    return ids


def open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window._reminders = []
    window.list_page.model.today = lambda: TODAY
    window.show()
    window.list_page.refresh()
    return window


def listed(window: MainWindow) -> set[str]:
    model = window.list_page.model
    return {model.index(row, Column.NAME).data() for row in range(model.rowCount())}


def choose(combo: QComboBox, data: object) -> None:
    """What a click on one of the combo's entries does."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def tick(check: QCheckBox) -> None:
    check.click()


def type_tag(window: MainWindow, tag: str) -> None:
    edit = window.list_page.filters_bar.tag_combo.lineEdit()
    edit.setText(tag)  # Hangul: set, as an input method commits it (keyClicks cannot type it)
    edit.editingFinished.emit()


def search(window: MainWindow, text: str) -> None:
    window.list_page.search_box.setText(text)
    window.list_page.search_box.search_now()
    window.list_page.search(text)


def test_the_stage_and_grade_filters(qtbot: QtBot, shop: dict[str, int]) -> None:
    window = open_window(qtbot)
    bar = window.list_page.filters_bar
    assert listed(window) == set(shop)
    choose(bar.stage_combo, "repeat")
    assert listed(window) == {"김민수", "최유나"}
    choose(bar.stage_combo, "first_time")
    assert listed(window) == {"이서연"}
    choose(bar.stage_combo, None)
    choose(bar.grade_combo, "gold")
    assert listed(window) == {"최유나"}


def test_the_at_risk_anniversary_and_expiring_points_filters(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    window = open_window(qtbot)
    bar = window.list_page.filters_bar
    tick(bar.at_risk_check)
    assert listed(window) == {"김민수"}
    tick(bar.at_risk_check)
    tick(bar.anniversary_check)
    assert listed(window) == {"김민지"}
    tick(bar.anniversary_check)
    tick(bar.points_check)
    assert listed(window) == {"박지훈"}


def test_the_staff_consent_and_tag_filters(qtbot: QtBot, shop: dict[str, int]) -> None:
    window = open_window(qtbot)
    bar = window.list_page.filters_bar
    choose(bar.staff_combo, Customer.get_by_id(shop["김민지"]).staff_id)
    assert listed(window) == {"김민지", "최유나"}
    choose(bar.staff_combo, None)
    choose(bar.consent_combo, True)
    assert listed(window) == {"김민수", "이서연", "최유나"}
    choose(bar.consent_combo, False)
    assert listed(window) == {"김민지", "박지훈", "정하늘"}
    choose(bar.consent_combo, None)
    type_tag(window, "단골")
    assert listed(window) == {"김민수", "정하늘"}
    type_tag(window, "학생")
    assert listed(window) == {"정하늘"}


def test_filters_combine_with_the_search_text_and_the_count_says_so(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    window = open_window(qtbot)
    bar = window.list_page.filters_bar
    search(window, "김민")
    assert listed(window) == {"김민수", "김민지"}
    choose(bar.consent_combo, True)
    assert listed(window) == {"김민수"}
    assert window.list_page.count_label.text() == "필터에 맞는 고객 1명"
    choose(bar.consent_combo, None)
    tick(bar.anniversary_check)
    assert listed(window) == {"김민지"}
    tick(bar.anniversary_check)
    search(window, "6666")
    tick(bar.points_check)
    assert listed(window) == {"박지훈"}
    bar.clear_button.click()
    assert listed(window) == {"박지훈"}  # the search stays
    assert window.list_page.count_label.text() == "고객 1명"


def test_the_last_filters_are_kept_on_this_pc(qtbot: QtBot, shop: dict[str, int]) -> None:
    window = open_window(qtbot)
    choose(window.list_page.filters_bar.stage_combo, "repeat")
    tick(window.list_page.filters_bar.deleted_check)  # the trash: not where the next start opens
    window.close()
    again = open_window(qtbot)
    assert again.list_page.filters_bar.filters() == CustomerFilter(stage="repeat")
    assert listed(again) == {"김민수", "최유나"}


def test_a_stored_choice_reads_back_and_nonsense_is_no_filter() -> None:
    chosen = CustomerFilter(stage="repeat", tag="단골", marketing_consent=False, at_risk=True)
    assert filters_from_text(filters_to_text(chosen)) == chosen
    assert filters_from_text("{not json") == NO_FILTER
    assert filters_from_text('{"stage": "repeat", "colour": "red"}') == CustomerFilter("repeat")


def test_the_column_chooser_hides_a_column_and_it_stays_hidden(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    window = open_window(qtbot)
    page = window.list_page
    page.show_column(Column.TOTAL, False)
    page.show_column(Column.NAME, False)  # the name always stays
    assert page.table.isColumnHidden(Column.TOTAL)
    assert not page.table.isColumnHidden(Column.NAME)
    window.close()
    again = open_window(qtbot)
    assert again.list_page.table.isColumnHidden(Column.TOTAL)
    again.list_page.show_column(Column.TOTAL, True)
    assert not again.list_page.table.isColumnHidden(Column.TOTAL)
    assert again.list_page.table.columnWidth(Column.TOTAL) > 20


def test_the_filtered_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, shop: dict[str, int]
) -> None:
    model = CustomerTableModel()
    model.today = lambda: TODAY
    model.set_filters(CustomerFilter(marketing_consent=True))
    qtmodeltester.check(model)
    model.search("김민")
    qtmodeltester.check(model)
