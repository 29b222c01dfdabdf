"""Figures about complaints, for the dashboard: how many and about what, how fast they were
made good, how many customers were won back.

A complaint counts in the period it was received (`start` to `end`, both days included);
compensation counts in the month it was given. Withdrawn complaints count as received, and
nowhere else.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from peewee import fn

from shopcrm.complaints import (
    came_back_many,
    complaint_categories,
    split_compensation,
    stored_date,
    stored_datetime,
)
from shopcrm.db import rows_of
from shopcrm.models import Complaint, ComplaintRemedy, ComplaintStep, Customer

RECOVERED_SATISFACTION = 4
"""Closed with this satisfaction or more: the customer was won back."""


@dataclass(frozen=True)
class Rate:
    """``count`` of ``of``; `value` is None when there is nothing to count yet."""

    count: int
    of: int

    @property
    def value(self) -> float | None:
        return self.count / self.of if self.of else None


@dataclass(frozen=True)
class CategoryMonth:
    month: str
    """``YYYY-MM``."""
    category: str
    count: int


@dataclass(frozen=True)
class CompensationMonth:
    month: str
    won: int
    points: int


@dataclass(frozen=True)
class RepeatComplainer:
    customer_id: int
    customer_no: int
    name: str
    complaints: int
    last_received_on: dt.date


@dataclass(frozen=True)
class ComplaintFigures:
    """The complaint figures of a period.

    Attributes:
        received: complaints received.
        by_category_month: how many of each category each month (months in order, categories
            in the shop's order).
        median_hours_to_resolve: from received to first resolved (None: none resolved).
        recovery: closed with satisfaction 4–5, of closed.
        came_back: closed and back within 30 days, of closed whose answer is known.
        repeat_complainers: customers with two complaints or more, most first.
        compensation_by_month: won and points given each month.
    """

    received: int
    by_category_month: list[CategoryMonth]
    median_hours_to_resolve: float | None
    recovery: Rate
    came_back: Rate
    repeat_complainers: list[RepeatComplainer]
    compensation_by_month: list[CompensationMonth]


def _window(column: Any, start: dt.date | None, end: dt.date | None) -> Any:
    condition = column.is_null(False)
    if start is not None:
        condition &= column >= dt.datetime.combine(start, dt.time(0, 0))
    if end is not None:
        condition &= column < dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0, 0))
    return condition


def complaint_figures(
    *, today: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> ComplaintFigures:
    """The complaint figures of the complaints received from `start` to `end` (None: all).

    Args:
        today: the day the came-back answers are known up to.
    """
    rows = list(
        rows_of(
            Complaint.select(
                Complaint.id,
                Complaint.customer,
                Complaint.received_at,
                Complaint.category,
                Complaint.state,
                Complaint.satisfaction,
                Complaint.closed_at,
            ).where(_window(Complaint.received_at, start, end))
        )
    )
    return ComplaintFigures(
        received=len(rows),
        by_category_month=_by_category_month(rows),
        median_hours_to_resolve=_median_hours_to_resolve(rows),
        recovery=_recovery(rows),
        came_back=_came_back_rate(rows, today),
        repeat_complainers=_repeat_complainers(rows),
        compensation_by_month=_compensation_by_month(start, end),
    )


def _month(value: Any) -> str:
    return stored_datetime(value).strftime("%Y-%m")


def _by_category_month(rows: list[tuple[Any, ...]]) -> list[CategoryMonth]:
    counts = Counter((_month(row[2]), row[3]) for row in rows)
    order = {category: index for index, category in enumerate(complaint_categories())}
    return [
        CategoryMonth(month, category, count)
        for (month, category), count in sorted(
            counts.items(),
            key=lambda item: (item[0][0], order.get(item[0][1], len(order)), item[0][1]),
        )
    ]


def _median_hours_to_resolve(rows: list[tuple[Any, ...]]) -> float | None:
    received = {row[0]: stored_datetime(row[2]) for row in rows}
    if not received:
        return None
    first_resolved = rows_of(
        ComplaintStep.select(ComplaintStep.complaint, fn.MIN(ComplaintStep.at))
        .where((ComplaintStep.kind == "resolve") & ComplaintStep.complaint.in_(list(received)))
        .group_by(ComplaintStep.complaint)
    )
    hours = [
        (stored_datetime(at) - received[complaint_id]).total_seconds() / 3600
        for complaint_id, at in first_resolved
    ]
    return float(statistics.median(hours)) if hours else None


def _recovery(rows: list[tuple[Any, ...]]) -> Rate:
    closed = [row for row in rows if row[4] == "closed"]
    recovered = [row for row in closed if (row[5] or 0) >= RECOVERED_SATISFACTION]
    return Rate(len(recovered), len(closed))


def _came_back_rate(rows: list[tuple[Any, ...]], today: dt.date) -> Rate:
    closings = [
        (row[0], row[1], stored_date(row[6])) for row in rows if row[4] == "closed" and row[6]
    ]
    answers = [answer.status for answer in came_back_many(closings, today).values()]
    return Rate(answers.count("yes"), answers.count("yes") + answers.count("no"))


def _repeat_complainers(rows: list[tuple[Any, ...]]) -> list[RepeatComplainer]:
    per_customer: dict[int, list[dt.date]] = defaultdict(list)
    for row in rows:
        per_customer[row[1]].append(stored_date(row[2]))
    repeated = {customer: days for customer, days in per_customer.items() if len(days) >= 2}
    if not repeated:
        return []
    names = {
        customer_id: (number, name)
        for customer_id, number, name in rows_of(
            Customer.select(Customer.id, Customer.customer_no, Customer.name).where(
                Customer.id.in_(list(repeated))
            )
        )
    }
    found = [
        RepeatComplainer(customer, *names[customer], len(days), max(days))
        for customer, days in repeated.items()
    ]
    return sorted(found, key=lambda r: (-r.complaints, r.customer_no))


def _compensation_by_month(start: dt.date | None, end: dt.date | None) -> list[CompensationMonth]:
    by_month: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for kind, amount, given_at in rows_of(
        ComplaintRemedy.select(
            ComplaintRemedy.kind, ComplaintRemedy.amount, ComplaintRemedy.given_at
        ).where(_window(ComplaintRemedy.given_at, start, end))
    ):
        by_month[_month(given_at)].append((kind, amount))
    return [
        CompensationMonth(month, *split_compensation(by_month[month])) for month in sorted(by_month)
    ]
