"""Korean lunar (음력) dates: conversion and the anniversary rules the shop relies on.

Pure functions, no database. Conversions come from ``korean-lunar-calendar`` (the KARI /
KASI tables). The library's setters return ``False`` instead of raising and keep their
previous state, so every call here checks the return value.

Each lunar year is converted once, on first use, into a small table of month starts (one
fresh converter per year, cached for the life of the process); after that every conversion
is integer arithmetic on proleptic-Gregorian ordinals, fast enough to run over 100,000
customers. The cache is safe to share between threads: at worst two threads build the same
year twice and get equal tables.

The supported range runs from lunar 1583-01-01 (solar 1583-01-24) to lunar 2050-11-18 (solar
2050-12-31). The library's tables begin in lunar year 1000, but before the Gregorian reform of
October 1582 its solar side follows the Julian calendar, which :class:`datetime.date` cannot
represent, so ShopCRM starts with the first lunar year after the reform. The end is where the
library's tables stop.

Product rules (DESIGN.md, "Dates that Korean customers actually use"):

* a lunar anniversary is celebrated in the ordinary month of its number, even when the
  original date was in a leap month (윤달);
* a day 30 that the month lacks in a given year falls on day 29 (a date written as the 30th of
  a month that had only 29 days that year is accepted: it falls on the 29th, that year too);
* a lunar anniversary happens once per lunar year, so one solar year may hold two or none;
* 29 February falls on 28 February in common years, or on 1 March when the shop chooses so.
"""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass
from datetime import date
from functools import cache

from korean_lunar_calendar import KoreanLunarCalendar

from shopcrm.errors import LunarDateError, ValidationError

__all__ = [
    "FEB29_FEB28",
    "FEB29_MAR1",
    "FEB29_RULES",
    "SUPPORTED_LUNAR_RANGE",
    "SUPPORTED_SOLAR_RANGE",
    "LunarDate",
    "anniversary_in_lunar_year",
    "lunar_date_exists",
    "lunar_day_30_missing",
    "lunar_to_solar",
    "occurrences",
    "solar_anniversary",
    "solar_to_lunar",
    "years_since",
]


@dataclass(frozen=True)
class LunarDate:
    """A date of the Korean lunar calendar.

    Attributes:
        year: lunar year (the year whose 1st month 1st day is 설날).
        month: month number 1-12; a leap month carries the number of the month it follows.
        day: day of the month, 1-30.
        is_leap_month: True for a day in the leap month (윤달) ``month``.
    """

    year: int
    month: int
    day: int
    is_leap_month: bool


FEB29_FEB28 = "feb28"
"""29 February is celebrated on 28 February in common years."""
FEB29_MAR1 = "mar1"
"""29 February is celebrated on 1 March in common years."""
FEB29_RULES: tuple[str, ...] = (FEB29_FEB28, FEB29_MAR1)

SUPPORTED_LUNAR_RANGE: tuple[LunarDate, LunarDate] = (
    LunarDate(1583, 1, 1, False),
    LunarDate(2050, 11, 18, False),
)
"""First and last lunar date the converter covers (inclusive)."""

SUPPORTED_SOLAR_RANGE: tuple[date, date] = (date(1583, 1, 24), date(2050, 12, 31))
"""First and last solar date the converter covers (inclusive); same days as the lunar range."""

_FIRST_LUNAR, _LAST_LUNAR = SUPPORTED_LUNAR_RANGE
_FIRST_SOLAR, _LAST_SOLAR = SUPPORTED_SOLAR_RANGE


@dataclass(frozen=True)
class _Month:
    """One month of a lunar year: where it starts and how many of its days the tables cover."""

    month: int
    is_leap: bool
    first: int  # proleptic Gregorian ordinal of day 1
    days: int  # 29 or 30; fewer for the month the tables stop in
    complete: bool  # False only for the month the tables stop in


@dataclass(frozen=True)
class _LunarYear:
    year: int
    months: tuple[_Month, ...]  # calendar order, a leap month right after its ordinary month
    starts: tuple[int, ...]  # months[i].first, for bisect

    def find(self, month: int, is_leap: bool) -> _Month | None:
        for info in self.months:
            if info.month == month and info.is_leap == is_leap:
                return info
        return None


def _out_of_range(**fields: object) -> LunarDateError:
    return LunarDateError(
        "lunar_out_of_range",
        **fields,
        first=_FIRST_SOLAR,
        last=_LAST_SOLAR,
    )


def _set_lunar(converter: KoreanLunarCalendar, year: int, month: int, day: int, leap: bool) -> bool:
    return bool(converter.setLunarDate(year, month, day, leap))


@cache
def _lunar_year(year: int) -> _LunarYear:
    """Month starts and lengths of one lunar year, read from the library once."""
    if not _FIRST_LUNAR.year <= year <= _LAST_LUNAR.year:
        raise _out_of_range(year=year)
    converter = KoreanLunarCalendar()
    months: list[_Month] = []
    for month in range(1, 13):
        for is_leap in (False, True):
            if year == _LAST_LUNAR.year and (
                month > _LAST_LUNAR.month or (month == _LAST_LUNAR.month and is_leap)
            ):
                continue
            if not _set_lunar(converter, year, month, 1, is_leap):
                if is_leap:
                    continue  # no leap month of this number this year
                raise RuntimeError(f"korean-lunar-calendar refused lunar {year}-{month}-1")
            first = date.fromisoformat(converter.SolarIsoFormat()).toordinal()
            if (year, month, is_leap) == (_LAST_LUNAR.year, _LAST_LUNAR.month, False):
                days, complete = _LAST_LUNAR.day, False
            elif _set_lunar(converter, year, month, 30, is_leap):
                days, complete = 30, True
            elif _set_lunar(converter, year, month, 29, is_leap):
                days, complete = 29, True
            else:
                raise RuntimeError(f"korean-lunar-calendar refused lunar {year}-{month}-29")
            months.append(_Month(month, is_leap, first, days, complete))
    return _LunarYear(year, tuple(months), tuple(info.first for info in months))


def _check_lunar_shape(year: int, month: int, day: int, is_leap_month: bool) -> None:
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise LunarDateError(
            "invalid_lunar_date", year=year, month=month, day=day, is_leap_month=is_leap_month
        )


def _beyond_lunar_range(year: int, month: int, day: int) -> bool:
    # Same comparison as the library: year, month and day, whatever the leap flag.
    first, last = _FIRST_LUNAR, _LAST_LUNAR
    key = (year, month, day)
    return key < (first.year, first.month, first.day) or key > (last.year, last.month, last.day)


def _check_solar(d: date) -> None:
    if not _FIRST_SOLAR <= d <= _LAST_SOLAR:
        raise _out_of_range(date=d)


def lunar_to_solar(year: int, month: int, day: int, is_leap_month: bool = False) -> date:
    """Convert a lunar date to the solar date of the same day, exactly.

    Args:
        year: lunar year.
        month: lunar month, 1-12.
        day: day of the lunar month, 1-30.
        is_leap_month: True for a day of the leap month (윤달) ``month``.

    Returns:
        The solar (Gregorian) date.

    Raises:
        LunarDateError: ``invalid_lunar_date`` when that lunar date does not exist (the year
            has no such leap month, the month has only 29 days, month or day out of bounds);
            ``lunar_out_of_range`` when it lies outside :data:`SUPPORTED_LUNAR_RANGE`.
    """
    _check_lunar_shape(year, month, day, is_leap_month)
    if _beyond_lunar_range(year, month, day):
        raise _out_of_range(year=year, month=month, day=day, is_leap_month=is_leap_month)
    info = _lunar_year(year).find(month, is_leap_month)
    if info is None or day > info.days:
        raise LunarDateError(
            "invalid_lunar_date", year=year, month=month, day=day, is_leap_month=is_leap_month
        )
    return date.fromordinal(info.first + day - 1)


def solar_to_lunar(d: date) -> LunarDate:
    """Convert a solar date to the lunar date of the same day.

    Args:
        d: a solar (Gregorian) date within :data:`SUPPORTED_SOLAR_RANGE`.

    Returns:
        The lunar date, with ``is_leap_month`` set for a day of a leap month.

    Raises:
        LunarDateError: ``lunar_out_of_range`` outside :data:`SUPPORTED_SOLAR_RANGE`.
    """
    _check_solar(d)
    ordinal = d.toordinal()
    year = _lunar_year(d.year)  # 설날 falls between 21 January and 20 February
    if ordinal < year.starts[0]:
        year = _lunar_year(d.year - 1)
    info = year.months[bisect.bisect_right(year.starts, ordinal) - 1]
    return LunarDate(year.year, info.month, ordinal - info.first + 1, info.is_leap)


def lunar_date_exists(year: int, month: int, day: int, is_leap_month: bool = False) -> bool:
    """Tell whether a lunar date exists in the tables.

    Args:
        year: lunar year.
        month: lunar month, 1-12.
        day: day of the lunar month.
        is_leap_month: True for the leap month (윤달) ``month``.

    Returns:
        False when the year has no such leap month, the month has no such day, or month or
        day are out of bounds; True otherwise.

    Raises:
        LunarDateError: ``lunar_out_of_range`` outside :data:`SUPPORTED_LUNAR_RANGE`, where
            the answer is unknown.
    """
    try:
        lunar_to_solar(year, month, day, is_leap_month)
    except LunarDateError as error:
        if error.code == "invalid_lunar_date":
            return False
        raise
    return True


def lunar_day_30_missing(year: int, month: int, day: int, is_leap_month: bool = False) -> bool:
    """Tell whether a date is a 30th of a lunar month that had only 29 days that year.

    Such a date (a birthday written as the month's last day) is kept as written: like a 30th
    in any year whose month is short, it is celebrated on the 29th, the year itself included.

    Raises:
        LunarDateError: ``lunar_out_of_range`` outside :data:`SUPPORTED_LUNAR_RANGE`.
    """
    return (
        day == 30
        and lunar_date_exists(year, month, 29, is_leap_month)
        and not lunar_date_exists(year, month, 30, is_leap_month)
    )


def _check_lunar_month_day(month: int, day: int) -> None:
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise LunarDateError("invalid_lunar_date", month=month, day=day)


def _anniversary_ordinal(lunar_year: int, month: int, day: int) -> int | None:
    """Ordinal of the anniversary in ``lunar_year``; None when the tables stop before it.

    ``month`` and ``day`` must already be checked; ``lunar_year`` must not be before the range.
    """
    if lunar_year > _LAST_LUNAR.year:
        return None
    info = _lunar_year(lunar_year).find(month, False)
    if info is None or (not info.complete and day > info.days):
        return None
    return info.first + min(day, info.days) - 1


def anniversary_in_lunar_year(lunar_year: int, month: int, day: int) -> date:
    """Solar date on which a lunar anniversary is celebrated in a given lunar year.

    The anniversary falls in the ordinary month ``month`` (a date born in a leap month is
    celebrated in the ordinary month of the same number every year); day 30 falls on day 29
    in a year whose month has only 29 days.

    Args:
        lunar_year: the lunar year of the celebration.
        month: lunar month of the original date, 1-12.
        day: lunar day of the original date, 1-30.

    Returns:
        The solar date of the celebration.

    Raises:
        LunarDateError: ``invalid_lunar_date`` for a month or day out of bounds;
            ``lunar_out_of_range`` when that celebration lies outside the tables.
    """
    _check_lunar_month_day(month, day)
    if lunar_year < _FIRST_LUNAR.year:
        raise _out_of_range(year=lunar_year, month=month, day=day)
    ordinal = _anniversary_ordinal(lunar_year, month, day)
    if ordinal is None:
        raise _out_of_range(year=lunar_year, month=month, day=day)
    return date.fromordinal(ordinal)


def _check_feb29(feb29: str) -> None:
    if feb29 not in FEB29_RULES:
        raise ValueError(f"feb29 must be one of {FEB29_RULES}, not {feb29!r}")


def _check_solar_month_day(month: int, day: int) -> None:
    # 2000 is a leap year: 29 February is a valid anniversary.
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):
        raise ValidationError("invalid_date", month=month, day=day)


def solar_anniversary(year: int, month: int, day: int, feb29: str = FEB29_FEB28) -> date:
    """Solar date on which a solar anniversary is celebrated in a given year.

    Args:
        year: the year of the celebration.
        month: month of the original date.
        day: day of the original date.
        feb29: where 29 February goes in a common year: ``"feb28"`` or ``"mar1"``.

    Returns:
        ``date(year, month, day)``, except 29 February in a common year, which gives
        28 February or 1 March as ``feb29`` says.

    Raises:
        ValidationError: ``invalid_date`` when no year has that month and day.
        ValueError: for an unknown ``feb29`` rule (a programming error).
    """
    _check_feb29(feb29)
    _check_solar_month_day(month, day)
    if (month, day) == (2, 29) and not calendar.isleap(year):
        return date(year, 3, 1) if feb29 == FEB29_MAR1 else date(year, 2, 28)
    return date(year, month, day)


def occurrences(
    month: int,
    day: int,
    *,
    is_lunar: bool,
    start: date,
    end: date,
    feb29: str = FEB29_FEB28,
    is_leap_month: bool = False,
) -> list[date]:
    """Every solar date in ``[start, end]`` on which an anniversary falls, in order.

    A solar anniversary happens once per solar year. A lunar one happens once per lunar year
    (see :func:`anniversary_in_lunar_year`), so one solar year can hold two occurrences or
    none: lunar 11/15 falls on 2026-01-03 and again on 2026-12-23.

    Args:
        month: month of the original date.
        day: day of the original date.
        is_lunar: True when ``month`` and ``day`` are lunar.
        start: first solar date of the range (inclusive).
        end: last solar date of the range (inclusive); an empty list if before ``start``.
        feb29: rule for a solar 29 February in common years: ``"feb28"`` or ``"mar1"``.
        is_leap_month: accepted and ignored: a leap-month date is celebrated in the ordinary
            month, so it has the same occurrences.

    Returns:
        The occurrences, ascending, without duplicates.

    Raises:
        LunarDateError: ``invalid_lunar_date`` for a lunar month or day out of bounds;
            ``lunar_out_of_range`` for a lunar anniversary when the range leaves
            :data:`SUPPORTED_SOLAR_RANGE`.
        ValidationError: ``invalid_date`` for a solar month and day no year has.
        ValueError: for an unknown ``feb29`` rule.
    """
    del is_leap_month  # celebrated in the ordinary month either way
    _check_feb29(feb29)
    if not is_lunar:
        _check_solar_month_day(month, day)
        if start > end:
            return []
        found = (solar_anniversary(y, month, day, feb29) for y in range(start.year, end.year + 1))
        return [d for d in found if start <= d <= end]

    _check_lunar_month_day(month, day)
    if start > end:
        return []
    if start < _FIRST_SOLAR or end > _LAST_SOLAR:
        raise _out_of_range(start=start, end=end)
    first_ordinal, last_ordinal = start.toordinal(), end.toordinal()
    result: list[date] = []
    # An anniversary of lunar year L is a day of lunar year L, so only the lunar years that
    # overlap the range can contribute.
    for lunar_year in range(solar_to_lunar(start).year, solar_to_lunar(end).year + 1):
        ordinal = _anniversary_ordinal(lunar_year, month, day)
        # None: past the end of the tables, so after _LAST_SOLAR >= end.
        if ordinal is not None and first_ordinal <= ordinal <= last_ordinal:
            result.append(date.fromordinal(ordinal))
    return result


def years_since(birth_year: int | None, occurrence: date, *, is_lunar: bool) -> int | None:
    """Years completed at an occurrence of an anniversary (만 나이 for a birthday).

    Args:
        birth_year: year of the original date (a lunar year for a lunar date), or None when
            unknown.
        occurrence: solar date of the celebration, as :func:`occurrences` returns it.
        is_lunar: True when the original date is lunar: the count then uses the lunar year
            of ``occurrence``, since a lunar anniversary may fall in the next solar year.

    Returns:
        The occurrence's year minus the birth year (zero or negative if the occurrence is not
        after the original date), or None when ``birth_year`` is None.

    Raises:
        LunarDateError: ``lunar_out_of_range`` for a lunar count outside the tables.
    """
    if birth_year is None:
        return None
    if is_lunar:
        return solar_to_lunar(occurrence).year - birth_year
    return occurrence.year - birth_year
