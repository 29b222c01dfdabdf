"""Importing a shop's own export back into it never counts money or points twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import Database, fn

from shopcrm.customers import customer_count
from shopcrm.demo import create_demo_shop
from shopcrm.exporting import export_file
from shopcrm.importing import ImportOptions, import_file, preview_import
from shopcrm.models import Customer, PointEntry, Purchase

TODAY = dt.date(2026, 11, 20)


def figures() -> tuple[int, int, int, int]:
    return (
        int(Customer.select(fn.SUM(Customer.total_spent)).scalar() or 0),
        int(Customer.select(fn.SUM(Customer.points)).scalar() or 0),
        Purchase.select().count(),
        PointEntry.select().count(),
    )


@pytest.mark.parametrize("mode", ["skip", "fill", "overwrite"])
def test_importing_the_shops_own_export_back_counts_nothing_twice(
    db: Database, tmp_path: Path, mode: str
) -> None:
    create_demo_shop(40, today=TODAY)
    before = figures()
    export_file(tmp_path / "고객목록.csv")
    import_file(tmp_path / "고객목록.csv", ImportOptions(on_duplicate=mode, today=TODAY))
    assert figures() == before


def test_importing_an_export_into_a_new_shop_twice_counts_nothing_twice(
    db: Database, tmp_path: Path
) -> None:
    create_demo_shop(40, today=TODAY)
    export_file(tmp_path / "고객목록.xlsx")
    Customer.delete().execute()  # not the way a shop empties itself: only to start again
    for model in (PointEntry, Purchase):
        model.delete().execute()
    import_file(tmp_path / "고객목록.xlsx", ImportOptions(today=TODAY))
    once = figures()
    import_file(tmp_path / "고객목록.xlsx", ImportOptions(today=TODAY))
    assert figures() == once


def test_the_preview_of_the_shops_own_export_finds_every_customer(
    db: Database, tmp_path: Path
) -> None:
    create_demo_shop(40, today=TODAY)
    export_file(tmp_path / "고객목록.csv")
    preview = preview_import(tmp_path / "고객목록.csv", ImportOptions(today=TODAY))
    assert {row.status for row in preview.rows} == {"duplicate"}
    assert len(preview.rows) == customer_count()  # the trash is not exported
