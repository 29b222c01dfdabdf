"""Anniversaries on the card: a lunar leap-month birthday shows its next solar date."""

from __future__ import annotations

import pytest
from peewee import Database
from pytestqt.qtbot import QtBot

from shopcrm.anniversaries import customer_anniversaries
from shopcrm.customers import CustomerInput, create_customer
from tests.ui.card_helpers import make_card
from ui.widgets.anniversary_editor import AnniversaryDialog


def fill(dialog: AnniversaryDialog, month: int, day: int, year: int | None, leap: bool) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("birthday"))
    dialog.calendar_combo.setCurrentIndex(dialog.calendar_combo.findData(True))
    dialog.leap_check.setChecked(leap)
    dialog.month_spin.setValue(month)
    dialog.day_spin.setValue(day)
    dialog.year_unknown_check.setChecked(year is None)
    if year is not None:
        dialog.year_spin.setValue(year)


def test_a_lunar_leap_month_birthday_shows_its_next_solar_date(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(CustomerInput(name="정하나"))
    card = make_card(qtbot, customer_id)
    dialog = AnniversaryDialog(card, customer_id)
    qtbot.addWidget(dialog)
    fill(dialog, 10, 5, 1984, leap=True)  # 1984 had a leap 10th month
    dialog.save()
    assert dialog.result() == AnniversaryDialog.DialogCode.Accepted
    card.reload_facts()
    # the leap month is celebrated in the ordinary 10th month: lunar 10/5 of 2026 is 2026-11-13,
    # gone by 2026-11-23, so the next is lunar 10/5 of 2027 = 2027-11-02
    assert card.anniversary_editor.listed_texts() == [
        ("생일", "(음, 윤) 1984년 10월 5일", "2027년 11월 2일")
    ]


def test_a_leap_month_the_year_lacked_is_refused_beside_the_field(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(CustomerInput(name="정하나"))
    dialog = AnniversaryDialog(None, customer_id)
    qtbot.addWidget(dialog)
    fill(dialog, 3, 7, 1985, leap=True)  # 1985 had no leap 3rd month
    dialog.save()
    assert dialog.result() != AnniversaryDialog.DialogCode.Accepted
    assert list(dialog.errors.shown()) == ["leap"]
    assert dialog.month_spin.value() == 3 and dialog.leap_check.isChecked()
    assert customer_anniversaries(customer_id) == []


def test_editing_and_deleting_an_anniversary_on_the_card(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import messages

    customer_id = create_customer(CustomerInput(name="정하나"))
    card = make_card(qtbot, customer_id)
    dialog = AnniversaryDialog(card, customer_id)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("custom"))
    dialog.month_spin.setValue(3)
    dialog.day_spin.setValue(2)
    dialog.label_edit.setText("딸 입학")
    dialog.save()
    card.reload_facts()
    assert card.anniversary_editor.listed_texts()[0][:2] == ("기념일 · 딸 입학", "3월 2일")
    card.anniversary_editor.table.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda parent, title, question: True)
    card.anniversary_editor.delete_button.click()
    assert card.anniversary_editor.listed_texts() == []
    assert customer_anniversaries(customer_id) == []


def test_a_birthday_is_changed_to_lunar_on_the_card(qtbot: QtBot, shop_db: Database) -> None:
    from shopcrm.anniversaries import AnniversaryInput, add_anniversary

    customer_id = create_customer(CustomerInput(name="정하나"))
    add_anniversary(customer_id, AnniversaryInput("birthday", 3, 7))
    card = make_card(qtbot, customer_id)
    assert card.anniversary_editor.listed_texts()[0][:2] == ("생일", "3월 7일")
    (stored,) = customer_anniversaries(customer_id)
    dialog = AnniversaryDialog(card, customer_id, stored)
    qtbot.addWidget(dialog)
    assert (dialog.month_spin.value(), dialog.day_spin.value()) == (3, 7)
    assert dialog.year_unknown_check.isChecked() and not dialog.year_spin.isEnabled()
    dialog.calendar_combo.setCurrentIndex(dialog.calendar_combo.findData(True))
    dialog.save()
    card.reload_facts()
    # lunar 3/7 of 2027 is 2027-04-13 (lunar 3/7 of 2026 was in April, gone by 23 November)
    assert card.anniversary_editor.listed_texts() == [("생일", "(음) 3월 7일", "2027년 4월 13일")]
