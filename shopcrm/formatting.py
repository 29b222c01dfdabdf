"""Display text for the window, letters and exports: money, dates, points and ages.

Korean comes first (``lang="ko"``, the default); ``lang="en"`` gives the English form where
the two differ. The text never depends on the computer's locale. Phone numbers are formatted
by `shopcrm.phones.format_phone` and `shopcrm.phones.mask_phone`.
"""

from __future__ import annotations

from datetime import date

from shopcrm.errors import LunarDateError, ValidationError

LANGUAGES = ("ko", "en")
"""The values every ``lang`` argument accepts."""

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LEAP_YEAR = 2000  # lets 29 February through when a solar date has no year
_LUNAR_MONTH_DAYS = 30


def format_won(amount: int, *, lang: str = "ko") -> str:
    """Formats an amount of money in won.

    Args:
        amount: whole won, may be negative (a refund).
        lang: ``"ko"`` or ``"en"``.

    Returns:
        ``'12,000원'``, ``'-5,000원'``; in English ``'₩12,000'``, ``'-₩5,000'``.
    """
    sign = "-" if amount < 0 else ""
    number = f"{abs(amount):,}"
    return f"{sign}{number}원" if _check(lang) == "ko" else f"{sign}₩{number}"


def format_points(points: int, *, lang: str = "ko") -> str:
    """Formats a customer's points.

    Args:
        points: the points, may be negative (a correction).
        lang: ``"ko"`` or ``"en"``.

    Returns:
        ``'1,200P'``; in English ``'1,200 pts'`` (``'1 pt'`` for one).
    """
    if _check(lang) == "ko":
        return f"{points:,}P"
    return f"{points:,} {'pt' if abs(points) == 1 else 'pts'}"


def format_korean_date(d: date) -> str:
    """Writes a date the Korean way, as letters are dated.

    Args:
        d: the date.

    Returns:
        ``'2026년 11월 23일'``.
    """
    return f"{d.year}년 {format_month_day(d.month, d.day)}"


def format_date(d: date, *, lang: str = "ko") -> str:
    """Writes a date for a reader of the given language.

    Args:
        d: the date.
        lang: ``"ko"`` or ``"en"``.

    Returns:
        ``'2026년 11월 23일'``; in English ``'Nov 23, 2026'``.
    """
    if _check(lang) == "ko":
        return format_korean_date(d)
    return f"{format_month_day(d.month, d.day, lang=lang)}, {d.year}"


def format_month_day(month: int, day: int, *, lang: str = "ko") -> str:
    """Writes a month and day without a year (a birthday whose year is unknown).

    Only the ranges are checked (month 1 to 12, day 1 to 31), since the day may be lunar.

    Args:
        month: 1 to 12.
        day: 1 to 31.
        lang: ``"ko"`` or ``"en"``.

    Returns:
        ``'3월 7일'``; in English ``'Mar 7'``.

    Raises:
        ValidationError: ``invalid_date`` (fields ``month``, ``day``) when out of range.
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValidationError("invalid_date", month=month, day=day)
    if _check(lang) == "ko":
        return f"{month}월 {day}일"
    return f"{_EN_MONTHS[month - 1]} {day}"


def format_iso_date(d: date | None) -> str:
    """Writes a date as ``YYYY-MM-DD`` for exports; nothing for no date.

    Args:
        d: the date, or ``None``.

    Returns:
        ``'2026-11-23'``, or ``''`` for ``None``.
    """
    return "" if d is None else d.isoformat()


def format_anniversary(
    month: int,
    day: int,
    year: int | None,
    is_lunar: bool,
    is_leap_month: bool,
    *,
    lang: str = "ko",
) -> str:
    """Writes an anniversary as stored: solar or lunar, with or without its year.

    Args:
        month: 1 to 12.
        day: 1 to 31 for a solar date (checked against the calendar), 1 to 30 for a lunar one.
        year: the year, or ``None`` when it is not known.
        is_lunar: the date is in the lunar calendar (음력).
        is_leap_month: the lunar month is a leap month (윤달); only with ``is_lunar``.
        lang: ``"ko"`` or ``"en"``.

    Returns:
        ``'1985년 3월 7일'``, ``'3월 7일'``, ``'(음) 1985년 3월 7일'``,
        ``'(음, 윤) 1984년 10월 5일'``; in English ``'Mar 7, 1985'``, ``'Mar 7'``,
        ``'(lunar) Mar 7, 1985'``, ``'(lunar, leap) Oct 5, 1984'``.

    Raises:
        ValidationError: ``invalid_date`` (fields ``month``, ``day``, ``year``) for a solar
            date that does not exist, or a leap month on a solar date.
        LunarDateError: ``invalid_lunar_date`` (fields ``month``, ``day``, ``year``) for a
            lunar day past 30 or a month outside 1 to 12.
    """
    fields = {"month": month, "day": day, "year": year}
    if is_lunar:
        if not (1 <= month <= 12 and 1 <= day <= _LUNAR_MONTH_DAYS):
            raise LunarDateError("invalid_lunar_date", **fields)
    else:
        if is_leap_month:
            raise ValidationError("invalid_date", **fields)
        try:
            date(_LEAP_YEAR if year is None else year, month, day)
        except ValueError:
            raise ValidationError("invalid_date", **fields) from None

    ko = _check(lang) == "ko"
    month_day = format_month_day(month, day, lang=lang)
    if year is None:
        text = month_day
    elif ko:
        text = f"{year}년 {month_day}"
    else:
        text = f"{month_day}, {year}"
    if not is_lunar:
        return text
    if ko:
        marker = "(음, 윤)" if is_leap_month else "(음)"
    else:
        marker = "(lunar, leap)" if is_leap_month else "(lunar)"
    return f"{marker} {text}"


def korean_age(birth: date, on: date) -> int:
    """The 만 나이 (international age) on a day: full years since birth.

    The age goes up on the birthday itself. Someone born on 29 February turns a year older
    on 1 March in a common year (the Civil Act counts the year as ending with February).

    Args:
        birth: the (solar) date of birth.
        on: the day the age is wanted for.

    Returns:
        Whole years, 0 in the first year of life.

    Raises:
        ValidationError: ``birth_after_date`` (fields ``birth``, ``on``) when ``on`` comes
            before ``birth``.
    """
    if on < birth:
        raise ValidationError("birth_after_date", birth=birth, on=on)
    birthday_to_come = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - (1 if birthday_to_come else 0)


def _check(lang: str) -> str:
    """Returns ``lang`` if it is a supported language; a programming error otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    return lang
