"""File → 중복 고객 정리: the likely duplicate pairs with why (phones masked in 상담 모드)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from peewee import Database
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.duplicates import likely_duplicates
from ui.consultation import consultation_mode
from ui.dialogs.duplicates_dialog import DuplicatesDialog
from ui.models.duplicate_table_model import DuplicateColumn, DuplicateTableModel


@pytest.fixture(autouse=True)
def mode_off_afterwards() -> Iterator[None]:
    yield
    consultation_mode().set_on(False)


@pytest.fixture
def twins(shop_db: Database) -> tuple[int, int]:
    """The same person twice: entered at the counter, then imported, neither with a phone."""
    first = create_customer(CustomerInput(name="박지훈"))
    second = create_customer(CustomerInput(name="박지훈"))
    for customer_id in (first, second):
        add_anniversary(customer_id, AnniversaryInput(kind="birthday", month=3, day=7, year=1985))
    create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    return first, second


def test_the_list_shows_each_pair_with_why(qtbot: QtBot, twins: tuple[int, int]) -> None:
    dialog = DuplicatesDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    older = dialog.model.index(0, DuplicateColumn.OLDER).data()
    newer = dialog.model.index(0, DuplicateColumn.NEWER).data()
    assert older.startswith("박지훈 (1)") and newer.startswith("박지훈 (2)")
    assert dialog.model.index(0, DuplicateColumn.WHY).data() == "이름과 생일이 같고 전화번호가 없음"
    assert dialog.merge_button.isEnabled()
    assert not dialog.empty_label.isVisibleTo(dialog)


def test_a_shop_without_duplicates_says_so(qtbot: QtBot, shop_db: Database) -> None:
    create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    dialog = DuplicatesDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.merge_button.isEnabled()


def test_the_pairs_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, twins: tuple[int, int]
) -> None:
    model = DuplicateTableModel()
    model.set_pairs(likely_duplicates())
    qtmodeltester.check(model)
    consultation_mode().set_on(True)
    qtmodeltester.check(model)
