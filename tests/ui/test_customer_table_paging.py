"""The customer list really pages: with thousands of customers, showing the first screen and
scrolling fetches only the pages shown, and painting a cell never asks the database.

The rows fetched are counted at the one core call the model makes (`fetch_customer_rows`),
and every SQL statement is counted at the database connection."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

import ui.models.customer_table_model as table_module
from shopcrm.db import close_database, open_database
from shopcrm.demo import create_demo_shop
from shopcrm.search import CustomerRow, fetch_customer_rows
from ui.models.customer_table_model import PAGE_SIZE, SORT_ROLE, Column
from ui.widgets.customer_list_page import CustomerListPage

CUSTOMERS = 3_000
LISTED = CUSTOMERS - 1  # the demo keeps one card in the trash, never listed
ROLES = (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole)


@pytest.fixture(scope="module")
def big_shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo shop of a few thousand customers, made once and copied for each test."""
    path = tmp_path_factory.mktemp("big") / "shop.db"
    open_database(str(path))
    create_demo_shop(CUSTOMERS, today=dt.date(2026, 11, 23))
    close_database()
    return path


@pytest.fixture
def big_shop(big_shop_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "shop.db"
    shutil.copy(big_shop_file, copy)
    database = open_database(str(copy))
    yield database
    close_database()


class Counter:
    """What the model asked the database for: each page fetched, and every SQL statement."""

    def __init__(self) -> None:
        self.fetches: list[list[int]] = []
        self.statements: list[str] = []

    @property
    def rows_fetched(self) -> int:
        return sum(len(ids) for ids in self.fetches)

    def reset(self) -> None:
        self.fetches.clear()
        self.statements.clear()


@pytest.fixture
def counter(big_shop: Database, monkeypatch: pytest.MonkeyPatch) -> Counter:
    counted = Counter()

    def fetch(ids: list[int]) -> list[CustomerRow]:
        counted.fetches.append(list(ids))
        return fetch_customer_rows(ids)

    execute_sql = big_shop.execute_sql

    def execute(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        counted.statements.append(sql)
        return execute_sql(sql, params, *args, **kwargs)

    monkeypatch.setattr(table_module, "fetch_customer_rows", fetch)
    monkeypatch.setattr(big_shop, "execute_sql", execute)
    return counted


def shown_page(qtbot: QtBot) -> CustomerListPage:
    page = CustomerListPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def visible_rows(page: CustomerListPage) -> range:
    table = page.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    return range(first, (last if last >= 0 else page.model.rowCount() - 1) + 1)


def pages_of(rows: range) -> set[int]:
    return {row // PAGE_SIZE for row in rows}


def fetched_pages(page: CustomerListPage, counted: Counter) -> set[int]:
    model = page.model
    rows_by_id = {model.customer_id(row): row for row in range(model.rowCount())}
    return {rows_by_id[ids[0]] // PAGE_SIZE for ids in counted.fetches}


def paint(page: CustomerListPage) -> None:
    """Paint the page now, as the screen would (grab renders synchronously, offscreen too)."""
    page.grab()


def test_the_first_screen_fetches_one_page_of_a_few_thousand(
    qtbot: QtBot, counter: Counter
) -> None:
    page = shown_page(qtbot)
    paint(page)
    assert page.model.rowCount() == LISTED
    assert len(visible_rows(page)) >= 10, "the first screen should show many rows"
    assert fetched_pages(page, counter) == {0}
    assert counter.rows_fetched == PAGE_SIZE
    assert len(counter.fetches) == 1
    assert page.model.index(0, Column.NAME).data()  # the rows shown are filled in


def test_showing_the_first_screen_costs_one_query(qtbot: QtBot, counter: Counter) -> None:
    page = CustomerListPage()
    qtbot.addWidget(page)
    counter.reset()  # the search ran when the page was made
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    paint(page)
    assert len(counter.statements) == len(counter.fetches) == 1


def selects_of_ids(counted: Counter) -> list[str]:
    return [sql for sql in counted.statements if sql.startswith('SELECT "t1"."id" FROM')]


def test_opening_the_list_runs_the_search_once(qtbot: QtBot, counter: Counter) -> None:
    page = shown_page(qtbot)
    paint(page)
    assert len(selects_of_ids(counter)) == 1, counter.statements


def test_painting_and_reading_every_shown_cell_asks_the_database_nothing(
    qtbot: QtBot, counter: Counter
) -> None:
    page = shown_page(qtbot)
    paint(page)
    counter.reset()
    for _ in range(3):
        paint(page)
    model = page.model
    for row in visible_rows(page):
        for column in Column:
            for role in ROLES:
                model.index(row, column).data(role)
    assert counter.statements == []
    assert counter.fetches == []


@pytest.mark.parametrize("target", [1_500, 2_345, LISTED - 1])
def test_scrolling_fetches_only_the_pages_shown(
    qtbot: QtBot, counter: Counter, target: int
) -> None:
    page = shown_page(qtbot)
    paint(page)
    counter.reset()
    page.table.scrollTo(page.model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    paint(page)
    shown = visible_rows(page)
    assert target in shown
    assert fetched_pages(page, counter) == pages_of(shown)
    assert counter.rows_fetched <= PAGE_SIZE * len(pages_of(shown))
    assert len(counter.statements) == len(counter.fetches)  # one query a page, none per cell
    assert page.model.index(target, Column.NUMBER).data()


def test_scrolling_back_to_a_page_seen_before_fetches_nothing(
    qtbot: QtBot, counter: Counter
) -> None:
    page = shown_page(qtbot)
    paint(page)
    page.table.scrollToBottom()
    paint(page)
    counter.reset()
    page.table.scrollToTop()
    paint(page)
    assert counter.fetches == []
    assert counter.statements == []


def test_the_cache_forgets_old_pages_and_fetches_them_again(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_module, "MAX_CACHED_PAGES", 2)
    page = shown_page(qtbot)
    paint(page)
    for row in (PAGE_SIZE * 5, PAGE_SIZE * 10):  # two more pages push the first one out
        page.table.scrollTo(page.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        paint(page)
    counter.reset()
    page.table.scrollToTop()
    paint(page)
    assert fetched_pages(page, counter) == {0}
    assert counter.rows_fetched == PAGE_SIZE
