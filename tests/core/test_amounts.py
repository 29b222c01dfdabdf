"""Amounts and points as typed at the counter: read as whole won, or refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopcrm.amounts import MAX_AMOUNT, parse_amount, parse_points
from shopcrm.errors import ValidationError
from shopcrm.formatting import format_points, format_won
from shopcrm.vocabulary import ENGLISH, KOREAN, describe_error


@pytest.mark.parametrize(
    ("typed", "won"),
    [
        ("12,000", 12_000),
        ("12000원", 12_000),
        ("12,000 원", 12_000),
        ("₩12,000", 12_000),
        ("\\12000", 12_000),  # the won sign on a Korean keyboard
        ("１２，０００원", 12_000),  # full-width, as some input methods type
        (" 12000 ", 12_000),
        ("1.2만", 12_000),
        ("3만5천", 35_000),
        ("3만 5천원", 35_000),
        ("1만 2,000원", 12_000),
        ("만원", 10_000),
        ("천원", 1_000),
        ("2천만", 20_000_000),
        ("삼만 오천 원", 35_000),
        ("1억", MAX_AMOUNT),
        ("0", 0),
    ],
)
def test_an_amount_is_read_as_typed(typed: str, won: int) -> None:
    assert parse_amount(typed) == won


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "amount_required"),
        ("   ", "amount_required"),
        ("abc", "invalid_amount"),
        ("원", "invalid_amount"),
        ("12.5", "invalid_amount"),  # won has no fractions
        ("12,00", "invalid_amount"),  # a misplaced thousands comma is not guessed at
        ("5천3천", "invalid_amount"),
        ("-5000", "negative_amount"),
        ("-₩5,000", "negative_amount"),
        ("200,000,000원", "amount_too_large"),
        ("1억1", "amount_too_large"),
    ],
)
def test_an_amount_that_cannot_be_taken_is_refused_with_its_reason(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(typed)
    assert caught.value.code == code


def test_a_refusal_names_what_was_typed_and_the_limit_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("200,000,000원")
    assert caught.value.fields == {"value": "200,000,000원", "limit": MAX_AMOUNT}
    assert "100,000,000원" in describe_error(caught.value, KOREAN)
    assert "₩100,000,000" in describe_error(caught.value, ENGLISH)
    with pytest.raises(ValidationError) as unreadable:
        parse_amount("abc")
    assert "'abc'" in describe_error(unreadable.value, KOREAN)


@given(st.integers(min_value=0, max_value=MAX_AMOUNT), st.sampled_from(["ko", "en"]))
def test_every_amount_the_window_shows_reads_back_the_same(won: int, lang: str) -> None:
    assert parse_amount(format_won(won, lang=lang)) == won


@given(st.integers(min_value=1, max_value=MAX_AMOUNT), st.sampled_from(["ko", "en"]))
def test_a_shown_refund_is_refused_as_negative(won: int, lang: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(format_won(-won, lang=lang))
    assert caught.value.code == "negative_amount"


@given(st.integers(min_value=0, max_value=9_999), st.integers(min_value=0, max_value=9_999))
def test_man_and_the_rest_read_as_korean_counts(man: int, rest: int) -> None:
    assert parse_amount(f"{man}만{rest}") == man * 10_000 + rest


@pytest.mark.parametrize(
    ("typed", "points"),
    [("1,500", 1_500), ("1500P", 1_500), ("500점", 500), ("1500 pts", 1_500), ("1만P", 10_000)],
)
def test_points_are_read_as_typed(typed: str, points: int) -> None:
    assert parse_points(typed) == points


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "points_required"),
        ("abc", "invalid_points_text"),
        ("-5", "negative_points"),
        ("200,000,000P", "points_too_large"),
    ],
)
def test_points_that_cannot_be_taken_are_refused(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_points(typed)
    assert caught.value.code == code


@given(st.integers(min_value=0, max_value=MAX_AMOUNT), st.sampled_from(["ko", "en"]))
def test_every_balance_the_window_shows_reads_back_as_points(points: int, lang: str) -> None:
    assert parse_points(format_points(points, lang=lang)) == points
