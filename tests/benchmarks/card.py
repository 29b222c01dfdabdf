"""The customer card benchmark: open the card of a customer with 3,000 timeline entries in the
demo shop, and record a sale on it, against a customer with 3 entries.

Opening the card is what the window does: `shopcrm.card.customer_card`, `timeline_count` and
the first timeline page of 50. Recording a sale is `shopcrm.purchases.record_purchase` with two
items (points, stage, grade, totals refreshed in the same transaction).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.benchmarks.__main__ import Section

ENTRIES = 3_000
PAGE = 50
RUNS = 20


def give_a_long_history(customer_id: int, today: dt.date) -> None:
    """1,000 sales of two items, 1,000 visits, 500 calls and messages and 500 points entries
    over five years, written in bulk, then her derived columns refreshed once."""
    from shopcrm import ladder
    from shopcrm.bulk import bulk_insert, next_id
    from shopcrm.db import database_proxy
    from shopcrm.models import Interaction, PointEntry, Purchase, PurchaseItem

    sales, per_kind = ENTRIES // 3, ENTRIES // 6
    first_purchase = next_id(Purchase)
    with database_proxy.atomic():
        purchases, items, earned = [], [], []
        for n in range(sales):
            day = today - dt.timedelta(days=2 * (sales - n))
            purchase_id = first_purchase + n
            purchases.append((purchase_id, customer_id, day, "sale", 9_000, "card", 270))
            items.append((purchase_id, "소금빵", 2, 3_000, 6_000))
            items.append((purchase_id, "아메리카노", 1, 3_000, 3_000))
            earned.append((customer_id, day, "earn", 270, purchase_id, dt.date.max))
        bulk_insert(
            Purchase,
            ("id", "customer_id", "purchased_on", "kind", "amount", "payment_method")
            + ("points_earned",),
            purchases,
        )
        bulk_insert(
            PurchaseItem, ("purchase_id", "description", "quantity", "unit_price", "amount"), items
        )
        contacts = []
        for n in range(2 * per_kind + per_kind):
            kind = "visit" if n < 2 * per_kind else ("call", "message")[n % 2]
            at = dt.datetime.combine(today, dt.time(11)) - dt.timedelta(days=n, hours=n % 5)
            contacts.append((customer_id, kind, at, "메모" if n % 7 == 0 else None))
        bulk_insert(Interaction, ("customer_id", "kind", "occurred_at", "note"), contacts)
        adjustments = [
            (customer_id, today - dt.timedelta(days=3 * n), "adjust", 10, None, dt.date.max)
            for n in range(ENTRIES - sales - len(contacts))
        ]
        bulk_insert(
            PointEntry,
            ("customer_id", "occurred_on", "kind", "points", "purchase_id", "expires_on"),
            earned + adjustments,
        )
        ladder.refresh_customer(customer_id, today=today)


def card_section(target: str, customers: int) -> Section:
    from shopcrm.card import customer_card
    from shopcrm.customers import CustomerInput, create_customer
    from shopcrm.db import close_database, open_database
    from shopcrm.purchases import PurchaseLine, record_purchase
    from shopcrm.timeline import timeline_count, timeline_page
    from shopcrm.visits import record_visit
    from tests.benchmarks.__main__ import TODAY, Section, figure, measure

    open_database(target)
    busy = create_customer(CustomerInput(name="한결같은", phone="010-9999-0001"))
    give_a_long_history(busy, TODAY)
    quiet = create_customer(CustomerInput(name="처음온", phone="010-9999-0002"))
    record_visit(quiet, occurred_at=dt.datetime(2026, 11, 1, 11, 0))
    record_purchase(quiet, [PurchaseLine("소금빵", 3_000)], purchased_on=dt.date(2026, 11, 2))
    entries = {cid: timeline_count(cid) for cid in (busy, quiet)}

    def open_card(customer_id: int) -> None:
        customer_card(customer_id, today=TODAY)
        timeline_count(customer_id)
        timeline_page(customer_id, offset=0, limit=PAGE)

    def sale(customer_id: int) -> None:
        record_purchase(
            customer_id,
            [PurchaseLine("소금빵", 3_000, quantity=2), PurchaseLine("아메리카노", 4_500)],
            payment_method="card",
        )

    figures = []
    for customer_id in (busy, quiet):
        label = f"{entries[customer_id]:,} timeline entries"
        open_card(customer_id)  # the first opening computes nothing the second would not
        figures.append(
            figure(
                f"open the card ({label}: card, count, first {PAGE})",
                measure(lambda customer_id=customer_id: open_card(customer_id), RUNS),
                100,
            )
        )
        figures.append(
            figure(
                f"record a sale of two items ({label})",
                measure(lambda customer_id=customer_id: sale(customer_id), RUNS),
                100,
            )
        )
    last_page = measure(lambda: timeline_page(busy, offset=entries[busy] - PAGE, limit=PAGE), RUNS)
    figures.append(figure(f"the last timeline page ({entries[busy]:,} entries)", last_page, 100))
    close_database()
    return Section(
        f"The customer card ({customers:,}-customer shop)",
        figures,
        (
            f"The busy customer has {entries[busy]:,} timeline entries: 1,000 sales of two items, "
            "1,000 visits, 500 calls and messages, 500 points entries, her stage changes.",
        ),
    )
