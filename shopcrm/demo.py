"""The demo shop: a deterministic bakery with N customers, their purchases, points and dates.

Everything follows the core's rules (`shopcrm.ladder.derive_facts` for each customer's
stage, grade and totals, the phone normaliser, the initial consonants) but is written
through `shopcrm.bulk`, so 100,000 customers take seconds rather than minutes. The shop uses
the grade preset of its business type (a bakery). The same seed and `today` give the same
shop.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from shopcrm import paths, settings
from shopcrm.anniversaries import refresh_after_bulk_load
from shopcrm.backup import backup_sqlite_file
from shopcrm.bulk import bulk_insert, refresh_planner_statistics, reset_id_sequences
from shopcrm.db import database_proxy
from shopcrm.demo_complaints import write_demo_complaints
from shopcrm.errors import CancelCheck, DemoRefused, check_cancel
from shopcrm.ladder import DERIVED_COLUMNS, CustomerFacts, derive_facts, points_for_purchase
from shopcrm.lunar import lunar_date_exists
from shopcrm.models import (
    ALL_MODELS,
    Anniversary,
    Customer,
    Interaction,
    PointEntry,
    Product,
    Purchase,
    PurchaseItem,
    Referral,
    SchemaInfo,
    SearchToken,
    Staff,
    StageChange,
)
from shopcrm.occurrences import years_around
from shopcrm.phones import format_phone, last_four
from shopcrm.points import expire_due_points
from shopcrm.search import initial_consonants, search_tokens

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    shop_name: str
    customers: int
    purchases: int
    seconds: float


@dataclass
class _Facts:
    """What happened to one demo customer, before the derived columns are computed."""

    id: int
    created: dt.date
    purchases: list[tuple[dt.date, int]] = field(default_factory=list)  # (day, amount)
    contact_days: list[dt.date] = field(default_factory=list)  # calls, inquiries, visits
    visit_days: list[dt.date] = field(default_factory=list)  # visits without a purchase
    referred_by: int | None = None
    advocate_since: dt.date | None = None
    points: int = 0
    stage_override: str | None = None


def load_demo_data() -> dict[str, Any]:
    """The word lists of the demo shop (names, products, streets ...) from resources/demo."""
    data: dict[str, Any] = json.loads(
        paths.resource("demo", "demo_shop.json").read_text(encoding="utf-8")
    )
    return data


def create_demo_shop(
    customers: int = 300,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> DemoSummary:
    """Fill the open database with the demo shop.

    Args:
        customers: how many customers.
        seed: the random seed; the same seed and `today` give the same shop.
        today: the date the shop's history leads up to (default today).
        force: replace the customers already there (otherwise refused).
        progress: called with (done, total) customers while generating.
        cancel: polled while generating; returning True stops, and the shop is exactly as
            before: everything runs in one transaction, which is rolled back.

    Raises:
        DemoRefused: the database already has customers and `force` is False.
        Cancelled: ``demo_cancelled``; nothing was changed.
    """
    started = time.perf_counter()
    today = today or dt.date.today()
    existing = Customer.select().count()
    if existing and not force:
        raise DemoRefused("database_not_empty", count=existing)
    if existing:
        _back_up_before_replacing()
    data = load_demo_data()
    generator = _DemoGenerator(random.Random(seed), today, data)
    with database_proxy.atomic():
        _clear_everything()
        settings.set_settings({**data["shop"], "grade_thresholds": generator.thresholds})
        generator.write_reference_rows()
        generator.write_customers(customers, progress, cancel)
        check_cancel(cancel, "demo_cancelled")
        _put_one_in_the_trash(customers, generator.at(today))
        write_demo_complaints(today, customers)  # for customers outside the trash
        reset_id_sequences(ALL_MODELS[2:])
        expire_due_points(today)
        refresh_after_bulk_load(years_around(today))
    refresh_planner_statistics()
    return DemoSummary(
        shop_name=data["shop"]["shop_name"],
        customers=customers,
        purchases=generator.purchase_total,
        seconds=time.perf_counter() - started,
    )


def _back_up_before_replacing() -> None:
    """A copy of a SQLite shop in its backups/ folder before the demo replaces it."""
    database = database_proxy.obj
    if isinstance(database, SqliteDatabase):
        backup_sqlite_file(Path(database.database), label="before-demo")


def _clear_everything() -> None:
    for model in reversed(ALL_MODELS):
        if model is not SchemaInfo:
            model.delete().execute()


class _DemoGenerator:
    def __init__(self, rng: random.Random, today: dt.date, data: dict[str, Any]) -> None:
        self.rng = rng
        self.today = today
        self.data = data
        self.purchase_total = 0
        self.rate = float(settings.DEFAULTS["points_rate_percent"])
        self.expiry_days = int(settings.DEFAULTS["points_expiry_months"]) * 30
        self.reward = int(settings.DEFAULTS["referral_reward_points"])
        self.repeat_threshold = int(settings.DEFAULTS["repeat_purchase_threshold"])
        self.thresholds: dict[str, Any] = settings.GRADE_PRESETS[data["shop"]["business_type"]]

    def write_reference_rows(self) -> None:
        staff = [(i, s["name"], s["role"]) for i, s in enumerate(self.data["staff"], start=1)]
        bulk_insert(
            Staff,
            ("id", "name", "role", "active", "created_at"),
            [(*row, True, self._at(self.today - dt.timedelta(days=900))) for row in staff],
        )
        products = self.data["products"]
        bulk_insert(
            Product,
            ("id", "name", "unit_price", "active"),
            [(i, p["name"], p["unit_price"], True) for i, p in enumerate(products, start=1)],
        )

    def at(self, day: dt.date, hour: int = 10) -> dt.datetime:
        return self._at(day, hour)

    def _at(self, day: dt.date, hour: int = 10) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, 0))

    def write_customers(
        self, count: int, progress: ProgressCallback | None, cancel: CancelCheck | None = None
    ) -> None:
        rng = self.rng
        facts: list[_Facts] = []
        customer_rows: list[list[Any]] = []
        purchases: list[tuple[Any, ...]] = []
        items: list[tuple[Any, ...]] = []
        interactions: list[tuple[Any, ...]] = []
        points: list[tuple[Any, ...]] = []
        anniversaries: list[tuple[Any, ...]] = []
        referrals: list[tuple[Any, ...]] = []
        products = self.data["products"]
        staff_ids = list(range(1, len(self.data["staff"]) + 1))
        for number in range(1, count + 1):
            created = self.today - dt.timedelta(days=rng.randint(0, 730))
            fact = _Facts(id=number, created=created)
            facts.append(fact)
            customer_rows.append(self._customer_row(number, created, staff_ids))
            for day in self._purchase_days(created):
                purchase_id = len(purchases) + 1
                lines = self._purchase_lines(products)
                amount = sum(line[3] for line in lines)
                redeemed = self._points_redeemed(purchase_id, fact, amount, day)
                earned = points_for_purchase(amount, self.rate, redeemed)
                staff = rng.choice(staff_ids)
                purchases.append(
                    (
                        purchase_id,
                        number,
                        day,
                        self._at(day, rng.randint(8, 20)),
                        "sale",
                        amount,
                        staff,
                        rng.choice(self.data["payment_methods"]),
                        earned,
                    )
                )
                for product_id, quantity, price, line_amount in lines:
                    items.append(
                        (
                            len(items) + 1,
                            purchase_id,
                            product_id,
                            products[product_id - 1]["name"],
                            quantity,
                            price,
                            line_amount,
                        )
                    )
                interactions.append(
                    (len(interactions) + 1, number, "visit", self._at(day, 12), staff, purchase_id)
                )
                if redeemed:
                    points.append(
                        (
                            len(points) + 1,
                            number,
                            self._at(day, 12),
                            day,
                            "redeem",
                            -redeemed,
                            purchase_id,
                            None,
                        )
                    )
                    fact.points -= redeemed
                if earned:
                    points.append(
                        (
                            len(points) + 1,
                            number,
                            self._at(day, 12),
                            day,
                            "earn",
                            earned,
                            purchase_id,
                            day + dt.timedelta(days=self.expiry_days),
                        )
                    )
                    fact.points += earned
                fact.purchases.append((day, amount))
            if not fact.purchases and rng.random() < 0.5:
                kind = rng.choice(("visit", "call", "inquiry"))
                interactions.append(
                    (
                        len(interactions) + 1,
                        number,
                        kind,
                        self._at(created, 15),
                        rng.choice(staff_ids),
                        None,
                    )
                )
                fact.contact_days.append(created)
                if kind == "visit":
                    fact.visit_days.append(created)
            if number % OVERRIDE_EVERY == OVERRIDE_EVERY // 2 and fact.purchases:
                fact.stage_override = "advocate"  # the owner knows she sends friends by word
            anniversaries.extend(self._anniversaries(number, len(anniversaries)))
            if number > 20 and rng.random() < 0.06:
                referrer = rng.randint(1, number - 1)
                fact.referred_by = referrer
                referrals.append(self._referral(len(referrals) + 1, referrer, fact, facts, points))
            if number % 50 == 0 or number == 1:
                check_cancel(cancel, "demo_cancelled")
                if progress:
                    progress(number, count)
        self._finish_customers(facts, customer_rows)
        _make_duplicates(customer_rows)
        self.purchase_total = len(purchases)
        bulk_insert(
            Customer, (*CUSTOMER_COLUMNS, *DERIVED_COLUMNS, "stage_override"), customer_rows
        )
        bulk_insert(SearchToken, ("customer_id", "kind", "token"), _search_rows(customer_rows))
        bulk_insert(
            Purchase,
            (
                "id",
                "customer_id",
                "purchased_on",
                "created_at",
                "kind",
                "amount",
                "staff_id",
                "payment_method",
                "points_earned",
            ),
            purchases,
        )
        bulk_insert(
            PurchaseItem,
            ("id", "purchase_id", "product_id", "description", "quantity", "unit_price", "amount"),
            items,
        )
        bulk_insert(
            Interaction,
            ("id", "customer_id", "kind", "occurred_at", "staff_id", "purchase_id"),
            interactions,
        )
        bulk_insert(
            PointEntry,
            (
                "id",
                "customer_id",
                "created_at",
                "occurred_on",
                "kind",
                "points",
                "purchase_id",
                "expires_on",
            ),
            points,
        )
        bulk_insert(
            Anniversary,
            (
                "id",
                "customer_id",
                "kind",
                "month",
                "day",
                "year",
                "is_lunar",
                "is_leap_month",
                "created_at",
                "label",
            ),
            anniversaries,
        )
        bulk_insert(
            Referral, ("id", "referrer_id", "referred_id", "created_at", "rewarded_at"), referrals
        )
        bulk_insert(
            StageChange,
            (
                "id",
                "customer_id",
                "changed_at",
                "from_stage",
                "to_stage",
                "reason",
                "is_override",
                "detail",
            ),
            self._stage_changes(facts),
        )
        if progress:
            progress(count, count)

    def _customer_row(self, number: int, created: dt.date, staff_ids: list[int]) -> list[Any]:
        rng, data = self.rng, self.data
        name = rng.choice(data["family_names"]) + rng.choice(data["given_names"])
        phone = None
        roll = rng.random()
        if roll < 0.95:  # a bijection of the number onto 8 digits keeps every mobile unique
            phone = f"010{(number * 7919 + 12_345_678) % 90_000_000 + 10_000_000:08d}"
        elif roll < 0.97:
            phone = f"02{(number * 7919) % 9_000_000 + 1_000_000:07d}"
        postal_code, street = rng.choice(data["streets"])
        has_address = rng.random() < 0.85
        consent = rng.random() < 0.7
        return [
            number,
            number,
            name,
            initial_consonants(name),
            phone,
            last_four(phone) if phone else None,
            format_phone(phone) if phone else None,
            f"guest{number}@example.com" if rng.random() < 0.3 else None,
            postal_code if has_address else None,
            f"{street} {rng.randint(1, 180)}" if has_address else None,
            "female" if rng.random() < 0.65 else "male",
            ", ".join(rng.sample(data["interests"], rng.randint(1, 2))),
            rng.choice(data["notes"]) if rng.random() < 0.2 else None,
            consent,
            created if consent else None,
            rng.choice(data["consent_channels"]) if consent else None,
            rng.choice(staff_ids) if rng.random() < 0.5 else None,
            self._at(created, 9),
            self._at(created, 9),
        ]

    def _points_redeemed(self, purchase_id: int, fact: _Facts, amount: int, day: dt.date) -> int:
        """Points a regular pays part of a sale with: every seventh sale of a customer with
        1,000 points or more, in thousands, while none of her points can have expired yet (no
        random draw, so every other demo value stays the same)."""
        first = fact.purchases[0][0] if fact.purchases else day
        if purchase_id % 7 != 3 or fact.points < 1_000 or (day - first).days >= self.expiry_days:
            return 0
        return min(1_000 * (fact.points // 1_000), amount - amount % 1_000, 5_000)

    def _purchase_days(self, created: dt.date) -> list[dt.date]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return []
        count = 1 if roll < 0.40 else min(40, 2 + int(rng.expovariate(1 / 6)))
        usual_gap = rng.randint(5, 45)
        stops_early = rng.random() < 0.12  # some regulars stop coming: the "at risk" list
        day = created
        if count > 1 and not stops_early:  # the others are still coming: their visits end lately
            recent_start = self.today - dt.timedelta(
                days=(count - 1) * usual_gap + rng.randint(0, usual_gap)
            )
            day = max(created, recent_start)
        days = []
        for _ in range(count):
            if day > self.today:
                break
            days.append(day)
            day += dt.timedelta(days=max(1, int(rng.gauss(usual_gap, usual_gap / 4))))
            if stops_early and day > self.today - dt.timedelta(days=usual_gap * 4):
                break
        return days

    def _purchase_lines(self, products: list[dict[str, Any]]) -> list[tuple[int, int, int, int]]:
        lines = []
        for product_id in self.rng.sample(range(1, len(products) + 1), self.rng.randint(1, 3)):
            quantity = self.rng.randint(1, 3)
            price = int(products[product_id - 1]["unit_price"])
            lines.append((product_id, quantity, price, quantity * price))
        return lines

    def _anniversaries(self, number: int, start: int) -> list[tuple[Any, ...]]:
        rng = self.rng
        rows: list[tuple[Any, ...]] = []
        created = self._at(self.today - dt.timedelta(days=731))
        if rng.random() < 0.75:
            year: int | None = rng.randint(1955, 2006) if rng.random() < 0.8 else None
            month, day = rng.randint(1, 12), rng.randint(1, 30)
            is_lunar = rng.random() < 0.2
            is_leap = False
            if is_lunar:
                if year is not None and rng.random() < 0.1:  # born in a leap month (윤달)
                    year, month = rng.choice(LEAP_MONTHS)
                    is_leap, day = True, min(day, 29)
                elif year is not None and not lunar_date_exists(year, month, day, False):
                    day = 29
            else:
                day = min(day, _days_in_month(year or 2024, month))
            rows.append(
                (
                    start + len(rows) + 1,
                    number,
                    "birthday",
                    month,
                    day,
                    year,
                    is_lunar,
                    is_leap,
                    created,
                    None,
                )
            )
        if rng.random() < 0.12:
            wedding = self.today - dt.timedelta(days=rng.randint(200, 12_000))
            rows.append(
                (
                    start + len(rows) + 1,
                    number,
                    "wedding",
                    wedding.month,
                    wedding.day,
                    wedding.year,
                    False,
                    False,
                    created,
                    None,
                )
            )
        if rng.random() < 0.04:
            remembered = self.today - dt.timedelta(days=rng.randint(400, 6_000))
            label = rng.choice(self.data["custom_anniversaries"])
            rows.append(
                (
                    start + len(rows) + 1,
                    number,
                    "custom",
                    remembered.month,
                    remembered.day,
                    remembered.year,
                    False,
                    False,
                    created,
                    label,
                )
            )
        return rows

    def _referral(
        self,
        referral_id: int,
        referrer: int,
        fact: _Facts,
        facts: list[_Facts],
        points: list[tuple[Any, ...]],
    ) -> tuple[Any, ...]:
        if not fact.purchases:
            return (referral_id, referrer, fact.id, self._at(fact.created), None)
        first_day = fact.purchases[0][0]
        for who in (referrer, fact.id):
            points.append(
                (
                    len(points) + 1,
                    who,
                    self._at(first_day, 13),
                    first_day,
                    "referral_reward",
                    self.reward,
                    None,
                    first_day + dt.timedelta(days=self.expiry_days),
                )
            )
            facts[who - 1].points += self.reward
        introducer = facts[referrer - 1]
        if introducer.advocate_since is None or first_day < introducer.advocate_since:
            introducer.advocate_since = first_day
        return (referral_id, referrer, fact.id, self._at(fact.created), self._at(first_day, 13))

    def _customer_facts(self, fact: _Facts, until: dt.date | None = None) -> CustomerFacts:
        """What was recorded about a demo customer (up to `until`), as `collect_facts` reads
        it from the database."""
        bought = [(day, amount) for day, amount in fact.purchases if until is None or day <= until]
        contacts = [day for day in fact.contact_days if until is None or day <= until]
        visits = [day for day in fact.visit_days if until is None or day <= until]
        days = sorted({day for day, _ in bought} | set(visits))
        year_ago = self.today - dt.timedelta(days=365)
        advocate = fact.advocate_since
        return CustomerFacts(
            purchase_count=len(bought),
            total_spent=sum(amount for _, amount in bought),
            visit_days=days,
            first_purchase_on=bought[0][0] if bought else None,
            has_interaction=bool(days or contacts),
            has_buying_referral=advocate is not None and (until is None or advocate <= until),
            spend_12_months=sum(amount for day, amount in bought if day > year_ago),
            points=fact.points,
            own_sales=len(bought),
        )

    def _derive(self, facts: CustomerFacts, stage_override: str | None = None) -> dict[str, Any]:
        derived = derive_facts(
            facts,
            today=self.today,
            repeat_threshold=self.repeat_threshold,
            grade_thresholds=self.thresholds,
            stage_override=stage_override,
        )
        return derived.stored_values()

    def _finish_customers(self, facts: list[_Facts], rows: list[list[Any]]) -> None:
        for fact, row in zip(facts, rows, strict=True):
            if fact.stage_override == self._derive(self._customer_facts(fact))["stage"]:
                fact.stage_override = None  # her friends' purchases made her one already
            values = self._derive(self._customer_facts(fact), fact.stage_override)
            row.extend(values[name] for name in DERIVED_COLUMNS)
            row.append(fact.stage_override)

    def _stage_changes(self, facts: list[_Facts]) -> list[tuple[Any, ...]]:
        """Each customer's way up the ladder: her stage derived again on each day it can
        have changed (first contact, first purchase, the repeat purchase, a friend's first
        purchase)."""
        rows: list[tuple[Any, ...]] = []
        for fact in facts:
            days = set(fact.contact_days[:1])
            days.update(day for day, _ in fact.purchases[:1])
            if len(fact.purchases) >= self.repeat_threshold:
                days.add(fact.purchases[self.repeat_threshold - 1][0])
            if fact.advocate_since:
                days.add(fact.advocate_since)
            previous = "suspect"
            for day in sorted(days):
                stage = self._derive(self._customer_facts(fact, until=day))["stage"]
                if stage != previous:
                    rows.append(
                        (
                            len(rows) + 1,
                            fact.id,
                            self._at(day, 12),
                            None if previous == "suspect" else previous,
                            stage,
                            _STAGE_REASONS[stage],
                            False,
                            None,
                        )
                    )
                    previous = stage
            if fact.stage_override and fact.stage_override != previous:
                day = fact.purchases[-1][0]
                rows.append(
                    (
                        len(rows) + 1,
                        fact.id,
                        self._at(day, 18),
                        previous,
                        fact.stage_override,
                        "override",
                        True,
                        OVERRIDE_NOTE,
                    )
                )
        return rows


_STAGE_REASONS = {
    "prospect": "interaction",
    "first_time": "first_purchase",
    "repeat": "repeat_purchase",
    "advocate": "referral_bought",
}

OVERRIDE_EVERY = 40
"""One demo customer in this many who bought is put on a stage by hand, with the reason."""
OVERRIDE_NOTE = "지인들에게 우리 가게를 자주 소개해 주심"

# (lunar year, month) pairs that had a leap month (윤달), for leap-month birthdays.
LEAP_MONTHS = ((1984, 10), (1987, 6), (1990, 5), (1993, 3), (1995, 8), (1998, 5), (2001, 4))

CUSTOMER_COLUMNS = (
    "id",
    "customer_no",
    "name",
    "name_initials",
    "phone",
    "phone_last4",
    "phone_entered",
    "email",
    "postal_code",
    "address",
    "gender",
    "interests",
    "notes",
    "marketing_consent",
    "consent_on",
    "consent_channel",
    "staff_id",
    "created_at",
    "updated_at",
)


DUPLICATES_FROM = 10
"""The demo makes duplicate pairs (and one customer in the trash) from this many customers on."""


def _make_duplicates(customer_rows: list[list[Any]]) -> None:
    """Turn the last cards into second cards of early customers, as a shop's list has them
    (one entered at the counter, one imported): the same name and address with a new phone,
    the same phone typed another way, and again the same name and address. Only values drawn
    already are copied, so the random draws (and so every other customer) stay the same."""
    if len(customer_rows) < DUPLICATES_FROM:
        return
    column = {name: index for index, name in enumerate(CUSTOMER_COLUMNS)}

    def copy(source: list[Any], target: list[Any], *names: str) -> None:
        for name in names:
            target[column[name]] = source[column[name]]

    first, second, third = customer_rows[1], customer_rows[2], customer_rows[3]
    for original, double in ((first, customer_rows[-1]), (third, customer_rows[-3])):
        if original[column["address"]] is None:
            original[column["postal_code"]], original[column["address"]] = (
                "04001",
                "서울 마포구 동교로 1",
            )
        copy(original, double, "name", "name_initials", "postal_code", "address")
    double = customer_rows[-2]
    copy(second, double, "name", "name_initials")
    phone = second[column["phone"]]
    if phone and phone.startswith("010"):  # the same mobile, typed with dots
        double[column["phone"]], double[column["phone_last4"]] = phone, last_four(phone)
        double[column["phone_entered"]] = f"{phone[:3]}.{phone[3:7]}.{phone[7:]}"


def _put_one_in_the_trash(customers: int, when: dt.datetime) -> None:
    """One customer (the fourth from the end) lies in the trash, with why."""
    if customers < DUPLICATES_FROM:
        return
    Customer.update(deleted_at=when, deleted_reason="이사 가셨다고 연락받음").where(
        Customer.customer_no == customers - 3
    ).execute()


def _search_rows(customer_rows: list[list[Any]]) -> Iterator[tuple[int, str, str]]:
    column = {name: index for index, name in enumerate(CUSTOMER_COLUMNS)}
    for row in customer_rows:
        tokens = search_tokens(
            row[column["name"]],
            notes=row[column["notes"]],
            interests=row[column["interests"]],
            email=row[column["email"]],
        )
        for kind, token in tokens:
            yield row[column["id"]], kind, token


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day
