"""A large import sets the search-only indexes aside and builds them again at the end: the
shop afterwards, and after a cancelled import, has exactly the indexes it had before."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import Database

from shopcrm.bulk import PausedIndexes
from shopcrm.db import database_proxy
from shopcrm.importing import ImportCancelled, ImportOptions, creating, import_file, store
from shopcrm.models import Customer
from shopcrm.search import search_customer_ids
from tests.helpers.import_helpers import TODAY, excel_csv, run_import


def indexes() -> list[tuple[str, str]]:
    rows = database_proxy.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def customer_list(count: int) -> list[list[str]]:
    return [["이름", "휴대폰", "메모"]] + [
        [f"고객{n}", f"010-7{n:03d}-{n:04d}", f"케이크 {n}번"] for n in range(count)
    ]


@pytest.fixture
def large_from_the_first_chunk(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every import "large" and note how many indexes each one set aside."""
    monkeypatch.setattr(creating, "LARGE_IMPORT_ROWS", 1)
    monkeypatch.setattr(store, "CHUNK_ROWS", 100)
    paused: list[int] = []
    pause = PausedIndexes.pause

    def noting(self: PausedIndexes, names: tuple[str, ...]) -> None:
        pause(self, names)
        paused.append(len(self._statements))

    monkeypatch.setattr(PausedIndexes, "pause", noting)
    return paused


def test_a_large_import_keeps_every_index_and_its_customers_are_found(
    sqlite_db: Database, tmp_path: Path, large_from_the_first_chunk: list[int]
) -> None:
    before = indexes()
    report = run_import(excel_csv(tmp_path / "list.csv", customer_list(350)))
    assert report.created == 350
    assert large_from_the_first_chunk and large_from_the_first_chunk[0] == len(
        creating.SEARCH_ONLY_INDEXES
    )
    assert indexes() == before
    found = {Customer.get_by_id(i).name for i in search_customer_ids("고객349")}
    assert found == {"고객349"}
    by_phone = Customer.get(Customer.name == "고객349").id
    assert by_phone in search_customer_ids("0349")  # the phone's last four digits
    assert len(search_customer_ids("케이크")) == 350  # a word of the notes


def test_a_cancelled_large_import_leaves_every_index(
    sqlite_db: Database, tmp_path: Path, large_from_the_first_chunk: list[int]
) -> None:
    before = indexes()
    path = excel_csv(tmp_path / "big.csv", customer_list(2500))
    polls = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) > 6

    with pytest.raises(ImportCancelled):
        import_file(path, ImportOptions(today=TODAY), cancel=cancel)
    assert large_from_the_first_chunk  # the indexes had been set aside when it stopped
    assert indexes() == before
    assert Customer.select().count() == 0


def test_an_import_into_a_larger_shop_sets_no_index_aside(
    sqlite_db: Database, tmp_path: Path, large_from_the_first_chunk: list[int]
) -> None:
    run_import(excel_csv(tmp_path / "first.csv", customer_list(300)))
    large_from_the_first_chunk.clear()
    rows = [["이름", "휴대폰"]] + [[f"손님{n}", f"010-8{n:03d}-{n:04d}"] for n in range(150)]
    run_import(excel_csv(tmp_path / "second.csv", rows))
    assert large_from_the_first_chunk == []
