"""A batch of letters: who gets one, who is left out and why, and the log once printed.

`plan_letters` fills the template for every recipient and applies the care rules:

- a customer number that does not exist, or a placeholder without a value and without a
  fallback text, leaves the customer out (no override: nothing blank is ever printed);
- the same template within ``letter_repeat_days`` (a surprise repeated is no surprise) and,
  for a marketing template, no marketing consent, leave her out *unless the owner includes
  her* (`LetterPlan.letters` with ``include``).

`log_letters` then writes a `Letter` and an ``letter`` interaction per printed letter.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import chunked, fn

from shopcrm import settings
from shopcrm.db import database_proxy, rows_of
from shopcrm.formatting import format_korean_date
from shopcrm.letters import placeholders, values
from shopcrm.letters.letterhead import Letterhead, current_letterhead
from shopcrm.letters.placeholders import Part
from shopcrm.letters.recipients import CHUNK, Occasion, Recipient
from shopcrm.letters.templates import ParsedTemplate, TemplateText, get_template, parse_template
from shopcrm.models import AuditEntry, Interaction, Letter
from shopcrm.settings import ShopProfile

NOT_FOUND = "unknown_customer_no"
MISSING_VALUE = "missing_value"
MISSING_OCCASION = "missing_occasion"
SENT_RECENTLY = "sent_recently"
NO_CONSENT = "no_marketing_consent"
NO_ADDRESS = "no_address"
NO_POSTAL_CODE = "no_postal_code"
"""A warning, not a reason to leave out: the label prints without a postal code."""
DELETED_CUSTOMER = "deleted_customer"
"""A number asked for by hand is that of a customer in the trash."""
OVERRIDABLE = frozenset({SENT_RECENTLY, NO_CONSENT})
"""The care rules the owner may override; the other reasons always leave a customer out."""
REPEAT_SETTING = "letter_repeat_days"


@dataclass(frozen=True)
class Reason:
    """Why a customer is left out: a code (worded by `shopcrm.vocabulary` and the window) and
    its fields (``placeholder``, ``date``, ``days``, ``number``)."""

    code: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    @property
    def overridable(self) -> bool:
        return self.code in OVERRIDABLE


@dataclass(frozen=True)
class LetterContent:
    """One filled letter, ready to set.

    Attributes:
        paragraphs: the body's paragraphs; a single line break inside one is kept.
        occasion: the birthday or anniversary it congratulates (logged as greeted).
    """

    customer_id: int
    customer_no: int
    name: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    occasion: Occasion | None = None


@dataclass(frozen=True)
class Candidate:
    """A recipient of the batch: her letter (None when it cannot be filled) and the reasons
    she is left out (none when she gets it)."""

    customer_id: int | None
    customer_no: int | None
    name: str
    letter: LetterContent | None
    reasons: tuple[Reason, ...] = ()

    @property
    def overridable(self) -> bool:
        """Left out only by care rules the owner may override."""
        return (
            self.letter is not None
            and bool(self.reasons)
            and all(reason.overridable for reason in self.reasons)
        )


@dataclass(frozen=True)
class LetterPlan:
    """The batch before printing."""

    template: TemplateText
    letter_date: dt.date
    letterhead: Letterhead
    candidates: tuple[Candidate, ...]
    repeat_days: int

    def _printed(self, candidate: Candidate, include: Collection[int] | bool) -> bool:
        if candidate.letter is None:
            return False
        if not candidate.reasons:
            return True
        if not candidate.overridable:
            return False
        return include is True or (
            not isinstance(include, bool) and candidate.customer_id in include
        )

    def letters(self, include: Collection[int] | bool = ()) -> list[LetterContent]:
        """The letters to print.

        Args:
            include: the customers (ids) left out by a care rule whom the owner includes,
                or True for all of them (``--include-left-out``).
        """
        return [
            c.letter for c in self.candidates if c.letter is not None and self._printed(c, include)
        ]

    def left_out(self, include: Collection[int] | bool = ()) -> list[Candidate]:
        """The customers left out, in the batch's order, after the owner's inclusions."""
        return [c for c in self.candidates if not self._printed(c, include)]

    def overridable_ids(self) -> list[int]:
        """The customers left out only by care rules (the dialog offers to include them)."""
        return [c.customer_id for c in self.candidates if c.overridable and c.customer_id]


def repeat_days() -> int:
    """How many days the same template is not sent again (setting, default 30)."""
    try:
        return max(0, int(settings.get_setting(REPEAT_SETTING)))
    except (TypeError, ValueError):
        return int(settings.DEFAULTS[REPEAT_SETTING])


def recent_letters(
    customer_ids: Sequence[int], template_key: str, since: dt.date
) -> dict[int, dt.date]:
    """The day each customer last got this template, for those who got it on or after
    ``since``."""
    found: dict[int, dt.date] = {}
    start = dt.datetime.combine(since, dt.time())
    for chunk in chunked(list(customer_ids), CHUNK):
        query = (
            Letter.select(Letter.customer, fn.MAX(Letter.printed_at))
            .where(
                Letter.customer.in_(chunk)
                & (Letter.template_key == template_key)
                & (Letter.printed_at >= start)
            )
            .group_by(Letter.customer)
        )
        for customer_id, moment in rows_of(query):
            if isinstance(moment, str):
                moment = dt.datetime.fromisoformat(moment)
            found[customer_id] = moment.date() if isinstance(moment, dt.datetime) else moment
    return found


def _fill(parts: list[Part], vals: Mapping[str, str | None], missing: list[str]) -> str:
    text, absent = placeholders.fill(parts, vals)
    missing.extend(key for key in absent if key not in missing)
    return text


def _first(occasions: Sequence[Occasion], birthday: bool) -> Occasion | None:
    return next((o for o in occasions if o.is_birthday == birthday), None)


def plan_letters(
    template: str | TemplateText,
    recipients: Sequence[Recipient],
    *,
    letter_date: dt.date | None = None,
) -> LetterPlan:
    """Fill a template for every recipient and apply the care rules.

    Args:
        template: a template key, or a template (e.g. the editor's unsaved text).
        recipients: from `shopcrm.letters.recipients`.
        letter_date: the date printed on the letters and from which "within N days" counts
            (default today).

    Returns:
        The plan: every recipient as a `Candidate`, in the order given.

    Raises:
        NotFound: ``template_not_found`` for a key that does not exist.
        ValidationError: the template's text is not valid (see `parse_template`).
    """
    letter_date = letter_date or dt.date.today()
    chosen = get_template(template) if isinstance(template, str) else template
    parsed = parse_template(chosen)
    ids = [r.customer_id for r in recipients if r.customer_id is not None]
    facts = values.customer_facts(ids)
    occasion_keys = parsed.used_keys & set(placeholders.OCCASION_KEYS)
    upcoming: dict[int, list[Occasion]] = {}
    if occasion_keys:
        upcoming = values.next_occasions(
            [r.customer_id for r in recipients if r.customer_id and not r.occasions],
            letter_date,
        )
    days = repeat_days()
    recent = recent_letters(ids, chosen.key, letter_date - dt.timedelta(days=days)) if days else {}
    letterhead = current_letterhead()
    shop = ShopProfile(
        shop_name=letterhead.shop_name,
        owner_name=letterhead.owner_name,
        shop_phone=letterhead.phone,
        shop_address=letterhead.address,
    )
    honorific_text = values.honorific()
    candidates = []
    for recipient in recipients:
        customer = facts.get(recipient.customer_id) if recipient.customer_id else None
        if customer is None:
            number = recipient.customer_no
            code = DELETED_CUSTOMER if recipient.deleted else NOT_FOUND
            reason = Reason(code, {"number": number if number is not None else ""})
            candidates.append(Candidate(recipient.customer_id, number, "", None, (reason,)))
            continue
        occasions = list(recipient.occasions) or upcoming.get(customer.customer_id, [])
        candidates.append(
            _candidate(
                parsed,
                customer,
                occasions,
                letter_date=letter_date,
                shop=shop,
                honorific_text=honorific_text,
                last_sent=recent.get(customer.customer_id),
                repeat=days,
                chosen_days=bool(recipient.occasions),
            )
        )
    return LetterPlan(chosen, letter_date, letterhead, tuple(candidates), days)


def _candidate(
    parsed: ParsedTemplate,
    customer: values.CustomerFacts,
    occasions: list[Occasion],
    *,
    letter_date: dt.date,
    shop: ShopProfile,
    honorific_text: str,
    last_sent: dt.date | None,
    repeat: int,
    chosen_days: bool,
) -> Candidate:
    birthday, anniversary = _first(occasions, True), _first(occasions, False)
    vals = values.placeholder_values(
        customer,
        shop=shop,
        letter_date=letter_date,
        honorific_text=honorific_text,
        birthday=birthday,
        anniversary=anniversary,
    )
    missing: list[str] = []
    salutation = _fill(parsed.salutation, vals, missing)
    paragraphs = tuple(_fill(p, vals, missing) for p in parsed.paragraphs)
    closing = _fill(parsed.closing, vals, missing)
    reasons = [
        Reason(
            MISSING_OCCASION
            if chosen_days and key in placeholders.OCCASION_KEYS
            else MISSING_VALUE,
            {"placeholder": placeholders.BY_KEY[key].korean},
        )
        for key in missing
    ]
    if last_sent is not None:
        reasons.append(Reason(SENT_RECENTLY, {"date": last_sent, "days": repeat}))
    if parsed.template.is_marketing and not customer.marketing_consent:
        reasons.append(Reason(NO_CONSENT))
    used = parsed.used_keys
    occasion = None
    if "birthday" in used and birthday is not None:
        occasion = birthday
    elif used & {"anniversary", "anniversary_date", "years"} and anniversary is not None:
        occasion = anniversary
    letter = (
        None
        if missing
        else LetterContent(
            customer.customer_id,
            customer.customer_no,
            customer.name,
            salutation,
            paragraphs,
            closing,
            occasion,
        )
    )
    return Candidate(
        customer.customer_id, customer.customer_no, customer.name, letter, tuple(reasons)
    )


SAMPLE_VALUES: dict[str, str] = {
    "name": "김민수",
    "customer_no": "128",
    "points": "1,200P",
    "grade": "골드",
    "staff": "이지은",
    "first_purchase_date": "2024년 3월 7일",
    "last_purchase_date": "2026년 11월 2일",
    "last_purchase": "소금빵 세트 외 2가지",
    "last_visit_date": "2026년 11월 2일",
    "birthday": "12월 23일",
    "anniversary": "결혼기념일",
    "anniversary_date": "12월 23일",
    "years": "10주년",
    "referrer": "이서연",
    "referred_friend": "최유진",
}
"""What the template editor's preview fills in: a made-up regular with every value."""


def sample_letter(
    template: TemplateText, *, letter_date: dt.date, letterhead: Letterhead
) -> LetterContent:
    """The template filled for a made-up customer with every value (the editor's preview):
    the shop's own name, owner, phone and address, and the honorific it uses.

    Raises:
        ValidationError: the template's text is not valid (see `parse_template`).
    """
    parsed = parse_template(template)
    vals: dict[str, str | None] = {
        **SAMPLE_VALUES,
        "honorific": values.honorific(),
        "shop": letterhead.shop_name or "달빛 베이커리",
        "owner": letterhead.owner_name or None,
        "shop_phone": letterhead.phone or None,
        "shop_address": letterhead.address or None,
        "today": format_korean_date(letter_date),
    }
    missing: list[str] = []
    return LetterContent(
        0,
        int(SAMPLE_VALUES["customer_no"]),
        SAMPLE_VALUES["name"],
        _fill(parsed.salutation, vals, missing),
        tuple(_fill(p, vals, missing) for p in parsed.paragraphs),
        _fill(parsed.closing, vals, missing),
    )


def log_letters(
    template: TemplateText,
    letters: Sequence[LetterContent],
    *,
    file_path: Path | None,
    printed_at: dt.datetime | None = None,
    actor: str | None = None,
) -> str:
    """Log printed letters on the customers' timelines: a `Letter` and an interaction of kind
    ``letter`` each (with the occasion it congratulates, so the agenda shows it as greeted),
    and an audit entry, in one transaction.

    Args:
        template: the template printed.
        letters: the letters printed.
        file_path: the PDF they were saved to (None when printed without saving).
        printed_at: when (default now).
        actor: who printed them, for the audit trail.

    Returns:
        The batch id the letters share.
    """
    printed_at = printed_at or dt.datetime.now().replace(microsecond=0)
    batch = f"{printed_at:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    stored_path = str(file_path) if file_path else None
    with database_proxy.atomic():
        rows: list[dict[str, Any]] = [
            {
                "customer": letter.customer_id,
                "template_key": template.key,
                "printed_at": printed_at,
                "file_path": stored_path,
                "occurrence_on": letter.occasion.date if letter.occasion else None,
                "batch": batch,
            }
            for letter in letters
        ]
        for chunk in chunked(rows, 200):
            Letter.insert_many(chunk).execute()
        letter_ids: dict[int, int] = {}
        for letter_id, customer_id in rows_of(
            Letter.select(Letter.id, Letter.customer)
            .where(Letter.batch == batch)
            .order_by(Letter.id)
        ):
            letter_ids.setdefault(customer_id, letter_id)
        interactions: list[dict[str, Any]] = [
            {
                "customer": letter.customer_id,
                "kind": "letter",
                "occurred_at": printed_at,
                "note": template.title,
                "letter": letter_ids[letter.customer_id],
                "anniversary": letter.occasion.anniversary_id if letter.occasion else None,
                "occurrence_on": letter.occasion.date if letter.occasion else None,
            }
            for letter in letters
        ]
        for chunk in chunked(interactions, 200):
            Interaction.insert_many(chunk).execute()
        changes = json.dumps({"template": template.key, "batch": batch}, ensure_ascii=False)
        audit_rows: list[dict[str, Any]] = [
            {
                "action": "create",
                "entity": "letter",
                "row_id": letter_ids[letter.customer_id],
                "customer_id": letter.customer_id,
                "changes": changes,
                "actor": actor,
                "at": printed_at,
            }
            for letter in letters
        ]
        for chunk in chunked(audit_rows, 200):
            AuditEntry.insert_many(chunk).execute()
    return batch
