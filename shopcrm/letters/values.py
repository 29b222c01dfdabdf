"""The values placeholders print, read for a whole batch in a few queries.

Korean print forms: dates as 2026년 11월 23일 (occasions as 12월 23일), points as 1,200P,
grades as 일반/실버/골드/VIP. A value the customer does not have is None (zero points
count as none: a letter never tells a customer she has 0P).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from peewee import JOIN, chunked

from shopcrm import occurrences, settings
from shopcrm.db import rows_of
from shopcrm.formatting import format_korean_date, format_month_day, format_points
from shopcrm.letters.recipients import CHUNK, Occasion
from shopcrm.models import (
    Anniversary,
    AnniversaryOccurrence,
    Customer,
    Purchase,
    PurchaseItem,
    Referral,
    Staff,
)
from shopcrm.settings import ShopProfile
from shopcrm.vocabulary import CODE_WORDS, KOREAN, word

HONORIFIC_SETTING = "letter_honorific"
"""Setting: how letters and labels address a customer (default 고객님; a salon may say 회원님)."""
DEFAULT_HONORIFIC = "고객님"
LOOK_AHEAD_DAYS = 365
"""A customer chosen in the list: her next occasion within this many days is used."""

LETTER_LANGUAGE = KOREAN
"""Letters are Korean prose (their templates are Korean): codes are worded in Korean too."""


@dataclass(frozen=True)
class CustomerFacts:
    """What letters, cards and labels need to know about one customer."""

    customer_id: int
    customer_no: int
    name: str
    phone: str | None
    postal_code: str | None
    address: str | None
    marketing_consent: bool
    points: int
    grade: str
    staff_name: str | None
    first_purchase_on: dt.date | None
    last_visit_on: dt.date | None
    last_purchase_on: dt.date | None = None
    last_purchase_items: tuple[str, ...] = ()
    referrer_name: str | None = None
    referred_friend_name: str | None = None


def honorific() -> str:
    """How the shop addresses a customer in print (setting ``letter_honorific``)."""
    value = settings.get_setting(HONORIFIC_SETTING)
    return str(value).strip() if value and str(value).strip() else DEFAULT_HONORIFIC


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def customer_facts(
    customer_ids: Sequence[int], *, details: bool = True
) -> dict[int, CustomerFacts]:
    """The facts of some customers (those that exist), by id.

    Args:
        customer_ids: the customers.
        details: also read the last purchase and referrals (letters need them, labels not).
    """
    found: dict[int, CustomerFacts] = {}
    for chunk in chunked(list(dict.fromkeys(customer_ids)), CHUNK):
        query = (
            Customer.select(
                Customer.id,
                Customer.customer_no,
                Customer.name,
                Customer.phone,
                Customer.postal_code,
                Customer.address,
                Customer.marketing_consent,
                Customer.points,
                Customer.grade,
                Staff.name,
                Customer.first_purchase_on,
                Customer.last_visit_on,
            )
            .join(Staff, JOIN.LEFT_OUTER, on=(Customer.staff == Staff.id))
            .where(Customer.id.in_(chunk) & Customer.deleted_at.is_null())  # not the trash
        )
        for row in rows_of(query):
            (cid, number, name, phone, postal, address, consent, points, grade, staff) = row[:10]
            found[cid] = CustomerFacts(
                cid,
                number,
                name,
                phone,
                postal,
                address,
                bool(consent),
                int(points or 0),
                grade,
                staff,
                _date(row[10]),
                _date(row[11]),
            )
        if details and found:
            _add_details(found, chunk)
    return found


def _add_details(found: dict[int, CustomerFacts], chunk: list[int]) -> None:
    last_sale: dict[int, tuple[int, dt.date]] = {}
    sales = (
        Purchase.select(Purchase.customer, Purchase.id, Purchase.purchased_on)
        .where(
            Purchase.customer.in_(chunk) & (Purchase.kind == "sale") & Purchase.voided_at.is_null()
        )
        .order_by(Purchase.customer, Purchase.purchased_on.desc(), Purchase.id.desc())
    )
    for customer_id, purchase_id, day in rows_of(sales):
        last_sale.setdefault(customer_id, (purchase_id, _date(day) or dt.date.min))
    items: dict[int, list[str]] = {}
    purchase_ids = [purchase_id for purchase_id, _ in last_sale.values()]
    for ids in chunked(purchase_ids, CHUNK):
        lines = (
            PurchaseItem.select(PurchaseItem.purchase, PurchaseItem.description)
            .where(PurchaseItem.purchase.in_(ids))
            .order_by(PurchaseItem.id)
        )
        for purchase_id, description in rows_of(lines):
            items.setdefault(purchase_id, []).append(description)
    referrers: dict[int, str] = {}
    referrer = Customer.alias()
    for referred_id, name in rows_of(
        Referral.select(Referral.referred, referrer.name)
        .join(referrer, on=(Referral.referrer == referrer.id))
        .where(Referral.referred.in_(chunk))
    ):
        referrers[referred_id] = name
    friends: dict[int, str] = {}
    friend = Customer.alias()
    for referrer_id, name in rows_of(
        Referral.select(Referral.referrer, friend.name)
        .join(friend, on=(Referral.referred == friend.id))
        .where(Referral.referrer.in_(chunk))
        .order_by(Referral.created_at.desc(), Referral.id.desc())
    ):
        friends.setdefault(referrer_id, name)
    for customer_id in chunk:
        facts = found.get(customer_id)
        if facts is None:
            continue
        sale = last_sale.get(customer_id)
        found[customer_id] = replace(
            facts,
            last_purchase_on=sale[1] if sale else None,
            last_purchase_items=tuple(items.get(sale[0], ())) if sale else (),
            referrer_name=referrers.get(customer_id),
            referred_friend_name=friends.get(customer_id),
        )


def next_occasions(customer_ids: Iterable[int], start: dt.date) -> dict[int, list[Occasion]]:
    """Each customer's occasions from ``start`` to a year later, soonest first."""
    end = min(start + dt.timedelta(days=LOOK_AHEAD_DAYS), occurrences.LAST_SOLAR)
    if start > end or start < occurrences.FIRST_SOLAR:
        return {}
    occurrences.ensure_range(start, end)
    found: dict[int, list[Occasion]] = {}
    occurrence = AnniversaryOccurrence
    for chunk in chunked(list(customer_ids), CHUNK):
        query = (
            occurrence.select(
                Anniversary.customer,
                Anniversary.id,
                Anniversary.kind,
                occurrence.solar_on,
                Anniversary.label,
                Anniversary.year,
                occurrence.occurrence_year,
            )
            .join(Anniversary, on=(occurrence.anniversary == Anniversary.id))
            .where(
                Anniversary.customer.in_(chunk)
                & (occurrence.solar_on >= start)
                & (occurrence.solar_on <= end)
            )
            .order_by(occurrence.solar_on, Anniversary.id)
        )
        for customer_id, anniversary_id, kind, day, label, year, occurrence_year in rows_of(query):
            years = None if year is None else occurrence_year - year
            solar = _date(day) or start
            found.setdefault(customer_id, []).append(
                Occasion(anniversary_id, kind, solar, label, years)
            )
    return found


def occasion_name(occasion: Occasion) -> str:
    """What an occasion is called in print: 생일, 결혼기념일, or the custom date's label."""
    if occasion.kind == "custom" and occasion.label and occasion.label.strip():
        return occasion.label.strip()
    kind = occasion.kind if occasion.kind in CODE_WORDS["anniversary_kind"] else "custom"
    return word("anniversary_kind", kind, LETTER_LANGUAGE)


def purchase_items_text(items: Sequence[str]) -> str | None:
    """The things bought, as a letter names them: 소금빵 세트, or 소금빵 세트 외 2가지."""
    names = [" ".join(item.split()) for item in items if item and item.strip()]
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return f"{names[0]} 외 {len(names) - 1}가지"


def placeholder_values(
    facts: CustomerFacts,
    *,
    shop: ShopProfile,
    letter_date: dt.date,
    honorific_text: str,
    birthday: Occasion | None,
    anniversary: Occasion | None,
) -> dict[str, str | None]:
    """Every placeholder's print value for one customer (None where she has none)."""

    def korean_date(day: dt.date | None) -> str | None:
        return format_korean_date(day) if day else None

    def month_day(occasion: Occasion | None) -> str | None:
        return format_month_day(occasion.date.month, occasion.date.day) if occasion else None

    years = anniversary.years if anniversary else None
    return {
        "name": facts.name.strip() or None,
        "honorific": honorific_text,
        "customer_no": str(facts.customer_no),
        "shop": shop.shop_name.strip() or None,
        "owner": shop.owner_name.strip() or None,
        "shop_phone": shop.shop_phone.strip() or None,
        "shop_address": shop.shop_address.strip() or None,
        "today": format_korean_date(letter_date),
        "points": format_points(facts.points) if facts.points > 0 else None,
        "grade": word("grade", facts.grade, LETTER_LANGUAGE) or None,
        "staff": (facts.staff_name or "").strip() or None,
        "first_purchase_date": korean_date(facts.first_purchase_on),
        "last_purchase_date": korean_date(facts.last_purchase_on),
        "last_purchase": purchase_items_text(facts.last_purchase_items),
        "last_visit_date": korean_date(facts.last_visit_on),
        "birthday": month_day(birthday),
        "anniversary": occasion_name(anniversary) if anniversary else None,
        "anniversary_date": month_day(anniversary),
        "years": word("age_label", "years", LETTER_LANGUAGE, age=years)
        if years and years > 0
        else None,
        "referrer": facts.referrer_name,
        "referred_friend": facts.referred_friend_name,
    }
