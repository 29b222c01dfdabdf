"""After a merge, ShopCRM's own export imported back finds the kept card by the merged card's
number: no second card appears and the merged-away card stays merged."""

from __future__ import annotations

from pathlib import Path

from peewee import Database

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.exporting import export_file
from shopcrm.merging import KEPT, merge_customers
from shopcrm.models import Customer
from tests.helpers.import_helpers import run_import


def test_the_merged_number_in_an_own_export_names_the_kept_card(
    db: Database, tmp_path: Path
) -> None:
    kept = create_customer(CustomerInput(name="김민지"))
    other = create_customer(CustomerInput(name="김민지", email="minji@example.com"))
    exported = export_file(tmp_path / "customers.csv").path
    merge_customers(kept, other, {"email": KEPT})
    report = run_import(Path(exported))
    assert report.created == 0
    assert Customer.select().where(Customer.deleted_at.is_null()).count() == 1
    assert get_customer(kept).email == "minji@example.com"
    assert Customer.get_by_id(other).merged_into == kept
