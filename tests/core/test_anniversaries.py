"""Anniversaries on the card, the occurrence table behind them, and first-purchase sync.

Expected solar dates are literal, from the published Korean calendar (KASI): the same
sources as the table in test_lunar.py (설날, 석가탄신일, 추석, leap months, year ends).
"""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import occurrences, settings
from shopcrm.agenda import agenda
from shopcrm.anniversaries import (
    AnniversaryInput,
    add_anniversary,
    customer_anniversaries,
    delete_anniversary,
    sync_first_purchase_anniversary,
    update_anniversary,
    validate_anniversary,
)
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.demo import create_demo_shop
from shopcrm.errors import LunarDateError, NotFound, ValidationError
from shopcrm.models import Anniversary, AnniversaryOccurrence, Customer

D = dt.date


def customer(name: str = "김민수", phone: str | None = None) -> int:
    return create_customer(CustomerInput(name=name, phone=phone))


def lunar_birthday(
    month: int, day: int, year: int | None = None, leap: bool = False
) -> AnniversaryInput:
    return AnniversaryInput("birthday", month, day, year, is_lunar=True, is_leap_month=leap)


def dates_of(customer_id: int, start: dt.date, end: dt.date) -> list[dt.date]:
    return [entry.date for entry in agenda(start, end) if entry.customer_id == customer_id]


# (name, anniversary) -> its solar dates from 2024-01-01 to 2026-12-31, from published tables
PUBLISHED = [
    ("설날생", lunar_birthday(1, 1, 1990), [D(2024, 2, 10), D(2025, 1, 29), D(2026, 2, 17)]),
    ("초파일생", lunar_birthday(4, 8, 1975), [D(2024, 5, 15), D(2025, 5, 5), D(2026, 5, 24)]),
    ("추석생", lunar_birthday(8, 15, 1980), [D(2024, 9, 17), D(2025, 10, 6), D(2026, 9, 25)]),
    # born 2020 윤4월 8일 (solar 2020-05-30): celebrated on the ordinary 4/8 every year
    (
        "윤달생",
        lunar_birthday(4, 8, 2020, leap=True),
        [D(2024, 5, 15), D(2025, 5, 5), D(2026, 5, 24)],
    ),
    # lunar 11/15: twice in solar 2026, from lunar 2025 and lunar 2026
    (
        "동짓달생",
        lunar_birthday(11, 15, 1985),
        [D(2024, 12, 15), D(2026, 1, 3), D(2026, 12, 23)],
    ),
    # day 30 of the last month: lunar 2023 has it (2024-02-09); 2024 and 2025 have only 29 days
    ("그믐생", lunar_birthday(12, 30), [D(2024, 2, 9), D(2025, 1, 28), D(2026, 2, 16)]),
    # solar 29 February: 28 February in common years (the default rule)
    (
        "윤일생",
        AnniversaryInput("birthday", 2, 29, 2000),
        [D(2024, 2, 29), D(2025, 2, 28), D(2026, 2, 28)],
    ),
]


def test_anniversaries_fall_on_the_published_solar_dates(db: Database) -> None:
    ids = {}
    for name, anniversary, _expected in PUBLISHED:
        ids[name] = customer(name)
        add_anniversary(ids[name], anniversary)
    for name, _anniversary, expected in PUBLISHED:
        assert dates_of(ids[name], D(2024, 1, 1), D(2026, 12, 31)) == expected, name


def test_lunar_11_15_falls_twice_in_2026_with_the_age_of_each_lunar_year(db: Database) -> None:
    add_anniversary(customer(), lunar_birthday(11, 15, 1985))
    entries = agenda(D(2026, 1, 1), D(2026, 12, 31))
    assert [(entry.date, entry.age, entry.occurrence_year) for entry in entries] == [
        (D(2026, 1, 3), 40, 2025),
        (D(2026, 12, 23), 41, 2026),
    ]


def test_a_lunar_birthday_can_skip_a_whole_solar_year(db: Database) -> None:
    # lunar 12/1 of 2024 is 2024-12-31, of 2025 is 2026-01-19: nothing in solar 2025
    someone = customer()
    add_anniversary(someone, lunar_birthday(12, 1))
    assert dates_of(someone, D(2025, 1, 1), D(2025, 12, 31)) == []
    assert dates_of(someone, D(2024, 12, 1), D(2026, 1, 31)) == [D(2024, 12, 31), D(2026, 1, 19)]


def test_29_february_follows_the_shop_setting(db: Database) -> None:
    someone = customer()
    add_anniversary(someone, AnniversaryInput("birthday", 2, 29))
    assert dates_of(someone, D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 2, 28)]
    settings.set_setting("feb29_rule", "mar1")
    assert dates_of(someone, D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 3, 1)]
    assert dates_of(someone, D(2028, 1, 1), D(2028, 12, 31)) == [D(2028, 2, 29)]


def test_no_occurrence_on_or_before_the_original_date(db: Database) -> None:
    someone = customer()
    add_anniversary(someone, AnniversaryInput("wedding", 6, 1, 2025))
    assert dates_of(someone, D(2024, 1, 1), D(2026, 12, 31)) == [D(2026, 6, 1)]
    assert agenda(D(2026, 6, 1), D(2026, 6, 1))[0].age == 1


def test_a_change_moves_the_occurrences(db: Database) -> None:
    someone = customer()
    anniversary_id = add_anniversary(someone, AnniversaryInput("birthday", 3, 7, 1985))
    assert dates_of(someone, D(2026, 1, 1), D(2026, 12, 31)) == [D(2026, 3, 7)]
    update_anniversary(anniversary_id, lunar_birthday(3, 7, 1985))
    # lunar 2026-03-07: three lunar months after 설날 (2026-02-17)
    found = dates_of(someone, D(2026, 1, 1), D(2026, 12, 31))
    assert len(found) == 1 and found[0] > D(2026, 4, 1)
    delete_anniversary(anniversary_id)
    assert dates_of(someone, D(2026, 1, 1), D(2026, 12, 31)) == []
    assert AnniversaryOccurrence.select().count() == 0


def test_new_years_are_computed_when_a_range_needs_them(db: Database) -> None:
    someone = customer()
    add_anniversary(someone, AnniversaryInput("birthday", 5, 5))
    agenda(D(2026, 5, 1), D(2026, 5, 31))
    assert occurrences.computed_years() == {2025, 2026}
    assert dates_of(someone, D(2031, 1, 1), D(2031, 12, 31)) == [D(2031, 5, 5)]
    assert occurrences.computed_years() == {2025, 2026, 2030, 2031}


def test_a_range_beyond_the_lunar_tables_is_refused(db: Database) -> None:
    add_anniversary(customer(), AnniversaryInput("birthday", 1, 5))
    assert [entry.date for entry in agenda(D(2050, 12, 1), D(2050, 12, 31))] == []
    with pytest.raises(LunarDateError) as refused:
        agenda(D(2050, 12, 1), D(2051, 1, 10))
    assert refused.value.code == "lunar_out_of_range"


def test_the_card_lists_a_customers_anniversaries_birthday_first(db: Database) -> None:
    someone = customer()
    add_anniversary(someone, AnniversaryInput("custom", 4, 1, label=" 개업일 "))
    add_anniversary(someone, AnniversaryInput("birthday", 9, 9))
    kinds = [(item.kind, item.label) for item in customer_anniversaries(someone)]
    assert kinds == [("birthday", None), ("custom", "개업일")]


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anniversary", "code"),
    [
        (AnniversaryInput("birthday", 2, 30), "no_such_day"),
        (AnniversaryInput("birthday", 4, 31, 1990), "no_such_day"),
        (AnniversaryInput("birthday", 2, 29, 2023), "not_a_leap_year"),
        (AnniversaryInput("birthday", 13, 1), "no_such_day"),
        (AnniversaryInput("birthday", 5, 5, is_leap_month=True), "leap_month_needs_lunar"),
        (AnniversaryInput("custom", 5, 5), "label_required"),
        (AnniversaryInput("first_purchase", 5, 5, 2024), "first_purchase_is_derived"),
        (AnniversaryInput("graduation", 5, 5), "unknown_anniversary_kind"),
        (lunar_birthday(1, 31), "no_such_day"),
    ],
)
def test_impossible_dates_are_refused(anniversary: AnniversaryInput, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_anniversary(anniversary)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("anniversary", "code"),
    [
        (lunar_birthday(3, 1, 2023, leap=True), "no_leap_month"),  # 2023 has 윤2월, not 윤3월
        (lunar_birthday(1, 1, 2051), "lunar_out_of_range"),
    ],
)
def test_lunar_dates_that_do_not_exist_are_refused(
    anniversary: AnniversaryInput, code: str
) -> None:
    with pytest.raises(LunarDateError) as refused:
        validate_anniversary(anniversary)
    assert refused.value.code == code


def test_dates_that_exist_are_accepted() -> None:
    for anniversary in (
        AnniversaryInput("birthday", 2, 29),
        AnniversaryInput("birthday", 2, 29, 2024),
        lunar_birthday(2, 15, 2023, leap=True),
        lunar_birthday(12, 30, 2023),
        lunar_birthday(12, 30),
        lunar_birthday(12, 30, 2024),  # lunar 2024-12 has 29 days: kept as the 30th
    ):
        assert validate_anniversary(anniversary) == anniversary


def test_the_card_keeps_a_lunar_30th_its_month_lacked_as_written(db: Database) -> None:
    someone = customer()
    add_anniversary(someone, lunar_birthday(12, 30, 2024))
    stored = customer_anniversaries(someone)[0]
    assert (stored.year, stored.month, stored.day, stored.is_lunar) == (2024, 12, 30, True)


def test_a_lunar_30th_its_month_lacked_falls_on_the_29th_in_short_years_only(
    db: Database,
) -> None:
    from shopcrm.lunar import LunarDate, anniversary_in_lunar_year, lunar_to_solar, solar_to_lunar

    # lunar 1967-09 had 29 days; 2020 and 2022 too, 2021 has a 30th
    someone = customer()
    add_anniversary(someone, lunar_birthday(9, 30, 1967))
    assert anniversary_in_lunar_year(1967, 9, 30) == lunar_to_solar(1967, 9, 29)  # birth year
    found = dates_of(someone, D(2020, 1, 1), D(2022, 12, 31))
    assert found == [D(2020, 11, 14), D(2021, 11, 4), D(2022, 10, 24)]
    assert [solar_to_lunar(day) for day in found] == [
        LunarDate(2020, 9, 29, False),
        LunarDate(2021, 9, 30, False),
        LunarDate(2022, 9, 29, False),
    ]
    table = AnniversaryOccurrence.select().where(AnniversaryOccurrence.occurrence_year == 2021)
    assert [row.solar_on for row in table] == [D(2021, 11, 4)]


def test_an_anniversary_needs_an_existing_customer(db: Database) -> None:
    with pytest.raises(NotFound):
        add_anniversary(999, AnniversaryInput("birthday", 1, 1))


# --- first purchase -------------------------------------------------------------------------


def set_first_purchase(customer_id: int, day: dt.date | None) -> None:
    Customer.update(first_purchase_on=day).where(Customer.id == customer_id).execute()


def first_purchase_rows(customer_id: int) -> list[tuple[int | None, int, int]]:
    query = Anniversary.select(Anniversary.year, Anniversary.month, Anniversary.day).where(
        (Anniversary.customer == customer_id) & (Anniversary.kind == "first_purchase")
    )
    return list(query.tuples())


def test_the_first_purchase_anniversary_follows_the_first_purchase(db: Database) -> None:
    someone = customer()
    assert sync_first_purchase_anniversary(someone) is None
    set_first_purchase(someone, D(2025, 3, 14))
    anniversary_id = sync_first_purchase_anniversary(someone)
    assert first_purchase_rows(someone) == [(2025, 3, 14)]
    entry = agenda(D(2026, 3, 14), D(2026, 3, 14))[0]
    assert (entry.kind, entry.age, entry.anniversary_id) == ("first_purchase", 1, anniversary_id)

    set_first_purchase(someone, D(2025, 2, 1))  # an older purchase was recorded later
    assert sync_first_purchase_anniversary(someone) == anniversary_id
    assert dates_of(someone, D(2026, 1, 1), D(2026, 12, 31)) == [D(2026, 2, 1)]

    set_first_purchase(someone, None)  # the only purchase was voided
    assert sync_first_purchase_anniversary(someone) is None
    assert first_purchase_rows(someone) == []
    assert dates_of(someone, D(2026, 1, 1), D(2026, 12, 31)) == []


def test_the_first_purchase_anniversary_cannot_be_edited_by_hand(db: Database) -> None:
    someone = customer()
    set_first_purchase(someone, D(2025, 3, 14))
    anniversary_id = sync_first_purchase_anniversary(someone)
    assert anniversary_id is not None
    with pytest.raises(ValidationError):
        update_anniversary(anniversary_id, AnniversaryInput("birthday", 1, 1))
    with pytest.raises(ValidationError):
        delete_anniversary(anniversary_id)


# --- the demo shop --------------------------------------------------------------------------


def test_the_demo_shop_has_its_occurrences_and_first_purchase_anniversaries(db: Database) -> None:
    today = D(2026, 11, 23)
    create_demo_shop(150, seed=2, today=today)
    firsts = dict(
        Customer.select(Customer.id, Customer.first_purchase_on)
        .where(Customer.first_purchase_on.is_null(False))
        .tuples()
    )
    derived = {
        row[0]: D(row[1], row[2], row[3])
        for row in Anniversary.select(
            Anniversary.customer, Anniversary.year, Anniversary.month, Anniversary.day
        )
        .where(Anniversary.kind == "first_purchase")
        .tuples()
    }
    assert derived == firsts
    assert occurrences.computed_years() == {2025, 2026, 2027}
    month = agenda(today, today + dt.timedelta(days=29))
    assert month, "a month of a 150-customer shop has anniversaries"
    assert {entry.kind for entry in agenda(D(2026, 1, 1), D(2026, 12, 31))} >= {
        "birthday",
        "first_purchase",
    }
    # the table agrees with converting each anniversary now
    for entry in month:
        expected = occurrences.occurrence_rows(
            [(entry.anniversary_id, entry.month, entry.day, entry.year, entry.is_lunar)],
            [entry.occurrence_year],
            "feb28",
        )
        assert expected == [(entry.anniversary_id, entry.occurrence_year, entry.date)]
