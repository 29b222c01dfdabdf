"""No lost updates: a card saved elsewhere after it was opened shows both versions."""

from __future__ import annotations

import pytest
from peewee import Database
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer, update_customer
from tests.ui.card_helpers import make_card
from ui.dialogs import conflict_dialog
from ui.dialogs.conflict_dialog import DifferingField


def changed_meanwhile(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str
) -> tuple[int, list[list[DifferingField]]]:
    customer_id = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    card = make_card(qtbot, customer_id)
    update_customer(customer_id, {"interests": "귀리 우유"})  # the other counter, meanwhile
    shown: list[list[DifferingField]] = []

    def ask(parent: object, name: str, fields: list[DifferingField]) -> str:
        shown.append(fields)
        return choice

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "ask", staticmethod(ask))
    card.interests_edit.setText("꽃 좋아함")
    card.address_edit.setText("서울 마포구 연남로 27")
    card.saved_result = card.save()  # type: ignore[attr-defined]
    return customer_id, shown


def test_a_card_saved_elsewhere_meanwhile_shows_both_versions(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id, shown = changed_meanwhile(qtbot, monkeypatch, conflict_dialog.KEEP_EDITING)
    assert [(f.label, f.mine, f.stored) for f in shown[0]] == [
        ("주소", "서울 마포구 연남로 27", "—"),
        ("관심사", "꽃 좋아함", "귀리 우유"),
    ]
    stored = get_customer(customer_id)
    assert (stored.interests, stored.address) == ("귀리 우유", None)


def test_keep_mine_saves_over_the_new_version(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id, shown = changed_meanwhile(qtbot, monkeypatch, conflict_dialog.KEEP_MINE)
    assert len(shown) == 1
    stored = get_customer(customer_id)
    assert (stored.interests, stored.address) == ("꽃 좋아함", "서울 마포구 연남로 27")


def test_take_theirs_shows_the_stored_version(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id, _shown = changed_meanwhile(qtbot, monkeypatch, conflict_dialog.TAKE_THEIRS)
    assert get_customer(customer_id).interests == "귀리 우유"
    assert get_customer(customer_id).address is None


def test_the_conflict_dialog_lists_the_fields_side_by_side(qtbot: QtBot) -> None:
    dialog = conflict_dialog.ConflictDialog(
        None, "김민수", [DifferingField("관심사", "꽃 좋아함", "귀리 우유")]
    )
    qtbot.addWidget(dialog)
    assert dialog.shown_fields() == [("관심사", "꽃 좋아함", "귀리 우유")]
    dialog.keep_mine_button.click()
    assert dialog.choice == conflict_dialog.KEEP_MINE
