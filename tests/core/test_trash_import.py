"""An import meeting a trashed customer's phone restores that card and fills it (reported as
휴지통에서 되살림) instead of making a second one; undoing the import puts her back in the trash.
`shopcrm import` names the restored cards; `shopcrm export` leaves the trash out."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import Database

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.db import close_database, open_database
from shopcrm.importing.batches import undo_batch
from shopcrm.models import Customer
from shopcrm.trash import delete_customer, trashed_customers
from tests.core.test_cli import run
from tests.helpers.import_helpers import run_import, write

ROWS = "이름,휴대폰,이메일\r\n김민지,010.3333.4444,minji@example.com\r\n이서연,010-5555-6666,\r\n"


@pytest.fixture
def minji(db: Database) -> int:
    customer_id = create_customer(CustomerInput(name="김민지", phone="010-3333-4444"))
    delete_customer(customer_id, "이사")
    return customer_id


def test_the_import_restores_the_trashed_card_and_fills_it(minji: int, tmp_path: Path) -> None:
    report = run_import(write(tmp_path / "list.csv", ROWS))
    card = get_customer(minji)
    assert report.restored == (card.customer_no,)
    assert (report.created, report.updated) == (1, 1)
    assert card.email == "minji@example.com"
    assert Customer.select().where(Customer.name == "김민지").count() == 1
    assert trashed_customers() == []


def test_the_restore_is_reported_in_skip_mode_too(minji: int, tmp_path: Path) -> None:
    report = run_import(write(tmp_path / "list.csv", ROWS), on_duplicate="skip")
    assert report.restored == (get_customer(minji).customer_no,)
    assert get_customer(minji).email is None
    assert trashed_customers() == []


def test_undoing_the_import_puts_her_back_in_the_trash(minji: int, tmp_path: Path) -> None:
    report = run_import(write(tmp_path / "list.csv", ROWS))
    assert report.batch_id is not None
    undo_batch(report.batch_id)
    [trashed] = trashed_customers()
    assert (trashed.id, trashed.reason) == (minji, "이사")
    assert get_customer(minji).email is None


def test_the_cli_names_the_restored_cards_and_exports_without_the_trash(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    open_database(str(db))
    kept = create_customer(CustomerInput(name="박지훈", phone="010-7777-8888"))
    gone = create_customer(CustomerInput(name="최유나", phone="010-9999-0000"))
    delete_customer(gone, "중복")
    numbers = get_customer(kept).customer_no, get_customer(gone).customer_no
    close_database()
    exported = tmp_path / "out.csv"
    result = run("export", str(exported), "--db", str(db))
    assert result.returncode == 0, result.stderr
    text = exported.read_text("utf-8-sig")
    assert "박지훈" in text and "최유나" not in text
    rows = "이름,휴대폰\r\n최유나,01099990000\r\n"
    result = run("import", str(write(tmp_path / "again.csv", rows)), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"휴지통에서 되살림: 1명 (고객번호 {numbers[1]})" in result.stdout
