"""Delete in the list moves customers into the trash with a reason (asked first); File → 휴지통
lists them and restores one exactly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from shopcrm.customers import customer_tags, get_customer, set_customer_tags
from shopcrm.trash import trashed_customers
from tests.ui.card_helpers import make_window, seed_customers, when_modal
from ui.consultation import consultation_mode
from ui.dialogs.delete_dialog import DeleteCustomersDialog
from ui.dialogs.trash_dialog import TrashDialog
from ui.main_window import MainWindow
from ui.models.customer_table_model import Column
from ui.models.trash_table_model import TrashColumn, TrashTableModel


@pytest.fixture(autouse=True)
def mode_off_afterwards() -> Iterator[None]:
    yield
    consultation_mode().set_on(False)


def listed(window: MainWindow) -> list[str]:
    model = window.list_page.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def select(window: MainWindow, name: str) -> None:
    row = listed(window).index(name)
    window.list_page.table.setFocus()
    window.list_page.table.selectRow(row)


def test_delete_in_the_list_asks_the_reason_and_moves_her_to_the_trash(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_customers()
    window = make_window(qtbot)
    select(window, "김민수")
    asked: list[list[str]] = []

    def answer(parent: object, names: list[str]) -> str:
        asked.append(names)
        return "잘못 입력"

    monkeypatch.setattr(DeleteCustomersDialog, "ask", answer)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)
    assert asked == [["김민수"]]
    assert "김민수" not in listed(window)
    assert window.list_page.count_label.text() == "고객 2명"
    assert [(c.name, c.reason) for c in trashed_customers()] == [("김민수", "잘못 입력")]


def test_keeping_her_in_the_delete_dialog_deletes_nothing(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_customers()
    window = make_window(qtbot)
    select(window, "이서연")
    monkeypatch.setattr(DeleteCustomersDialog, "ask", lambda parent, names: None)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)
    assert "이서연" in listed(window)
    assert trashed_customers() == []


def test_the_delete_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = DeleteCustomersDialog(None, ["김민수"])
    qtbot.addWidget(dialog)
    assert "김민수" in dialog.question_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.reason_combo.setCurrentIndex(0)
    assert dialog.ok_button.isEnabled()
    assert dialog.reason() == "잘못 입력"


def test_the_open_card_is_deleted_from_the_customer_menu(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed_customers()
    window = make_window(qtbot)
    window.list_page.open_card(ids["박지훈"])
    monkeypatch.setattr(DeleteCustomersDialog, "ask", lambda parent, names: "본인 요청")
    window.delete_action.trigger()
    assert window.list_page.card.customer_id is None
    assert "박지훈" not in listed(window)


def test_the_trash_restores_her_exactly(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed_customers()
    set_customer_tags(ids["김민수"], ["단골"])
    before = get_customer(ids["김민수"])
    window = make_window(qtbot)
    select(window, "김민수")
    monkeypatch.setattr(DeleteCustomersDialog, "ask", lambda parent, names: "잘못 입력")
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)
    window.list_page.filters_bar.deleted_check.click()  # the trash filter shows her
    assert listed(window) == ["김민수"]
    window.list_page.filters_bar.deleted_check.click()

    def restore(dialog: TrashDialog) -> None:
        assert dialog.model.index(0, TrashColumn.NAME).data() == "김민수"
        assert dialog.model.index(0, TrashColumn.REASON).data() == "잘못 입력"
        dialog.select_customer(ids["김민수"])
        dialog.restore_button.click()
        assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
        dialog.accept()

    when_modal(TrashDialog, restore)
    window.trash_action.trigger()
    assert sorted(listed(window)) == ["김민수", "박지훈", "이서연"]
    after = get_customer(ids["김민수"])
    assert (after.name, after.phone, after.customer_no) == (
        before.name,
        before.phone,
        before.customer_no,
    )
    assert customer_tags(ids["김민수"]) == ["단골"]


def test_the_trash_masks_phones_in_consultation_mode(qtbot: QtBot, shop_db: Database) -> None:
    from shopcrm.trash import delete_customer

    ids = seed_customers()
    delete_customer(ids["김민수"], "잘못 입력")
    dialog = TrashDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, TrashColumn.PHONE).data() == "010-1234-5678"
    consultation_mode().set_on(True)
    assert dialog.model.index(0, TrashColumn.PHONE).data() == "010-****-5678"


def test_the_trash_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, shop_db: Database
) -> None:
    from shopcrm.trash import delete_customer

    ids = seed_customers()
    for name in ("김민수", "이서연"):
        delete_customer(ids[name], "잘못 입력")
    model = TrashTableModel()
    model.set_customers(trashed_customers())
    qtmodeltester.check(model)
