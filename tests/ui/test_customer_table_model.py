"""The customer list model passes Qt's model checks and pages its rows."""

from __future__ import annotations

import datetime as dt

from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from shopcrm.demo import create_demo_shop
from ui.models.customer_table_model import ID_ROLE, PAGE_SIZE, Column, CustomerTableModel


def test_the_model_passes_qt_model_checks(qtmodeltester: ModelTester, shop_db: Database) -> None:
    create_demo_shop(50, today=dt.date(2026, 11, 23))
    model = CustomerTableModel()
    model.search("")
    qtmodeltester.check(model)
    model.search("김")
    qtmodeltester.check(model)


def test_sorting_by_total_spent_puts_the_biggest_spender_first(shop_db: Database) -> None:
    create_demo_shop(60, today=dt.date(2026, 11, 23))
    model = CustomerTableModel()
    model.sort(Column.TOTAL, Qt.SortOrder.DescendingOrder)
    totals = [
        model.index(row, Column.TOTAL).data(Qt.ItemDataRole.UserRole + 2)
        for row in range(model.rowCount())
    ]
    assert totals == sorted(totals, reverse=True)
    assert model.index(0, Column.TOTAL).data().endswith("원")


def test_rows_far_down_the_list_are_fetched_when_shown(shop_db: Database) -> None:
    create_demo_shop(PAGE_SIZE * 2 + 10, today=dt.date(2026, 11, 23))
    model = CustomerTableModel()
    model.sort(Column.NUMBER)
    last = model.rowCount() - 1
    assert model.index(last, Column.NUMBER).data() == str(PAGE_SIZE * 2 + 10)
    assert model.index(last, 0).data(ID_ROLE) == model.customer_id(last)
