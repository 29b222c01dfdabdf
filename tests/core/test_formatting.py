"""Display text for money, dates, points and ages, in Korean and English."""

from __future__ import annotations

from datetime import date

import pytest

from shopcrm.errors import LunarDateError, ValidationError
from shopcrm.formatting import (
    format_anniversary,
    format_date,
    format_iso_date,
    format_korean_date,
    format_month_day,
    format_points,
    format_won,
    korean_age,
)


@pytest.mark.parametrize(
    ("amount", "ko", "en"),
    [
        (0, "0원", "₩0"),
        (500, "500원", "₩500"),
        (12000, "12,000원", "₩12,000"),
        (1234567, "1,234,567원", "₩1,234,567"),
        (-5000, "-5,000원", "-₩5,000"),
        (-1, "-1원", "-₩1"),
    ],
)
def test_won_has_thousands_separators_and_a_unit(amount: int, ko: str, en: str) -> None:
    assert (format_won(amount), format_won(amount, lang="en")) == (ko, en)


@pytest.mark.parametrize(
    ("points", "ko", "en"),
    [
        (0, "0P", "0 pts"),
        (1, "1P", "1 pt"),
        (1200, "1,200P", "1,200 pts"),
        (-300, "-300P", "-300 pts"),
    ],
)
def test_points_have_thousands_separators_and_a_unit(points: int, ko: str, en: str) -> None:
    assert (format_points(points), format_points(points, lang="en")) == (ko, en)


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2026, 11, 23), "2026년 11월 23일"),
        (date(1985, 3, 7), "1985년 3월 7일"),
        (date(2000, 1, 1), "2000년 1월 1일"),
    ],
)
def test_korean_date_has_no_leading_zeros(d: date, text: str) -> None:
    assert format_korean_date(d) == text


@pytest.mark.parametrize(
    ("d", "ko", "en"),
    [
        (date(2026, 11, 23), "2026년 11월 23일", "Nov 23, 2026"),
        (date(1985, 3, 7), "1985년 3월 7일", "Mar 7, 1985"),
        (date(2024, 2, 29), "2024년 2월 29일", "Feb 29, 2024"),
        (date(1999, 12, 31), "1999년 12월 31일", "Dec 31, 1999"),
    ],
)
def test_date_follows_the_language(d: date, ko: str, en: str) -> None:
    assert (format_date(d), format_date(d, lang="en")) == (ko, en)


@pytest.mark.parametrize(
    ("month", "day", "ko", "en"),
    [
        (3, 7, "3월 7일", "Mar 7"),
        (12, 25, "12월 25일", "Dec 25"),
        (1, 31, "1월 31일", "Jan 31"),
        (2, 30, "2월 30일", "Feb 30"),  # a lunar second month can have 30 days
    ],
)
def test_month_day_has_no_year(month: int, day: int, ko: str, en: str) -> None:
    assert (format_month_day(month, day), format_month_day(month, day, lang="en")) == (ko, en)


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (1, 0), (1, 32)])
def test_month_day_out_of_range_is_refused(month: int, day: int) -> None:
    with pytest.raises(ValidationError, match="invalid_date"):
        format_month_day(month, day)


@pytest.mark.parametrize(
    ("d", "text"),
    [(date(2026, 11, 23), "2026-11-23"), (date(1985, 3, 7), "1985-03-07"), (None, "")],
)
def test_iso_date_is_empty_for_no_date(d: date | None, text: str) -> None:
    assert format_iso_date(d) == text


@pytest.mark.parametrize(
    ("month", "day", "year", "is_lunar", "is_leap_month", "ko", "en"),
    [
        (3, 7, 1985, False, False, "1985년 3월 7일", "Mar 7, 1985"),
        (3, 7, None, False, False, "3월 7일", "Mar 7"),
        (2, 29, None, False, False, "2월 29일", "Feb 29"),
        (3, 7, 1985, True, False, "(음) 1985년 3월 7일", "(lunar) Mar 7, 1985"),
        (8, 15, None, True, False, "(음) 8월 15일", "(lunar) Aug 15"),
        (10, 5, 1984, True, True, "(음, 윤) 1984년 10월 5일", "(lunar, leap) Oct 5, 1984"),
        (4, 30, None, True, True, "(음, 윤) 4월 30일", "(lunar, leap) Apr 30"),
        (2, 30, 1990, True, False, "(음) 1990년 2월 30일", "(lunar) Feb 30, 1990"),
    ],
)
def test_anniversary_shows_calendar_and_year_if_known(
    month: int,
    day: int,
    year: int | None,
    is_lunar: bool,
    is_leap_month: bool,
    ko: str,
    en: str,
) -> None:
    args = (month, day, year, is_lunar, is_leap_month)
    assert (format_anniversary(*args), format_anniversary(*args, lang="en")) == (ko, en)


@pytest.mark.parametrize(
    ("month", "day", "year", "is_leap_month"),
    [
        (2, 30, None, False),
        (2, 29, 1985, False),
        (4, 31, 1985, False),
        (13, 1, None, False),
        (3, 7, 1985, True),  # a leap month exists only in the lunar calendar
    ],
)
def test_solar_anniversary_that_does_not_exist_is_refused(
    month: int, day: int, year: int | None, is_leap_month: bool
) -> None:
    with pytest.raises(ValidationError) as caught:
        format_anniversary(month, day, year, False, is_leap_month)
    assert caught.value.code == "invalid_date"


@pytest.mark.parametrize(("month", "day"), [(3, 31), (0, 1), (13, 1), (1, 0)])
def test_lunar_anniversary_out_of_range_is_refused(month: int, day: int) -> None:
    with pytest.raises(LunarDateError) as caught:
        format_anniversary(month, day, None, True, False)
    assert caught.value.code == "invalid_lunar_date"


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1985, 3, 7), date(2026, 3, 6), 40),
        (date(1985, 3, 7), date(2026, 3, 7), 41),
        (date(1985, 3, 7), date(2026, 11, 23), 41),
        (date(1985, 3, 7), date(2026, 1, 1), 40),
        (date(2026, 5, 1), date(2026, 5, 1), 0),
        (date(2025, 5, 1), date(2026, 4, 30), 0),
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),
        (date(2000, 2, 29), date(2004, 2, 29), 4),
        (date(1999, 12, 31), date(2000, 1, 1), 0),
    ],
)
def test_korean_age_is_full_years_since_birth(birth: date, on: date, age: int) -> None:
    assert korean_age(birth, on) == age


def test_korean_age_before_birth_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        korean_age(date(2026, 5, 2), date(2026, 5, 1))
    assert caught.value.code == "birth_after_date"


@pytest.mark.parametrize("lang", ["ja", "KO", ""])
def test_unknown_language_is_a_programming_error(lang: str) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        format_won(1000, lang=lang)
