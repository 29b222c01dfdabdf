"""The agenda: who has a birthday or anniversary in a range, greetings, and the daily reminder.

One SQL query over the indexed ``anniversary_occurrence.solar_on`` joined with the
customers answers a range; nothing is converted per customer. The occurrence table is
completed first for the years the range needs (`shopcrm.occurrences.ensure_range`).

An occurrence counts as *greeted* when a greeting (or a letter logged as an interaction) was
recorded for that anniversary on that date, or a letter for that customer carries that
occurrence date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import SQL, fn

from shopcrm import audit, occurrences, settings
from shopcrm.anniversaries import KINDS
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Anniversary, AnniversaryOccurrence, Customer, Interaction, Letter

SOLAR, LUNAR = "solar", "lunar"
GREETING = "greeting"
"""The interaction kind of a greeting whose channel is not known (recorded before channels)."""
GREETING_CHANNELS = ("card", "call", "message", "in_person")
"""How she was greeted: a card, a call, a message, in person."""
GREETING_KINDS = (GREETING, *(f"{GREETING}_{channel}" for channel in GREETING_CHANNELS))
"""The interaction kinds of a greeting: ``greeting`` or ``greeting_<channel>`` (the channel
lives in the kind until the interaction table has a column for it)."""
GREETED_KINDS = (*GREETING_KINDS, "letter")
"""Interaction kinds that mean the customer was already congratulated for an occurrence."""
LAST_SHOWN_KEY = "reminders_last_shown_on"
"""Setting: the day the reminders were last shown (ISO date)."""


@dataclass(frozen=True)
class AgendaEntry:
    """One occurrence of an anniversary, with what the calendar and the exports show.

    Attributes:
        date: the solar date it falls on.
        kind: ``birthday``, ``wedding``, ``first_purchase`` or ``custom``.
        anniversary_id: the anniversary.
        customer_id, customer_no, name, phone: the customer (phone canonical, or None).
        month, day, year: the original date as stored (lunar for a lunar one; year None if
            unknown).
        calendar: ``solar`` or ``lunar``.
        is_leap_month: the original lunar month was a leap month (윤달).
        age: 만 나이 for a birthday, years for the other kinds; None without a year.
        label: the label of a custom date (or a note).
        greeted: a greeting or letter was already given for this occurrence.
        marketing_consent: she agreed to marketing letters and messages.
        occurrence_year: the year of the celebration (the lunar year for a lunar one).
    """

    date: dt.date
    kind: str
    anniversary_id: int
    customer_id: int
    customer_no: int
    name: str
    phone: str | None
    month: int
    day: int
    year: int | None
    calendar: str
    is_leap_month: bool
    age: int | None
    label: str | None
    greeted: bool
    marketing_consent: bool
    occurrence_year: int

    @property
    def is_lunar(self) -> bool:
        return self.calendar == LUNAR


def _check_kinds(kinds: Iterable[str] | None) -> list[str] | None:
    if kinds is None:
        return None
    chosen = list(dict.fromkeys(kinds))
    unknown = [kind for kind in chosen if kind not in KINDS]
    if unknown:
        raise ValidationError("unknown_anniversary_kind", kind=unknown[0])
    return chosen


def _occurrences_in(start: dt.date, end: dt.date, kinds: list[str] | None) -> Any:
    occurrence = AnniversaryOccurrence
    condition = (occurrence.solar_on >= start) & (occurrence.solar_on <= end)
    if kinds is not None:
        condition &= Anniversary.kind.in_(kinds)
    return condition


def agenda(start: dt.date, end: dt.date, kinds: Iterable[str] | None = None) -> list[AgendaEntry]:
    """Every occurrence whose solar date lies in ``[start, end]``, both ends included.

    Args:
        start: first day.
        end: last day (an empty list when before ``start``).
        kinds: only these kinds (default all).

    Returns:
        The entries by date, then customer name and number, then anniversary.

    Raises:
        LunarDateError: ``lunar_out_of_range`` when the range leaves the lunar tables (2050).
        ValidationError: ``unknown_anniversary_kind`` for a kind that does not exist.
    """
    chosen = _check_kinds(kinds)
    if start > end:
        return []
    occurrences.ensure_range(start, end)
    occurrence = AnniversaryOccurrence
    # The customer condition lets the planner use the customer index: most interactions have no
    # anniversary, so SQLite's statistics can make the anniversary index look useless.
    greeting = Interaction.select(SQL("1")).where(
        (Interaction.customer == Customer.id)
        & (Interaction.anniversary == Anniversary.id)
        & (Interaction.occurrence_on == occurrence.solar_on)
        & Interaction.kind.in_(GREETED_KINDS)
    )
    letter = Letter.select(SQL("1")).where(
        (Letter.customer == Customer.id) & (Letter.occurrence_on == occurrence.solar_on)
    )
    query = (
        occurrence.select(
            occurrence.solar_on,
            Anniversary.kind,
            Anniversary.id,
            Customer.id,
            Customer.customer_no,
            Customer.name,
            Customer.phone,
            Anniversary.month,
            Anniversary.day,
            Anniversary.year,
            Anniversary.is_lunar,
            Anniversary.is_leap_month,
            occurrence.occurrence_year,
            Anniversary.label,
            fn.EXISTS(greeting),
            fn.EXISTS(letter),
            Customer.marketing_consent,
        )
        .join(Anniversary, on=(occurrence.anniversary == Anniversary.id))
        .join(Customer, on=(Anniversary.customer == Customer.id))
        .where(_occurrences_in(start, end, chosen) & Customer.deleted_at.is_null())
        .order_by(occurrence.solar_on, Customer.name, Customer.customer_no, Anniversary.id)
    )
    # Plain DB-API rows: peewee's per-field conversion would cost more than the query at 100,000
    # customers (a month holds some 14,000 occurrences); `_entry` converts the few that need it.
    sql, params = query.sql()
    return [_entry(row) for row in database_proxy.execute_sql(sql, params).fetchall()]


def _entry(row: tuple[Any, ...]) -> AgendaEntry:
    (
        solar_on,
        kind,
        anniversary_id,
        customer_id,
        customer_no,
        name,
        phone,
        month,
        day,
        year,
        is_lunar,
        is_leap_month,
        occurrence_year,
        label,
        greeted,
        lettered,
        consent,
    ) = row
    return AgendaEntry(
        date=_as_date(solar_on),
        kind=kind,
        anniversary_id=anniversary_id,
        customer_id=customer_id,
        customer_no=customer_no,
        name=name,
        phone=phone,
        month=month,
        day=day,
        year=year,
        calendar=LUNAR if is_lunar else SOLAR,
        is_leap_month=bool(is_leap_month),
        age=None if year is None else occurrence_year - year,
        label=label,
        greeted=bool(greeted) or bool(lettered),
        marketing_consent=bool(consent),
        occurrence_year=occurrence_year,
    )


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def agenda_counts(
    start: dt.date, end: dt.date, kinds: Iterable[str] | None = None
) -> dict[dt.date, int]:
    """How many occurrences fall on each day of ``[start, end]`` (days without any left out).

    Raises:
        LunarDateError: ``lunar_out_of_range`` when the range leaves the lunar tables (2050).
        ValidationError: ``unknown_anniversary_kind`` for a kind that does not exist.
    """
    chosen = _check_kinds(kinds)
    if start > end:
        return {}
    occurrences.ensure_range(start, end)
    occurrence = AnniversaryOccurrence
    query = (
        occurrence.select(occurrence.solar_on, fn.COUNT(occurrence.id))
        .join(Anniversary, on=(occurrence.anniversary == Anniversary.id))
        .join(Customer, on=(Anniversary.customer == Customer.id))
        .where(_occurrences_in(start, end, chosen) & Customer.deleted_at.is_null())
        .group_by(occurrence.solar_on)
    )
    return {_as_date(day): int(count) for day, count in rows_of(query)}


def greeting_kind(channel: str | None) -> str:
    """The interaction kind that records a greeting by this channel (None: not known).

    Raises:
        ValidationError: ``unknown_greeting_channel`` (field ``value``).
    """
    if channel is None:
        return GREETING
    if channel not in GREETING_CHANNELS:
        raise ValidationError("unknown_greeting_channel", value=channel)
    return f"{GREETING}_{channel}"


def greeting_channel(kind: str) -> str | None:
    """How a greeting of this interaction kind was given (None when not known)."""
    channel = kind.removeprefix(f"{GREETING}_")
    return channel if channel in GREETING_CHANNELS and channel != kind else None


def record_greeting(
    customer_id: int,
    anniversary_id: int,
    occurrence_on: dt.date,
    staff_id: int | None = None,
    *,
    channel: str | None = None,
    note: str | None = None,
    actor: str | None = None,
) -> int:
    """Log that the customer was congratulated for one occurrence of an anniversary.

    Recording the same occurrence twice keeps the first greeting.

    Args:
        customer_id: the customer.
        anniversary_id: her anniversary.
        occurrence_on: the solar date of the occurrence (`AgendaEntry.date`).
        staff_id: who greeted her, when known.
        channel: how: one of `GREETING_CHANNELS` (card, call, message, in person), when known.
        note: what was said or given.
        actor: who recorded it, for the audit trail.

    Returns:
        The id of the greeting (an `Interaction` of a kind in `GREETING_KINDS`).

    Raises:
        NotFound: ``anniversary_not_found`` when the anniversary is not hers.
        ValidationError: ``not_an_occurrence`` (field ``date``) when the anniversary does not
            fall on that date; ``unknown_greeting_channel`` for a channel not in the list.
    """
    kind = greeting_kind(channel)
    with database_proxy.atomic():
        owner = Anniversary.select(Anniversary.customer).where(Anniversary.id == anniversary_id)
        if owner.scalar() != customer_id:
            raise NotFound("anniversary_not_found", anniversary_id=anniversary_id)
        occurrences.ensure_range(occurrence_on, occurrence_on)
        falls = AnniversaryOccurrence.select().where(
            (AnniversaryOccurrence.anniversary == anniversary_id)
            & (AnniversaryOccurrence.solar_on == occurrence_on)
        )
        if not falls.exists():
            raise ValidationError("not_an_occurrence", date=occurrence_on)
        existing = (
            Interaction.select(Interaction.id)
            .where(
                (Interaction.customer == customer_id)
                & (Interaction.anniversary == anniversary_id)
                & (Interaction.occurrence_on == occurrence_on)
                & Interaction.kind.in_(GREETING_KINDS)
            )
            .scalar()
        )
        if existing is not None:
            return int(existing)
        greeting = Interaction.create(
            customer=customer_id,
            kind=kind,
            staff=staff_id,
            anniversary=anniversary_id,
            occurrence_on=occurrence_on,
            note=(note or "").strip() or None,
        )
        audit.record_change(
            "create",
            "interaction",
            greeting.id,
            customer_id=customer_id,
            changes={"kind": kind, "occurrence_on": occurrence_on.isoformat()},
            actor=actor,
        )
    return int(greeting.id)


def unmark_greeting(
    customer_id: int,
    anniversary_id: int,
    occurrence_on: dt.date,
    *,
    actor: str | None = None,
) -> int:
    """Undo "greeted" for one occurrence: she was not congratulated after all.

    Removes the greetings recorded for it and the letters logged for it (a PDF saved and
    never mailed), with their timeline entries, so the occurrence is due again and the
    letter's care rule ("got the same letter lately") no longer leaves her out. Each removal
    goes on the audit trail.

    Args:
        customer_id: the customer.
        anniversary_id: her anniversary.
        occurrence_on: the solar date of the occurrence (`AgendaEntry.date`).
        actor: who un-marked it, for the audit trail.

    Returns:
        How many greetings and letters were removed (0 when it was not greeted).
    """
    on_that_day = (
        (Interaction.customer == customer_id)
        & (Interaction.anniversary == anniversary_id)
        & (Interaction.occurrence_on == occurrence_on)
    )
    with database_proxy.atomic():
        greetings = [
            interaction_id
            for (interaction_id,) in rows_of(
                Interaction.select(Interaction.id).where(
                    on_that_day & Interaction.kind.in_(GREETING_KINDS)
                )
            )
        ]
        letters = [
            letter_id
            for (letter_id,) in rows_of(
                Letter.select(Letter.id).where(
                    (Letter.customer == customer_id) & (Letter.occurrence_on == occurrence_on)
                )
            )
        ]
        if letters:
            Interaction.delete().where(Interaction.letter.in_(letters)).execute()
            Letter.delete().where(Letter.id.in_(letters)).execute()
        if greetings:
            Interaction.delete().where(Interaction.id.in_(greetings)).execute()
        changes = {"unmarked": occurrence_on.isoformat()}
        for entity, ids in (("interaction", greetings), ("letter", letters)):
            for row_id in ids:
                audit.record_change(
                    "delete", entity, row_id, customer_id=customer_id, changes=changes, actor=actor
                )
    return len(greetings) + len(letters)


def reminder_days() -> int:
    """How many days after today the reminder looks ahead (setting ``reminder_days``)."""
    try:
        return max(0, int(settings.get_setting("reminder_days")))
    except (TypeError, ValueError):
        return int(settings.DEFAULTS["reminder_days"])


def due_reminders(today: dt.date) -> list[AgendaEntry]:
    """What is due today and in the next ``reminder_days`` days and not greeted yet.

    The window stops at the end of the lunar tables (2050-12-31).
    """
    end = min(today + dt.timedelta(days=reminder_days()), occurrences.LAST_SOLAR)
    return [entry for entry in agenda(today, end) if not entry.greeted]


def reminders_to_show(today: dt.date) -> list[AgendaEntry]:
    """The reminders to show at start: `due_reminders`, unless already shown today."""
    if settings.get_setting(LAST_SHOWN_KEY) == today.isoformat():
        return []
    return due_reminders(today)


def mark_reminders_shown(today: dt.date) -> None:
    """Remember that today's reminders were shown, so they come once a day."""
    settings.set_setting(LAST_SHOWN_KEY, today.isoformat())


def customer_ids(entries: Iterable[AgendaEntry]) -> list[int]:
    """The customers of some entries, each once, in the entries' order (for a letters batch)."""
    return list(dict.fromkeys(entry.customer_id for entry in entries))
