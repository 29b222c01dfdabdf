"""The agenda over the database: ranges, kinds, greetings, reminders; and a property against
the pure occurrence rules of shopcrm.lunar."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import Database

from shopcrm import settings as shop_settings
from shopcrm.agenda import (
    agenda,
    agenda_counts,
    due_reminders,
    mark_reminders_shown,
    record_greeting,
    reminders_to_show,
)
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.errors import NotFound, ValidationError
from shopcrm.lunar import occurrences
from shopcrm.models import Anniversary, AnniversaryOccurrence, Customer, Letter

D = dt.date


def customer(name: str, *, consent: bool = False, phone: str | None = None) -> int:
    return create_customer(CustomerInput(name=name, phone=phone, marketing_consent=consent))


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    """Four customers with dates around the end of November 2026."""
    ids = {
        "김민수": customer("김민수", consent=True, phone="01012345678"),
        "이서연": customer("이서연"),
        "박지훈": customer("박지훈"),
        "최유진": customer("최유진"),
    }
    add_anniversary(ids["김민수"], AnniversaryInput("birthday", 11, 23, 1985))
    add_anniversary(ids["이서연"], AnniversaryInput("wedding", 11, 30, 2016))
    add_anniversary(ids["박지훈"], AnniversaryInput("birthday", 12, 1))
    add_anniversary(ids["최유진"], AnniversaryInput("custom", 11, 25, 2020, label="개업일"))
    return ids


def names(entries: list) -> list[str]:  # type: ignore[type-arg]
    return [entry.name for entry in entries]


def test_both_ends_of_the_range_are_included(shop: dict[str, int]) -> None:
    assert names(agenda(D(2026, 11, 23), D(2026, 11, 30))) == ["김민수", "최유진", "이서연"]
    assert names(agenda(D(2026, 11, 24), D(2026, 11, 29))) == ["최유진"]
    assert agenda(D(2026, 11, 30), D(2026, 11, 23)) == []


def test_an_entry_carries_what_the_calendar_shows(shop: dict[str, int]) -> None:
    entry = agenda(D(2026, 11, 23), D(2026, 11, 23))[0]
    assert (entry.name, entry.phone, entry.kind, entry.calendar) == (
        "김민수",
        "01012345678",
        "birthday",
        "solar",
    )
    assert (entry.age, entry.marketing_consent, entry.greeted) == (41, True, False)
    assert (entry.month, entry.day, entry.year, entry.is_leap_month) == (11, 23, 1985, False)


def test_age_is_unknown_without_a_year(shop: dict[str, int]) -> None:
    entry = agenda(D(2026, 12, 1), D(2026, 12, 1))[0]
    assert (entry.name, entry.age) == ("박지훈", None)


def test_kinds_narrow_the_agenda(shop: dict[str, int]) -> None:
    month = (D(2026, 11, 1), D(2026, 12, 31))
    assert names(agenda(*month, kinds=["birthday"])) == ["김민수", "박지훈"]
    assert names(agenda(*month, kinds=["wedding", "custom"])) == ["최유진", "이서연"]
    assert agenda(*month, kinds=[]) == []
    with pytest.raises(ValidationError):
        agenda(*month, kinds=["graduation"])


def test_counts_per_day_match_the_agenda(shop: dict[str, int]) -> None:
    other = customer("정하늘")
    add_anniversary(other, AnniversaryInput("birthday", 11, 23))
    assert agenda_counts(D(2026, 11, 1), D(2026, 12, 31)) == {
        D(2026, 11, 23): 2,
        D(2026, 11, 25): 1,
        D(2026, 11, 30): 1,
        D(2026, 12, 1): 1,
    }


def test_a_greeting_marks_only_that_occurrence(shop: dict[str, int]) -> None:
    minsu = shop["김민수"]
    entry = agenda(D(2026, 11, 23), D(2026, 11, 23))[0]
    first = record_greeting(minsu, entry.anniversary_id, entry.date)
    assert record_greeting(minsu, entry.anniversary_id, entry.date) == first  # no double
    assert agenda(D(2026, 11, 23), D(2026, 11, 23))[0].greeted
    assert not agenda(D(2027, 11, 23), D(2027, 11, 23))[0].greeted


def test_a_letter_for_the_occurrence_counts_as_greeted(shop: dict[str, int]) -> None:
    Letter.create(
        customer=shop["이서연"], template_key="anniversary", occurrence_on=D(2026, 11, 30)
    )
    entry = agenda(D(2026, 11, 30), D(2026, 11, 30))[0]
    assert (entry.name, entry.greeted) == ("이서연", True)


def test_a_greeting_must_match_the_customer_and_the_date(shop: dict[str, int]) -> None:
    entry = agenda(D(2026, 11, 23), D(2026, 11, 23))[0]
    with pytest.raises(NotFound):
        record_greeting(shop["이서연"], entry.anniversary_id, entry.date)
    with pytest.raises(ValidationError) as refused:
        record_greeting(shop["김민수"], entry.anniversary_id, D(2026, 11, 24))
    assert refused.value.code == "not_an_occurrence"


def test_reminders_cover_today_and_the_next_days_not_yet_greeted(shop: dict[str, int]) -> None:
    today = D(2026, 11, 24)
    assert names(due_reminders(today)) == ["최유진", "이서연", "박지훈"]  # 11/25 .. 12/1
    shop_settings.set_setting("reminder_days", 3)
    assert names(due_reminders(today)) == ["최유진"]
    entry = due_reminders(today)[0]
    record_greeting(entry.customer_id, entry.anniversary_id, entry.date)
    assert due_reminders(today) == []


def test_reminders_are_shown_once_a_day(shop: dict[str, int]) -> None:
    today = D(2026, 11, 23)
    assert names(reminders_to_show(today)) == ["김민수", "최유진", "이서연"]
    mark_reminders_shown(today)
    assert reminders_to_show(today) == []
    assert names(reminders_to_show(today + dt.timedelta(days=1))) == ["최유진", "이서연", "박지훈"]


def test_a_deleted_customer_leaves_the_agenda(shop: dict[str, int]) -> None:
    Customer.delete().where(Customer.id == shop["김민수"]).execute()
    assert names(agenda(D(2026, 11, 23), D(2026, 11, 23))) == []


# --- property: the table-backed agenda equals the pure rules ---------------------------------

anniversaries = st.lists(
    st.tuples(
        st.booleans(),  # lunar
        st.integers(1, 12),
        st.integers(1, 30),
        st.one_of(st.none(), st.integers(1950, 2030)),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    anniversaries,
    st.dates(min_value=D(2020, 1, 1), max_value=D(2032, 12, 31)),
    st.integers(0, 800),
    st.sampled_from(["feb28", "mar1"]),
)
def test_the_agenda_holds_every_occurrence_once(
    db: Database,
    chosen: list[tuple[bool, int, int, int | None]],
    start: dt.date,
    length: int,
    feb29: str,
) -> None:
    for model in (AnniversaryOccurrence, Anniversary, Customer):
        model.delete().execute()
    shop_settings.set_setting("occurrence_years", [])
    shop_settings.set_setting("feb29_rule", feb29)
    end = start + dt.timedelta(days=length)
    someone = customer("김민수")
    expected: list[tuple[int, dt.date]] = []
    for is_lunar, month, day, year in chosen:
        if not is_lunar:
            day = min(day, 29 if month == 2 else 30)
            year = None if (month, day) == (2, 29) else year
        elif year is not None:
            day = min(day, 29)  # every lunar month has a 29th day
        anniversary_id = add_anniversary(
            someone, AnniversaryInput("birthday", month, day, year, is_lunar=is_lunar)
        )
        for found in occurrences(month, day, is_lunar=is_lunar, start=start, end=end, feb29=feb29):
            if year is None or _celebration_year(found, is_lunar) > year:
                expected.append((anniversary_id, found))
    got = [(entry.anniversary_id, entry.date) for entry in agenda(start, end)]
    assert sorted(got) == sorted(expected)
    assert len(set(got)) == len(got)


def _celebration_year(day: dt.date, is_lunar: bool) -> int:
    from shopcrm.lunar import solar_to_lunar

    return solar_to_lunar(day).year if is_lunar else day.year
