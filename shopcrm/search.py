"""Finding customers: by the last four phone digits, initial consonants, name or number.

Every kind of query runs on indexed columns that `shopcrm.customers` keeps up to
date (canonical phone, its last four digits, the name's initial consonants);
nothing scans customers in Python.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import cast

from peewee import Case, Expression

from shopcrm.db import rows_of
from shopcrm.models import Customer

# The 19 initial consonants in Unicode syllable order (가 = 0xAC00).
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _HANGUL_LAST, _SYLLABLES_PER_INITIAL = 0xAC00, 0xD7A3, 588
_JAMO_QUERY = re.compile(f"^[{CHOSEONG}]+$")
_PHONE_QUERY = re.compile(r"^[\d\s\-+().]+$")
_PREFIX_END = "\U0010ffff"

SORT_COLUMNS = {
    "name": Customer.name,
    "customer_no": Customer.customer_no,
    "last_visit": Customer.last_visit_on,
    "total_spent": Customer.total_spent,
    "points": Customer.points,
    "stage": Customer.stage,
    "grade": Customer.grade,
}


def initial_consonants(name: str) -> str:
    """The initial consonants of a Korean name: 김민수 -> ㄱㅁㅅ.

    Other letters are kept lowercased so the column is never misleadingly empty;
    spaces are dropped.
    """
    result = []
    for char in name:
        code = ord(char)
        if _HANGUL_FIRST <= code <= _HANGUL_LAST:
            result.append(CHOSEONG[(code - _HANGUL_FIRST) // _SYLLABLES_PER_INITIAL])
        elif not char.isspace():
            result.append(char.lower())
    return "".join(result)


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    customer_no: int
    name: str
    phone: str | None
    stage: str
    grade: str
    points: int
    total_spent: int
    last_visit_on: dt.date | None


def _prefix(column: object, text: str) -> Expression:
    """An index-friendly prefix match (a range, not LIKE), the same on SQLite and PostgreSQL."""
    return cast(Expression, (column >= text) & (column < text + _PREFIX_END))  # type: ignore[operator]


def search_customer_ids(
    query: str = "", *, sort: str = "name", descending: bool = False
) -> list[int]:
    """Ids of the customers matching a query, best matches first.

    Args:
        query: last four digits, a phone number or part of it, initial consonants
            (ㄱㅁㅅ), part of a name, a customer number or a former number; empty for all.
        sort: a key of `SORT_COLUMNS`, the order within equally good matches.
        descending: reverse that order.

    Returns:
        Customer ids.
    """
    text = query.strip()
    order_column = SORT_COLUMNS.get(sort, Customer.name)
    order = order_column.desc() if descending else order_column.asc()
    select = Customer.select(Customer.id)
    if not text:
        return [row[0] for row in rows_of(select.order_by(order, Customer.id))]
    condition, rank = _match(text)
    return [row[0] for row in rows_of(select.where(condition).order_by(rank, order, Customer.id))]


def _match(text: str) -> tuple[Expression, Case]:
    if _PHONE_QUERY.match(text) and any(char.isdigit() for char in text):
        return _match_digits(re.sub(r"\D", "", text))
    if _JAMO_QUERY.match(text):
        initials = Customer.name_initials
        return (
            initials.contains(text),
            Case(None, [(_prefix(initials, text), 0)], 1),
        )
    name = Customer.name
    condition = name.contains(text) | (Customer.former_no == text) | Customer.email.contains(text)
    rank = Case(None, [(name == text, 0), (_prefix(name, text), 1), (name.contains(text), 2)], 3)
    return condition, rank


def _match_digits(digits: str) -> tuple[Expression, Case]:
    number = int(digits) if len(digits) <= 9 else -1
    conditions = (Customer.customer_no == number) | (Customer.former_no == digits)
    if len(digits) == 4:
        conditions |= Customer.phone_last4 == digits
    elif len(digits) > 4 and digits.startswith("0"):
        conditions |= _prefix(Customer.phone, digits) | Customer.phone.contains(digits)
    elif len(digits) > 4:
        conditions |= Customer.phone.contains(digits)
    rank = Case(
        None,
        [(Customer.customer_no == number, 0), (Customer.phone_last4 == digits, 1)],
        2,
    )
    return conditions, rank


def fetch_customer_rows(ids: list[int]) -> list[CustomerRow]:
    """The list lines for the given ids, in the same order (one query)."""
    if not ids:
        return []
    query = Customer.select(
        Customer.id,
        Customer.customer_no,
        Customer.name,
        Customer.phone,
        Customer.stage,
        Customer.grade,
        Customer.points,
        Customer.total_spent,
        Customer.last_visit_on,
    ).where(Customer.id.in_(ids))
    by_id = {row[0]: CustomerRow(*row) for row in rows_of(query)}
    return [by_id[customer_id] for customer_id in ids if customer_id in by_id]
