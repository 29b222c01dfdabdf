"""The 추천인 column: referrers found in bulk once every row is written, referrals recorded by
the rules of `shopcrm.referrals`, and the referrers whose friend bought moved up in bulk.

A 추천인 cell names a customer by phone, 이름(phone), a number (the file's own first, then
ShopCRM's) or a name only one customer has. Lookups go a few hundred referrals at a time,
one query per kind of key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from shopcrm import ladder, referrals, settings
from shopcrm.bulk import bulk_insert, each_chunk, reserve_ids, select_in
from shopcrm.errors import ShopCRMError
from shopcrm.importing.batch_state import BatchState
from shopcrm.importing.creating import customer_number
from shopcrm.importing.report import RowProblem
from shopcrm.models import AuditEntry, Customer, Referral, StageChange
from shopcrm.phones import parse_phone

_CELL = re.compile(r"^(?P<name>.*?)\s*[(\[]\s*(?P<key>[^)\]]+?)\s*[)\]]\s*$")
_AMBIGUOUS = -1


@dataclass(frozen=True)
class _Named:
    """What one 추천인 cell names, taken apart."""

    phone: str | None
    number_text: str
    number: int | None
    name: str


def _named(text: str) -> _Named:
    match = _CELL.match(text)
    name, key = (match.group("name").strip(), match.group("key")) if match else (None, text)
    phone = None
    if len(re.sub(r"\D", "", key)) >= 8:
        try:
            phone = parse_phone(key).canonical
        except ShopCRMError:
            phone = None
    number_text = key.strip().lstrip("#")
    return _Named(phone, number_text, customer_number(number_text), name or key)


@dataclass(frozen=True)
class _Pending:
    customer_id: int
    row: int
    column: str
    text: str


class Referrers:
    """Collects the 추천인 cells of one batch; `finish` records them."""

    def __init__(self, state: BatchState) -> None:
        self.state = state
        self._pending: list[_Pending] = []
        self._referrer_of: dict[int, int | None] = {}
        self._purchases: dict[int, int] = {}

    def note(self, customer_id: int, row: int, referrer: tuple[str, str] | None) -> None:
        """Remember the 추천인 cell of a row (column, text), if it has one."""
        if referrer is not None:
            column, text = referrer
            self._pending.append(_Pending(customer_id, row, column, text))

    def finish(self) -> None:
        """Record every referral (every row is written by now), then move up the referrers
        whose friend has bought."""
        bought_friends: set[int] = set()
        for chunk in each_chunk(self._pending):
            bought_friends |= self._record(chunk)
        self._pending = []
        self._refresh(sorted(bought_friends))

    # --- finding and recording ------------------------------------------------------------

    def _record(self, chunk: list[_Pending]) -> set[int]:
        state = self.state
        named = [_named(item.text) for item in chunk]
        found = self._find(named)
        self._load_referrers({item.customer_id for item in chunk} | set(found.values()))
        self._load_purchases({item.customer_id for item in chunk})
        made: list[tuple[int, int, bool]] = []
        refused: list[tuple[_Pending, str, int | None]] = []
        referrers: set[int] = set()
        for item, cell in zip(chunk, named, strict=True):
            referrer = found.get(cell)
            fields = {"value": item.text}
            if referrer is None:
                state.log.add(RowProblem(item.row, item.column, "referrer_not_found", fields))
                continue
            if referrer == _AMBIGUOUS:
                state.log.add(RowProblem(item.row, item.column, "referrer_ambiguous", fields))
                continue
            current = self._referrer_of.get(item.customer_id)
            refusal = referrals.referral_refusal(
                referrer,
                item.customer_id,
                referrer_of_referred=current,
                referrer_of_referrer=self._referrer_of.get(referrer),
            )
            if refusal is not None:
                refused.append((item, refusal, current))
                continue
            bought = self._purchases.get(item.customer_id, 0) > 0
            if current is None:
                self._referrer_of[item.customer_id] = referrer
                made.append((referrer, item.customer_id, bought))
            if bought:
                referrers.add(referrer)
        self._write(made)
        self._report(refused)
        return referrers

    def _find(self, named: list[_Named]) -> dict[_Named, int]:
        """The customer each cell names (`_AMBIGUOUS`: several have that name)."""
        state = self.state
        by_phone = dict(
            select_in(
                "SELECT phone, id FROM customer WHERE phone IN ({})",
                sorted({cell.phone for cell in named if cell.phone}),
            )
        )
        numbers = {cell.number_text for cell in named if cell.number_text}
        by_former: dict[str, int] = {}
        if not state.own_export:
            for former_no, customer_id in select_in(
                # "+": through the former_no index (the batch's index would read every
                # customer of a big import, once per few hundred referrals)
                "SELECT former_no, MIN(id) FROM customer WHERE +import_batch_id = {p} "
                "AND former_no IN ({}) GROUP BY former_no",
                sorted(numbers - state.file_numbers.keys()),
                state.batch_id,
            ):
                by_former[former_no] = int(customer_id)
        by_number = dict(
            select_in(
                "SELECT customer_no, id FROM customer WHERE customer_no IN ({})",
                sorted({cell.number for cell in named if cell.number is not None}),
            )
        )
        by_name: dict[str, int] = {}
        for name, customer_id, count in select_in(
            "SELECT name, MIN(id), COUNT(*) FROM customer WHERE name IN ({}) GROUP BY name",
            sorted({cell.name for cell in named if cell.name}),
        ):
            by_name[name] = int(customer_id) if count == 1 else _AMBIGUOUS
        found: dict[_Named, int] = {}
        for cell in named:
            referrer = (
                (by_phone.get(cell.phone) if cell.phone else None)
                or state.file_numbers.get(cell.number_text)
                or by_former.get(cell.number_text)
                or (by_number.get(cell.number) if cell.number is not None else None)
                or by_name.get(cell.name)
            )
            if referrer is not None:
                found[cell] = int(referrer)
        return found

    def _load_referrers(self, customer_ids: Iterable[int]) -> None:
        """Who referred each of these customers (kept, with the referrals made since)."""
        wanted = sorted(set(customer_ids) - self._referrer_of.keys())
        for customer_id in wanted:
            self._referrer_of[customer_id] = None
        for referred, referrer in select_in(
            "SELECT referred_id, referrer_id FROM referral WHERE referred_id IN ({})", wanted
        ):
            self._referrer_of[int(referred)] = int(referrer)

    def _load_purchases(self, customer_ids: Iterable[int]) -> None:
        """The purchases that count (the stored figure the ladder derived) of each friend."""
        for customer_id, count in select_in(
            "SELECT id, purchase_count FROM customer WHERE id IN ({})",
            sorted(set(customer_ids)),
        ):
            self._purchases[int(customer_id)] = int(count or 0)

    def _write(self, made: list[tuple[int, int, bool]]) -> None:
        if not made:
            return
        state = self.state
        ids = reserve_ids(Referral, len(made))
        bulk_insert(
            Referral,
            ("id", "referrer_id", "referred_id", "created_at", "rewarded_at", "note"),
            [
                (referral_id, referrer, referred, state.now, state.now if bought else None, None)
                for referral_id, (referrer, referred, bought) in zip(ids, made, strict=True)
            ],
        )
        bulk_insert(
            AuditEntry,
            ("at", "actor", "action", "entity", "row_id", "customer_id", "changes"),
            [
                (state.now, state.actor, "create", "referral", referral_id, referred)
                + (_json({"referrer": referrer, "referred": referred, "import": state.batch_id}),)
                for referral_id, (referrer, referred, _) in zip(ids, made, strict=True)
            ],
        )
        state.referrals_made += len(made)

    def _report(self, refused: list[tuple[_Pending, str, int | None]]) -> None:
        """The referrals the rules refused, as row problems with their codes."""
        if not refused:
            return
        numbers = dict(
            select_in(
                "SELECT id, customer_no FROM customer WHERE id IN ({})",
                sorted({current for _, _, current in refused if current is not None}),
            )
        )
        for item, code, current in refused:
            fields: dict[str, object] = {"value": item.text}
            if code == "already_referred" and current is not None:
                fields["referrer_no"] = numbers.get(current)
            self.state.log.add(RowProblem(item.row, item.column, code, fields))

    # --- referrers whose friend bought ------------------------------------------------------

    def _refresh(self, referrer_ids: list[int]) -> None:
        """Each referrer's stage with a friend who bought (the ladder's rule), in bulk; her
        other facts do not change with a referral."""
        state = self.state
        threshold = int(settings.get_setting("repeat_purchase_threshold"))
        moved: dict[str, list[int]] = {}
        changes: list[tuple[int, str, str]] = []
        for chunk in each_chunk(referrer_ids):
            for customer_id, stage, override, purchases, visits in select_in(
                "SELECT id, stage, stage_override, purchase_count, visit_days "
                "FROM customer WHERE id IN ({})",
                chunk,
            ):
                derived = ladder.derive_stage(
                    has_interaction=bool(visits),
                    purchase_count=int(purchases or 0),
                    repeat_threshold=threshold,
                    has_buying_referral=True,
                )
                new = override or derived
                if new != stage:
                    moved.setdefault(new, []).append(int(customer_id))
                    changes.append((int(customer_id), stage, new))
        for stage, ids in moved.items():
            for chunk in each_chunk(ids):
                Customer.update(stage=stage).where(Customer.id.in_(chunk)).execute()
        bulk_insert(
            StageChange,
            ("customer_id", "changed_at", "from_stage", "to_stage", "reason", "is_override"),
            [(cid, state.now, old, new, "referral_bought", False) for cid, old, new in changes],
        )
        bulk_insert(
            AuditEntry,
            ("at", "actor", "action", "entity", "row_id", "customer_id", "changes"),
            [
                (state.now, state.actor, "stage", "customer", cid, cid)
                + (_json({"stage": [old, new], "reason": "referral_bought"}),)
                for cid, old, new in changes
            ],
        )


def _json(changes: dict[str, object]) -> str:
    return json.dumps(changes, ensure_ascii=False, default=str)
