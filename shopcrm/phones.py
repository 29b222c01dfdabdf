"""Korean phone numbers: one canonical form from whatever people type or Excel writes.

The canonical form is the domestic digit string with its leading zero (``01012345678``,
``021234567``, ``0311234567``, ``07012345678``, ``050512345678``) or, for a business number,
its eight digits (``15881234``). A foreign number keeps its E.164 form (``+81312345678``).
The database stores the canonical form; the rest of the program formats it for display.

Accepted input, in any mix: hyphens, spaces, dots, slashes and parentheses as separators;
full-width digits and signs (``０１０－１２３４``); ``+82 10 …``, ``+8210…``, ``+82 (0)10 …``,
``82-10-…``; ``(02)123-4567``; one leading apostrophe (Excel's "keep as text" mark, and what a
CSV export writes before a ``+`` so that Excel does not read a formula); and a 9- or
10-digit number whose leading zero Excel dropped (``1012345678``, ``212345678``), which is
restored with a warning. An 8-digit number such as ``21234567`` is not restored: it reads just
as well as a Seoul number written without its area code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from shopcrm.errors import ValidationError

LEADING_ZERO_RESTORED = "leading_zero_restored"
"""Warning: the number had lost its leading zero (Excel) and it was put back."""

FOREIGN_NUMBER = "foreign_number"
"""Warning: the number is not Korean and was kept in E.164 form."""

_KOREA = "82"
_DIGITS = frozenset("0123456789")
_SEPARATORS = frozenset("-.()/\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_PLAIN_SEPARATORS = str.maketrans(dict.fromkeys([" ", *_SEPARATORS]))
_TRUNK_ZERO = re.compile(r"\(\s*0\s*\)")  # the "(0)" in "+82 (0)10 …" or "+44 (0)20 …"
_E164_MIN_DIGITS = 7
_E164_MAX_DIGITS = 15
_RESTORABLE_LENGTHS = frozenset({9, 10})

_OLD_MOBILE_PREFIXES = ("011", "016", "017", "018", "019")
_MOBILE_PREFIXES = frozenset({"010", *_OLD_MOBILE_PREFIXES})
_REGIONAL_PREFIXES = (
    "031",
    "032",
    "033",
    "041",
    "042",
    "043",
    "044",
    "051",
    "052",
    "053",
    "054",
    "055",
    "061",
    "062",
    "063",
    "064",
)

# Group sizes by total length, for each prefix a canonical number may start with.
# Prefixes are two or three digits long; no three-digit prefix starts with a two-digit one.
_SHORT_MIDDLE = (3, 3, 4)
_LONG_MIDDLE = (3, 4, 4)
_LAYOUTS: dict[str, dict[int, tuple[int, ...]]] = {
    "010": {11: _LONG_MIDDLE},
    **{old: {10: _SHORT_MIDDLE, 11: _LONG_MIDDLE} for old in _OLD_MOBILE_PREFIXES},
    "02": {9: (2, 3, 4), 10: (2, 4, 4)},
    **{area: {10: _SHORT_MIDDLE, 11: _LONG_MIDDLE} for area in _REGIONAL_PREFIXES},
    "070": {11: _LONG_MIDDLE},
    "050": {11: (4, 3, 4), 12: (4, 4, 4)},
    **{business: {8: (4, 4)} for business in ("15", "16", "18")},
}


@dataclass(frozen=True)
class ParsedPhone:
    """A phone number as stored, with what the user typed and what was done to it.

    Attributes:
        canonical: ``'01012345678'``, ``'021234567'``, ``'15881234'`` or, for a foreign
            number, E.164 such as ``'+81312345678'``.
        entered: the text exactly as the user typed it.
        warnings: codes for what the user may want to check: ``'leading_zero_restored'``,
            ``'foreign_number'``.
    """

    canonical: str
    entered: str
    warnings: tuple[str, ...] = ()


def parse_phone(text: str) -> ParsedPhone:
    """Reads a Korean (or foreign) phone number typed in any usual way.

    Args:
        text: the number as typed or as read from a spreadsheet cell.

    Returns:
        The canonical number, the text unchanged, and warning codes.

    Raises:
        ValidationError: ``empty_phone`` for empty or blank text (use `parse_optional_phone`
            where a phone may be left out); ``invalid_phone`` (field ``value``: the text) for
            anything that is not a phone number: letters, too few or too many digits, an
            unknown prefix, or a length that does not fit its prefix; ``placeholder_phone``
            (field ``value``) for a number that is all zeros after its prefix.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if cleaned.startswith("'"):
        cleaned = cleaned[1:].lstrip()
    if not cleaned:
        raise ValidationError("empty_phone")

    canonical: str | None
    warnings: tuple[str, ...] = ()
    if cleaned.startswith("+"):
        digits = _digits_of(_TRUNK_ZERO.sub(" ", cleaned[1:]), text)
        if digits.startswith(_KOREA):
            canonical = _from_korean_national(digits[len(_KOREA) :])
        else:
            canonical = _foreign(digits)
            warnings = (FOREIGN_NUMBER,)
    else:
        digits = _digits_of(cleaned, text)
        if digits.startswith("0"):
            canonical = digits if _layout(digits) else None
        elif digits.startswith(_KOREA):
            canonical = _from_korean_national(digits[len(_KOREA) :])
        elif len(digits) in _RESTORABLE_LENGTHS:
            canonical = "0" + digits if _layout("0" + digits) else None
            warnings = (LEADING_ZERO_RESTORED,)
        else:
            canonical = digits if _layout(digits) else None

    if canonical is None:
        raise ValidationError("invalid_phone", value=text)
    if is_placeholder_phone(canonical):
        raise ValidationError("placeholder_phone", value=text)
    return ParsedPhone(canonical=canonical, entered=text, warnings=warnings)


def is_placeholder_phone(canonical: str) -> bool:
    """Whether a canonical domestic number is all zeros after its prefix (010-0000-0000,
    02-000-0000): what owners type for "unknown", never a real number."""
    groups = _groups(canonical)
    return len(groups) > 1 and set("".join(groups[1:])) == {"0"}


def parse_optional_phone(text: str | None) -> ParsedPhone | None:
    """Like `parse_phone`, but a missing or blank phone gives ``None`` instead of an error.

    Args:
        text: the number as typed, or ``None``.

    Returns:
        The parsed number, or ``None`` when there is no number.

    Raises:
        ValidationError: ``invalid_phone`` when there is text that is not a phone number.
    """
    if text is None:
        return None
    try:
        return parse_phone(text)
    except ValidationError as error:
        if error.code == "empty_phone":
            return None
        raise


def format_phone(canonical: str) -> str:
    """Hyphenates a canonical number the way Koreans write it.

    Args:
        canonical: a canonical number as `parse_phone` returns it.

    Returns:
        ``'010-1234-5678'``, ``'02-123-4567'``, ``'031-123-4567'``, ``'1588-1234'``,
        ``'0505-123-4567'``; a foreign E.164 number unchanged.

    Raises:
        ValidationError: ``invalid_phone`` when the argument is not a canonical number.
    """
    return "-".join(_groups(canonical))


def mask_phone(canonical: str) -> str:
    """Hides the middle group of a number, for printed lists and the consultation mode.

    A business number (``1588-1234``) belongs to a company, not a person, and is shown whole.
    A foreign number keeps only its ``+`` and last four digits.

    Args:
        canonical: a canonical number as `parse_phone` returns it.

    Returns:
        ``'010-****-5678'``, ``'02-***-4567'``, ``'+*******5678'``.

    Raises:
        ValidationError: ``invalid_phone`` when the argument is not a canonical number.
    """
    groups = _groups(canonical)
    if len(groups) == 3:
        first, middle, last = groups
        return f"{first}-{'*' * len(middle)}-{last}"
    if _is_foreign_canonical(canonical):
        return "+" + "*" * (len(canonical) - 5) + canonical[-4:]
    return "-".join(groups)


def last_four(canonical: str) -> str:
    """The last four digits, which the search index keeps and the counter types.

    Args:
        canonical: a canonical number as `parse_phone` returns it.

    Returns:
        Four digits, e.g. ``'5678'``.

    Raises:
        ValidationError: ``invalid_phone`` when the argument is not a canonical number.
    """
    _groups(canonical)
    return canonical[-4:]


def is_mobile(canonical: str) -> bool:
    """Whether a canonical number is a Korean mobile (010, or an old 011/016/017/018/019).

    Args:
        canonical: a canonical number as `parse_phone` returns it.

    Returns:
        True for a mobile; False for any other number, including text that is not canonical.
    """
    return canonical[:3] in _MOBILE_PREFIXES and _layout(canonical) is not None


def _digits_of(text: str, entered: str) -> str:
    """The digits of normalised text, or `invalid_phone` if anything but separators remains."""
    quick = text.translate(_PLAIN_SEPARATORS)
    if quick.isascii() and quick.isdigit():
        return quick  # the usual 010-1234-5678: no need to look at each character
    digits = []
    for char in text:
        if char in _DIGITS:
            digits.append(char)
        elif not (char.isspace() or char in _SEPARATORS):
            raise ValidationError("invalid_phone", value=entered)
    return "".join(digits)


def _from_korean_national(national: str) -> str | None:
    """The canonical form of what follows the country code 82, or None if it is no number."""
    national = national.removeprefix("0")
    if _layout("0" + national):
        return "0" + national
    if _layout(national):  # a business number (+82 1588 1234) has no trunk zero
        return national
    return None


def _foreign(digits: str) -> str | None:
    """E.164 for the digits after a '+', or None if they cannot be a phone number."""
    if digits.startswith("0") or not _E164_MIN_DIGITS <= len(digits) <= _E164_MAX_DIGITS:
        return None
    return "+" + digits


def _is_foreign_canonical(canonical: str) -> bool:
    """Whether the text is E.164 for a number outside Korea."""
    if not canonical.startswith("+"):
        return False
    digits = canonical[1:]
    return set(digits) <= _DIGITS and not digits.startswith(_KOREA) and _foreign(digits) is not None


def _layout(digits: str) -> tuple[int, ...] | None:
    """Group sizes of a canonical domestic number, or None if it is not one."""
    if not (digits.isascii() and digits.isdigit()):
        return None
    by_length = _LAYOUTS.get(digits[:3]) or _LAYOUTS.get(digits[:2]) or {}
    return by_length.get(len(digits))


def _groups(canonical: str) -> tuple[str, ...]:
    """A canonical number cut into its written groups; a foreign number is one group."""
    if _is_foreign_canonical(canonical):
        return (canonical,)
    layout = _layout(canonical)
    if layout is None:
        raise ValidationError("invalid_phone", value=canonical)
    groups = []
    start = 0
    for size in layout:
        groups.append(canonical[start : start + size])
        start += size
    return tuple(groups)
