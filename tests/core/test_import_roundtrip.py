"""Export -> import into an empty shop gives back every entered field, date, tag and consent.

Random customers: Korean names, lunar and leap birthdays, dates without a year, emoji, commas,
quotes, newlines and leading = + - @ ' in memos. Tag names and custom-anniversary labels hold
no separators (a tag cell is split on commas; a label line on its last colon), and a customer
has at most one birthday and one wedding day, as on the card. The phone comes back in its
canonical form (the export writes it hyphenated, as agreed).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import (
    CONSENT_CHANNELS,
    CustomerInput,
    create_customer,
    customer_tags,
    set_customer_tags,
)
from shopcrm.db import close_database, open_database
from shopcrm.errors import ValidationError
from shopcrm.exporting import export_file
from shopcrm.importing import ImportOptions, import_file
from shopcrm.lunar import lunar_date_exists
from shopcrm.models import Anniversary, Customer, Referral, Staff
from shopcrm.referrals import record_referral
from shopcrm.staff import add_staff

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
EMOJI = st.sampled_from(["🎂", "🌸", "😀", "👍🏽", "🍞", "☕️", "👨‍👩‍👧"])
TRICKY = st.sampled_from(list(",\"'\n\r\t;=+-@ :()[]*#") + ["::: ", "\r\n"])
LETTERS = st.characters(min_codepoint=0x21, max_codepoint=0x7E)
TEXT = st.lists(st.one_of(HANGUL, EMOJI, TRICKY, LETTERS), max_size=30).map("".join)
LEADING = st.sampled_from(["", "=", "+", "-", "@", "'", "'=", "''", "-1+", "=HYPERLINK("])
PLAIN_WORD = st.text(st.one_of(HANGUL, st.sampled_from("abcXYZ019 ")), min_size=1, max_size=8)


@st.composite
def memos(draw: st.DrawFn) -> str | None:
    if draw(st.booleans()):
        return None
    return draw(LEADING) + draw(TEXT)


@st.composite
def korean_names(draw: st.DrawFn) -> str:
    name = draw(st.text(HANGUL, min_size=2, max_size=4))
    return draw(st.sampled_from(["", "=", "@"])) + name + draw(st.sampled_from(["", "🌸", " 2세"]))


@st.composite
def anniversaries(draw: st.DrawFn, kind: str) -> AnniversaryInput:
    is_lunar = draw(st.booleans())
    year = draw(st.none() | st.integers(1930, 2024))
    month = draw(st.integers(1, 12))
    label = (draw(PLAIN_WORD).strip() or "기념일") if kind == "custom" else None
    if is_lunar:
        day = draw(st.integers(1, 30))
        leap = draw(st.booleans()) and (year is None or lunar_date_exists(year, month, 1, True))
        if year is not None and not lunar_date_exists(year, month, day, leap):
            day = 29
        return AnniversaryInput(kind, month, day, year, True, leap, label)
    last = dt.date(2000 if year is None else year, month % 12 + 1, 1) if month < 12 else None
    days = 31 if last is None else (last - dt.timedelta(days=1)).day
    day = draw(st.integers(1, days))
    return AnniversaryInput(kind, month, day, year, False, False, label)


@st.composite
def customers(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(1, 5))
    phones = draw(
        st.lists(st.integers(10_000_000, 99_999_999), min_size=count, max_size=count, unique=True)
    )
    result = []
    for number in range(count):
        consent = draw(st.booleans())
        result.append(
            {
                "input": CustomerInput(
                    name=draw(korean_names()),
                    phone=f"010{phones[number]}" if draw(st.booleans()) else None,
                    email=draw(
                        st.none()
                        | st.from_regex(r"[a-z][a-z0-9.]{0,8}@[a-z]{2,8}\.(com|kr)", fullmatch=True)
                    ),
                    postal_code=draw(st.none() | st.from_regex(r"0[0-9]{4}", fullmatch=True)),
                    address=draw(memos()),
                    gender=draw(st.sampled_from([None, "female", "male", "other"])),
                    interests=draw(memos()),
                    notes=draw(memos()),
                    marketing_consent=consent,
                    consent_channel=draw(st.sampled_from(CONSENT_CHANNELS)) if consent else None,
                    former_no=draw(st.none() | st.text(LETTERS, min_size=1, max_size=6)),
                ),
                "grade": draw(st.none() | st.sampled_from(["골드", "VIP", "=등급", "우수 회원"])),
                "staff": draw(st.sampled_from([None, "박실장", "=최원장"])),
                "tags": draw(st.lists(PLAIN_WORD.map(str.strip).filter(bool), max_size=3)),
                "dates": [
                    *draw(st.lists(anniversaries("birthday"), max_size=1)),
                    *draw(st.lists(anniversaries("wedding"), max_size=1)),
                    *draw(st.lists(anniversaries("custom"), max_size=2)),
                ],
                "referrer": draw(st.none() | st.integers(0, count - 1)),
            }
        )
    return result


def fill_shop(people: list[dict[str, Any]]) -> None:
    staff: dict[str, int] = {}
    ids = []
    for person in people:
        data: CustomerInput = person["input"]
        staff_id = None
        if person["staff"]:
            staff_id = staff.setdefault(person["staff"], add_staff(person["staff"]))
        customer_id = create_customer(CustomerInput(**{**data.__dict__, "staff_id": staff_id}))
        Customer.update(imported_grade=person["grade"]).where(Customer.id == customer_id).execute()
        set_customer_tags(customer_id, person["tags"])
        for date in person["dates"]:
            add_anniversary(customer_id, date)
        ids.append(customer_id)
    for person, customer_id in zip(people, ids, strict=True):
        referrer = person["referrer"]
        if referrer is not None and ids[referrer] != customer_id:
            try:
                record_referral(ids[referrer], customer_id)
            except ValidationError as error:  # the other way round already: not a referral
                assert error.code == "referral_loop"


def shop() -> dict[int, tuple[Any, ...]]:
    """Every entered fact of every customer, by customer number."""
    staff = dict(Staff.select(Staff.id, Staff.name).tuples())
    numbers = dict(Customer.select(Customer.id, Customer.customer_no).tuples())
    referred_by = {
        numbers[referred]: numbers[referrer]
        for referrer, referred in Referral.select(Referral.referrer, Referral.referred).tuples()
    }
    result = {}
    for c in Customer.select():
        dates = sorted(
            (
                (a.kind, a.label, a.month, a.day, a.year, a.is_lunar, a.is_leap_month)
                for a in Anniversary.select().where(
                    (Anniversary.customer == c.id) & (Anniversary.kind != "first_purchase")
                )
            ),
            key=repr,
        )
        result[c.customer_no] = (
            c.name,
            c.phone,
            c.email,
            c.postal_code,
            c.address,
            c.gender,
            c.interests,
            c.notes,
            c.imported_grade,
            c.former_no,
            c.marketing_consent,
            c.consent_on,
            c.consent_channel,
            staff.get(c.staff_id),
            customer_tags(c.id),
            dates,
            referred_by.get(c.customer_no),
        )
    return result


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(customers())
def test_export_then_import_into_an_empty_shop_changes_nothing(
    people: list[dict[str, Any]],
) -> None:
    with tempfile.TemporaryDirectory(prefix="shopcrm-roundtrip-") as folder:
        open_database(str(Path(folder) / "before.db"))
        fill_shop(people)
        before = shop()
        export_file(Path(folder) / "customers.csv")
        close_database()
        open_database(str(Path(folder) / "after.db"))
        report = import_file(Path(folder) / "customers.csv", ImportOptions())
        after = shop()
        close_database()
    assert report.problems == ()
    assert after == before
