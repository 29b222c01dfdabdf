"""The import's side of "same customer" (`shopcrm.matching`): a row's identity, and the stored
customers a group of rows may be, looked up in bulk (one query per few hundred rows)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from shopcrm.bulk import each_chunk, select_in
from shopcrm.importing.rows import ImportRecord
from shopcrm.matching import Birthday, Identity, IdentityIndex, name_key

Row = TypeVar("Row")

_BY_PHONE = "SELECT id, name, phone FROM customer WHERE phone IN ({})"
_BY_BIRTHDAY = (
    "SELECT c.id, c.name, a.month, a.day, a.is_lunar, a.year "
    "FROM customer c JOIN anniversary a ON a.customer_id = c.id "
    "WHERE a.kind = 'birthday' AND (c.phone IS NULL OR c.phone = '') "
    "AND c.name IN ({}) ORDER BY c.id"
)
_OTHER_BATCHES = " AND (c.import_batch_id IS NULL OR c.import_batch_id <> {p})"
_BY_NUMBER = (
    "SELECT customer_no, id, name FROM customer "
    "WHERE (import_batch_id IS NULL OR import_batch_id <> {p}) AND merged_into IS NULL "
    "AND customer_no IN ({})"
)
# the number of a card merged into another names the kept card
_BY_FORMER_NUMBER = (
    "SELECT f.number, c.id, c.name FROM former_number f JOIN customer c ON c.id = f.customer_id "
    "WHERE (c.import_batch_id IS NULL OR c.import_batch_id <> {p}) AND f.number IN ({})"
)


def name_spellings(name: str) -> set[str]:
    """The ways a stored name the rule calls the same is looked up by the name's index: as
    written, without spaces, and with one space after the family name (김민수, 김 민수).

    (Comparing every stored name without its spaces would read the whole customer table for
    every chunk of a file.)"""
    compact = name_key(name)
    return {name, compact, f"{compact[:1]} {compact[1:]}"} if len(compact) > 1 else {name, compact}


def identity_of(record: ImportRecord) -> Identity:
    """Who a row says she is: canonical phone, name and (first) birthday."""
    birthday = record.birthday
    return Identity(
        name=record.name,
        phone=record.phone,
        birthday=None
        if birthday is None
        else Birthday(birthday.month, birthday.day, birthday.is_lunar, birthday.year),
    )


def stored_customers(
    identities: Iterable[Identity], *, except_batch: int | None = None
) -> IdentityIndex[int]:
    """The stored customers any of `identities` may be, by id.

    Args:
        identities: the rows looked up.
        except_batch: leave out the customers of this batch from the birthday match (ShopCRM's
            own export: its rows with their own numbers are different customers, even with the
            same name and birthday, as the card allows).
    """
    wanted = list(identities)
    found: IdentityIndex[int] = IdentityIndex()
    phones = sorted({identity.phone for identity in wanted if identity.phone})
    for chunk in each_chunk(phones):
        for customer_id, name, phone in select_in(_BY_PHONE, chunk):
            found.add(Identity(name, phone), int(customer_id))
    names = sorted(
        {
            spelling
            for i in wanted
            if not i.phone and i.birthday
            for spelling in name_spellings(i.name)
        }
    )
    if not names:
        return found
    sql, before = _BY_BIRTHDAY, []
    if except_batch is not None:
        sql = _BY_BIRTHDAY.replace(" AND c.name IN", _OTHER_BATCHES + " AND c.name IN")
        before = [except_batch]
    for chunk in each_chunk(names):
        for customer_id, name, month, day, is_lunar, year in select_in(sql, chunk, *before):
            birthday = Birthday(month, day, bool(is_lunar), year)
            found.add(Identity(name, None, birthday), int(customer_id))
    return found


def stored_by_number(
    numbers: Iterable[int], *, except_batch: int = 0
) -> dict[int, tuple[int, str]]:
    """Stored customers by customer number: ``{number: (id, name_key)}`` (for ShopCRM's own
    export, whose 고객번호 are the shop's own numbers), leaving out those of `except_batch`;
    the number of a card merged into another names the card it went into."""
    found: dict[int, tuple[int, str]] = {}
    for chunk in each_chunk(sorted(set(numbers))):
        for sql in (_BY_FORMER_NUMBER, _BY_NUMBER):
            for number, customer_id, name in select_in(sql, chunk, except_batch):
                found[int(number)] = (int(customer_id), name_key(name))
    return found


class RowJudge(Generic[Row]):
    """Judges the rows of a file in order, for the preview and the import alike: a row is a
    stored customer first, else an earlier new row of the file, else new (and remembered).

    ShopCRM's own export: rows with their own numbers are different customers even with the
    same name and birthday (the card allows that), so only a phone makes two rows one; and a
    row whose 고객번호 and name are those of a stored customer is that customer (the export
    imported back into its shop), even without a phone or a birthday.
    """

    def __init__(
        self,
        stored: IdentityIndex[int],
        *,
        own_export: bool,
        numbers: dict[int, tuple[int, str]] | None = None,
    ) -> None:
        self.stored = stored
        self.own_export = own_export
        self.numbers = numbers or {}
        self.earlier: IdentityIndex[Row] = IdentityIndex()

    def judge(
        self, identity: Identity, row: Row, number: int | None = None
    ) -> tuple[int | None, Row | None]:
        """(the stored customer's id, None), (None, the earlier row), or (None, None) for a
        new customer, who is then remembered as `row`."""
        numbered = self.numbers.get(number) if self.own_export and number else None
        if numbered is not None and numbered[1] == identity.name_key:
            return numbered[0], None
        customer_id = self.stored.find(identity)
        if customer_id is not None:
            return customer_id, None
        earlier = self.earlier.find(identity)
        if earlier is not None:
            return None, earlier
        if identity.phone or not self.own_export:
            self.earlier.add(identity, row)
        return None, None
