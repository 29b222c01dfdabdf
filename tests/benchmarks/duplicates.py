"""Issue 12 benchmarks: a filtered search on the demo shop (stage + consent + text, the first
page of 50 and the count of matches), and a merge of two customers with 1,000 history entries
each (and its undo)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.benchmarks.__main__ import Section

ENTRIES = 1_000
PAGE = 50
FILTERED_QUERIES = {"민수": "two-syllable name", "김": "one syllable", "ㄱㅁ": "initials"}


def give_history(customer_id: int, today: dt.date) -> None:
    """1,000 entries: 300 sales of two items with their points, 300 visits, 100 points
    adjustments, written in bulk, then her derived columns refreshed once."""
    from shopcrm import ladder
    from shopcrm.bulk import bulk_insert
    from shopcrm.db import database_proxy, rows_of
    from shopcrm.models import Interaction, PointEntry, Purchase, PurchaseItem

    sales = 300
    days = [today - dt.timedelta(days=3 * (sales - n)) for n in range(sales)]
    with database_proxy.atomic():
        bulk_insert(
            Purchase,
            ("customer_id", "purchased_on", "kind", "amount", "payment_method", "points_earned"),
            [(customer_id, day, "sale", 9_000, "card", 270) for day in days],
        )
        purchase_ids = [
            row[0]
            for row in rows_of(
                Purchase.select(Purchase.id)
                .where(Purchase.customer == customer_id)
                .order_by(Purchase.id)
            )
        ][-sales:]
        items, earned = [], []
        for purchase_id, day in zip(purchase_ids, days, strict=True):
            items.append((purchase_id, "소금빵", 2, 3_000, 6_000))
            items.append((purchase_id, "아메리카노", 1, 3_000, 3_000))
            earned.append((customer_id, day, "earn", 270, purchase_id, dt.date.max))
        bulk_insert(
            PurchaseItem, ("purchase_id", "description", "quantity", "unit_price", "amount"), items
        )
        visits = [
            (customer_id, "visit", dt.datetime.combine(day, dt.time(15)), None) for day in days
        ]
        bulk_insert(Interaction, ("customer_id", "kind", "occurred_at", "note"), visits)
        adjustments = [
            (customer_id, today - dt.timedelta(days=5 * n), "adjust", 10, None, dt.date.max)
            for n in range(ENTRIES - 3 * sales)
        ]
        bulk_insert(
            PointEntry,
            ("customer_id", "occurred_on", "kind", "points", "purchase_id", "expires_on"),
            earned + adjustments,
        )
        ladder.refresh_customer(customer_id, today=today)


def duplicates_section(target: str, customers: int) -> Section:
    from shopcrm.customers import CustomerInput, create_customer
    from shopcrm.db import close_database, open_database
    from shopcrm.duplicates import likely_duplicates
    from shopcrm.merging import merge_customers, undo_merge
    from shopcrm.search import (
        CustomerFilter,
        count_customers,
        fetch_customer_rows,
        search_customer_ids,
    )
    from tests.benchmarks.__main__ import TODAY, Section, figure, measure, timed_after

    open_database(target)
    chosen = CustomerFilter(stage="repeat", marketing_consent=True)
    figures = []
    for query, label in FILTERED_QUERIES.items():

        def first_page(query: str = query) -> None:
            fetch_customer_rows(search_customer_ids(query, filters=chosen, limit=PAGE, today=TODAY))

        figures.append(
            figure(
                f"stage + consent + text ({label} {query}): first page",
                measure(first_page, 100),
                20,
            )
        )
        figures.append(
            figure(
                f"stage + consent + text ({label} {query}): count of matches",
                measure(lambda query=query: count_customers(query, chosen, today=TODAY), 50),
                20,
            )
        )
    figures.append(
        figure("likely duplicates of the whole shop", measure(likely_duplicates, 3), 2_000)
    )

    kept = create_customer(CustomerInput(name="합치기 기준", phone="010-9990-0001"))
    other = create_customer(CustomerInput(name="합치기 대상", phone="010-9990-0002"))
    give_history(kept, TODAY)
    give_history(other, TODAY)
    merges: list[int] = []

    def merge() -> None:
        merges.append(merge_customers(kept, other, today=TODAY))

    def undo_last() -> None:
        if merges:
            undo_merge(merges.pop())

    merge_times = timed_after(undo_last, merge, 5)
    undo_last()
    undo_times = timed_after(merge, undo_last, 5)
    close_database()
    figures += [
        figure("merge two customers with 1,000 history entries each", merge_times, 500),
        figure("undo that merge", undo_times, 500),
    ]
    return Section(
        "Filters, duplicates and merging",
        figures,
        (
            "first page: `search_customer_ids(text, filters=CustomerFilter(stage='repeat', "
            "marketing_consent=True), limit=50)` + `fetch_customer_rows`",
            "merge: every row of both cards kept for an exact undo, history moved, totals derived "
            "again, in one transaction",
        ),
    )
