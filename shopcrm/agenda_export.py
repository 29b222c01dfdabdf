"""The agenda as text: an aligned table for the terminal, CSV for Excel, iCalendar for a phone.

The CSV columns are fixed (``CSV_HEADER``): ISO dates, codes rather than words
(``kind``, ``calendar``), ``leap_month`` 0 or 1, ``age`` empty when the year is unknown, the
phone hyphenated. An original date without a year is written ``--MM-DD`` (ISO 8601). A
name or label starting with ``= + - @`` is prefixed with an apostrophe so that Excel never
runs it as a formula.

The iCalendar file (RFC 5545) holds one all-day event per occurrence, with a stable UID,
so importing a later export again updates the events instead of doubling them.

A complaint's follow-up (kind ``followup``) fills the same columns: its original date is the
day the complaint was received (solar, ``leap_month`` 0), ``age`` is empty and ``label`` is the
complaint's category in words.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Iterable, Sequence

from shopcrm import __version__
from shopcrm.agenda import FOLLOWUP, AgendaEntry
from shopcrm.formatting import format_anniversary
from shopcrm.phones import format_phone
from shopcrm.vocabulary import current_language, text, word

CSV_HEADER = (
    "date",
    "kind",
    "customer_no",
    "name",
    "phone",
    "original_date",
    "calendar",
    "leap_month",
    "age",
    "label",
)
FORMATS = ("table", "csv", "ics")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ICS_LINE_OCTETS = 75


def kind_name(kind: str, lang: str | None = None) -> str:
    """The word for a kind of the agenda (생일, 결혼기념일 ..., 후속 조치)."""
    return word("agenda_kind" if kind == FOLLOWUP else "anniversary_kind", kind, lang)


def age_text(entry: AgendaEntry, lang: str | None = None) -> str:
    """``만 41세`` for a birthday, ``12주년`` for the others; empty without a year."""
    if entry.age is None:
        return ""
    return word(
        "age_label", "birthday" if entry.kind == "birthday" else "years", lang, age=entry.age
    )


def original_date_text(entry: AgendaEntry, lang: str = "ko") -> str:
    """The original date as people read it: ``(음, 윤) 1984년 10월 5일``."""
    return format_anniversary(
        entry.month, entry.day, entry.year, entry.is_lunar, entry.is_leap_month, lang=lang
    )


def original_date_iso(entry: AgendaEntry) -> str:
    """``1985-03-07``, or ``--03-07`` when the year is unknown (lunar for a lunar date)."""
    month_day = f"{entry.month:02d}-{entry.day:02d}"
    return f"{entry.year:04d}-{month_day}" if entry.year is not None else f"--{month_day}"


def _phone(entry: AgendaEntry) -> str:
    return format_phone(entry.phone) if entry.phone else ""


def _excel_safe(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


# --- CSV ----------------------------------------------------------------------------------


def render_csv(entries: Iterable[AgendaEntry]) -> str:
    """The agenda as CSV text (header first, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for entry in entries:
        writer.writerow(
            (
                entry.date.isoformat(),
                entry.kind,
                entry.customer_no,
                _excel_safe(entry.name),
                _phone(entry),
                original_date_iso(entry),
                entry.calendar,
                int(entry.is_leap_month),
                "" if entry.age is None else entry.age,
                _excel_safe(entry.label or ""),
            )
        )
    return buffer.getvalue()


# --- table --------------------------------------------------------------------------------


def display_width(value: str) -> int:
    """Columns a string takes in a terminal: Hangul and other wide letters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in value)


def _pad(value: str, width: int, right: bool = False) -> str:
    space = " " * (width - display_width(value))
    return space + value if right else value + space


def render_table(entries: Sequence[AgendaEntry], lang: str | None = None) -> str:
    """The agenda as an aligned table for a terminal, one line per occurrence."""
    language = lang or current_language()
    header = text("agenda_columns", language).split("|")
    weekdays = text("weekdays", language)
    days = weekdays.split() if " " in weekdays else list(weekdays)
    rows = [
        [
            entry.date.isoformat(),
            days[entry.date.weekday()],
            kind_name(entry.kind, language),
            str(entry.customer_no),
            entry.name,
            _phone(entry),
            original_date_text(entry, language),
            age_text(entry, language),
            text("greeted_mark", language) if entry.greeted else "",
            entry.label or "",
        ]
        for entry in entries
    ]
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = {3}
    lines = [
        "  ".join(_pad(cell, widths[i], i in numeric) for i, cell in enumerate(row)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


# --- iCalendar ----------------------------------------------------------------------------


def _ics_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Split a content line into lines of at most 75 octets, never inside a character."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > _ICS_LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += char
        size += octets
    parts.append(current)
    return parts


def _uid(entry: AgendaEntry) -> str:
    if entry.is_followup:
        return f"followup-{entry.complaint_id}-{entry.date:%Y%m%d}@shopcrm"
    return f"anniversary-{entry.anniversary_id}-{entry.date:%Y%m%d}@shopcrm"


def render_ics(
    entries: Iterable[AgendaEntry],
    *,
    shop_name: str = "ShopCRM",
    lang: str | None = None,
    stamp: dt.datetime | None = None,
) -> str:
    """The agenda as an iCalendar file: one all-day event per occurrence.

    Args:
        entries: the occurrences.
        shop_name: names the calendar (``달빛 베이커리 기념일``).
        lang: ``"ko"`` or ``"en"`` (default: the command line's language).
        stamp: the creation time written as DTSTAMP (default now, UTC).
    """
    language = lang or current_language()
    moment = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    dtstamp = moment.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//ShopCRM//ShopCRM {__version__}//{language.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_ics_text(text('ics_calendar_name', language, shop=shop_name))}",
    ]
    for entry in entries:
        what = kind_name(entry.kind, language)
        if entry.label:
            what = f"{what} ({entry.label})" if entry.kind != "custom" else entry.label
        age = age_text(entry, language)
        summary = text("ics_summary", language, name=entry.name, kind=what)
        if age:
            summary = f"{summary} · {age}"
        original = "ics_received" if entry.is_followup else "ics_original"
        description = [
            text("ics_customer_no", language, number=entry.customer_no),
            text(original, language, date=original_date_text(entry, language)),
        ]
        if entry.phone:
            description.insert(1, text("ics_phone", language, phone=_phone(entry)))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(entry)}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{entry.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{entry.date + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(chr(10).join(description))}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(f"{part}\r\n" for line in lines for part in _fold(line))
