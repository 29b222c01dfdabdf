"""Reading amounts of money and points as a shop owner types them.

``12,000``, ``12000원``, ``₩12,000``, ``1.2만``, ``3만5천``, ``삼만 오천 원`` and what
`shopcrm.formatting.format_won` writes all read back as whole won. A value that cannot be read,
a negative one or one over `MAX_AMOUNT` is refused with a `ValidationError` whose code says why.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from shopcrm.errors import ValidationError

MAX_AMOUNT = 100_000_000
"""The largest amount (won) or number of points a counter entry takes: ₩100,000,000."""

_SMALL_UNITS = {"십": 10, "백": 100, "천": 1_000}
_BIG_UNITS = {"만": 10_000, "억": 100_000_000}
_KOREAN_DIGITS = {
    "영": "0",
    "공": "0",
    "일": "1",
    "이": "2",
    "삼": "3",
    "사": "4",
    "오": "5",
    "육": "6",
    "칠": "7",
    "팔": "8",
    "구": "9",
}
# digits (with thousands commas), then a decimal part; or a Korean unit; or a Korean digit
_TOKEN = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|([십백천만억])|([영공일이삼사오육칠팔구])"
)
_AMOUNT_MARKS = ("krw", "won", "원", "₩", "\\")
_POINT_MARKS = ("포인트", "points", "point", "pts", "pt", "점", "p")
_MINUS_SIGNS = ("-", "\u2212")  # ASCII hyphen-minus and the minus sign


def parse_amount(text: str) -> int:
    """Read an amount of money typed at the counter.

    Args:
        text: e.g. ``'12,000'``, ``'12000원'``, ``'₩12,000'``, ``'1.2만'``, ``'3만5천'``,
            ``' 12000 '``; full-width digits and spaces anywhere are fine.

    Returns:
        Whole won, 0 to `MAX_AMOUNT`.

    Raises:
        ValidationError: ``amount_required`` (nothing typed), ``invalid_amount`` (field
            ``value``: the text), ``negative_amount`` (``value``), ``amount_too_large``
            (``value``, ``limit``).
    """
    return _parse(text, _AMOUNT_MARKS, "amount")


def parse_points(text: str) -> int:
    """Read a number of points typed at the counter: ``'1,500'``, ``'1500P'``, ``'500점'``.

    Raises:
        ValidationError: ``points_required``, ``invalid_points_text`` (``value``),
            ``negative_points`` (``value``), ``points_too_large`` (``value``, ``limit``).
    """
    return _parse(text, _POINT_MARKS, "points")


_CODES = {
    "amount": ("amount_required", "invalid_amount", "negative_amount", "amount_too_large"),
    "points": ("points_required", "invalid_points_text", "negative_points", "points_too_large"),
}


def _parse(text: str, marks: tuple[str, ...], what: str) -> int:
    required, unreadable, negative, too_large = _CODES[what]
    plain = "".join(unicodedata.normalize("NFKC", text or "").split()).lower()
    if not plain:
        raise ValidationError(required)
    plain, minus = _strip_marks(plain, marks)
    value = _read_number(plain)
    if value is None:
        raise ValidationError(unreadable, value=text.strip())
    if minus and value > 0:
        raise ValidationError(negative, value=text.strip())
    if value > MAX_AMOUNT:
        raise ValidationError(too_large, value=text.strip(), limit=MAX_AMOUNT)
    return value


def _strip_marks(plain: str, marks: tuple[str, ...]) -> tuple[str, bool]:
    """The number without its currency or points marks, and whether a minus sign was there.

    A sign may stand before or after a leading mark (``-₩5,000``, ``₩-5,000``)."""
    minus = False
    changed = True
    while changed and plain:
        changed = False
        if plain.startswith(_MINUS_SIGNS) and not minus:
            plain, minus, changed = plain[1:], True, True
        for mark in marks:
            if plain.startswith(mark):
                plain, changed = plain[len(mark) :], True
            if plain.endswith(mark):
                plain, changed = plain[: -len(mark)], True
    return plain, minus


def _read_number(plain: str) -> int | None:
    """Whole won from digits and Korean units (``3만5천``, ``1억2천만``); None if unreadable.

    Units follow Korean counting: 십, 백 and 천 count within a group of four digits, 만 and 억
    close a group, each group at most once and bigger ones first."""
    position, total, group, number = 0, Decimal(0), Decimal(0), None
    last_big, last_small = None, None
    while position < len(plain):
        match = _TOKEN.match(plain, position)
        if match is None:
            return None
        position = match.end()
        digits, fraction, unit, korean_digit = match.groups()
        if digits is not None or korean_digit is not None:
            if number is not None:
                return None  # two numbers in a row, as in "12,0000"
            written = _KOREAN_DIGITS[korean_digit] if korean_digit else digits.replace(",", "")
            number = Decimal(written + (f".{fraction}" if fraction else ""))
        elif unit in _SMALL_UNITS:
            size = _SMALL_UNITS[unit]
            if last_small is not None and size >= last_small:
                return None
            group += (Decimal(1) if number is None else number) * size
            number, last_small = None, size
        else:
            size = _BIG_UNITS[unit]
            if last_big is not None and size >= last_big:
                return None
            if number is None and group == 0:
                number = Decimal(1)  # 만원 is 1만원
            total += (group + (number or 0)) * size
            group, number, last_big, last_small = Decimal(0), None, size, None
    if number is None and last_big is None and last_small is None:
        return None  # marks alone ("원")
    total += group + (number or 0)
    if total != total.to_integral_value():
        return None  # won and points have no fractions
    return int(total)
