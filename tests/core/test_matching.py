"""The one "same customer" rule: phone first; without phones, name and birthday."""

from __future__ import annotations

from shopcrm.matching import Birthday, Identity, IdentityIndex, Match, same_customer

MARCH_7 = Birthday(3, 7, is_lunar=False)
MARCH_7_1985 = Birthday(3, 7, is_lunar=False, year=1985)


def test_the_same_phone_is_the_same_customer_whatever_the_name() -> None:
    one = Identity("김민수", "01012345678", MARCH_7)
    other = Identity("김민서", "01012345678", None)
    assert same_customer(one, other) is Match.SAME


def test_two_phones_are_two_customers_even_with_the_same_name_and_birthday() -> None:
    one = Identity("김민수", "01012345678", MARCH_7)
    other = Identity("김민수", "01099998888", MARCH_7)
    assert same_customer(one, other) is Match.DIFFERENT


def test_a_phone_on_one_side_only_is_not_matched_by_name_and_birthday() -> None:
    one = Identity("김민수", "01012345678", MARCH_7)
    assert same_customer(one, Identity("김민수", None, MARCH_7)) is Match.DIFFERENT


def test_without_phones_a_year_on_one_side_still_matches() -> None:
    assert same_customer(Identity("김민수", None, MARCH_7), Identity("김민수", None, MARCH_7_1985))
    assert (
        same_customer(Identity("김민수", None, MARCH_7), Identity("김민수", None, MARCH_7_1985))
        is Match.SAME
    )


def test_two_different_birth_years_are_two_customers() -> None:
    born_1990 = Birthday(3, 7, is_lunar=False, year=1990)
    one, other = Identity("김민수", None, MARCH_7_1985), Identity("김민수", None, born_1990)
    assert same_customer(one, other) is Match.DIFFERENT


def test_a_lunar_birthday_never_matches_a_solar_one() -> None:
    lunar = Birthday(3, 7, is_lunar=True, year=1985)
    one, other = Identity("김민수", None, MARCH_7_1985), Identity("김민수", None, lunar)
    assert same_customer(one, other) is Match.DIFFERENT


def test_spaces_in_the_name_are_ignored() -> None:
    one, other = Identity("김 민수", None, MARCH_7), Identity("김민수", None, MARCH_7_1985)
    assert same_customer(one, other) is Match.SAME


def test_another_day_or_another_name_is_another_customer() -> None:
    march_8 = Birthday(3, 8, is_lunar=False)
    assert same_customer(Identity("김민수", None, MARCH_7), Identity("김민수", None, march_8)) is (
        Match.DIFFERENT
    )
    assert same_customer(Identity("김민수", None, MARCH_7), Identity("이서연", None, MARCH_7)) is (
        Match.DIFFERENT
    )


def test_the_same_name_without_any_birthday_is_a_possible_duplicate_not_a_match() -> None:
    one, other = Identity("김민수"), Identity("김 민수")
    assert same_customer(one, other) is Match.POSSIBLE_DUPLICATE
    assert same_customer(Identity("김민수", None, MARCH_7), other) is Match.DIFFERENT


def test_the_index_finds_what_the_rule_calls_the_same_and_nothing_else() -> None:
    index: IdentityIndex[str] = IdentityIndex()
    index.add(Identity("김민수", None, MARCH_7_1985), "first")
    index.add(Identity("김민수"), "no birthday")
    index.add(Identity("이서연", "01012345678"), "phone")
    assert index.find(Identity("김 민수", None, MARCH_7)) == "first"
    assert index.find(Identity("김민수", None, Birthday(3, 7, False, 1990))) is None
    assert index.find(Identity("김민수")) is None
    assert index.find(Identity("아무개", "01012345678")) == "phone"
