"""Tests for shopcrm.lunar: conversions, the anniversary rules, occurrences in a range.

The literal table below is written from the Korean calendar as KASI (한국천문연구원) publishes
it (설날, 석가탄신일 and 추석 public holidays, leap months, the eve of 설날), not from the library
under test. It was cross-checked while writing against the ``holidays`` package and against
new moons computed in KST with ``ephem``; neither is imported here or a dependency.

Performance: after the first use of a lunar year (about 2 ms to read it from the library),
a conversion is a few microseconds, so ``occurrences`` over 100,000 customers and a month
takes well under a second. No timing is asserted here; see tests/benchmarks/.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from korean_lunar_calendar import KoreanLunarCalendar

from shopcrm.errors import LunarDateError, ValidationError
from shopcrm.lunar import (
    SUPPORTED_LUNAR_RANGE,
    SUPPORTED_SOLAR_RANGE,
    LunarDate,
    anniversary_in_lunar_year,
    lunar_date_exists,
    lunar_to_solar,
    occurrences,
    solar_anniversary,
    solar_to_lunar,
    years_since,
)

FIRST_SOLAR, LAST_SOLAR = SUPPORTED_SOLAR_RANGE

# (lunar year, month, day, leap month) -> solar date, from the published Korean calendar.
KASI_TABLE: list[tuple[tuple[int, int, int, bool], date]] = [
    # 설날 (lunar 1/1); 1997 differs from the Chinese calendar (7 February there).
    ((1997, 1, 1, False), date(1997, 2, 8)),
    ((2000, 1, 1, False), date(2000, 2, 5)),
    ((2001, 1, 1, False), date(2001, 1, 24)),
    ((2002, 1, 1, False), date(2002, 2, 12)),
    ((2003, 1, 1, False), date(2003, 2, 1)),
    ((2004, 1, 1, False), date(2004, 1, 22)),
    ((2005, 1, 1, False), date(2005, 2, 9)),
    ((2006, 1, 1, False), date(2006, 1, 29)),
    ((2007, 1, 1, False), date(2007, 2, 18)),
    ((2008, 1, 1, False), date(2008, 2, 7)),
    ((2009, 1, 1, False), date(2009, 1, 26)),
    ((2010, 1, 1, False), date(2010, 2, 14)),
    ((2011, 1, 1, False), date(2011, 2, 3)),
    ((2012, 1, 1, False), date(2012, 1, 23)),
    ((2013, 1, 1, False), date(2013, 2, 10)),
    ((2014, 1, 1, False), date(2014, 1, 31)),
    ((2015, 1, 1, False), date(2015, 2, 19)),
    ((2016, 1, 1, False), date(2016, 2, 8)),
    ((2017, 1, 1, False), date(2017, 1, 28)),
    ((2018, 1, 1, False), date(2018, 2, 16)),
    ((2019, 1, 1, False), date(2019, 2, 5)),
    ((2020, 1, 1, False), date(2020, 1, 25)),
    ((2021, 1, 1, False), date(2021, 2, 12)),
    ((2022, 1, 1, False), date(2022, 2, 1)),
    ((2023, 1, 1, False), date(2023, 1, 22)),
    ((2024, 1, 1, False), date(2024, 2, 10)),
    ((2025, 1, 1, False), date(2025, 1, 29)),
    ((2026, 1, 1, False), date(2026, 2, 17)),
    # 석가탄신일 (lunar 4/8)
    ((2018, 4, 8, False), date(2018, 5, 22)),
    ((2019, 4, 8, False), date(2019, 5, 12)),
    ((2020, 4, 8, False), date(2020, 4, 30)),
    ((2021, 4, 8, False), date(2021, 5, 19)),
    ((2022, 4, 8, False), date(2022, 5, 8)),
    ((2023, 4, 8, False), date(2023, 5, 27)),
    ((2024, 4, 8, False), date(2024, 5, 15)),
    ((2025, 4, 8, False), date(2025, 5, 5)),
    ((2026, 4, 8, False), date(2026, 5, 24)),
    # 추석 (lunar 8/15)
    ((2000, 8, 15, False), date(2000, 9, 12)),
    ((2001, 8, 15, False), date(2001, 10, 1)),
    ((2002, 8, 15, False), date(2002, 9, 21)),
    ((2003, 8, 15, False), date(2003, 9, 11)),
    ((2004, 8, 15, False), date(2004, 9, 28)),
    ((2005, 8, 15, False), date(2005, 9, 18)),
    ((2006, 8, 15, False), date(2006, 10, 6)),
    ((2007, 8, 15, False), date(2007, 9, 25)),
    ((2008, 8, 15, False), date(2008, 9, 14)),
    ((2009, 8, 15, False), date(2009, 10, 3)),
    ((2010, 8, 15, False), date(2010, 9, 22)),
    ((2011, 8, 15, False), date(2011, 9, 12)),
    ((2012, 8, 15, False), date(2012, 9, 30)),
    ((2013, 8, 15, False), date(2013, 9, 19)),
    ((2014, 8, 15, False), date(2014, 9, 8)),
    ((2015, 8, 15, False), date(2015, 9, 27)),
    ((2016, 8, 15, False), date(2016, 9, 15)),
    ((2017, 8, 15, False), date(2017, 10, 4)),
    ((2018, 8, 15, False), date(2018, 9, 24)),
    ((2019, 8, 15, False), date(2019, 9, 13)),
    ((2020, 8, 15, False), date(2020, 10, 1)),
    ((2021, 8, 15, False), date(2021, 9, 21)),
    ((2022, 8, 15, False), date(2022, 9, 10)),
    ((2023, 8, 15, False), date(2023, 9, 29)),
    ((2024, 8, 15, False), date(2024, 9, 17)),
    ((2025, 8, 15, False), date(2025, 10, 6)),
    ((2026, 8, 15, False), date(2026, 9, 25)),
    # Leap months: 2020 윤4월, 2023 윤2월, 2025 윤6월 (day 1 and a later day).
    ((2020, 4, 1, True), date(2020, 5, 23)),
    ((2020, 4, 8, True), date(2020, 5, 30)),
    ((2023, 2, 1, True), date(2023, 3, 22)),
    ((2023, 2, 15, True), date(2023, 4, 5)),
    ((2025, 6, 1, True), date(2025, 7, 25)),
    ((2025, 6, 15, True), date(2025, 8, 8)),
    # The ordinary months around them.
    ((2020, 4, 1, False), date(2020, 4, 23)),
    ((2023, 2, 1, False), date(2023, 2, 20)),
    ((2025, 6, 1, False), date(2025, 6, 25)),
    # Last days of the year, falling in the next solar January or February.
    ((2023, 12, 30, False), date(2024, 2, 9)),
    ((2024, 12, 29, False), date(2025, 1, 28)),
    ((2025, 12, 29, False), date(2026, 2, 16)),
    ((2021, 12, 29, False), date(2022, 1, 31)),
    ((2025, 11, 15, False), date(2026, 1, 3)),
    ((2026, 11, 15, False), date(2026, 12, 23)),
]


@pytest.mark.parametrize(("lunar", "solar"), KASI_TABLE, ids=lambda v: str(v))
def test_lunar_to_solar_matches_published_calendar(
    lunar: tuple[int, int, int, bool], solar: date
) -> None:
    assert lunar_to_solar(*lunar) == solar


@pytest.mark.parametrize(("lunar", "solar"), KASI_TABLE, ids=lambda v: str(v))
def test_solar_to_lunar_matches_published_calendar(
    lunar: tuple[int, int, int, bool], solar: date
) -> None:
    assert solar_to_lunar(solar) == LunarDate(*lunar)


# --- dates that do not exist -------------------------------------------------------------

MISSING_DATES = [
    (2024, 4, 1, True),  # 2024 has no leap month at all
    (2023, 3, 1, True),  # 2023's leap month is the 2nd, not the 3rd
    (2020, 5, 1, True),  # 2020's leap month is the 4th
    (2024, 12, 30, False),  # 2024's 12th month has 29 days (설날 2025 on 29 January)
    (2025, 12, 30, False),  # 2025's 12th month has 29 days (설날 2026 on 17 February)
    (2021, 12, 30, False),  # 2021's 12th month has 29 days (설날 2022 on 1 February)
    (2020, 4, 30, True),  # 윤4월 2020 has 29 days
    (2024, 13, 1, False),
    (2024, 0, 1, False),
    (2024, 1, 0, False),
    (2024, 1, 31, False),
]


@pytest.mark.parametrize("lunar", MISSING_DATES, ids=str)
def test_lunar_to_solar_refuses_a_date_that_does_not_exist(
    lunar: tuple[int, int, int, bool],
) -> None:
    with pytest.raises(LunarDateError) as info:
        lunar_to_solar(*lunar)
    assert info.value.code == "invalid_lunar_date"
    assert info.value.fields["month"] == lunar[1]


@pytest.mark.parametrize("lunar", MISSING_DATES, ids=str)
def test_lunar_date_exists_is_false_for_a_date_that_does_not_exist(
    lunar: tuple[int, int, int, bool],
) -> None:
    assert lunar_date_exists(*lunar) is False


def test_lunar_date_exists_is_true_for_a_leap_month_day() -> None:
    assert lunar_date_exists(2025, 6, 29, True) is True


def test_a_failed_conversion_does_not_leak_into_the_next_one() -> None:
    with pytest.raises(LunarDateError):
        lunar_to_solar(2024, 12, 30)
    assert lunar_to_solar(2024, 1, 1) == date(2024, 2, 10)


@pytest.mark.parametrize(
    "lunar",
    [(1582, 12, 29, False), (2050, 11, 19, False), (2050, 12, 1, False), (2051, 1, 1, False)],
    ids=str,
)
def test_lunar_to_solar_refuses_dates_outside_the_tables(
    lunar: tuple[int, int, int, bool],
) -> None:
    with pytest.raises(LunarDateError) as info:
        lunar_to_solar(*lunar)
    assert info.value.code == "lunar_out_of_range"


def test_lunar_date_exists_raises_outside_the_tables() -> None:
    with pytest.raises(LunarDateError) as info:
        lunar_date_exists(2051, 1, 1, False)
    assert info.value.code == "lunar_out_of_range"


@pytest.mark.parametrize("solar", [FIRST_SOLAR - timedelta(days=1), LAST_SOLAR + timedelta(1)])
def test_solar_to_lunar_refuses_dates_outside_the_tables(solar: date) -> None:
    with pytest.raises(LunarDateError) as info:
        solar_to_lunar(solar)
    assert info.value.code == "lunar_out_of_range"


# --- supported range ---------------------------------------------------------------------


def test_supported_ranges_are_the_same_days() -> None:
    first, last = SUPPORTED_LUNAR_RANGE
    assert lunar_to_solar(first.year, first.month, first.day) == FIRST_SOLAR
    assert lunar_to_solar(last.year, last.month, last.day) == LAST_SOLAR
    assert solar_to_lunar(FIRST_SOLAR) == first
    assert solar_to_lunar(LAST_SOLAR) == last


def test_supported_range_ends_where_the_library_does() -> None:
    converter = KoreanLunarCalendar()
    assert converter.setLunarDate(2050, 11, 18, False) is True
    assert converter.SolarIsoFormat() == LAST_SOLAR.isoformat()
    assert KoreanLunarCalendar().setLunarDate(2050, 11, 19, False) is False
    assert KoreanLunarCalendar().setSolarDate(2051, 1, 1) is False


def test_every_supported_lunar_year_is_contiguous() -> None:
    """Each lunar year ends the day before the next begins; months have 29 or 30 days."""
    first, last = SUPPORTED_LUNAR_RANGE
    day = FIRST_SOLAR
    for year in range(first.year, last.year + 1):
        assert solar_to_lunar(day) == LunarDate(year, 1, 1, False)
        for month in range(1, 13):
            for leap in (False, True):
                if year == last.year and month > last.month:
                    continue
                if not lunar_date_exists(year, month, 1, leap):
                    assert leap, (year, month)
                    continue
                assert lunar_to_solar(year, month, 1, leap) == day
                if (year, month, leap) == (last.year, last.month, False):
                    assert day + timedelta(days=last.day - 1) == LAST_SOLAR
                    return
                length = 30 if lunar_date_exists(year, month, 30, leap) else 29
                assert lunar_date_exists(year, month, 29, leap)
                day += timedelta(days=length)


# --- the library agrees, day by day ------------------------------------------------------

supported_days = st.dates(min_value=FIRST_SOLAR, max_value=LAST_SOLAR)


@given(supported_days)
def test_solar_to_lunar_agrees_with_the_library(solar: date) -> None:
    converter = KoreanLunarCalendar()
    assert converter.setSolarDate(solar.year, solar.month, solar.day) is True
    expected = LunarDate(
        converter.lunarYear, converter.lunarMonth, converter.lunarDay, converter.isIntercalation
    )
    assert solar_to_lunar(solar) == expected


@given(
    st.integers(SUPPORTED_LUNAR_RANGE[0].year, SUPPORTED_LUNAR_RANGE[1].year),
    st.integers(1, 12),
    st.integers(1, 30),
    st.booleans(),
)
def test_lunar_to_solar_agrees_with_the_library(
    year: int, month: int, day: int, leap: bool
) -> None:
    converter = KoreanLunarCalendar()
    if converter.setLunarDate(year, month, day, leap):
        assert lunar_to_solar(year, month, day, leap).isoformat() == converter.SolarIsoFormat()
    else:
        with pytest.raises(LunarDateError):
            lunar_to_solar(year, month, day, leap)


@given(supported_days)
def test_solar_to_lunar_round_trips(solar: date) -> None:
    lunar = solar_to_lunar(solar)
    assert lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.is_leap_month) == solar


# --- the anniversary rule ----------------------------------------------------------------


def test_day_30_falls_on_day_29_when_the_month_lacks_it() -> None:
    assert anniversary_in_lunar_year(2024, 12, 30) == date(2025, 1, 28)
    assert anniversary_in_lunar_year(2025, 12, 30) == date(2026, 2, 16)
    assert anniversary_in_lunar_year(2021, 12, 30) == date(2022, 1, 31)


def test_day_30_stays_on_day_30_when_the_month_has_it() -> None:
    assert anniversary_in_lunar_year(2023, 12, 30) == date(2024, 2, 9)


def test_leap_month_birthday_is_celebrated_in_the_ordinary_month() -> None:
    # Born on 윤4월 8일 2020: celebrated on ordinary 4/8, also in 2020 itself.
    assert anniversary_in_lunar_year(2020, 4, 8) == date(2020, 4, 30)
    assert anniversary_in_lunar_year(2021, 4, 8) == date(2021, 5, 19)
    found = occurrences(
        4,
        8,
        is_lunar=True,
        is_leap_month=True,
        start=date(2020, 1, 1),
        end=date(2021, 12, 31),
    )
    assert found == [date(2020, 4, 30), date(2021, 5, 19)]


def test_leap_month_day_30_falls_on_day_29_of_the_ordinary_month() -> None:
    # 윤6월 2025 has 29 days, 6월 2025 has 30: someone born in another year's 6/30.
    assert lunar_date_exists(2025, 6, 30, False)
    assert anniversary_in_lunar_year(2025, 6, 30) == date(2025, 7, 24)
    assert anniversary_in_lunar_year(2025, 6, 29) == date(2025, 7, 23)


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (1, 0), (1, 31)])
def test_anniversary_refuses_impossible_month_or_day(month: int, day: int) -> None:
    with pytest.raises(LunarDateError) as info:
        anniversary_in_lunar_year(2024, month, day)
    assert info.value.code == "invalid_lunar_date"


@pytest.mark.parametrize(("year", "month", "day"), [(1582, 5, 5), (2050, 11, 19), (2050, 12, 1)])
def test_anniversary_refuses_years_beyond_the_tables(year: int, month: int, day: int) -> None:
    with pytest.raises(LunarDateError) as info:
        anniversary_in_lunar_year(year, month, day)
    assert info.value.code == "lunar_out_of_range"


def test_solar_feb29_goes_to_feb28_by_default() -> None:
    assert solar_anniversary(2025, 2, 29) == date(2025, 2, 28)
    assert solar_anniversary(2024, 2, 29) == date(2024, 2, 29)


def test_solar_feb29_goes_to_mar1_when_chosen() -> None:
    assert solar_anniversary(2025, 2, 29, feb29="mar1") == date(2025, 3, 1)
    assert solar_anniversary(2100, 2, 29, feb29="mar1") == date(2100, 3, 1)
    assert solar_anniversary(2000, 2, 29, feb29="mar1") == date(2000, 2, 29)


def test_solar_anniversary_refuses_a_day_no_year_has() -> None:
    with pytest.raises(ValidationError):
        solar_anniversary(2024, 4, 31)


def test_unknown_feb29_rule_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="feb29"):
        solar_anniversary(2024, 2, 29, feb29="leap")


# --- occurrences -------------------------------------------------------------------------


def test_lunar_anniversary_twice_in_one_solar_year() -> None:
    found = occurrences(11, 15, is_lunar=True, start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert found == [date(2026, 1, 3), date(2026, 12, 23)]


def test_lunar_anniversary_never_in_one_solar_year() -> None:
    # Lunar 12/1 of 2024 is 2024-12-31 and of 2025 is 2026-01-19: solar 2025 has none.
    assert lunar_to_solar(2024, 12, 1) == date(2024, 12, 31)
    assert lunar_to_solar(2025, 12, 1) == date(2026, 1, 19)
    assert occurrences(12, 1, is_lunar=True, start=date(2025, 1, 1), end=date(2025, 12, 31)) == []


def test_solar_occurrences_once_per_year() -> None:
    found = occurrences(3, 7, is_lunar=False, start=date(2024, 3, 7), end=date(2026, 3, 6))
    assert found == [date(2024, 3, 7), date(2025, 3, 7)]


def test_empty_range_has_no_occurrence() -> None:
    assert occurrences(1, 1, is_lunar=True, start=date(2024, 3, 1), end=date(2024, 2, 1)) == []


def test_lunar_range_reaching_the_last_supported_day_is_fine() -> None:
    found = occurrences(11, 30, is_lunar=True, start=date(2050, 1, 1), end=LAST_SOLAR)
    assert found == []  # lunar 2050-11-30 lies past the tables, hence past 2050-12-31
    assert occurrences(11, 1, is_lunar=True, start=date(2050, 1, 1), end=LAST_SOLAR) == [
        date(2050, 12, 14)
    ]


def test_lunar_range_beyond_the_tables_raises() -> None:
    with pytest.raises(LunarDateError) as info:
        occurrences(1, 1, is_lunar=True, start=date(2050, 1, 1), end=date(2051, 1, 1))
    assert info.value.code == "lunar_out_of_range"


def test_solar_range_is_not_limited_by_the_lunar_tables() -> None:
    found = occurrences(1, 1, is_lunar=False, start=date(2051, 1, 1), end=date(2052, 1, 1))
    assert found == [date(2051, 1, 1), date(2052, 1, 1)]


def _library_lunar(converter: KoreanLunarCalendar, day: date) -> tuple[int, int, int, bool]:
    assert converter.setSolarDate(day.year, day.month, day.day) is True
    return converter.lunarYear, converter.lunarMonth, converter.lunarDay, converter.isIntercalation


def _brute_force_lunar(month: int, day: int, start: date, end: date) -> list[date]:
    """Walk the range day by day with the library itself and apply the product rule."""
    converter = KoreanLunarCalendar()
    found = []
    current = start
    while current <= end:
        _, m, d, leap = _library_lunar(converter, current)
        if not leap and m == month:
            if d == day:
                found.append(current)
            elif (
                day == 30
                and d == 29
                and current < LAST_SOLAR
                and _library_lunar(converter, current + timedelta(days=1))[2] == 1
            ):
                found.append(current)  # the month has no day 30 this year
        current += timedelta(days=1)
    return found


@st.composite
def supported_ranges(draw: st.DrawFn, max_days: int = 3 * 366) -> tuple[date, date]:
    start = draw(st.dates(min_value=FIRST_SOLAR, max_value=LAST_SOLAR))
    length = draw(st.integers(0, max_days))
    return start, min(start + timedelta(days=length), LAST_SOLAR)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 12), st.integers(1, 30), supported_ranges())
def test_lunar_occurrences_match_a_day_by_day_walk(
    month: int, day: int, bounds: tuple[date, date]
) -> None:
    start, end = bounds
    found = occurrences(month, day, is_lunar=True, start=start, end=end)
    assert found == _brute_force_lunar(month, day, start, end)


@given(st.integers(1, 12), st.integers(1, 30), supported_ranges(max_days=20 * 366))
def test_lunar_occurrences_once_per_lunar_year(
    month: int, day: int, bounds: tuple[date, date]
) -> None:
    start, end = bounds
    found = occurrences(month, day, is_lunar=True, start=start, end=end)
    assert found == sorted(found)
    years = [solar_to_lunar(d).year for d in found]
    assert len(years) == len(set(years))  # none doubled
    for occurrence, year in zip(found, years, strict=True):
        assert start <= occurrence <= end
        assert occurrence == anniversary_in_lunar_year(year, month, day)
        lunar = solar_to_lunar(occurrence)
        assert (lunar.month, lunar.is_leap_month) == (month, False)
        assert lunar.day == day or (day == 30 and lunar.day == 29)
    # none lost: every lunar year whose anniversary lies in the range is there
    for year in range(solar_to_lunar(start).year, solar_to_lunar(end).year + 1):
        try:
            expected = anniversary_in_lunar_year(year, month, day)
        except LunarDateError as error:
            assert error.code == "lunar_out_of_range"
            continue
        assert (start <= expected <= end) == (year in years)


solar_month_days = st.integers(1, 12).flatmap(
    lambda m: st.tuples(st.just(m), st.integers(1, calendar.monthrange(2000, m)[1]))
)


@given(
    solar_month_days,
    st.dates(min_value=date(1600, 1, 1), max_value=date(2400, 12, 31)),
    st.integers(0, 40 * 366),
    st.sampled_from(["feb28", "mar1"]),
)
def test_solar_occurrences_once_per_solar_year(
    month_day: tuple[int, int], start: date, length: int, feb29: str
) -> None:
    month, day = month_day
    end = start + timedelta(days=length)
    found = occurrences(month, day, is_lunar=False, start=start, end=end, feb29=feb29)
    assert found == sorted(found)
    assert len({d.year for d in found}) == len(found)
    for year in range(start.year, end.year + 1):
        if (month, day) == (2, 29) and not calendar.isleap(year):
            expected = date(year, 3, 1) if feb29 == "mar1" else date(year, 2, 28)
        else:
            expected = date(year, month, day)
        assert (expected in found) == (start <= expected <= end)
    assert all(start <= d <= end for d in found)


@given(st.dates(min_value=date(1600, 1, 1), max_value=date(2400, 12, 31)))
def test_feb29_follows_the_setting(start: date) -> None:
    end = start + timedelta(days=366)
    for feb29, common_day in (("feb28", (2, 28)), ("mar1", (3, 1))):
        for found in occurrences(2, 29, is_lunar=False, start=start, end=end, feb29=feb29):
            if calendar.isleap(found.year):
                assert (found.month, found.day) == (2, 29)
            else:
                assert (found.month, found.day) == common_day


@given(
    st.integers(1, 12),
    st.integers(1, 30),
    st.dates(min_value=date(1400, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(0, 800),
)
def test_lunar_ranges_beyond_the_tables_raise(
    month: int, day: int, start: date, length: int
) -> None:
    end = start + timedelta(days=length)
    if start >= FIRST_SOLAR and end <= LAST_SOLAR:
        occurrences(month, day, is_lunar=True, start=start, end=end)
    else:
        with pytest.raises(LunarDateError) as info:
            occurrences(month, day, is_lunar=True, start=start, end=end)
        assert info.value.code == "lunar_out_of_range"


# --- years since -------------------------------------------------------------------------


def test_years_since_unknown_year_is_none() -> None:
    assert years_since(None, date(2026, 3, 7), is_lunar=False) is None
    assert years_since(None, date(2026, 3, 7), is_lunar=True) is None


def test_years_since_solar() -> None:
    assert years_since(1985, date(2026, 3, 7), is_lunar=False) == 41


def test_years_since_lunar_uses_the_lunar_year_of_the_occurrence() -> None:
    # Born lunar 1985-11-15; the lunar 2025 birthday falls on solar 2026-01-03.
    assert years_since(1985, date(2026, 1, 3), is_lunar=True) == 40
    assert years_since(1985, date(2026, 12, 23), is_lunar=True) == 41


# --- every month of the tables, entry by entry -------------------------------------------

TABLE_YEARS = range(1900, SUPPORTED_LUNAR_RANGE[1].year + 1)


def _library_months(year: int) -> list[tuple[int, bool, date, date]]:
    """(month, leap, solar first day, solar last day) of every month the library has in `year`."""
    converter = KoreanLunarCalendar()
    last = SUPPORTED_LUNAR_RANGE[1]
    months = []
    for month in range(1, 13):
        for leap in (False, True):
            if not converter.setLunarDate(year, month, 1, leap):
                continue
            first_day = date.fromisoformat(converter.SolarIsoFormat())
            if (year, month, leap) == (last.year, last.month, False):
                length = last.day
            else:
                length = 30 if converter.setLunarDate(year, month, 30, leap) else 29
            assert converter.setLunarDate(year, month, length, leap)
            months.append((month, leap, first_day, date.fromisoformat(converter.SolarIsoFormat())))
    return months


def test_every_month_first_and_last_day_converts_as_the_library_says_and_back() -> None:
    """Lunar 1900-2050: day 1 and the last day of every month and leap month, both ways."""
    wrong = []
    for year in TABLE_YEARS:
        for month, leap, first_day, last_day in _library_months(year):
            length = (last_day - first_day).days + 1
            for day, solar in ((1, first_day), (length, last_day)):
                lunar = LunarDate(year, month, day, leap)
                if lunar_to_solar(year, month, day, leap) != solar:
                    wrong.append(("to solar", lunar, lunar_to_solar(year, month, day, leap), solar))
                if solar_to_lunar(solar) != lunar:
                    wrong.append(("to lunar", solar, solar_to_lunar(solar), lunar))
            if length < 30 and (year, month) != (2050, 11):
                assert not lunar_date_exists(year, month, 30, leap), (year, month, leap)
    assert wrong == []


def test_every_leap_month_of_the_tables_is_known_and_no_other() -> None:
    """A year has a leap month exactly where the library has one (1900-2050)."""
    years_with_one = 0
    for year in TABLE_YEARS:
        library = [month for month, leap, *_ in _library_months(year) if leap]
        months = range(1, 13 if year < 2050 else 12)  # the tables stop in 2050's 11th month
        ours = [m for m in months if lunar_date_exists(year, m, 1, True)]
        assert ours == library, year
        assert len(library) <= 1, year
        years_with_one += bool(library) and year < 2050
    assert years_with_one == 55  # 7 leap months in 19 years: 55 from 1900 to 2049


# 설날 and 추석 as Korea's public holidays fell (설날 a public holiday only from 1989), from the
# `holidays` package's Korean calendar, an implementation independent of korean-lunar-calendar;
# the years that are also in KASI_TABLE above agree with it (checked when written).
# fmt: off
SEOLLAL: dict[int, str] = {
    1989: "02-06", 1990: "01-27", 1991: "02-15", 1992: "02-04", 1993: "01-23", 1994: "02-10",
    1995: "01-31", 1996: "02-19", 1997: "02-08", 1998: "01-28", 1999: "02-16", 2000: "02-05",
    2001: "01-24", 2002: "02-12", 2003: "02-01", 2004: "01-22", 2005: "02-09", 2006: "01-29",
    2007: "02-18", 2008: "02-07", 2009: "01-26", 2010: "02-14", 2011: "02-03", 2012: "01-23",
    2013: "02-10", 2014: "01-31", 2015: "02-19", 2016: "02-08", 2017: "01-28", 2018: "02-16",
    2019: "02-05", 2020: "01-25", 2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10",
    2025: "01-29", 2026: "02-17", 2027: "02-07", 2028: "01-27", 2029: "02-13", 2030: "02-03",
    2031: "01-23", 2032: "02-11", 2033: "01-31", 2034: "02-19", 2035: "02-08", 2036: "01-28",
    2037: "02-15", 2038: "02-04", 2039: "01-24", 2040: "02-12", 2041: "02-01", 2042: "01-22",
    2043: "02-10", 2044: "01-30", 2045: "02-17", 2046: "02-06", 2047: "01-26", 2048: "02-14",
    2049: "02-02", 2050: "01-23",
}
CHUSEOK: dict[int, str] = {
    1950: "09-26", 1951: "09-15", 1952: "10-03", 1953: "09-22", 1954: "09-11", 1955: "09-30",
    1956: "09-19", 1957: "09-08", 1958: "09-27", 1959: "09-17", 1960: "10-05", 1961: "09-24",
    1962: "09-13", 1963: "10-02", 1964: "09-20", 1965: "09-10", 1966: "09-29", 1967: "09-18",
    1968: "10-06", 1969: "09-26", 1970: "09-15", 1971: "10-03", 1972: "09-22", 1973: "09-11",
    1974: "09-30", 1975: "09-20", 1976: "09-08", 1977: "09-27", 1978: "09-17", 1979: "10-05",
    1980: "09-23", 1981: "09-12", 1982: "10-01", 1983: "09-21", 1984: "09-10", 1985: "09-29",
    1986: "09-18", 1987: "10-07", 1988: "09-25", 1989: "09-14", 1990: "10-03", 1991: "09-22",
    1992: "09-11", 1993: "09-30", 1994: "09-20", 1995: "09-09", 1996: "09-27", 1997: "09-16",
    1998: "10-05", 1999: "09-24", 2000: "09-12", 2001: "10-01", 2002: "09-21", 2003: "09-11",
    2004: "09-28", 2005: "09-18", 2006: "10-06", 2007: "09-25", 2008: "09-14", 2009: "10-03",
    2010: "09-22", 2011: "09-12", 2012: "09-30", 2013: "09-19", 2014: "09-08", 2015: "09-27",
    2016: "09-15", 2017: "10-04", 2018: "09-24", 2019: "09-13", 2020: "10-01", 2021: "09-21",
    2022: "09-10", 2023: "09-29", 2024: "09-17", 2025: "10-06", 2026: "09-25", 2027: "09-15",
    2028: "10-03", 2029: "09-22", 2030: "09-12", 2031: "10-01", 2032: "09-19", 2033: "09-08",
    2034: "09-27", 2035: "09-16", 2036: "10-04", 2037: "09-24", 2038: "09-13", 2039: "10-02",
    2040: "09-21", 2041: "09-10", 2042: "09-28", 2043: "09-17", 2044: "10-05", 2045: "09-25",
    2046: "09-15", 2047: "10-04", 2048: "09-22", 2049: "09-11", 2050: "09-30",
}
# fmt: on


@pytest.mark.parametrize("year", range(1989, 2051))
def test_seollal_falls_on_the_known_day(year: int) -> None:
    seollal = date.fromisoformat(f"{year}-{SEOLLAL[year]}")
    assert lunar_to_solar(year, 1, 1) == seollal
    assert solar_to_lunar(seollal) == LunarDate(year, 1, 1, False)
    assert solar_to_lunar(seollal - timedelta(days=1)).month == 12  # 섣달 그믐, the eve


@pytest.mark.parametrize("year", range(1950, 2051))
def test_chuseok_falls_on_the_known_day(year: int) -> None:
    chuseok = date.fromisoformat(f"{year}-{CHUSEOK[year]}")
    assert lunar_to_solar(year, 8, 15) == chuseok
    assert solar_to_lunar(chuseok) == LunarDate(year, 8, 15, False)
    assert occurrences(8, 15, is_lunar=True, start=date(year, 1, 1), end=date(year, 12, 31)) == [
        chuseok
    ]


def test_a_30th_is_missing_only_where_its_month_had_29_days() -> None:
    from shopcrm.lunar import lunar_day_30_missing

    assert lunar_day_30_missing(1967, 9, 30)  # lunar 1967-09 had 29 days
    assert not lunar_day_30_missing(2021, 9, 30)  # 2021-09 has a 30th
    assert not lunar_day_30_missing(1967, 9, 29)
    assert not lunar_day_30_missing(2023, 3, 30, True)  # 2023 has no 윤3월 at all
