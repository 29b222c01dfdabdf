"""Likely duplicates: the pairs of cards the one matching rule (`shopcrm.matching`) calls the
same customer or a possible duplicate, newest first, each with why.

Customers are grouped in the database, one query per kind of group (the same canonical phone;
the same name and birthday without a phone; the same name without a phone or a birthday; the
same name and address), so only the few customers sharing a key are read; the rule
(`duplicate_reasons`) then judges each pair inside a group.

Two cards with one canonical phone: the cards and the import refuse or join a second one, so
such a pair only comes from data stored before those checks (an old file, another program
writing the database). It is the same phone whatever was typed (``phone_entered``:
``010.1234.5678`` and ``01012345678``), and is listed first among the reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from shopcrm.bulk import each_chunk, select_in
from shopcrm.db import database_proxy
from shopcrm.matching import Birthday, Identity, duplicate_reasons

_LIVE = "c.deleted_at IS NULL"
_NAME_KEY = "REPLACE(c.name, ' ', '')"
_NO_PHONE = "(c.phone IS NULL OR c.phone = '')"
_HAS_BIRTHDAY = (
    "EXISTS (SELECT 1 FROM anniversary b WHERE b.customer_id = c.id AND b.kind = 'birthday')"
)

# Each query gives (customer id, group key ...) for the customers whose key is shared.
_GROUPS = (
    "SELECT c.id, c.phone FROM customer c WHERE {live} AND c.phone IN ("
    " SELECT c.phone FROM customer c WHERE {live} AND c.phone IS NOT NULL AND c.phone <> ''"
    " GROUP BY c.phone HAVING COUNT(*) > 1)",
    "SELECT c.id, {name}, a.month, a.day, a.is_lunar FROM customer c"
    " JOIN anniversary a ON a.customer_id = c.id"
    " WHERE {live} AND {no_phone} AND a.kind = 'birthday'"
    " AND ({name}, a.month, a.day, a.is_lunar) IN ("
    "  SELECT {name}, a.month, a.day, a.is_lunar FROM customer c"
    "  JOIN anniversary a ON a.customer_id = c.id"
    "  WHERE {live} AND {no_phone} AND a.kind = 'birthday'"
    "  GROUP BY {name}, a.month, a.day, a.is_lunar HAVING COUNT(DISTINCT c.id) > 1)",
    "SELECT c.id, {name} FROM customer c WHERE {live} AND {no_phone} AND NOT {birthday}"
    " AND {name} IN ("
    "  SELECT {name} FROM customer c WHERE {live} AND {no_phone} AND NOT {birthday}"
    "  GROUP BY {name} HAVING COUNT(*) > 1)",
    "SELECT c.id, {name}, {address} FROM customer c"
    " WHERE {live} AND c.address IS NOT NULL AND c.address <> '' AND ({name}, {address}) IN ("
    "  SELECT {name}, {address} FROM customer c"
    "  WHERE {live} AND c.address IS NOT NULL AND c.address <> ''"
    "  GROUP BY {name}, {address} HAVING COUNT(*) > 1)",
)
# the database's rough form of `address_key`; the rule compares the exact one afterwards
_ADDRESS_KEY = (
    "LOWER(REPLACE(REPLACE(REPLACE(REPLACE(c.address, ' ', ''), ',', ''), '.', ''), '-', ''))"
)


@dataclass(frozen=True)
class DuplicateCard:
    """One side of a likely duplicate pair, as the list shows it."""

    id: int
    customer_no: int
    name: str
    phone: str | None
    phone_entered: str | None
    address: str | None
    created_at: dt.datetime
    last_visit_on: dt.date | None


@dataclass(frozen=True)
class DuplicatePair:
    """Two cards that may be one customer: the older card first, the newer second.

    Attributes:
        older: the card made first (the usual card to keep).
        newer: the card made later.
        reasons: codes of `shopcrm.matching.DUPLICATE_REASONS` (words:
            ``vocabulary.word("duplicate_reason", code)``).
    """

    older: DuplicateCard
    newer: DuplicateCard
    reasons: tuple[str, ...]


def likely_duplicates() -> list[DuplicatePair]:
    """Every pair of live (not deleted) cards that may be one customer, the pair with the
    newest card first."""
    groups: dict[tuple[Any, ...], set[int]] = {}
    for number, sql in enumerate(_GROUPS):
        query = sql.format(
            live=_LIVE,
            name=_NAME_KEY,
            no_phone=_NO_PHONE,
            birthday=_HAS_BIRTHDAY,
            address=_ADDRESS_KEY,
        )
        for customer_id, *key in database_proxy.execute_sql(query).fetchall():
            groups.setdefault((number, *key), set()).add(int(customer_id))
    members = sorted({customer_id for ids in groups.values() for customer_id in ids})
    cards, identities = _cards_and_identities(members)
    pairs: dict[tuple[int, int], tuple[str, ...]] = {}
    for ids in groups.values():
        for first, second in combinations(sorted(ids), 2):
            if (first, second) not in pairs:
                pairs[(first, second)] = duplicate_reasons(identities[first], identities[second])
    found = [
        _pair(cards[first], cards[second], reasons)
        for (first, second), reasons in pairs.items()
        if reasons
    ]
    return sorted(found, key=lambda pair: (pair.newer.created_at, pair.newer.id), reverse=True)


def _pair(one: DuplicateCard, other: DuplicateCard, reasons: tuple[str, ...]) -> DuplicatePair:
    older, newer = sorted((one, other), key=lambda card: (card.created_at, card.id))
    return DuplicatePair(older, newer, reasons)


def _cards_and_identities(
    ids: Iterable[int],
) -> tuple[dict[int, DuplicateCard], dict[int, Identity]]:
    cards: dict[int, DuplicateCard] = {}
    birthdays: dict[int, Birthday] = {}
    for chunk in each_chunk(ids):
        for row in select_in(
            "SELECT id, customer_no, name, phone, phone_entered, address, created_at,"
            " last_visit_on FROM customer WHERE id IN ({})",
            chunk,
        ):
            cards[int(row[0])] = DuplicateCard(
                int(row[0]),
                int(row[1]),
                row[2],
                row[3],
                row[4],
                row[5],
                _as_datetime(row[6]),
                _as_date(row[7]),
            )
        for customer_id, month, day, is_lunar, year in select_in(
            "SELECT customer_id, month, day, is_lunar, year FROM anniversary"
            " WHERE kind = 'birthday' AND customer_id IN ({}) ORDER BY id DESC",
            chunk,
        ):
            birthdays[int(customer_id)] = Birthday(month, day, bool(is_lunar), year)
    identities = {
        customer_id: Identity(
            card.name, card.phone or None, birthdays.get(customer_id), card.address
        )
        for customer_id, card in cards.items()
    }
    return cards, identities


def _as_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
