"""A customer's anniversaries: birthdays, wedding days, first purchases and dates of her own.

Birthdays, wedding days and custom dates (with a label) are typed on the card; the
first-purchase anniversary is derived from ``Customer.first_purchase_on`` and never typed
(`sync_first_purchase_anniversary`). Every change rewrites the anniversary's rows of the
occurrence table in the same transaction (`shopcrm.occurrences`), so the calendar, the
reminders and the agenda never convert a date at query time.

Dates are checked before they are stored: a solar date must exist (29 February only in a
leap year, or without a year), a lunar date with a known year must exist in the KARI tables
(a leap month that year), except a 30th day the month lacked that year, which is kept as
written and celebrated on the 29th (`shopcrm.lunar.lunar_day_30_missing`). A lunar date
without a year only needs a month 1-12 and a day 1-30: its celebration follows the rules of
`shopcrm.lunar`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from shopcrm import audit, lunar, occurrences
from shopcrm.bulk import bulk_insert
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import LunarDateError, NotFound, ValidationError
from shopcrm.models import Anniversary, Customer

BIRTHDAY, WEDDING, FIRST_PURCHASE, CUSTOM = "birthday", "wedding", "first_purchase", "custom"
KINDS: tuple[str, ...] = (BIRTHDAY, WEDDING, FIRST_PURCHASE, CUSTOM)
"""Every kind of anniversary, in the order lists show them."""
TYPED_KINDS: tuple[str, ...] = (BIRTHDAY, WEDDING, CUSTOM)
"""The kinds a person enters; ``first_purchase`` follows the purchases."""

_LEAP_YEAR = 2000  # lets 29 February through when a solar date has no year


@dataclass(frozen=True)
class AnniversaryInput:
    """An anniversary as typed on the card.

    Attributes:
        kind: ``birthday``, ``wedding`` or ``custom``.
        month: 1-12 (lunar month for a lunar date).
        day: 1-31 (1-30 for a lunar date).
        year: the year, or None when unknown (normal for a birthday).
        is_lunar: the date is in the lunar calendar (음력).
        is_leap_month: the lunar month was a leap month (윤달); only with ``is_lunar``.
        label: what a custom date is (required for ``custom``), or a note for the others.
    """

    kind: str
    month: int
    day: int
    year: int | None = None
    is_lunar: bool = False
    is_leap_month: bool = False
    label: str | None = None


@dataclass(frozen=True)
class AnniversaryDetail:
    """A stored anniversary, as the card lists it."""

    id: int
    customer_id: int
    kind: str
    month: int
    day: int
    year: int | None
    is_lunar: bool
    is_leap_month: bool
    label: str | None


def validate_anniversary(data: AnniversaryInput) -> AnniversaryInput:
    """Check a typed anniversary and return it cleaned (label trimmed, '' -> None).

    Raises:
        ValidationError: ``unknown_anniversary_kind`` (field ``kind``),
            ``first_purchase_is_derived``, ``label_required``, ``invalid_year`` (``year``),
            ``leap_month_needs_lunar``, ``no_such_day`` (``month``, ``day``),
            ``not_a_leap_year`` (``year``).
        LunarDateError: ``no_leap_month`` (``year``, ``month``) when that lunar year has no
            such leap month; ``invalid_lunar_date`` (``year``, ``month``, ``day``,
            ``is_leap_month``) for a day the month lacks (a 30th is accepted, see
            `shopcrm.lunar.lunar_day_30_missing`); ``lunar_out_of_range``
            for a lunar year outside the tables (1583-2050).
    """
    if data.kind == FIRST_PURCHASE:
        raise ValidationError("first_purchase_is_derived")
    if data.kind not in TYPED_KINDS:
        raise ValidationError("unknown_anniversary_kind", kind=data.kind)
    label = (data.label or "").strip() or None
    if data.kind == CUSTOM and label is None:
        raise ValidationError("label_required")
    if data.year is not None and not dt.MINYEAR <= data.year <= dt.MAXYEAR:
        raise ValidationError("invalid_year", year=data.year)
    if data.is_lunar:
        _check_lunar(data)
    else:
        _check_solar(data)
    return AnniversaryInput(
        kind=data.kind,
        month=data.month,
        day=data.day,
        year=data.year,
        is_lunar=data.is_lunar,
        is_leap_month=data.is_leap_month if data.is_lunar else False,
        label=label,
    )


def _check_lunar(data: AnniversaryInput) -> None:
    if not (1 <= data.month <= 12 and 1 <= data.day <= 30):
        raise ValidationError("no_such_day", month=data.month, day=data.day)
    if (
        data.year is None
        or lunar.lunar_date_exists(data.year, data.month, data.day, data.is_leap_month)
        or lunar.lunar_day_30_missing(data.year, data.month, data.day, data.is_leap_month)
    ):
        return
    if data.is_leap_month and not lunar.lunar_date_exists(data.year, data.month, 1, True):
        raise LunarDateError("no_leap_month", year=data.year, month=data.month)
    raise LunarDateError(
        "invalid_lunar_date",
        year=data.year,
        month=data.month,
        day=data.day,
        is_leap_month=data.is_leap_month,
    )


def _check_solar(data: AnniversaryInput) -> None:
    if data.is_leap_month:
        raise ValidationError("leap_month_needs_lunar")
    if not (
        1 <= data.month <= 12 and 1 <= data.day <= calendar.monthrange(_LEAP_YEAR, data.month)[1]
    ):
        raise ValidationError("no_such_day", month=data.month, day=data.day)
    if (
        data.year is not None
        and (data.month, data.day) == (2, 29)
        and not calendar.isleap(data.year)
    ):
        raise ValidationError("not_a_leap_year", year=data.year)


def _require_customer(customer_id: int) -> None:
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFound("customer_not_found", customer_id=customer_id)


def _stored(anniversary_id: int) -> Anniversary:
    row = Anniversary.get_or_none(Anniversary.id == anniversary_id)
    if row is None:
        raise NotFound("anniversary_not_found", anniversary_id=anniversary_id)
    return row


def _values(data: AnniversaryInput) -> dict[str, Any]:
    return {
        "kind": data.kind,
        "month": data.month,
        "day": data.day,
        "year": data.year,
        "is_lunar": data.is_lunar,
        "is_leap_month": data.is_leap_month,
        "label": data.label,
    }


def add_anniversary(customer_id: int, data: AnniversaryInput, *, actor: str | None = None) -> int:
    """Store a birthday, wedding day or custom date of a customer.

    Returns:
        The new anniversary's id.

    Raises:
        NotFound: no such customer.
        ValidationError, LunarDateError: as for `validate_anniversary`.
    """
    values = _values(validate_anniversary(data))
    with database_proxy.atomic():
        _require_customer(customer_id)
        row = Anniversary.create(customer=customer_id, **values)
        occurrences.refresh_anniversaries([row.id])
        audit.record_change(
            "create", "anniversary", row.id, customer_id=customer_id, changes=values, actor=actor
        )
    return int(row.id)


def update_anniversary(
    anniversary_id: int, data: AnniversaryInput, *, actor: str | None = None
) -> None:
    """Change a typed anniversary; its occurrences follow.

    Raises:
        NotFound: no such anniversary.
        ValidationError: the anniversary is a first purchase (it follows the purchases), or as
            for `validate_anniversary`.
        LunarDateError: as for `validate_anniversary`.
    """
    values = _values(validate_anniversary(data))
    with database_proxy.atomic():
        row = _stored(anniversary_id)
        if row.kind == FIRST_PURCHASE:
            raise ValidationError("first_purchase_is_derived")
        changes = {
            key: [getattr(row, key), new] for key, new in values.items() if getattr(row, key) != new
        }
        if not changes:
            return
        Anniversary.update(**values).where(Anniversary.id == anniversary_id).execute()
        occurrences.refresh_anniversaries([anniversary_id])
        audit.record_change(
            "update",
            "anniversary",
            anniversary_id,
            customer_id=row.customer_id,
            changes=changes,
            actor=actor,
        )


def delete_anniversary(anniversary_id: int, *, actor: str | None = None) -> None:
    """Remove a typed anniversary and its occurrences (greetings already given stay logged).

    Raises:
        NotFound: no such anniversary.
        ValidationError: ``first_purchase_is_derived`` for a first-purchase anniversary.
    """
    with database_proxy.atomic():
        row = _stored(anniversary_id)
        if row.kind == FIRST_PURCHASE:
            raise ValidationError("first_purchase_is_derived")
        Anniversary.delete().where(Anniversary.id == anniversary_id).execute()
        audit.record_change(
            "delete", "anniversary", anniversary_id, customer_id=row.customer_id, actor=actor
        )


def customer_anniversaries(customer_id: int) -> list[AnniversaryDetail]:
    """A customer's anniversaries: birthdays first, then weddings, first purchase, custom."""
    query = Anniversary.select(
        Anniversary.id,
        Anniversary.customer,
        Anniversary.kind,
        Anniversary.month,
        Anniversary.day,
        Anniversary.year,
        Anniversary.is_lunar,
        Anniversary.is_leap_month,
        Anniversary.label,
    ).where(Anniversary.customer == customer_id)
    details = [AnniversaryDetail(*row) for row in rows_of(query)]
    order = {kind: position for position, kind in enumerate(KINDS)}
    return sorted(details, key=lambda d: (order.get(d.kind, len(KINDS)), d.month, d.day, d.id))


def sync_first_purchase_anniversary(customer_id: int) -> int | None:
    """Create, move or remove a customer's first-purchase anniversary to match her card.

    ``Customer.first_purchase_on`` is her first recorded sale or the first-purchase date an
    import gave (첫구매일), never an opening balance (`shopcrm.ladder.derive_facts`). Call it
    whenever it may have changed (a purchase recorded, voided or refunded, an import); it runs
    inside the caller's transaction if there is one.

    Returns:
        The id of the first-purchase anniversary, or None when she has not bought yet.

    Raises:
        NotFound: no such customer.
    """
    first_purchase_on = (
        Customer.select(Customer.first_purchase_on).where(Customer.id == customer_id).scalar()
    )
    with database_proxy.atomic():
        _require_customer(customer_id)
        existing = list(
            Anniversary.select()
            .where((Anniversary.customer == customer_id) & (Anniversary.kind == FIRST_PURCHASE))
            .order_by(Anniversary.id)
        )
        keep, extra = (existing[0], existing[1:]) if existing else (None, [])
        if extra:
            Anniversary.delete().where(Anniversary.id.in_([row.id for row in extra])).execute()
        if first_purchase_on is None:
            if keep is not None:
                keep.delete_instance()
            return None
        values = _first_purchase_values(first_purchase_on)
        if keep is None:
            keep = Anniversary.create(customer=customer_id, **values)
        elif any(getattr(keep, key) != value for key, value in values.items()):
            Anniversary.update(**values).where(Anniversary.id == keep.id).execute()
        else:
            return int(keep.id)
        occurrences.refresh_anniversaries([keep.id])
    return int(keep.id)


def _first_purchase_values(day: dt.date) -> dict[str, Any]:
    return {
        "kind": FIRST_PURCHASE,
        "month": day.month,
        "day": day.day,
        "year": day.year,
        "is_lunar": False,
        "is_leap_month": False,
        "label": None,
    }


def refresh_after_bulk_load(years: list[int]) -> int:
    """After a bulk load (demo shop, import): first-purchase anniversaries for every customer,
    then the whole occurrence table for the given years.

    Call it inside ``database_proxy.atomic()``; it writes through `shopcrm.bulk`.

    Args:
        years: the occurrence years to compute (`shopcrm.occurrences.years_around(today)`).

    Returns:
        The number of occurrence rows written.
    """
    _sync_all_first_purchase_anniversaries()
    return occurrences.rebuild(years)


def _sync_all_first_purchase_anniversaries() -> None:
    firsts = dict(
        rows_of(
            Customer.select(Customer.id, Customer.first_purchase_on).where(
                Customer.first_purchase_on.is_null(False)
            )
        )
    )
    stored = {
        row[0]: row[1:]
        for row in rows_of(
            Anniversary.select(
                Anniversary.customer,
                Anniversary.id,
                Anniversary.year,
                Anniversary.month,
                Anniversary.day,
            ).where(Anniversary.kind == FIRST_PURCHASE)
        )
    }
    stale = [values[0] for customer_id, values in stored.items() if customer_id not in firsts]
    moved = [
        values[0]
        for customer_id, values in stored.items()
        if customer_id in firsts and values[1:] != _ymd(firsts[customer_id])
    ]
    doomed = stale + moved
    for start in range(0, len(doomed), 500):
        Anniversary.delete().where(Anniversary.id.in_(doomed[start : start + 500])).execute()
    moved_customers = {customer_id for customer_id, values in stored.items() if values[0] in moved}
    new_rows = [
        (customer_id, FIRST_PURCHASE, day.month, day.day, day.year, False, False)
        for customer_id, day in sorted(firsts.items())
        if customer_id not in stored or customer_id in moved_customers
    ]
    bulk_insert(
        Anniversary,
        ("customer_id", "kind", "month", "day", "year", "is_lunar", "is_leap_month"),
        new_rows,
    )


def _ymd(day: dt.date) -> tuple[int, int, int]:
    return (day.year, day.month, day.day)
