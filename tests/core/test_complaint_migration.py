"""Schema v4: an older shop upgrades and takes complaints; the saved v4 file reads back."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from shopcrm import complaints
from shopcrm.complaints import ComplaintIntake
from shopcrm.db import close_database, open_database
from shopcrm.models import Customer

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_upgraded_shop_records_complaints(tmp_path: Path, version: int) -> None:
    path = tmp_path / "shop.db"
    shutil.copy(DATA / f"schema_v{version}.db", path)
    open_database(str(path))
    try:
        customer_id = Customer.get(Customer.customer_no == 3).id
        complaint_id = complaints.open_complaint(
            ComplaintIntake(
                customer_id=customer_id,
                channel="counter",
                happened_at=dt.datetime(2026, 6, 1, 10),
                category="product",
                words="빵이 눅눅해요",
            ),
            at=dt.datetime(2026, 6, 1, 10, 5),
        )
        assert complaints.complaint_state(complaint_id) == "heard"
    finally:
        close_database()


def test_the_saved_v4_file_reads_back_its_complaints(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    shutil.copy(DATA / "schema_v4.db", path)
    open_database(str(path))
    try:
        closed = complaints.complaint_detail(1, today=dt.date(2026, 6, 1))
        assert (closed.state, closed.satisfaction, closed.customer_no) == ("closed", 5, 3)
        assert [r.kind for r in closed.remedies] == ["exchange", "gift"]
        assert closed.apologised_by_name == "박서연" and closed.apology_in_person
        assert len(closed.steps) == 7
        assert complaints.complaint_state(2) == "heard"
    finally:
        close_database()
