"""In the calendar a greeting records how she was greeted, and can be un-marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopcrm.agenda import agenda, greeting_channel
from shopcrm.models import Interaction
from tests.ui.test_calendar_page import make_page, seed_shop, select_rows, shown
from ui.models.agenda_table_model import Column
from ui.widgets import calendar_page

DAY = dt.date(2026, 12, 23)


def test_a_greeting_is_recorded_with_its_channel_and_can_be_unmarked(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_shop()
    page = make_page(qtbot)
    page.select_day(DAY)
    select_rows(page, [0])
    assert not page.unmark_button.isEnabled()
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("call"))
    qtbot.mouseClick(page.greet_button, Qt.MouseButton.LeftButton)
    assert [greeting_channel(row.kind) for row in Interaction.select()] == ["call"]
    assert shown(page.day_model, Column.GREETED)[0] == "완료"
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(calendar_page.messages, "confirm", confirm)
    select_rows(page, [0])
    assert page.unmark_button.isEnabled()
    qtbot.mouseClick(page.unmark_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert not any(entry.greeted for entry in agenda(DAY, DAY))
    assert shown(page.day_model, Column.GREETED) == ["", ""]
    assert Interaction.select().count() == 0
