"""The demo shop has duplicate pairs to merge and one customer in the trash."""

from __future__ import annotations

import datetime as dt

from peewee import Database

from shopcrm.demo import create_demo_shop
from shopcrm.duplicates import likely_duplicates
from shopcrm.merging import merge_customers, undo_merge
from shopcrm.trash import trashed_customers

TODAY = dt.date(2026, 11, 20)


def test_the_demo_shop_has_pairs_to_merge_and_one_card_in_the_trash(db: Database) -> None:
    create_demo_shop(60, today=TODAY)
    pairs = likely_duplicates()
    reasons = {reason for pair in pairs for reason in pair.reasons}
    assert {"same_phone", "same_name_address"} <= reasons
    assert len(pairs) >= 3
    [trashed] = trashed_customers()
    assert trashed.customer_no == 57 and trashed.reason


def test_a_demo_pair_merges_and_undoes(db: Database) -> None:
    create_demo_shop(60, today=TODAY)
    pair = likely_duplicates()[0]
    merge_id = merge_customers(pair.older.id, pair.newer.id, today=TODAY)
    assert pair.newer.id not in {p.newer.id for p in likely_duplicates()}
    undo_merge(merge_id)
    assert len(likely_duplicates()) >= 3
