"""Finding customers: phone digits, customer numbers, names, initial consonants, tags, notes.

Every kind of query is an index lookup. Phones use the canonical number and its last
four digits; names and initial consonants use `SearchToken` rows holding every one- and
two-character piece, so 민수 finds 김민수 and ㅁㅅ finds ㄱㅁㅅ without scanning (an FTS5
trigram index would miss two-syllable names); tags and note words are tokens too.
`refresh_search_tokens` rewrites a customer's tokens on every save. ``%`` and ``_`` are
literal characters. Results are ranked exact > prefix > substring, then by last visit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from peewee import Case, Expression, Field, fn

from shopcrm.db import rows_of
from shopcrm.models import Customer, FormerNumber, SearchToken

# The 19 initial consonants in Unicode syllable order (가 = 0xAC00).
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _HANGUL_LAST, _SYLLABLES_PER_INITIAL = 0xAC00, 0xD7A3, 588
_JAMO_QUERY = re.compile(f"^[{CHOSEONG}]+$")
_PHONE_QUERY = re.compile(r"^[\d\s\-+().]+$")
_WORD = re.compile(r"[^\W_]{2,}")
_PREFIX_END = "\U0010ffff"

SORT_COLUMNS: dict[str, Field] = {
    "name": Customer.name,
    "customer_no": Customer.customer_no,
    "last_visit": Customer.last_visit_on,
    "total_spent": Customer.total_spent,
    "points": Customer.points,
    "stage": Customer.stage,
    "grade": Customer.grade,
}


@lru_cache(maxsize=4096)
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


def _pieces(text: str) -> set[str]:
    """Every one- and two-character piece of a text (lowercased, spaces removed)."""
    compact = "".join(text.lower().split())
    return set(compact) | {compact[i : i + 2] for i in range(len(compact) - 1)}


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> frozenset[tuple[str, str]]:
    # a big import repeats the same few thousand names
    tokens = {("name", piece) for piece in _pieces(name)}
    return frozenset(tokens | {("initials", piece) for piece in _pieces(initial_consonants(name))})


def search_tokens(
    name: str,
    *,
    tags: Iterable[str] = (),
    notes: str | None = None,
    interests: str | None = None,
    email: str | None = None,
) -> list[tuple[str, str]]:
    """The (kind, token) pairs that make a customer findable."""
    tokens = set(_name_tokens(name))
    tokens |= {("tag", tag.strip().lower()) for tag in tags if tag.strip()}
    words = " ".join(text for text in (notes, interests, email) if text)
    tokens |= {("word", word.lower()) for word in _WORD.findall(words)}
    return sorted(tokens)


def refresh_search_tokens(customer_id: int, tokens: list[tuple[str, str]]) -> None:
    """Replace a customer's search tokens (call inside the transaction that saves her)."""
    SearchToken.delete().where(SearchToken.customer == customer_id).execute()
    if tokens:
        SearchToken.insert_many(
            [(customer_id, kind, token) for kind, token in tokens],
            fields=[SearchToken.customer, SearchToken.kind, SearchToken.token],
        ).execute()


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


def _prefix(column: Any, text: str) -> Expression:
    """An index-friendly prefix match (a range, not LIKE), the same on SQLite and PostgreSQL."""
    return cast(Expression, (column >= text) & (column < text + _PREFIX_END))


def _has_pieces(kind: str, text: str) -> Expression:
    """The customers having the text's first pieces among their tokens (at most three
    two-character pieces, each narrowing the candidates through the index)."""
    pieces = [text[i : i + 2] for i in range(max(1, len(text) - 1))][:3] or [text]
    condition = _has_token(kind, pieces[0])
    for piece in pieces[1:]:
        condition &= _has_token(kind, piece)
    return condition


def _has_token(kind: str, token: str, *, prefix: bool = False) -> Expression:
    match = _prefix(SearchToken.token, token) if prefix else SearchToken.token == token
    owners = SearchToken.select(SearchToken.customer).where((SearchToken.kind == kind) & match)
    return Customer.id.in_(owners)


@dataclass(frozen=True)
class CustomerFilter:
    """The filters beside the search box; every one left at None (or False) lets all through.

    Attributes:
        stage: a stage code (`shopcrm.ladder.STAGES`).
        grade: a grade code (`shopcrm.ladder.GRADES`).
        at_risk: only the regulars staying away much longer than usual (`ladder.is_at_risk`).
        anniversary_soon: only those with an anniversary in the next `ANNIVERSARY_SOON_DAYS`.
        staff_id: only the customers of this staff member in charge.
        marketing_consent: True: only those who agreed; False: only those who did not.
        points_expiring: only those with points expiring within `POINTS_EXPIRING_DAYS`.
        tag: only the customers with this tag (its exact name).
        deleted: the trash instead of the list (its cards only; without it, the list never
            shows a card in the trash).
    """

    stage: str | None = None
    grade: str | None = None
    at_risk: bool = False
    anniversary_soon: bool = False
    staff_id: int | None = None
    marketing_consent: bool | None = None
    points_expiring: bool = False
    tag: str | None = None
    deleted: bool = False

    @property
    def is_empty(self) -> bool:
        """No filter chosen (the whole list)."""
        return self == CustomerFilter()


NO_FILTER = CustomerFilter()
ANNIVERSARY_SOON_DAYS = 7
POINTS_EXPIRING_DAYS = 30


def filter_condition(
    chosen: CustomerFilter, today: dt.date, *, after_text: bool = False
) -> Expression:
    """The WHERE condition of a `CustomerFilter`: the cards outside the trash (or, with
    ``deleted``, those in it, merged-away cards left out) that pass every filter chosen.

    With `after_text` (a search text narrows the customers first) the stage, grade and staff
    are compared in a form no index serves: otherwise the planner would walk, say, every
    regular through the stage index instead of the few the name's tokens find.

    At risk and expiring points follow the ladder's and the ledger's own rules (their
    functions), so the filter and the lists of the agenda can never disagree.
    """
    from shopcrm import occurrences
    from shopcrm.ladder import at_risk_customers
    from shopcrm.models import Anniversary, AnniversaryOccurrence, CustomerTag, Tag
    from shopcrm.points import points_expiring

    if chosen.deleted:
        conditions = [Customer.deleted_at.is_null(False) & Customer.merged_into.is_null()]
    else:
        conditions = [Customer.deleted_at.is_null()]
    stage: Any = Customer.stage
    grade: Any = Customer.grade
    staff: Any = Customer.staff
    if after_text:
        stage, grade, staff = stage.concat(""), grade.concat(""), staff + 0
    if chosen.stage is not None:
        conditions.append(stage == chosen.stage)
    if chosen.grade is not None:
        conditions.append(grade == chosen.grade)
    if chosen.staff_id is not None:
        conditions.append(staff == chosen.staff_id)
    if chosen.marketing_consent is not None:
        conditions.append(Customer.marketing_consent == chosen.marketing_consent)
    if chosen.tag is not None:
        tagged = (
            CustomerTag.select(CustomerTag.customer)
            .join(Tag, on=(CustomerTag.tag == Tag.id))
            .where(Tag.name == chosen.tag)
        )
        conditions.append(Customer.id.in_(tagged))
    if chosen.anniversary_soon:
        end = today + dt.timedelta(days=ANNIVERSARY_SOON_DAYS)
        occurrences.ensure_range(today, end)
        soon = (
            Anniversary.select(Anniversary.customer)
            .join(AnniversaryOccurrence, on=(AnniversaryOccurrence.anniversary == Anniversary.id))
            .where(AnniversaryOccurrence.solar_on.between(today, end))
        )
        conditions.append(Customer.id.in_(soon))
    if chosen.at_risk:
        conditions.append(Customer.id.in_([c.id for c in at_risk_customers(today)] or [0]))
    if chosen.points_expiring:
        expiring = {p.customer_id for p in points_expiring(today, POINTS_EXPIRING_DAYS)}
        conditions.append(Customer.id.in_(sorted(expiring) or [0]))
    condition = conditions[0]
    for more in conditions[1:]:
        condition &= more
    return condition


def _where(text: str, chosen: CustomerFilter, today: dt.date | None) -> Expression:
    filtered = filter_condition(chosen, today or dt.date.today(), after_text=bool(text))
    return _match(text)[0] & filtered if text else filtered


def count_customers(
    query: str = "", filters: CustomerFilter = NO_FILTER, *, today: dt.date | None = None
) -> int:
    """How many customers a search with these filters finds (one COUNT, no rows loaded)."""
    select = Customer.select(fn.COUNT(Customer.id)).where(_where(query.strip(), filters, today))
    return int(select.scalar() or 0)


def search_customer_ids(
    query: str = "",
    *,
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    filters: CustomerFilter = NO_FILTER,
    today: dt.date | None = None,
) -> list[int]:
    """Ids of the customers matching a query, best matches first.

    Args:
        query: a phone number or its last four digits, a customer or former number, part of
            a name, initial consonants (ㄱㅁㅅ), a tag or a word from the notes; empty for all.
        sort: a key of `SORT_COLUMNS`; by default the best matches first, then the most
            recent visitors (for an empty query: by name).
        descending: reverse the chosen sort.
        limit: at most this many ids (a page); None for all.
        offset: skip this many ids first.
        filters: the filters beside the search box (`CustomerFilter`), combined with `query`.
        today: the day the date filters count from (default today).

    Returns:
        Customer ids.
    """
    text = query.strip()
    select = Customer.select(Customer.id).where(_where(text, filters, today))
    orders: list[Any] = [_match(text)[1]] if text else []
    if sort in SORT_COLUMNS:
        column = SORT_COLUMNS[sort]
        orders.append(column.desc(nulls="LAST") if descending else column.asc(nulls="LAST"))
    elif text:
        orders.append(Customer.last_visit_on.desc(nulls="LAST"))
    else:
        orders.append(Customer.name)
    select = select.order_by(*orders, Customer.id).offset(offset or None).limit(limit)
    return [row[0] for row in rows_of(select)]


def _match(text: str) -> tuple[Expression, Case]:
    if _PHONE_QUERY.match(text) and any(char.isdigit() for char in text):
        return _match_digits(re.sub(r"\D", "", text))
    if _JAMO_QUERY.match(text):
        return _match_initials(text)
    return _match_words(text)


def _match_initials(text: str) -> tuple[Expression, Case]:
    initials = Customer.name_initials
    condition = _has_token("initials", text[:2]) & initials.contains(text)
    return condition, Case(None, [(initials == text, 0), (_prefix(initials, text), 1)], 2)


def _match_words(text: str) -> tuple[Expression, Case]:
    name = Customer.name
    lowered = text.lower()
    compact = "".join(lowered.split())
    by_name = _has_pieces("name", compact) & name.contains(text)
    condition = (
        by_name
        | (Customer.former_no == text)
        | _has_token("tag", lowered)
        | _has_token("word", lowered, prefix=True)
    )
    rank = Case(None, [(name == text, 0), (_prefix(name, text), 1), (name.contains(text), 2)], 3)
    return condition, rank


def _match_digits(digits: str) -> tuple[Expression, Case]:
    number = int(digits) if len(digits) <= 9 else -1
    condition = (
        (Customer.customer_no == number)
        | (Customer.former_no == digits)
        | (Customer.phone == digits)  # a business number such as 15881234
        | (Customer.phone == "+" + digits)  # a foreign number kept in E.164
        # the number of a card merged into this one
        | Customer.id.in_(
            FormerNumber.select(FormerNumber.customer).where(FormerNumber.number == number)
        )
    )
    if len(digits) == 4:
        condition |= Customer.phone_last4 == digits
    if len(digits) >= 5:
        phone_starts = [digits] if digits.startswith("0") else ["0" + digits, "010" + digits]
        for start in phone_starts:
            condition |= _prefix(Customer.phone, start)
    rank = Case(
        None,
        [
            (Customer.customer_no == number, 0),
            (Customer.phone == digits, 0),
            (Customer.phone == "+" + digits, 0),
        ],
        1,
    )
    return condition, rank


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
