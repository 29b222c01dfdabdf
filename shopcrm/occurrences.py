"""The occurrence table: the precomputed solar date of every anniversary, year by year.

The calendar, the reminders and the agenda read `AnniversaryOccurrence` (indexed on
``solar_on``) instead of converting dates per customer per query. This module keeps it right:

* a *computed year* Y means every anniversary has its row for year Y: the solar year Y for a
  solar anniversary, the **lunar** year Y for a lunar one (whose date may fall in the next
  solar January or February, so one solar year can hold two occurrences or none);
* the computed years are kept in the ``occurrence_years`` setting; a range asks for the years
  it needs (`ensure_range`) and only the missing ones are computed, for all anniversaries at
  once through `shopcrm.bulk`;
* a changed anniversary gets its rows rewritten for every computed year (`refresh_anniversaries`);
* the rows of solar 29 February anniversaries follow the ``feb29_rule`` setting: when it
  changes, the next `ensure_range` rewrites them;
* an occurrence exists only after the original date (age or years at least 1): the day of the
  birth or the first purchase itself is no anniversary.

The lunar tables end with 2050 (`shopcrm.lunar.SUPPORTED_SOLAR_RANGE`); a range reaching
outside them is refused with ``LunarDateError("lunar_out_of_range")`` rather than answered
without its lunar anniversaries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from peewee import IntegrityError

from shopcrm import lunar, settings
from shopcrm.bulk import bulk_insert
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import LunarDateError
from shopcrm.models import Anniversary, AnniversaryOccurrence

YEARS_KEY = "occurrence_years"
"""Setting: the sorted list of years whose occurrences are in the table."""
FEB29_KEY = "occurrence_feb29_rule"
"""Setting: the 29 February rule the table was computed with."""

FIRST_SOLAR, LAST_SOLAR = lunar.SUPPORTED_SOLAR_RANGE
_FIRST_LUNAR_YEAR = lunar.SUPPORTED_LUNAR_RANGE[0].year
_LAST_LUNAR_YEAR = lunar.SUPPORTED_LUNAR_RANGE[1].year

# (anniversary id, month, day, year or None, is_lunar)
AnniversaryFacts = tuple[int, int, int, int | None, bool]
_COLUMNS = ("anniversary_id", "occurrence_year", "solar_on")


def check_range(start: dt.date, end: dt.date) -> None:
    """Refuse a range the lunar tables do not cover.

    Raises:
        LunarDateError: ``lunar_out_of_range`` (fields ``start``, ``end``, ``first``,
            ``last``) when the range leaves `shopcrm.lunar.SUPPORTED_SOLAR_RANGE`.
    """
    if start < FIRST_SOLAR or end > LAST_SOLAR:
        raise LunarDateError(
            "lunar_out_of_range", start=start, end=end, first=FIRST_SOLAR, last=LAST_SOLAR
        )


def years_for_range(start: dt.date, end: dt.date) -> list[int]:
    """The occurrence years that can have a solar date in ``[start, end]``.

    A lunar year begins between 21 January and 20 February, so the occurrences of lunar year
    Y lie in solar Y or early Y+1: the range needs the year before its first solar year too.
    """
    if start > end:
        return []
    return list(range(max(start.year - 1, _FIRST_LUNAR_YEAR), end.year + 1))


def years_around(today: dt.date) -> list[int]:
    """The years worth computing in advance: last year, this year and next year."""
    return [
        year for year in (today.year - 1, today.year, today.year + 1) if year <= LAST_SOLAR.year
    ]


def computed_years() -> set[int]:
    """The years whose occurrences are in the table."""
    return set(settings.get_setting(YEARS_KEY) or [])


def ensure_range(start: dt.date, end: dt.date) -> None:
    """Make sure the table holds every occurrence whose solar date lies in ``[start, end]``.

    Computes the missing years for all anniversaries at once, and rewrites the 29 February
    rows when the shop changed its rule since they were computed.

    Raises:
        LunarDateError: ``lunar_out_of_range`` for a range outside the lunar tables.
    """
    check_range(start, end)
    _followfeb29_rule()
    missing = sorted(set(years_for_range(start, end)) - computed_years())
    if not missing:
        return
    try:
        with database_proxy.atomic():
            add_years(missing)
    except IntegrityError:
        # Another counter computed the same years at the same moment (PostgreSQL).
        if set(missing) - computed_years():
            raise


def add_years(years: Iterable[int]) -> int:
    """Compute the occurrences of the given years for every anniversary and record the years.

    Call it inside ``database_proxy.atomic()``.

    Returns:
        The number of rows written.
    """
    wanted = sorted(set(years))
    if not wanted:
        return 0
    AnniversaryOccurrence.delete().where(
        AnniversaryOccurrence.occurrence_year.in_(wanted)
    ).execute()
    feb29 = feb29_rule()
    sql, params = _facts_query().sql()  # plain rows: fast enough for 100,000 anniversaries
    facts = database_proxy.execute_sql(sql, params).fetchall()
    written = bulk_insert(AnniversaryOccurrence, _COLUMNS, occurrence_rows(facts, wanted, feb29))
    settings.set_setting(YEARS_KEY, sorted(computed_years() | set(wanted)))
    settings.set_setting(FEB29_KEY, feb29)
    return written


def rebuild(years: Iterable[int]) -> int:
    """Throw the whole table away and compute it again for exactly these years (bulk loads).

    Call it inside ``database_proxy.atomic()``.

    Returns:
        The number of rows written.
    """
    AnniversaryOccurrence.delete().execute()
    settings.set_setting(YEARS_KEY, [])
    return add_years(years)


def refresh_anniversaries(anniversary_ids: Iterable[int]) -> None:
    """Rewrite the rows of some anniversaries for every computed year (after a change).

    Call it inside ``database_proxy.atomic()``.
    """
    ids = list(anniversary_ids)
    if not ids:
        return
    AnniversaryOccurrence.delete().where(AnniversaryOccurrence.anniversary.in_(ids)).execute()
    facts = rows_of(_facts_query().where(Anniversary.id.in_(ids)))
    years = sorted(computed_years())
    bulk_insert(AnniversaryOccurrence, _COLUMNS, occurrence_rows(facts, years, feb29_rule()))


def occurrence_rows(
    facts: Iterable[tuple[Any, ...]], years: list[int], feb29: str
) -> list[tuple[int, int, dt.date]]:
    """The rows ``(anniversary id, occurrence year, solar date)`` of anniversaries in years.

    Args:
        facts: ``(id, month, day, year or None, is_lunar)`` of each anniversary.
        years: the occurrence years (lunar years for lunar anniversaries).
        feb29: the shop's 29 February rule.

    Returns:
        One row per anniversary and year, except years not after the original date and lunar
        celebrations past the end of the tables (after 2050-12-31).
    """
    dates: dict[tuple[int, int, int, bool], dt.date | None] = {}
    rows: list[tuple[int, int, dt.date]] = []
    for anniversary_id, month, day, original_year, is_lunar in facts:
        lunar_flag = bool(is_lunar)
        for year in years:
            if original_year is not None and year <= original_year:
                continue
            key = (year, month, day, lunar_flag)
            if key not in dates:
                dates[key] = _celebration(year, month, day, lunar_flag, feb29)
            solar_on = dates[key]
            if solar_on is not None:
                rows.append((anniversary_id, year, solar_on))
    return rows


def _celebration(year: int, month: int, day: int, is_lunar: bool, feb29: str) -> dt.date | None:
    if not is_lunar:
        return lunar.solar_anniversary(year, month, day, feb29)
    if not _FIRST_LUNAR_YEAR <= year <= _LAST_LUNAR_YEAR:
        return None
    try:
        return lunar.anniversary_in_lunar_year(year, month, day)
    except LunarDateError as error:
        if error.code == "lunar_out_of_range":
            return None  # falls after 2050-12-31, which no range may reach
        raise


def _facts_query() -> Any:
    return Anniversary.select(
        Anniversary.id, Anniversary.month, Anniversary.day, Anniversary.year, Anniversary.is_lunar
    )


def feb29_rule() -> str:
    """The shop's 29 February rule (`lunar.FEB29_RULES`; an unknown value reads as 28 Feb)."""
    rule = settings.get_setting("feb29_rule")
    return rule if rule in lunar.FEB29_RULES else lunar.FEB29_FEB28


def _followfeb29_rule() -> None:
    """Rewrite the solar 29 February rows when the rule changed since they were computed."""
    rule, used = feb29_rule(), settings.get_setting(FEB29_KEY)
    if used is None or used == rule:
        return
    with database_proxy.atomic():
        leap_day_ids = [
            row[0]
            for row in rows_of(
                Anniversary.select(Anniversary.id).where(
                    (Anniversary.month == 2) & (Anniversary.day == 29) & ~Anniversary.is_lunar
                )
            )
        ]
        refresh_anniversaries(leap_day_ids)
        settings.set_setting(FEB29_KEY, rule)
