"""Who is the same customer: the one rule, used by the import's preview, the import itself and
(next) the merge suggestions.

- The same canonical phone is the same customer; two different phones are two customers.
- Without a phone on either side: the same name (spaces ignored) and the same birthday month
  and day in the same calendar (a lunar birthday never matches a solar one). A year on only
  one side still matches; two different years do not.
- The same name with no birthday on either side is not a match, but a possible duplicate.

The merge suggestions (`duplicate_reasons`) list two stored cards when the rule calls them the
same (the same canonical phone, or the same name and birthday without a phone), a possible
duplicate, or when they share a name and an address (a customer who changed her phone).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

Value = TypeVar("Value")


class Match(enum.Enum):
    """What `same_customer` says about two customers."""

    SAME = "same"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    DIFFERENT = "different"


@dataclass(frozen=True)
class Birthday:
    """A birthday as the rule compares it (the leap-month flag plays no part)."""

    month: int
    day: int
    is_lunar: bool
    year: int | None = None


@dataclass(frozen=True)
class Identity:
    """What tells a customer apart: canonical phone, name and birthday."""

    name: str
    phone: str | None = None
    birthday: Birthday | None = None
    address: str | None = None
    """Only for the merge suggestions (`duplicate_reasons`); the import never compares it."""

    @property
    def name_key(self) -> str:
        """The name with its spaces taken out (``김 민수`` is ``김민수``)."""
        return name_key(self.name)


def name_key(name: str) -> str:
    """A name as the rule compares it: without any spaces."""
    return "".join(name.split())


def same_customer(first: Identity, second: Identity) -> Match:
    """Whether two customers are the same one (the rule of this module's docstring)."""
    if first.phone or second.phone:
        return Match.SAME if first.phone == second.phone else Match.DIFFERENT
    if first.name_key != second.name_key:
        return Match.DIFFERENT
    one, other = first.birthday, second.birthday
    if one is None and other is None:
        return Match.POSSIBLE_DUPLICATE
    if one is None or other is None:
        return Match.DIFFERENT
    if (one.month, one.day, one.is_lunar) != (other.month, other.day, other.is_lunar):
        return Match.DIFFERENT
    if one.year is not None and other.year is not None and one.year != other.year:
        return Match.DIFFERENT
    return Match.SAME


SAME_PHONE = "same_phone"
SAME_NAME_BIRTHDAY = "same_name_birthday"
SAME_NAME_NO_DETAILS = "same_name_no_details"
SAME_NAME_ADDRESS = "same_name_address"
DUPLICATE_REASONS = (SAME_PHONE, SAME_NAME_BIRTHDAY, SAME_NAME_NO_DETAILS, SAME_NAME_ADDRESS)
"""Why two stored cards look like one customer (worded in `shopcrm.vocabulary`)."""


def address_key(address: str | None) -> str | None:
    """An address as the suggestions compare it: without spaces, commas, dots or hyphens."""
    if not address:
        return None
    key = "".join(char for char in address if not char.isspace() and char not in ",.-").lower()
    return key or None


def duplicate_reasons(first: Identity, second: Identity) -> tuple[str, ...]:
    """Why two stored cards may be one customer (empty: they are two), in `DUPLICATE_REASONS`
    order."""
    reasons = []
    match = same_customer(first, second)
    if match is Match.SAME:
        reasons.append(SAME_PHONE if first.phone else SAME_NAME_BIRTHDAY)
    elif match is Match.POSSIBLE_DUPLICATE:
        reasons.append(SAME_NAME_NO_DETAILS)
    address = address_key(first.address)
    if address and first.name_key == second.name_key and address == address_key(second.address):
        reasons.append(SAME_NAME_ADDRESS)
    return tuple(reasons)


def lookup_key(identity: Identity) -> tuple[object, ...] | None:
    """The key under which two customers that may be the same meet (None: she can only be
    told apart, never matched). Every match of `same_customer` shares its key."""
    if identity.phone:
        return ("phone", identity.phone)
    birthday = identity.birthday
    if birthday is None:
        return None
    return ("birthday", identity.name_key, birthday.month, birthday.day, birthday.is_lunar)


@dataclass
class IdentityIndex(Generic[Value]):
    """Customers seen so far (rows of a file, stored customers), each with a value (an id, a
    row), found again by `same_customer`: the bulk form of the rule."""

    _by_key: dict[tuple[object, ...], list[tuple[Identity, Value]]] = field(default_factory=dict)

    def add(self, identity: Identity, value: Value) -> None:
        """Remember a customer; one that can never match is not kept."""
        key = lookup_key(identity)
        if key is not None:
            self._by_key.setdefault(key, []).append((identity, value))

    def find(self, identity: Identity) -> Value | None:
        """The first customer remembered that is the same as `identity`, or None."""
        return next(self._matches(identity), None)

    def _matches(self, identity: Identity) -> Iterator[Value]:
        key = lookup_key(identity)
        if key is None:
            return
        for known, value in self._by_key.get(key, ()):
            if same_customer(identity, known) is Match.SAME:
                yield value
