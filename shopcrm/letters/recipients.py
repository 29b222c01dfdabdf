"""Who a batch is for: customers chosen in the list, by number, or from the agenda's days.

A recipient chosen from the agenda carries her occasions in that range (a birthday, a
wedding day ...), so that a birthday letter names the birthday that was chosen, and the
letter marks that occurrence as greeted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import chunked

from shopcrm.agenda import AgendaEntry
from shopcrm.db import rows_of
from shopcrm.models import Customer

CHUNK = 500


@dataclass(frozen=True)
class Occasion:
    """One occurrence of an anniversary: what it is and the solar date it falls on.

    Attributes:
        anniversary_id: the anniversary.
        kind: ``birthday``, ``wedding``, ``first_purchase`` or ``custom``.
        date: the solar date of this occurrence.
        label: the label of a custom date.
        years: years since the original date (None when its year is unknown).
    """

    anniversary_id: int
    kind: str
    date: dt.date
    label: str | None = None
    years: int | None = None

    @classmethod
    def from_entry(cls, entry: AgendaEntry) -> Occasion:
        return cls(entry.anniversary_id, entry.kind, entry.date, entry.label, entry.age)

    @property
    def is_birthday(self) -> bool:
        return self.kind == "birthday"


@dataclass(frozen=True)
class Recipient:
    """A customer a letter is for.

    Attributes:
        customer_id: the customer's id, or None for a customer number that does not exist.
        customer_no: the number as typed (for the left-out list when it does not exist).
        occasions: her occasions in the agenda range she was chosen from (empty when chosen
            from the list: then her next ones are used).
    """

    customer_id: int | None
    customer_no: int | None = None
    occasions: tuple[Occasion, ...] = ()
    deleted: bool = False
    """The number is that of a customer in the trash (left out as a deleted customer)."""


def recipients_from_ids(customer_ids: Iterable[int]) -> list[Recipient]:
    """Customers chosen in the list, each once, in the order given."""
    return [Recipient(customer_id) for customer_id in dict.fromkeys(customer_ids)]


def recipients_from_numbers(numbers: Sequence[int]) -> list[Recipient]:
    """Customers by the number on their card; a number nobody has gives a recipient without
    an id (left out with the reason ``customer_not_found``), as does the number of a customer
    in the trash (marked ``deleted``: left out as a deleted customer)."""
    wanted = list(dict.fromkeys(numbers))
    found: dict[int, int] = {}
    deleted: set[int] = set()
    for chunk in chunked(wanted, CHUNK):
        query = Customer.select(Customer.customer_no, Customer.id, Customer.deleted_at).where(
            Customer.customer_no.in_(chunk)
        )
        for number, customer_id, deleted_at in rows_of(query):
            if deleted_at is None:
                found[number] = customer_id
            else:
                deleted.add(number)
    return [Recipient(found.get(number), number, deleted=number in deleted) for number in wanted]


def recipients_from_agenda(entries: Iterable[AgendaEntry]) -> list[Recipient]:
    """The customers of some agenda entries, each once, with her occasions among them."""
    occasions: dict[int, list[Occasion]] = {}
    numbers: dict[int, int] = {}
    for entry in entries:
        occasions.setdefault(entry.customer_id, []).append(Occasion.from_entry(entry))
        numbers[entry.customer_id] = entry.customer_no
    return [
        Recipient(customer_id, numbers[customer_id], tuple(found))
        for customer_id, found in occasions.items()
    ]
