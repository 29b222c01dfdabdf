"""A customer's timeline: everything recorded about her, newest first, one line each.

One SQL ``UNION ALL`` over what the shop records (sales, refunds and opening balances; visits,
calls, messages and greetings; letters printed; stage changes; referrals both ways; imports
that changed her; points given or taken outside a sale; the steps of her complaints) is sorted
and paged in the database, so a customer with 3,000 entries opens as fast as one with 3. The
lines of a page are then completed with one query per kind of detail (items, refunds, points
of the page's purchases) and worded through `shopcrm.vocabulary`.

Equal times keep one order: by the kind of record, then by its id, newest first.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peewee import SqliteDatabase

from shopcrm.agenda import greeting_channel
from shopcrm.card import stage_change_reason_text
from shopcrm.complaints import RemedyInput, describe_remedies
from shopcrm.db import database_proxy
from shopcrm.formatting import format_points, format_won
from shopcrm.vocabulary import current_language, text, word

TIMELINE_KINDS: tuple[str, ...] = (
    "purchase",
    "refund",
    "opening",
    "visit",
    "call",
    "message",
    "inquiry",
    "event",
    "letter",
    "greeting",
    "stage",
    "referral",
    "import",
    "points",
    "complaint",
)
"""The kinds of line on a timeline (`TimelineEntry.kind`)."""

POINT_ENTRY_KINDS: tuple[str, ...] = (
    "earn",
    "opening",
    "referral_reward",
    "restore",
    "adjust",
    "redeem",
    "expire",
    "refund_reversal",
    "void_reversal",
)
"""The kinds of line the points ledger (`shopcrm.points`) writes, as the timeline words them."""

_TIMESTAMP = re.compile(r"TS\(([a-z_.]+)\)")
_HIDDEN_POINT_NOTES = ("expire", "referral_reward")  # their notes are bookkeeping ("lot 12")
_SHOWN_ITEMS = 3
_SEPARATOR = " · "


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a customer's timeline.

    Attributes:
        at: when (a sale, refund or points entry: 00:00 of its day).
        kind: one of `TIMELINE_KINDS`.
        summary: the line in words (items, amount, points, who, why ...).
        amount: won of a purchase, refund (negative) or opening balance; else None.
        points: points earned on a sale, or given (+) or taken (−) outside a sale; else None.
        purchase_id: the sale, refund or opening balance (for the refund and void buttons).
        refundable: won still refundable on a sale that stands; else 0.
        voided: the purchase was voided (an import: it was undone).
        staff_name: who served her, when recorded.
        note: the note typed with it, if any.
    """

    at: dt.datetime
    kind: str
    summary: str
    amount: int | None
    points: int | None
    purchase_id: int | None
    refundable: int
    voided: bool
    staff_name: str | None
    note: str | None


# every branch gives: entry_at, entry_rank, entry_id, source, sub, amount, points, purchase_id,
# staff_name, note, text1, text2, text3, flag; the rank orders equal times (higher: shown
# first); TS(column) is the column read as a timestamp, ? the database's placeholder
_BRANCHES = (
    """SELECT TS(p.purchased_on) AS entry_at, 1 AS entry_rank, p.id AS entry_id,
        'purchase' AS source, p.kind AS sub, p.amount AS amount, p.points_earned AS points,
        p.id AS purchase_id,
        s.name AS staff_name, p.note AS note, p.void_reason AS text1,
        p.payment_method AS text2, CAST(o.purchased_on AS TEXT) AS text3,
        CASE WHEN p.voided_at IS NULL THEN 0 ELSE 1 END AS flag
    FROM purchase p
    LEFT JOIN staff s ON s.id = p.staff_id
    LEFT JOIN purchase o ON o.id = p.refund_of_id
    WHERE p.customer_id = ?""",
    """SELECT TS(e.occurred_on), 2, e.id, 'points', e.kind, NULL, e.points, NULL, NULL,
        e.note, NULL, NULL, NULL, 0
    FROM point_entry e
    WHERE e.customer_id = ? AND e.purchase_id IS NULL""",
    # a visit logged with a sale is that sale's line; a letter's own line is the letter's
    """SELECT TS(i.occurred_at), 3, i.id, 'interaction', i.kind, NULL, NULL, NULL, s.name,
        i.note, a.kind, CAST(i.occurrence_on AS TEXT), a.label, 0
    FROM interaction i
    LEFT JOIN staff s ON s.id = i.staff_id
    LEFT JOIN anniversary a ON a.id = i.anniversary_id
    WHERE i.customer_id = ? AND i.letter_id IS NULL
        AND NOT (i.kind = 'visit' AND i.purchase_id IS NOT NULL)""",
    """SELECT TS(l.printed_at), 4, l.id, 'letter', l.template_key, NULL, NULL, NULL, NULL,
        NULL,
        COALESCE(t.title, (SELECT MIN(li.note) FROM interaction li WHERE li.letter_id = l.id)),
        CAST(l.occurrence_on AS TEXT), NULL, 0
    FROM letter l
    LEFT JOIN letter_template t ON t.key = l.template_key
    WHERE l.customer_id = ?""",
    """SELECT TS(r.created_at), 5, r.id, 'referral', 'made', NULL, NULL, NULL, NULL, r.note,
        c.name, CAST(c.customer_no AS TEXT), NULL,
        CASE WHEN r.rewarded_at IS NULL THEN 0 ELSE 1 END
    FROM referral r
    JOIN customer c ON c.id = r.referred_id
    WHERE r.referrer_id = ?""",
    """SELECT TS(r.created_at), 6, r.id, 'referral', 'received', NULL, NULL, NULL, NULL,
        r.note, c.name, CAST(c.customer_no AS TEXT), NULL,
        CASE WHEN r.rewarded_at IS NULL THEN 0 ELSE 1 END
    FROM referral r
    JOIN customer c ON c.id = r.referrer_id
    WHERE r.referred_id = ?""",
    """SELECT TS(b.created_at), 7, x.id, 'import', x.action, NULL, NULL, NULL, NULL, NULL,
        b.file_name, NULL, NULL, CASE WHEN b.undone_at IS NULL THEN 0 ELSE 1 END
    FROM import_change x
    JOIN import_batch b ON b.id = x.batch_id
    WHERE x.customer_id = ?""",
    """SELECT TS(g.changed_at), 8, g.id, 'stage', g.reason, NULL, NULL, NULL, NULL, g.detail,
        g.from_stage, g.to_stage, NULL, CASE WHEN g.is_override THEN 1 ELSE 0 END
    FROM stage_change g
    WHERE g.customer_id = ?""",
    # every step of her complaints (shopcrm/complaints.py), the step's record in text3
    """SELECT TS(k.at), 9, k.id, 'complaint', k.kind, NULL, NULL, NULL, s.name, k.note,
        c.category, c.severity, k.detail, 0
    FROM complaint_step k
    JOIN complaint c ON c.id = k.complaint_id
    LEFT JOIN staff s ON s.id = k.staff_id
    WHERE c.customer_id = ?""",
)


def _union_sql() -> str:
    """The branches for the open database: its placeholder, and its way of reading a date or
    a timestamp as one comparable timestamp (SQLite stores both as text)."""
    database = database_proxy.obj
    stamp = "datetime(\\1)" if isinstance(database, SqliteDatabase) else "CAST(\\1 AS TIMESTAMP)"
    return "\nUNION ALL\n".join(
        _TIMESTAMP.sub(stamp, branch).replace("?", database.param) for branch in _BRANCHES
    )


def timeline_count(customer_id: int) -> int:
    """How many lines a customer's timeline has."""
    sql = f"SELECT COUNT(*) FROM ({_union_sql()}) AS entries"
    row = database_proxy.execute_sql(sql, (customer_id,) * len(_BRANCHES)).fetchone()
    return int(row[0])


def timeline_page(
    customer_id: int, *, offset: int, limit: int, lang: str | None = None
) -> list[TimelineEntry]:
    """One page of a customer's timeline, newest first.

    Args:
        customer_id: the customer.
        offset: lines to skip (0: from the newest).
        limit: the most lines to give.
        lang: ``ko`` or ``en`` for the summaries (default: `current_language`).
    """
    lang = lang or current_language()
    database = database_proxy.obj
    sql = (
        f"SELECT * FROM ({_union_sql()}) AS entries"
        " ORDER BY entry_at DESC, entry_rank DESC, entry_id DESC"
        f" LIMIT {database.param} OFFSET {database.param}"
    )
    params = (*((customer_id,) * len(_BRANCHES)), max(0, limit), max(0, offset))
    rows = [_Row(*row) for row in database_proxy.execute_sql(sql, params).fetchall()]
    details = _PurchaseDetails.read(
        [row.id for row in rows if row.source == "purchase"],
    )
    return [_entry(row, details, lang) for row in rows]


@dataclass(frozen=True)
class _Row:
    at: Any
    rank: int
    id: int
    source: str
    sub: str | None
    amount: int | None
    points: int | None
    purchase_id: int | None
    staff_name: str | None
    note: str | None
    text1: str | None
    text2: str | None
    text3: str | None
    flag: int

    @property
    def stamp(self) -> dt.datetime:
        if isinstance(self.at, dt.datetime):
            return self.at.replace(tzinfo=None)
        return dt.datetime.fromisoformat(str(self.at))


@dataclass(frozen=True)
class _PurchaseDetails:
    """What the purchases of one page need beyond their own row."""

    items: dict[int, list[tuple[str, int]]]
    refunded: dict[int, int]
    points: dict[tuple[int, str], int]

    @classmethod
    def read(cls, purchase_ids: Sequence[int]) -> _PurchaseDetails:
        if not purchase_ids:
            return cls({}, {}, {})
        param = database_proxy.obj.param
        marks = ", ".join(param for _ in purchase_ids)
        ids = tuple(purchase_ids)
        items: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for purchase_id, description, quantity in database_proxy.execute_sql(
            "SELECT purchase_id, description, quantity FROM purchase_item"
            f" WHERE purchase_id IN ({marks}) ORDER BY purchase_id, id",
            ids,
        ).fetchall():
            items[purchase_id].append((description, int(quantity)))
        refunded = {
            int(sale): -int(total)
            for sale, total in database_proxy.execute_sql(
                "SELECT refund_of_id, SUM(amount) FROM purchase"
                f" WHERE refund_of_id IN ({marks}) AND kind = 'refund' AND voided_at IS NULL"
                " GROUP BY refund_of_id",
                ids,
            ).fetchall()
        }
        points = {
            (int(purchase_id), str(kind)): int(total)
            for purchase_id, kind, total in database_proxy.execute_sql(
                "SELECT purchase_id, kind, SUM(points) FROM point_entry"
                f" WHERE purchase_id IN ({marks}) GROUP BY purchase_id, kind",
                ids,
            ).fetchall()
        }
        return cls(dict(items), refunded, points)


def _entry(row: _Row, details: _PurchaseDetails, lang: str) -> TimelineEntry:
    if row.source == "purchase":
        return _purchase_entry(row, details, lang)
    kind, summary, points, note = _other_line(row, lang)
    return TimelineEntry(
        at=row.stamp,
        kind=kind,
        summary=summary,
        amount=None,
        points=points,
        purchase_id=None,
        refundable=0,
        voided=row.source == "import" and bool(row.flag),
        staff_name=row.staff_name,
        note=note,
    )


def _purchase_entry(row: _Row, details: _PurchaseDetails, lang: str) -> TimelineEntry:
    amount = int(row.amount or 0)
    voided = bool(row.flag)
    points: int | None = None
    refundable = 0
    if row.sub == "sale":
        kind = "purchase"
        points = int(row.points or 0)
        used = -details.points.get((row.id, "redeem"), 0)
        refunded = details.refunded.get(row.id, 0)
        refundable = 0 if voided else max(0, amount - refunded)
        parts = [_items_text(details.items.get(row.id, []), lang), format_won(amount, lang=lang)]
        if points:
            parts.append(text("timeline_earned", lang, points=format_points(points, lang=lang)))
        if used:
            parts.append(text("timeline_used", lang, points=format_points(used, lang=lang)))
        if refunded:
            won = format_won(refunded, lang=lang)
            parts.append(text("timeline_refunded", lang, amount=won))
    elif row.sub == "refund":
        kind = "refund"
        back = -details.points.get((row.id, "refund_reversal"), 0)
        parts = [
            text(
                "timeline_refund",
                lang,
                amount=format_won(-amount, lang=lang),
                date=row.text3 or "",
            )
        ]
        if back:
            parts.append(text("timeline_points_back", lang, points=format_points(back, lang=lang)))
    else:
        kind = "opening"
        carried = details.points.get((row.id, "opening"), 0)
        parts = [text("timeline_opening", lang, amount=format_won(amount, lang=lang))]
        if carried:
            parts.append(format_points(carried, lang=lang))
    if voided:
        parts.append(text("timeline_voided", lang, reason=row.text1 or ""))
    return TimelineEntry(
        at=row.stamp,
        kind=kind,
        summary=_SEPARATOR.join(part for part in parts if part),
        amount=amount,
        points=points,
        purchase_id=row.id,
        refundable=refundable,
        voided=voided,
        staff_name=row.staff_name,
        note=row.note,
    )


def _items_text(items: list[tuple[str, int]], lang: str) -> str:
    shown = [f"{name} ×{quantity}" if quantity > 1 else name for name, quantity in items]
    words = ", ".join(shown[:_SHOWN_ITEMS])
    if len(shown) > _SHOWN_ITEMS:
        words += " " + text("timeline_more_items", lang, count=len(shown) - _SHOWN_ITEMS)
    return words


def _other_line(row: _Row, lang: str) -> tuple[str, str, int | None, str | None]:
    """(kind, summary, points, note) of a line that is not a purchase."""
    source, sub = row.source, row.sub or ""
    if source == "points":
        signed = int(row.points or 0)
        shown = format_points(signed, lang=lang)
        summary = f"{word('point_entry_kind', sub, lang)} {'+' if signed > 0 else ''}{shown}"
        note = None if sub in _HIDDEN_POINT_NOTES else row.note
        return "points", summary, signed, note
    if source == "interaction":
        return _interaction_line(row, lang)
    if source == "letter":
        summary = text("timeline_letter", lang, title=row.text1 or sub)
        if row.text2:
            summary += _SEPARATOR + text("timeline_occasion", lang, date=row.text2)
        return "letter", summary, None, None
    if source == "referral":
        key = "timeline_referral_made" if sub == "made" else "timeline_referral_received"
        summary = text(key, lang, name=row.text1 or "", number=row.text2 or "")
        if row.flag:
            summary += _SEPARATOR + text("timeline_referral_rewarded", lang)
        return "referral", summary, None, row.note
    if source == "complaint":
        return "complaint", _complaint_line(row, lang), None, row.note
    if source == "import":
        key = "timeline_import_create" if sub == "create" else "timeline_import_update"
        summary = text(key, lang, file=row.text1 or "")
        if row.flag:
            summary += _SEPARATOR + text("timeline_import_undone", lang)
        return "import", summary, None, None
    # a stage change
    reason = stage_change_reason_text(sub, lang)
    to_stage = word("stage", row.text2, lang)
    if row.text1:
        summary = text(
            "timeline_stage", lang, before=word("stage", row.text1, lang), after=to_stage
        )
    else:
        summary = to_stage
    return "stage", f"{summary} ({reason})", None, row.note


def _complaint_line(row: _Row, lang: str) -> str:
    """One step of a complaint, e.g. ``불만 접수 · 상품 · 심각도 높음`` or
    ``해결 · 상품 · 교환 3,200원``."""
    step = row.sub or ""
    parts = [
        text(
            "complaint_line",
            lang,
            step=word("complaint_step", step, lang),
            category=word("complaint_category", row.text1, lang),
        )
    ]
    detail = json.loads(row.text3) if row.text3 else {}
    if step == "receive":
        severity = word("complaint_severity", row.text2, lang)
        parts.append(text("complaint_severity_line", lang, severity=severity))
    elif step == "apologise" and detail.get("in_person"):
        parts.append(text("complaint_apology_in_person", lang))
    elif step == "resolve" and detail.get("remedies"):
        parts.append(
            describe_remedies(
                [RemedyInput(r["kind"], int(r["amount"])) for r in detail["remedies"]], lang
            )
        )
    elif step == "set_follow_up" and detail.get("follow_up_on"):
        planned = detail["follow_up_on"][-1]
        if planned:
            parts.append(text("complaint_follow_up_on", lang, date=planned))
    elif step == "close" and detail.get("satisfaction"):
        parts.append(text("complaint_satisfaction", lang, value=detail["satisfaction"]))
    elif step == "diagnose" and detail.get("root_cause"):
        parts.append(str(detail["root_cause"]))
    return _SEPARATOR.join(parts)


def _interaction_line(row: _Row, lang: str) -> tuple[str, str, int | None, str | None]:
    sub = row.sub or ""
    channel = greeting_channel(sub)
    if sub.startswith("greeting"):
        occasion = row.text3 or word("anniversary_kind", row.text1, lang)
        summary = (
            text("timeline_greeting", lang, occasion=occasion)
            if occasion
            else word("interaction_kind", "greeting", lang)
        )
        if channel:
            summary += f" ({word('greeting_channel', channel, lang)})"
        if row.text2:
            summary += _SEPARATOR + text("timeline_occasion", lang, date=row.text2)
        return "greeting", summary, None, row.note
    return sub, word("interaction_kind", sub, lang), None, row.note
