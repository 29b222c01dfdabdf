"""The counter benchmark: a sale at the counter for a regular with 3,000 purchases, in the
demo shop of N customers.

What the owner waits for after pressing Enter in the sale dialog: `sale_preview` (the figures
shown live as she types: balance, points earned) and `record_purchase` with two items and 500
points redeemed (redemption, points earned, stage, grade, totals and the referral check in one
transaction). Also a visit logged (F3) and points used for a gift (F4).

Run alone: ``python -m tests.benchmarks.counter [--customers 100000]`` (prints the figures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from shopcrm.db import close_database, open_database

if TYPE_CHECKING:
    from tests.benchmarks.__main__ import Section

HISTORY = 3_000
"""Her purchases in a shop of 100,000 customers (a smaller shop, as the harness test runs it,
gives her a tenth of its customer count)."""
RUNS = 30


def _regular_with_history(purchases: int) -> int:
    """A demo customer with `purchases` sales spread over the last eight years, typed in
    through the one-sale path (each with points earned and the ladder refreshed)."""
    from shopcrm.models import Customer
    from shopcrm.purchases import PurchaseLine, record_purchase

    customer_id = int(Customer.select(Customer.id).order_by(Customer.id).limit(1).scalar())
    today = dt.date.today()
    lines = [PurchaseLine("아메리카노", 4_000, 2), PurchaseLine("소금빵", 3_500)]
    for number in range(purchases):
        on = today - dt.timedelta(days=(purchases - number) * 2_920 // purchases)
        record_purchase(customer_id, lines, purchased_on=on)
    return customer_id


def counter_section(target: str, customers: int) -> Section:
    """The sale dialog's figures and its save, for a customer with a long history."""
    from shopcrm.points import correct_points, use_points
    from shopcrm.purchases import PurchaseLine, record_purchase, sale_preview
    from shopcrm.visits import record_visit
    from tests.benchmarks.__main__ import Section, figure, measure

    history = min(HISTORY, customers // 10)
    open_database(target)
    started = time.perf_counter()
    regular = _regular_with_history(history)
    history_s = time.perf_counter() - started
    correct_points(regular, 100_000, reason="benchmark")  # enough to redeem on every run
    lines = [PurchaseLine("생크림 케이크 (1호)", 32_000), PurchaseLine("아메리카노", 4_000, 2)]
    preview = measure(lambda: sale_preview(lines, 500, regular), RUNS)
    sale = measure(lambda: record_purchase(regular, lines, points_redeemed=500), RUNS)
    visit = measure(lambda: record_visit(regular, note="benchmark"), RUNS)
    gift = measure(lambda: use_points(regular, 100, reason="benchmark"), RUNS)
    close_database()
    return Section(
        f"At the counter (a regular with {history:,} purchases, {customers:,} customers)",
        [
            figure("sale preview (the dialog's live figures)", preview, 100),
            figure("record a sale: 2 items, 500 points redeemed", sale, 100),
            figure("log a visit (F3)", visit, 100),
            figure("use points for a gift (F4)", gift, 100),
        ],
        (
            f"her {history:,} purchases typed in one by one through record_purchase first "
            f"({history_s:.0f} s); every figure is her next sale, visit or gift on top",
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measuring "
            "(wall-clock times on a shared machine)",
        ),
    )


def main() -> None:
    from shopcrm.demo import create_demo_shop
    from tests.benchmarks.__main__ import TODAY

    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.counter")
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shopcrm-bench-") as folder:
        path = str(Path(folder) / "bench.db")
        open_database(path)
        create_demo_shop(args.customers, seed=1, today=TODAY)
        close_database()
        section = counter_section(path, args.customers)
    print(f"## {section.title}")
    for f in section.figures:
        p99 = f"{f.p99_ms:.2f}" if f.p99_ms is not None else "—"
        print(f"| {f.name} | {f.median_ms:.2f} ms | {p99} ms | {f.target_ms:,.0f} ms | {f.runs} |")
    for note in section.notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
