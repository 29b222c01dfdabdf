"""Korean phone numbers as people type them, and as Excel writes them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shopcrm.errors import ValidationError
from shopcrm.phones import (
    ParsedPhone,
    format_phone,
    is_mobile,
    last_four,
    mask_phone,
    parse_optional_phone,
    parse_phone,
)

# (as entered, canonical, displayed): every expected value is written out by hand.
DOMESTIC = [
    ("010-1234-5678", "01012345678", "010-1234-5678"),
    ("01012345678", "01012345678", "010-1234-5678"),
    ("010 1234 5678", "01012345678", "010-1234-5678"),
    ("010.1234.5678", "01012345678", "010-1234-5678"),
    ("(010)1234-5678", "01012345678", "010-1234-5678"),
    ("  010-9876-5432  ", "01098765432", "010-9876-5432"),
    ("010 - 1234 - 5678", "01012345678", "010-1234-5678"),
    ("010/1234/5678", "01012345678", "010-1234-5678"),
    ("010–1234–5678", "01012345678", "010-1234-5678"),  # en dash from a word processor
    ("'010-1234-5678", "01012345678", "010-1234-5678"),  # Excel's text mark
    ("011-234-5678", "0112345678", "011-234-5678"),
    ("016-2345-6789", "01623456789", "016-2345-6789"),
    ("017 345 6789", "0173456789", "017-345-6789"),
    ("018-456-7890", "0184567890", "018-456-7890"),
    ("019-9876-5432", "01998765432", "019-9876-5432"),
    ("02-123-4567", "021234567", "02-123-4567"),
    ("02-1234-5678", "0212345678", "02-1234-5678"),
    ("(02)123-4567", "021234567", "02-123-4567"),
    ("(02) 1234-5678", "0212345678", "02-1234-5678"),
    ("02)123-4567", "021234567", "02-123-4567"),
    ("031-123-4567", "0311234567", "031-123-4567"),
    ("031-1234-5678", "03112345678", "031-1234-5678"),
    ("032.456.7890", "0324567890", "032-456-7890"),
    ("033-252-1234", "0332521234", "033-252-1234"),
    ("041-551-2345", "0415512345", "041-551-2345"),
    ("042-123-4567", "0421234567", "042-123-4567"),
    ("043-230-3114", "0432303114", "043-230-3114"),
    ("044-300-3000", "0443003000", "044-300-3000"),
    ("051-888-1234", "0518881234", "051-888-1234"),
    ("052-229-2000", "0522292000", "052-229-2000"),
    ("053 803 0114", "0538030114", "053-803-0114"),
    ("054-880-2114", "0548802114", "054-880-2114"),
    ("055-211-2114", "0552112114", "055-211-2114"),
    ("061-286-2114", "0612862114", "061-286-2114"),
    ("062-613-2114", "0626132114", "062-613-2114"),
    ("063-280-2114", "0632802114", "063-280-2114"),
    ("064-710-2114", "0647102114", "064-710-2114"),
    ("070-1234-5678", "07012345678", "070-1234-5678"),
    ("0505-123-4567", "05051234567", "0505-123-4567"),
    ("0504-1234-5678", "050412345678", "0504-1234-5678"),
    ("1588-1234", "15881234", "1588-1234"),
    ("1644 5678", "16445678", "1644-5678"),
    ("1800-1234", "18001234", "1800-1234"),
]

INTERNATIONAL_KOREAN = [
    ("+82 10-1234-5678", "01012345678", "010-1234-5678"),
    ("+821012345678", "01012345678", "010-1234-5678"),
    ("+82 (0)10 1234 5678", "01012345678", "010-1234-5678"),
    ("+82 010-1234-5678", "01012345678", "010-1234-5678"),
    ("+82-2-123-4567", "021234567", "02-123-4567"),
    ("+82 (0)2 1234 5678", "0212345678", "02-1234-5678"),
    ("+82 31 123 4567", "0311234567", "031-123-4567"),
    ("+82 1588 1234", "15881234", "1588-1234"),
    ("82-10-1234-5678", "01012345678", "010-1234-5678"),
    ("8210-1234-5678", "01012345678", "010-1234-5678"),
    ("82 (0)10 1234 5678", "01012345678", "010-1234-5678"),
    ("'+82 10 1234 5678", "01012345678", "010-1234-5678"),  # as a safe CSV export writes it
]

FULL_WIDTH = [
    ("０１０－１２３４－５６７８", "01012345678", "010-1234-5678"),
    ("０２）１２３－４５６７", "021234567", "02-123-4567"),
    ("＋８２ １０ １２３４ ５６７８", "01012345678", "010-1234-5678"),
    ("010\u00a01234\u00a05678", "01012345678", "010-1234-5678"),  # no-break spaces
    ("010\u30001234\u30005678", "01012345678", "010-1234-5678"),  # ideographic spaces
]

LEADING_ZERO_LOST = [
    ("1012345678", "01012345678", "010-1234-5678"),
    ("10-1234-5678", "01012345678", "010-1234-5678"),
    ("212345678", "0212345678", "02-1234-5678"),
    ("311234567", "0311234567", "031-123-4567"),
    ("3112345678", "03112345678", "031-1234-5678"),
    ("7012345678", "07012345678", "070-1234-5678"),
    ("112345678", "0112345678", "011-234-5678"),
]

FOREIGN = [
    ("+81 3-1234-5678", "+81312345678"),
    ("+81312345678", "+81312345678"),
    ("+1 (415) 555-2671", "+14155552671"),
    ("+44 (0)20 7946 0958", "+442079460958"),
    ("+86 138 0013 8000", "+8613800138000"),
    ("＋８１ ３ １２３４ ５６７８", "+81312345678"),
]

INVALID = [
    "abc",
    "010-1234-567O",  # a letter O typed for a zero
    "010-1234",
    "1234",
    "123-4567",
    "010-123-4567",  # 010 numbers have a four-digit middle group
    "010-12345-6789",
    "02-12-3456",
    "02-12345-67890",
    "031-12-3456",
    "039-123-4567",  # no such area code
    "080-123-4567",
    "070-123-4567",
    "1588-123",
    "1588-12345",
    "1234-5678",  # not a 15xx/16xx/18xx business number
    "21234567",  # a Seoul number without its area code stays ambiguous
    "01012345678901",
    "010-1234-5678 내선 12",
    "Tel. 010-1234-5678",
    "010_1234_5678",
    "1.01E+10",  # Excel's scientific notation: the digits are gone
    "+",
    "+82",
    "+82 10-123-4567",
    "+82 99 1234 5678",
    "+0 123 4567",
    "+1 234",
    "+1 234 567 890 123 456",
    "010+1234+5678",
    "٠١٠١٢٣٤٥٦٧٨",  # Arabic-Indic digits
]


@pytest.mark.parametrize(("entered", "canonical", "displayed"), DOMESTIC)
def test_domestic_number_is_read_and_hyphenated(
    entered: str, canonical: str, displayed: str
) -> None:
    parsed = parse_phone(entered)
    assert (parsed.canonical, parsed.warnings, format_phone(parsed.canonical)) == (
        canonical,
        (),
        displayed,
    )


@pytest.mark.parametrize(("entered", "canonical", "displayed"), INTERNATIONAL_KOREAN)
def test_korean_number_with_country_code_becomes_domestic(
    entered: str, canonical: str, displayed: str
) -> None:
    parsed = parse_phone(entered)
    assert (parsed.canonical, parsed.warnings, format_phone(parsed.canonical)) == (
        canonical,
        (),
        displayed,
    )


@pytest.mark.parametrize(("entered", "canonical", "displayed"), FULL_WIDTH)
def test_full_width_characters_are_read_as_ascii(
    entered: str, canonical: str, displayed: str
) -> None:
    parsed = parse_phone(entered)
    assert (parsed.canonical, format_phone(parsed.canonical)) == (canonical, displayed)


@pytest.mark.parametrize(("entered", "canonical", "displayed"), LEADING_ZERO_LOST)
def test_leading_zero_lost_by_excel_is_restored_with_a_warning(
    entered: str, canonical: str, displayed: str
) -> None:
    parsed = parse_phone(entered)
    assert (parsed.canonical, parsed.warnings, format_phone(parsed.canonical)) == (
        canonical,
        ("leading_zero_restored",),
        displayed,
    )


@pytest.mark.parametrize(("entered", "canonical"), FOREIGN)
def test_foreign_number_is_kept_in_e164_with_a_warning(entered: str, canonical: str) -> None:
    parsed = parse_phone(entered)
    assert (parsed.canonical, parsed.warnings) == (canonical, ("foreign_number",))


@pytest.mark.parametrize("canonical", ["+81312345678", "+442079460958"])
def test_foreign_number_is_displayed_as_stored(canonical: str) -> None:
    assert format_phone(canonical) == canonical


@pytest.mark.parametrize("entered", INVALID)
def test_text_that_is_no_phone_number_is_refused(entered: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(entered)
    assert (caught.value.code, caught.value.fields) == ("invalid_phone", {"value": entered})


@pytest.mark.parametrize(
    ("entered", "canonical"),
    [
        ("02-1012-3456", "0210123456"),
        ("0210123456", "0210123456"),
        ("02-101-2345", "021012345"),
        ("210123456", "0210123456"),
    ],
)
def test_seoul_number_is_never_turned_into_a_mobile(entered: str, canonical: str) -> None:
    parsed = parse_phone(entered)
    assert (parsed.canonical, is_mobile(parsed.canonical)) == (canonical, False)


@pytest.mark.parametrize("entered", ["02-1012-34567", "021012345678", "+82 2 1012 345678"])
def test_seoul_number_one_digit_too_long_is_refused_not_repaired(entered: str) -> None:
    with pytest.raises(ValidationError, match="invalid_phone"):
        parse_phone(entered)


def test_entered_text_is_kept_unchanged() -> None:
    assert parse_phone("  ０１０-1234 5678 ") == ParsedPhone(
        canonical="01012345678", entered="  ０１０-1234 5678 ", warnings=()
    )


@pytest.mark.parametrize("entered", ["", "   ", "\t\n", "'", "\u3000"])
def test_empty_phone_is_its_own_error(entered: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(entered)
    assert caught.value.code == "empty_phone"


@pytest.mark.parametrize("entered", [None, "", "  "])
def test_optional_phone_left_out_gives_none(entered: str | None) -> None:
    assert parse_optional_phone(entered) is None


def test_optional_phone_still_reads_a_number() -> None:
    assert parse_optional_phone("010-1234-5678") == ParsedPhone("01012345678", "010-1234-5678")


def test_optional_phone_still_refuses_a_bad_number() -> None:
    with pytest.raises(ValidationError, match="invalid_phone"):
        parse_optional_phone("010-1234")


@pytest.mark.parametrize(
    ("canonical", "masked"),
    [
        ("01012345678", "010-****-5678"),
        ("0112345678", "011-***-5678"),
        ("021234567", "02-***-4567"),
        ("0212345678", "02-****-5678"),
        ("0311234567", "031-***-4567"),
        ("03112345678", "031-****-5678"),
        ("07012345678", "070-****-5678"),
        ("05051234567", "0505-***-4567"),
        ("050412345678", "0504-****-5678"),
        ("15881234", "1588-1234"),
        ("+81312345678", "+*******5678"),
    ],
)
def test_mask_hides_the_middle_group(canonical: str, masked: str) -> None:
    assert mask_phone(canonical) == masked


@pytest.mark.parametrize(
    ("canonical", "four"),
    [
        ("01012345678", "5678"),
        ("021234567", "4567"),
        ("15881234", "1234"),
        ("050412345678", "5678"),
        ("+81312345678", "5678"),
    ],
)
def test_last_four_are_the_final_digits(canonical: str, four: str) -> None:
    assert last_four(canonical) == four


@pytest.mark.parametrize(
    ("canonical", "mobile"),
    [
        ("01012345678", True),
        ("0112345678", True),
        ("01623456789", True),
        ("01998765432", True),
        ("021234567", False),
        ("0212345678", False),
        ("0311234567", False),
        ("07012345678", False),
        ("05051234567", False),
        ("15881234", False),
        ("+81312345678", False),
        ("+821012345678", False),
        ("010-1234-5678", False),
        ("", False),
    ],
)
def test_is_mobile_only_for_010_and_old_mobile_prefixes(canonical: str, mobile: bool) -> None:
    assert is_mobile(canonical) is mobile


@pytest.mark.parametrize(
    "not_canonical",
    ["010-1234-5678", "1012345678", "+821012345678", "+0312345678", "", "abc", "+81-3-1234"],
)
@pytest.mark.parametrize("function", [format_phone, mask_phone, last_four])
def test_display_functions_refuse_text_that_is_not_canonical(
    function: Callable[[str], str], not_canonical: str
) -> None:
    with pytest.raises(ValidationError, match="invalid_phone"):
        function(not_canonical)


@pytest.mark.parametrize("entered", ["010-0000-0000", "01000000000", "02-000-0000", "031-000-0000"])
def test_an_all_zero_number_is_refused_with_its_reason(entered: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(entered)
    assert (caught.value.code, caught.value.fields) == ("placeholder_phone", {"value": entered})


def test_a_number_with_zeros_after_a_real_digit_is_kept() -> None:
    assert parse_phone("010-5000-0000").canonical == "01050000000"


def test_a_refused_phone_is_told_with_an_example_of_a_good_one() -> None:
    from shopcrm.vocabulary import ENGLISH, KOREAN, describe_error

    for code in ("invalid_phone", "placeholder_phone"):
        error = ValidationError(code, value="010-0000-0000")
        assert "010-1234-5678" in describe_error(error, KOREAN)
        assert "For example: 010-1234-5678" in describe_error(error, ENGLISH)
