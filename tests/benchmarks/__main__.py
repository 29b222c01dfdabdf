"""Build a demo shop of N customers, measure what a shop owner waits for, write a report.

Usage: python -m tests.benchmarks [--customers 100000] [--out docs/benchmarks.md]
Each later piece of work adds its section to SECTIONS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shopcrm.db import close_database, open_database
from shopcrm.demo import create_demo_shop
from shopcrm.search import fetch_customer_rows, search_customer_ids

TODAY = dt.date(2026, 11, 23)


@dataclass(frozen=True)
class Figure:
    name: str
    median_ms: float
    p99_ms: float | None
    target_ms: float
    runs: int

    @property
    def verdict(self) -> str:
        return "ok" if self.median_ms <= self.target_ms else "SLOW"


@dataclass(frozen=True)
class Section:
    title: str
    figures: list[Figure]
    notes: tuple[str, ...] = ()


def measure(work: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of each run."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return times


def figure(name: str, times: list[float], target_ms: float) -> Figure:
    ordered = sorted(times)
    p99 = (
        ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))] if len(times) > 1 else None
    )
    return Figure(name, statistics.median(times), p99, target_ms, len(times))


def demo_section(target: str, customers: int) -> Section:
    open_database(target)
    started = time.perf_counter()
    create_demo_shop(customers, seed=1, today=TODAY)
    seconds = time.perf_counter() - started
    close_database()
    return Section(
        f"Demo shop ({customers:,} customers)",
        [figure("shopcrm demo (bulk path)", [seconds * 1000], 60_000)],
    )


def open_section(target: str, customers: int) -> Section:
    def open_and_close() -> None:
        open_database(target)
        close_database()

    return Section(
        "Opening the database",
        [figure("open_database (checks + pragmas)", measure(open_and_close, 20), 200)],
    )


SEARCH_QUERIES = {
    "last four digits (5678)": "5678",
    "initial consonants (ㄱㅁㅅ)": "ㄱㅁㅅ",
    "two-syllable name (민수)": "민수",
    "full name (김민수)": "김민수",
    "whole phone (010-2345-6789)": "010-2345-6789",
    "customer number (4321)": "4321",
    "word in the notes (알레르기)": "알레르기",
    "one syllable (수)": "수",
}


def search_section(target: str, customers: int) -> Section:
    open_database(target)
    figures = []
    for label, query in SEARCH_QUERIES.items():

        def first_screen(query: str = query) -> None:
            fetch_customer_rows(search_customer_ids(query)[:50])

        figures.append(figure(f"search + first screen: {label}", measure(first_screen, 50), 300))
    figures.append(figure("whole list, sorted by name", measure(search_customer_ids, 5), 1000))
    close_database()
    return Section("Finding a customer (search, then the first 50 rows)", figures)


def timed_after(
    prepare: Callable[[], object], work: Callable[[], object], runs: int
) -> list[float]:
    """Milliseconds of `work` alone, each run after an untimed `prepare`."""
    times = []
    for _ in range(runs):
        prepare()
        times.extend(measure(work, 1))
    return times


def agenda_section(target: str, customers: int) -> Section:
    """The 30-day agenda: warm, after one anniversary changed, and on a year not yet computed."""
    from shopcrm import occurrences, settings
    from shopcrm.agenda import agenda, agenda_counts
    from shopcrm.anniversaries import AnniversaryInput, update_anniversary
    from shopcrm.models import Anniversary, AnniversaryOccurrence

    open_database(target)
    start, end = TODAY, TODAY + dt.timedelta(days=29)
    birthdays = Anniversary.select().where(Anniversary.kind == "birthday")
    lunar_share = birthdays.where(Anniversary.is_lunar).count() / max(1, birthdays.count())
    total = Anniversary.select().count()
    agenda(start, end)  # the demo computed last, this and next year
    warm = measure(lambda: agenda(start, end), 20)
    grid_start, grid_end = start - dt.timedelta(days=30), end + dt.timedelta(days=14)
    grid = measure(lambda: agenda_counts(grid_start, grid_end), 20)

    changed = birthdays.where(Anniversary.year.is_null(False)).order_by(Anniversary.id).first()
    moves = iter(range(1, 1000))

    def change_one() -> None:
        day = next(moves) % 28 + 1
        update_anniversary(changed.id, AnniversaryInput("birthday", 11, day, changed.year))

    def change_then_agenda() -> None:
        change_one()
        agenda(start, end)

    after_change = measure(change_then_agenda, 10)

    def reopen() -> None:
        close_database()
        open_database(target)

    after_open = timed_after(reopen, lambda: agenda(start, end), 5)

    far_start, far_end = dt.date(2030, 1, 1), dt.date(2030, 1, 30)
    kept = sorted(occurrences.computed_years())

    def forget_far_years() -> None:
        AnniversaryOccurrence.delete().where(
            AnniversaryOccurrence.occurrence_year.not_in(kept)
        ).execute()
        settings.set_setting(occurrences.YEARS_KEY, kept)

    new_year = timed_after(forget_far_years, lambda: agenda(far_start, far_end), 3)
    close_database()
    return Section(
        f"Anniversary agenda ({total:,} anniversaries; {lunar_share:.0%} of birthdays lunar)",
        [
            figure("30-day agenda, warm", warm, 300),
            figure("30-day agenda, first query after opening the database", after_open, 300),
            figure("month grid counts (calendar page), warm", grid, 100),
            figure(
                "one anniversary changed (its occurrences rewritten), then the 30-day agenda",
                after_change,
                300,
            ),
            figure(
                "30-day agenda in a year not computed yet (2 years of occurrences for all)",
                new_year,
                5_000,
            ),
        ],
    )


def import_section(target: str, customers: int) -> Section:
    """A Korean Excel CSV of N rows imported, against plain csv + sqlite3.executemany."""
    from tests.benchmarks.importing import import_section as measure_import

    return measure_import(target, customers)


def full_list_section(target: str, customers: int) -> Section:
    """The 14-column list with referrers through the `shopcrm import` process."""
    from tests.benchmarks.importing import full_list_section as measure_full_list

    return measure_full_list(target, customers)


def card_section(target: str, customers: int) -> Section:
    """Open a card with 3,000 timeline entries, and record a sale on it."""
    from tests.benchmarks.card import card_section as measure_card

    return measure_card(target, customers)


def letters_section(target: str, customers: int) -> Section:
    """1,000 personalised letters into one PDF, against a bare platypus document."""
    from tests.benchmarks.letters import letters_section as measure_letters

    return measure_letters(target, customers)


def duplicates_section(target: str, customers: int) -> Section:
    """A filtered search (stage + consent + text), the duplicates list, a merge and its undo."""
    from tests.benchmarks.duplicates import duplicates_section as measure_duplicates

    return measure_duplicates(target, customers)


SECTIONS: list[Callable[[str, int], Section]] = [
    demo_section,
    open_section,
    search_section,
    agenda_section,
    card_section,
    duplicates_section,
    import_section,
    full_list_section,
    letters_section,
]


def render(sections: list[Section], customers: int) -> str:
    lines = [
        "# ShopCRM benchmarks",
        "",
        f"- date: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.platform()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        f"- customers: {customers:,} (demo shop, seed 1)",
        f"- command: `python -m tests.benchmarks --customers {customers} --out docs/benchmarks.md`",
        "",
    ]
    for section in sections:
        lines += [
            f"## {section.title}",
            "",
            "| what | median | p99 | target | runs | |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for f in section.figures:
            p99 = f"{f.p99_ms:.2f} ms" if f.p99_ms is not None else "—"
            lines.append(
                f"| {f.name} | {f.median_ms:.2f} ms | {p99} | {f.target_ms:,.0f} ms "
                f"| {f.runs} | {f.verdict} |"
            )
        lines.append("")
        if section.notes:
            lines += [f"- {note}" for note in section.notes] + [""]
    return "\n".join(lines)


def postgres_sections(url: str, customers: int) -> list[Section]:
    """The demo and the searches again on a PostgreSQL database (emptied first)."""
    from playhouse.db_url import connect

    database = connect(url)
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    database.close()
    sections = [demo_section(url, customers), search_section(url, customers)]
    return [Section(f"{section.title} — PostgreSQL", section.figures) for section in sections]


def run(customers: int, out: Path, pg_url: str | None = None) -> list[Section]:
    with tempfile.TemporaryDirectory(prefix="shopcrm-bench-") as folder:
        path = str(Path(folder) / "bench.db")
        sections = [section(path, customers) for section in SECTIONS]
    if pg_url:
        sections += postgres_sections(pg_url, customers)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(sections, customers), encoding="utf-8")
    return sections


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    parser.add_argument(
        "--pg-url", default=None, help="also measure on this PostgreSQL database (it is emptied)"
    )
    args = parser.parse_args()
    for section in run(args.customers, args.out, args.pg_url):
        for f in section.figures:
            print(f"{f.name}: {f.median_ms:.2f} ms (target {f.target_ms:,.0f} ms) {f.verdict}")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
