"""Reading single cells: dates, amounts, yes/no, lunar markers as Korean sheets write them."""

from __future__ import annotations

import datetime as dt

import pytest

from shopcrm.errors import ValidationError
from shopcrm.importing.values import (
    DateValue,
    excel_serial_date,
    join_name,
    parse_amount,
    parse_calendar,
    parse_consent_channel,
    parse_date,
    parse_email,
    parse_gender,
    parse_leap,
    parse_yes_no,
    postal_code_text,
    split_tags,
    two_digit_year,
)

TODAY = dt.date(2026, 11, 23)


def date_of(value: object) -> DateValue | None:
    return parse_date(value, today=TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "1985-03-07",
        "1985.3.7",
        "1985. 3. 7.",
        "1985/03/07",
        "19850307",
        "850307",
        "85/03/07",
        "85.3.7",
        "1985년 3월 7일",
        "85년 3월 7일",
        "1985-03-07 00:00:00",
        "1985-03-07T00:00:00Z",
        "3/7/1985",
        "31113",
    ],
)
def test_every_written_form_of_a_date_reads_as_7_march_1985(text: str) -> None:
    found = date_of(text)
    assert found is not None
    assert (found.year, found.month, found.day, found.is_lunar) == (1985, 3, 7, False)


def test_a_korean_date_with_words_keeps_its_day() -> None:
    assert date_of("1979년 8월 15일") == DateValue(8, 15, 1979)


@pytest.mark.parametrize("text", ["3월 7일", "3월7일", "--03-07", "--0307", "3/7"])
def test_a_date_without_a_year_is_kept_without_one(text: str) -> None:
    assert date_of(text) == DateValue(3, 7, None)


def test_two_digit_years_up_to_this_year_are_this_century() -> None:
    assert two_digit_year(26, TODAY) == 2026
    assert two_digit_year(27, TODAY) == 1927
    assert date_of("05/03/07") == DateValue(3, 7, 2005)
    assert date_of("99/12/31") == DateValue(12, 31, 1999)


def test_excel_serial_numbers_follow_the_1900_date_system() -> None:
    assert excel_serial_date(1) == dt.date(1900, 1, 1)
    assert excel_serial_date(59) == dt.date(1900, 2, 28)
    assert excel_serial_date(61) == dt.date(1900, 3, 1)
    assert excel_serial_date(45000) == dt.date(2023, 3, 15)
    assert date_of(31113) == DateValue(3, 7, 1985)
    assert date_of(31113.0) == DateValue(3, 7, 1985)
    with pytest.raises(ValidationError):
        excel_serial_date(60)  # the 29 February 1900 Excel invents


def test_an_xlsx_datetime_reads_as_its_day() -> None:
    assert date_of(dt.datetime(1985, 3, 7, 0, 0)) == DateValue(3, 7, 1985)


@pytest.mark.parametrize(
    ("text", "lunar", "leap"),
    [
        ("(음)1990.3.7", True, False),
        ("(음력) 1990-03-07", True, False),
        ("1990.3.7(음)", True, False),
        ("음력 1990.3.7", True, False),
        ("(음,윤)1984.10.5", True, True),
        ("(윤)1984.10.5", True, True),
        ("(양)1990.3.7", False, False),
        ("양력 1990-03-07", False, False),
    ],
)
def test_inline_calendar_markers_are_read(text: str, lunar: bool, leap: bool) -> None:
    found = date_of(text)
    assert found is not None
    assert (found.is_lunar, found.is_leap_month, found.calendar_marked) == (lunar, leap, True)
    assert found.day in (5, 7)


def test_a_lunar_date_without_a_year_keeps_its_marker() -> None:
    assert date_of("(음)3월 7일") == DateValue(3, 7, None, True, False, True)


def test_outlooks_zero_date_and_blank_cells_are_empty() -> None:
    assert date_of("0/0/00") is None
    assert date_of("  ") is None
    assert date_of(None) is None


@pytest.mark.parametrize("text", ["내일", "1985-13-01", "abc", "1985"])
def test_unreadable_dates_are_refused_with_their_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        date_of(text)
    assert caught.value.fields["value"] == text


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("12,000원", 12_000),
        ("￦12,000", 12_000),
        ("₩ 12,000", 12_000),
        ("\\12,000", 12_000),
        ("12만원", 120_000),
        ("1만 2천원", 12_000),
        ("1.5만", 15_000),
        ("3천", 3_000),
        ("2억", 200_000_000),
        ("12000", 12_000),
        ("12,000.00", 12_000),
        ("1,200P", 1_200),
        ("300점", 300),
        (12000.0, 12_000),
        (5000, 5_000),
    ],
)
def test_amounts_in_every_korean_form(text: object, won: int) -> None:
    assert parse_amount(text) == won  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["-5,000", "만원", "12x", "약 3만"])
def test_unreadable_or_negative_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount(text)


def test_yes_no_in_korean_and_english() -> None:
    for text in ("Y", "예", "동의", "O", "1", "TRUE", "수신동의"):
        assert parse_yes_no(text) is True
    for text in ("N", "아니오", "미동의", "X", "0", "false", "수신거부"):
        assert parse_yes_no(text) is False
    with pytest.raises(ValidationError):
        parse_yes_no("글쎄")


def test_calendar_and_leap_columns() -> None:
    assert parse_calendar("음력") == (True, False)
    assert parse_calendar("음") == (True, False)
    assert parse_calendar("L") == (True, False)
    assert parse_calendar("Y") == (True, False)
    assert parse_calendar("양") == (False, False)
    assert parse_calendar("S") == (False, False)
    assert parse_calendar("N") == (False, False)
    assert parse_calendar("윤달") == (True, True)
    assert parse_leap("윤달") is True
    assert parse_leap("평달") is False
    assert parse_leap("Y") is True


def test_genders_emails_and_channels() -> None:
    assert parse_gender("여") == "female"
    assert parse_gender("M") == "male"
    assert parse_email("minsu@example.com") == "minsu@example.com"
    with pytest.raises(ValidationError):
        parse_email("minsu@@example")
    assert parse_consent_channel("문자") == "message"
    assert parse_consent_channel("paper") == "paper"


def test_names_join_the_korean_way_or_the_latin_way() -> None:
    assert join_name("김", "민수") == "김민수"
    assert join_name("Kim", "Minsu") == "Minsu Kim"
    assert join_name("Park", "Anna", "Lee") == "Anna Lee Park"


def test_tags_split_on_every_usual_separator_without_googles_system_groups() -> None:
    assert split_tags("단골, VIP;빵 ::: * myContacts") == ["단골", "VIP", "빵"]


def test_a_postal_code_gets_back_the_zero_excel_dropped() -> None:
    assert postal_code_text(6236) == ("06236", True)
    assert postal_code_text("06236") == ("06236", False)
    assert postal_code_text("123-456") == ("123-456", False)
