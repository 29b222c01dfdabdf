"""Complaints: every complaint handled step by step, so that nothing typed is lost.

A complaint is an explicit state machine::

    received → heard → apologised → resolved → followed_up → closed
                                         └──────────────────────┘ (no follow-up date)
    closed → heard (reopen);  any state before closed → withdrawn

Setting a follow-up date keeps a complaint ``resolved``; recording the follow-up moves it to
``followed_up``. Each step is one core call, in one transaction: it checks its data and that
the step is allowed now (`allowed_steps`), time-stamps it, stores what was typed on the
complaint, logs the step (`ComplaintStep`) and writes the audit trail. An illegal step is a
`ValidationError` with a code the vocabulary words.

A high-severity complaint needs an apology in person by the owner or a manager. Remedies
(a refund through `shopcrm.purchases.refund_purchase`, points through the ledger, a gift,
travel money ...) above the shop's limits (settings ``complaint_limit_won`` and
``complaint_limit_points``, summed over the complaint) need an owner's or manager's
confirmation, recorded with the remedy.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from peewee import JOIN, SqliteDatabase

from shopcrm import audit, points, purchases, settings, staff, vocabulary
from shopcrm.amounts import MAX_AMOUNT
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.formatting import format_points, format_won
from shopcrm.models import (
    Complaint,
    ComplaintRemedy,
    ComplaintStep,
    Customer,
    Interaction,
    Purchase,
    Staff,
)

STATES = ("received", "heard", "apologised", "resolved", "followed_up", "closed", "withdrawn")
"""Every state a complaint can be in; words in the vocabulary's ``complaint_state`` list."""
OPEN_STATES = ("received", "heard", "apologised")
"""Still being handled with the customer."""
WAITING_STATES = ("resolved", "followed_up")
"""Made good; waiting for the follow-up or the closing."""
CHANNELS = ("counter", "phone", "message", "online_review")
DEFAULT_CATEGORIES = settings.DEFAULT_COMPLAINT_CATEGORIES
SEVERITIES = ("low", "medium", "high")
REMEDY_KINDS = (
    "refund",
    "exchange",
    "redo",
    "repair",
    "discount",
    "gift",
    "travel_cost",
    "points",
    "other",
)
"""What can be given; ``amount`` is won, points for ``points``."""
STEP_KINDS = (
    "receive",
    "hear",
    "apologise",
    "resolve",
    "set_follow_up",
    "follow_up_done",
    "close",
    "diagnose",
    "reopen",
    "withdraw",
    "note",
    "revise",
)
"""The steps the log records; words in the vocabulary's ``complaint_step`` list."""
CAME_BACK_STATUSES = ("not_closed", "waiting", "yes", "no")
COME_BACK_DAYS = 30
"""Did she come back within this many days after the complaint was closed?"""

_ANY_TIME = ("note", "diagnose")
_BEFORE_CLOSING = ("withdraw", "revise")
_NEXT_STEP = {
    "received": ("hear",),
    "heard": ("apologise",),
    "apologised": ("resolve",),
    "followed_up": ("close",),
    "closed": ("reopen",),
}


def allowed_steps(state: str, follow_up_on: dt.date | None) -> tuple[str, ...]:
    """The steps a complaint in `state` may take now (the one rule every step checks).

    Args:
        state: one of `STATES`.
        follow_up_on: the complaint's follow-up date, if one is set.
    """
    if state == "withdrawn":
        return ("note",)
    if state == "resolved":
        steps: tuple[str, ...] = (
            ("set_follow_up", "follow_up_done")
            if follow_up_on is not None
            else ("set_follow_up", "close")
        )
    else:
        steps = _NEXT_STEP.get(state, ())
    extra = _BEFORE_CLOSING if state != "closed" else ()
    return (*steps, *extra, *_ANY_TIME)


def complaint_categories() -> list[str]:
    """The shop's complaint categories (setting ``complaint_categories``), in its order."""
    stored = settings.get_setting("complaint_categories")
    return [str(category) for category in stored] if stored else list(DEFAULT_CATEGORIES)


def step_prompts(lang: str | None = None) -> dict[str, str]:
    """The words suggested beside each wizard page (empathise, confirm, offer ...): the
    shop's own (setting ``complaint_prompts``) or the vocabulary's, by page
    (`settings.COMPLAINT_PROMPT_PAGES`)."""
    own = settings.get_setting("complaint_prompts") or {}
    return {
        page: str(own.get(page) or vocabulary.text(f"complaint_prompt_{page}", lang))
        for page in settings.COMPLAINT_PROMPT_PAGES
    }


@dataclass(frozen=True)
class ComplaintIntake:
    """What page 1 (Listen) takes: who, how, when, what she said and wants.

    Attributes:
        happened_at: when it happened (may be before it was received).
        words: the customer's own words, verbatim (needed to move on to ``heard``).
        purchase_id: the sale concerned, if any (a refund remedy refunds it by default).
        staff_id: the staff member who served her.
    """

    customer_id: int
    channel: str
    happened_at: dt.datetime
    category: str
    severity: str = "low"
    words: str | None = None
    wants: str | None = None
    purchase_id: int | None = None
    staff_id: int | None = None


@dataclass(frozen=True)
class RemedyInput:
    """One remedy offered: its kind (`REMEDY_KINDS`), won (points for ``points``), the sale
    to refund (a refund; default the complaint's purchase) and a note (what gift ...)."""

    kind: str
    amount: int
    purchase_id: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class RemedyGiven:
    id: int
    kind: str
    amount: int
    note: str | None
    purchase_id: int | None
    refund_id: int | None
    given_at: dt.datetime
    staff_id: int | None
    confirmed_by_id: int | None
    confirmed_by_name: str | None


@dataclass(frozen=True)
class ComplaintStepRecord:
    id: int
    kind: str
    from_state: str | None
    to_state: str
    at: dt.datetime
    staff_id: int | None
    staff_name: str | None
    note: str | None


@dataclass(frozen=True)
class CameBack:
    """Did she come back after the complaint was closed (a visit, or a sale that stands)?

    Attributes:
        status: one of `CAME_BACK_STATUSES`: ``not_closed``; ``waiting`` (fewer than
            `COME_BACK_DAYS` days since closing and not back yet); ``yes``; ``no``.
        closed_on: the day it was closed (None when not closed).
        until: the last day that counts (closed_on + `COME_BACK_DAYS`).
        first_back_on: the first day she came back within that window.
    """

    status: str
    closed_on: dt.date | None = None
    until: dt.date | None = None
    first_back_on: dt.date | None = None


@dataclass(frozen=True)
class CompensationCheck:
    """What a complaint's remedies come to, against the shop's limits."""

    compensation_won: int
    compensation_points: int
    limit_won: int
    limit_points: int

    @property
    def needs_confirmation(self) -> bool:
        return (
            self.compensation_won > self.limit_won or self.compensation_points > self.limit_points
        )


def split_compensation(remedies: Iterable[tuple[str, int]]) -> tuple[int, int]:
    """What remedies of these kinds and amounts gave: (won, points). A points remedy gives
    points; every other remedy (refund, gift, travel cost ...) gives won."""
    won = points = 0
    for kind, amount in remedies:
        if kind == "points":
            points += int(amount)
        else:
            won += int(amount)
    return won, points


@dataclass(frozen=True)
class ComplaintDetail:
    """A complaint with everything typed so far: the wizard reopens at `state` with it."""

    id: int
    customer_id: int
    customer_no: int
    customer_name: str
    state: str
    channel: str
    happened_at: dt.datetime
    received_at: dt.datetime
    words: str | None
    wants: str | None
    category: str
    severity: str
    purchase_id: int | None
    staff_id: int | None
    staff_name: str | None
    heard_at: dt.datetime | None
    apologised_by_id: int | None
    apologised_by_name: str | None
    apologised_at: dt.datetime | None
    apology_in_person: bool
    apology_note: str | None
    resolved_at: dt.datetime | None
    resolution_note: str | None
    remedies: tuple[RemedyGiven, ...]
    follow_up_on: dt.date | None
    followed_up_at: dt.datetime | None
    follow_up_note: str | None
    closed_at: dt.datetime | None
    satisfaction: int | None
    satisfaction_comment: str | None
    root_cause: str | None
    shop_change: str | None
    diagnosed_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    steps: tuple[ComplaintStepRecord, ...]
    came_back: CameBack

    @property
    def next_steps(self) -> tuple[str, ...]:
        return allowed_steps(self.state, self.follow_up_on)

    @property
    def advocate_candidate(self) -> bool:
        """Closed with satisfaction 4–5: a candidate advocate (suggest a thank-you)."""
        return self.state == "closed" and (self.satisfaction or 0) >= 4

    @property
    def compensation_won(self) -> int:
        return split_compensation((r.kind, r.amount) for r in self.remedies)[0]

    @property
    def compensation_points(self) -> int:
        return split_compensation((r.kind, r.amount) for r in self.remedies)[1]


@dataclass(frozen=True)
class ComplaintSummary:
    """A complaint as the complaints page and the export list it."""

    id: int
    customer_id: int
    customer_no: int
    customer_name: str
    received_at: dt.datetime
    happened_at: dt.datetime
    channel: str
    category: str
    severity: str
    state: str
    staff_id: int | None
    staff_name: str | None
    apologised_by_name: str | None
    remedies: tuple[RemedyGiven, ...]
    follow_up_on: dt.date | None
    satisfaction: int | None
    came_back: CameBack
    overdue: bool

    @property
    def compensation_won(self) -> int:
        return split_compensation((r.kind, r.amount) for r in self.remedies)[0]

    @property
    def compensation_points(self) -> int:
        return split_compensation((r.kind, r.amount) for r in self.remedies)[1]


@dataclass(frozen=True)
class FollowUpDue:
    """A follow-up to do (a resolved complaint with its date): calendar, reminder, agenda."""

    complaint_id: int
    customer_id: int
    customer_no: int
    name: str
    phone: str | None
    follow_up_on: dt.date
    received_on: dt.date
    category: str
    severity: str
    overdue: bool
    staff_name: str | None


# --- checks -----------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _as_datetime(value: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime.combine(value, dt.time(0, 0))


def stored_datetime(value: Any) -> dt.datetime:
    """A timestamp as read back (SQLite may give text; PostgreSQL a datetime)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0, 0))
    return dt.datetime.fromisoformat(str(value))


def stored_date(value: Any) -> dt.date:
    """The day of a date or timestamp as read back."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _code(code_list: str, given: str, codes: Sequence[str], error: str) -> str:
    """A code given as itself or as its word (위생, Hygiene), if it is one of `codes`."""
    code = given if given in codes else vocabulary.code_of(code_list, given or "")
    if code is None or code not in codes:
        raise ValidationError(error, value=given)
    return code


def _checked_category(given: str) -> str:
    categories = complaint_categories()
    written = " ".join((given or "").split())
    if written in categories:
        return written
    return _code("complaint_category", written, categories, "invalid_complaint_category")


def _check_staff(staff_id: int | None) -> None:
    if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
        raise NotFound("staff_not_found", staff_id=staff_id)


def _check_purchase(customer_id: int, purchase_id: int | None) -> None:
    if purchase_id is None:
        return
    sale = Purchase.get_or_none((Purchase.id == purchase_id) & (Purchase.kind == "sale"))
    if sale is None or sale.customer_id != customer_id:
        raise ValidationError("complaint_purchase_not_hers", purchase_id=purchase_id)


def _checked_intake(intake: ComplaintIntake, at: dt.datetime) -> dict[str, Any]:
    """The intake's values as stored on the complaint."""
    if not Customer.select().where(Customer.id == intake.customer_id).exists():
        raise NotFound("customer_not_found", customer_id=intake.customer_id)
    happened_at = _as_datetime(intake.happened_at)
    if happened_at > at:
        raise ValidationError("complaint_happened_later", value=happened_at)
    _check_purchase(intake.customer_id, intake.purchase_id)
    _check_staff(intake.staff_id)
    return {
        "channel": _code(
            "complaint_channel", intake.channel, CHANNELS, "invalid_complaint_channel"
        ),
        "happened_at": happened_at,
        "category": _checked_category(intake.category),
        "severity": _code(
            "complaint_severity", intake.severity, SEVERITIES, "invalid_complaint_severity"
        ),
        "words": clean_text(intake.words),
        "wants": clean_text(intake.wants),
        "purchase": intake.purchase_id,
        "staff": intake.staff_id,
    }


def _check_apology(severity: str, staff_id: int | None, in_person: bool) -> None:
    """High severity: the owner or a manager apologised, in person."""
    if severity != "high":
        return
    try:
        staff.check_authority(staff_id)
    except ValidationError:
        raise ValidationError("apology_needs_owner_or_manager", staff_id=staff_id) from None
    if not in_person:
        raise ValidationError("apology_not_in_person")


def _locked(complaint_id: int) -> Complaint:
    """The complaint, held until the transaction ends (two counters take turns)."""
    database = database_proxy.obj
    if isinstance(database, SqliteDatabase):
        database.execute_sql("UPDATE complaint SET id = id WHERE id = ?", (complaint_id,))
    else:
        database.execute_sql("SELECT id FROM complaint WHERE id = %s FOR UPDATE", (complaint_id,))
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound("complaint_not_found", complaint_id=complaint_id)
    return complaint


def _require_step(complaint: Complaint, step: str, at: dt.datetime) -> None:
    follow_up_on = complaint.follow_up_on
    if step not in allowed_steps(complaint.state, follow_up_on):
        if complaint.state == "resolved" and step == "follow_up_done":
            raise ValidationError("no_follow_up_planned", complaint_id=complaint.id)
        if complaint.state == "resolved" and step == "close":
            raise ValidationError(
                "follow_up_pending", complaint_id=complaint.id, follow_up_on=follow_up_on
            )
        raise ValidationError(
            "complaint_step_not_allowed",
            complaint_id=complaint.id,
            complaint_state=complaint.state,
            complaint_step=step,
        )
    previous = (
        ComplaintStep.select(ComplaintStep.at)
        .where(ComplaintStep.complaint == complaint.id)
        .order_by(ComplaintStep.at.desc())
        .limit(1)
        .scalar()
    )
    if previous is not None and at < stored_datetime(previous):
        raise ValidationError(
            "complaint_step_before_previous", value=at, previous=stored_datetime(previous)
        )


def _log_step(
    complaint: Complaint,
    kind: str,
    to_state: str,
    at: dt.datetime,
    *,
    staff_id: int | None,
    note: str | None,
    detail: dict[str, Any] | None = None,
    values: dict[str, Any] | None = None,
    actor: str | None,
) -> None:
    """Store the step's values on the complaint, log the step and write the audit trail."""
    from_state = None if kind == "receive" else complaint.state
    Complaint.update(state=to_state, updated_at=at, **(values or {})).where(
        Complaint.id == complaint.id
    ).execute()
    ComplaintStep.create(
        complaint=complaint.id,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        at=at,
        staff=staff_id,
        note=note,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None,
    )
    changes: dict[str, Any] = {"state": [from_state, to_state]}
    if detail:
        changes.update(detail)
    if note:
        changes["note"] = note
    audit.record_change(
        kind,
        "complaint",
        complaint.id,
        customer_id=complaint.customer_id,
        changes=changes,
        actor=actor,
    )


# --- the steps --------------------------------------------------------------------------------


def receive_complaint(
    intake: ComplaintIntake, *, at: dt.datetime | None = None, actor: str | None = None
) -> int:
    """Record a complaint as received (state ``received``).

    Args:
        intake: who, how, when, what about; the words may come later (`hear_complaint`).
        at: when it was received (default now).

    Returns:
        The complaint's id.

    Raises:
        NotFound: ``customer_not_found``, ``staff_not_found``.
        ValidationError: ``invalid_complaint_channel``, ``invalid_complaint_category``,
            ``invalid_complaint_severity``, ``complaint_happened_later``,
            ``complaint_purchase_not_hers``.
    """
    at = at or _now()
    with database_proxy.atomic():
        values = _checked_intake(intake, at)
        complaint = Complaint.create(
            customer=intake.customer_id, state="received", received_at=at, updated_at=at, **values
        )
        _log_step(
            complaint,
            "receive",
            "received",
            at,
            staff_id=intake.staff_id,
            note=None,
            detail={
                "channel": values["channel"],
                "category": values["category"],
                "severity": values["severity"],
            },
            actor=actor,
        )
    return int(complaint.id)


def hear_complaint(
    complaint_id: int,
    *,
    words: str | None = None,
    wants: str | None = None,
    staff_id: int | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """She was listened to: her own words (given here or at intake) are on record (→ heard).

    Raises:
        ValidationError: ``complaint_words_required``, ``complaint_step_not_allowed``.
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "hear", at)
        _check_staff(staff_id)
        said = clean_text(words) or complaint.words
        if not said:
            raise ValidationError("complaint_words_required")
        wanted = clean_text(wants) or complaint.wants
        _log_step(
            complaint,
            "hear",
            "heard",
            at,
            staff_id=staff_id,
            note=None,
            values={"words": said, "wants": wanted, "heard_at": at},
            actor=actor,
        )


def open_complaint(
    intake: ComplaintIntake, *, at: dt.datetime | None = None, actor: str | None = None
) -> int:
    """Receive a complaint and record that she was heard, at once (the wizard's page 1).

    Returns:
        The complaint's id (state ``heard``).

    Raises:
        ValidationError: what `receive_complaint` and `hear_complaint` refuse; nothing is
            stored then.
    """
    at = at or _now()
    with database_proxy.atomic():
        if not clean_text(intake.words):
            raise ValidationError("complaint_words_required")
        complaint_id = receive_complaint(intake, at=at, actor=actor)
        hear_complaint(complaint_id, staff_id=intake.staff_id, at=at, actor=actor)
    return complaint_id


def revise_complaint(
    complaint_id: int,
    intake: ComplaintIntake,
    *,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Correct what page 1 took (channel, when, words, category, severity ...) before closing.

    Raising the severity to high after an apology that was not in person by the owner or a
    manager is refused: that apology would not do.

    Raises:
        ValidationError: what `receive_complaint` refuses; ``complaint_words_required``
            (words taken away after she was heard); the apology codes;
            ``complaint_step_not_allowed`` (closed or withdrawn).
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "revise", at)
        # the complaint stays hers: the intake's customer is not a value to revise
        intake = replace(intake, customer_id=complaint.customer_id)
        values = _checked_intake(intake, stored_datetime(complaint.received_at))
        if complaint.state != "received" and not values["words"]:
            raise ValidationError("complaint_words_required")
        if complaint.apologised_at is not None and complaint.state != "heard":
            _check_apology(
                values["severity"], complaint.apologised_by_id, complaint.apology_in_person
            )
        before = {
            "channel": complaint.channel,
            "happened_at": stored_datetime(complaint.happened_at),
            "category": complaint.category,
            "severity": complaint.severity,
            "words": complaint.words,
            "wants": complaint.wants,
            "purchase": complaint.purchase_id,
            "staff": complaint.staff_id,
        }
        changed = {
            key: [before[key], value] for key, value in values.items() if before[key] != value
        }
        if not changed:
            return
        _log_step(
            complaint,
            "revise",
            complaint.state,
            at,
            staff_id=intake.staff_id,
            note=None,
            detail=changed,
            values=values,
            actor=actor,
        )


def apologise(
    complaint_id: int,
    *,
    staff_id: int | None,
    in_person: bool,
    note: str | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Record who apologised and how (heard → apologised).

    Raises:
        ValidationError: ``apology_staff_required`` (the shop lists staff and nobody was
            named); high severity: ``apology_needs_owner_or_manager``,
            ``apology_not_in_person``; ``complaint_step_not_allowed``.
        NotFound: ``staff_not_found``.
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "apologise", at)
        if staff_id is None and Staff.select().where(Staff.active == True).exists():  # noqa: E712
            raise ValidationError("apology_staff_required")
        _check_staff(staff_id)
        _check_apology(complaint.severity, staff_id, in_person)
        said = clean_text(note)
        _log_step(
            complaint,
            "apologise",
            "apologised",
            at,
            staff_id=staff_id,
            note=said,
            detail={"in_person": bool(in_person)},
            values={
                "apologised_by": staff_id,
                "apologised_at": at,
                "apology_in_person": bool(in_person),
                "apology_note": said,
            },
            actor=actor,
        )


def _checked_remedy(remedy: RemedyInput, complaint: Complaint) -> RemedyInput:
    kind = _code("remedy_kind", remedy.kind, REMEDY_KINDS, "invalid_remedy_kind")
    amount = remedy.amount
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValidationError("invalid_remedy_amount", value=amount)
    if amount > MAX_AMOUNT:
        raise ValidationError("amount_too_large", value=amount, limit=MAX_AMOUNT)
    purchase_id = remedy.purchase_id
    if kind in ("refund", "points") and amount == 0:
        raise ValidationError("invalid_remedy_amount", value=amount)
    if kind == "refund":
        purchase_id = purchase_id or complaint.purchase_id
        if purchase_id is None:
            raise ValidationError("refund_purchase_required")
    _check_purchase(complaint.customer_id, purchase_id)
    return RemedyInput(kind, amount, purchase_id, clean_text(remedy.note))


def compensation_check(
    remedies: Iterable[RemedyInput], *, complaint_id: int | None = None
) -> CompensationCheck:
    """What the remedies come to with those the complaint already gave, against the limits
    (read only: the wizard asks for a confirmation before it resolves).

    Raises:
        ValidationError: ``invalid_remedy_amount`` for an amount that is not a whole number.
    """
    given: list[tuple[str, int]] = []
    for remedy in remedies:
        if isinstance(remedy.amount, bool) or not isinstance(remedy.amount, int):
            raise ValidationError("invalid_remedy_amount", value=remedy.amount)
        given.append((remedy.kind, remedy.amount))
    if complaint_id is not None:
        given.extend(
            rows_of(
                ComplaintRemedy.select(ComplaintRemedy.kind, ComplaintRemedy.amount).where(
                    ComplaintRemedy.complaint == complaint_id
                )
            )
        )
    won, compensation_points = split_compensation(given)
    return CompensationCheck(
        compensation_won=won,
        compensation_points=compensation_points,
        limit_won=int(settings.get_setting("complaint_limit_won")),
        limit_points=int(settings.get_setting("complaint_limit_points")),
    )


def _check_confirmation(check: CompensationCheck, confirmed_by: int | None) -> None:
    if not check.needs_confirmation:
        return
    deciders = Staff.select().where(
        (Staff.active == True) & Staff.role.in_(staff.AUTHORITY_ROLES)  # noqa: E712
    )
    if confirmed_by is None and deciders.exists():
        raise ValidationError(
            "compensation_needs_confirmation",
            compensation_won=check.compensation_won,
            compensation_points=check.compensation_points,
            limit_won=check.limit_won,
            limit_points=check.limit_points,
        )
    try:
        staff.check_authority(confirmed_by)
    except ValidationError:
        raise ValidationError(
            "confirmation_needs_owner_or_manager", staff_id=confirmed_by
        ) from None


def resolve_complaint(
    complaint_id: int,
    remedies: Sequence[RemedyInput],
    *,
    staff_id: int | None = None,
    confirmed_by: int | None = None,
    note: str | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Make it good on the spot (apologised → resolved): any number of remedies.

    A refund goes through `shopcrm.purchases.refund_purchase` on its purchase (its points
    are reversed in proportion); points go to the ledger (`shopcrm.points.correct_points`).
    Above the limits the owner's or a manager's confirmation (`confirmed_by`) is needed and
    recorded with each remedy.

    Raises:
        ValidationError: ``invalid_remedy_kind``, ``invalid_remedy_amount``,
            ``amount_too_large``, ``refund_purchase_required``,
            ``complaint_purchase_not_hers``, ``compensation_needs_confirmation``,
            ``confirmation_needs_owner_or_manager``, what the refund refuses
            (``invalid_refund``, ``purchase_voided``), ``complaint_step_not_allowed``.
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "resolve", at)
        _check_staff(staff_id)
        checked = [_checked_remedy(remedy, complaint) for remedy in remedies]
        check = compensation_check(checked, complaint_id=complaint_id)
        _check_confirmation(check, confirmed_by)
        confirmer = confirmed_by if check.needs_confirmation else None
        for remedy in checked:
            _give(complaint, remedy, at, staff_id=staff_id, confirmed_by=confirmer, actor=actor)
        said = clean_text(note)
        _log_step(
            complaint,
            "resolve",
            "resolved",
            at,
            staff_id=staff_id,
            note=said,
            detail={
                "remedies": [{"kind": r.kind, "amount": r.amount} for r in checked],
                "confirmed_by": confirmer,
            },
            values={"resolved_at": at, "resolution_note": said},
            actor=actor,
        )


def _give(
    complaint: Complaint,
    remedy: RemedyInput,
    at: dt.datetime,
    *,
    staff_id: int | None,
    confirmed_by: int | None,
    actor: str | None,
) -> None:
    refund_id = None
    if remedy.kind == "refund" and remedy.purchase_id is not None:
        refund_id = purchases.refund_purchase(
            remedy.purchase_id,
            remedy.amount,
            refunded_on=at.date(),
            reason=remedy.note
            or vocabulary.text("complaint_refund_reason", "ko", number=complaint.id),
            actor=actor,
        )
    elif remedy.kind == "points":
        reason = vocabulary.text("complaint_points_reason", "ko", number=complaint.id)
        points.correct_points(
            complaint.customer_id,
            remedy.amount,
            reason=f"{reason}: {remedy.note}" if remedy.note else reason,
            on=at.date(),
            actor=actor,
        )
    ComplaintRemedy.create(
        complaint=complaint.id,
        kind=remedy.kind,
        amount=remedy.amount,
        note=remedy.note,
        purchase=remedy.purchase_id,
        refund=refund_id,
        given_at=at,
        staff=staff_id,
        confirmed_by=confirmed_by,
    )


def set_follow_up(
    complaint_id: int,
    due_on: dt.date | None,
    *,
    staff_id: int | None = None,
    note: str | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Plan the follow-up on a day (the complaint stays resolved); None takes the plan away.

    Raises:
        ValidationError: ``follow_up_before_resolution``, ``complaint_step_not_allowed``.
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "set_follow_up", at)
        _check_staff(staff_id)
        resolved_on = stored_date(complaint.resolved_at)
        if due_on is not None and due_on < resolved_on:
            raise ValidationError(
                "follow_up_before_resolution", value=due_on, resolved_on=resolved_on
            )
        _log_step(
            complaint,
            "set_follow_up",
            "resolved",
            at,
            staff_id=staff_id,
            note=clean_text(note),
            detail={"follow_up_on": [complaint.follow_up_on, due_on]},
            values={"follow_up_on": due_on},
            actor=actor,
        )


def record_follow_up_done(
    complaint_id: int,
    *,
    staff_id: int | None = None,
    note: str | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """The follow-up was done (resolved with a follow-up date → followed_up).

    Raises:
        ValidationError: ``no_follow_up_planned``, ``complaint_step_not_allowed``.
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "follow_up_done", at)
        _check_staff(staff_id)
        said = clean_text(note)
        _log_step(
            complaint,
            "follow_up_done",
            "followed_up",
            at,
            staff_id=staff_id,
            note=said,
            values={"followed_up_at": at, "follow_up_note": said},
            actor=actor,
        )


def close_complaint(
    complaint_id: int,
    *,
    satisfaction: int,
    comment: str | None = None,
    staff_id: int | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Close with her satisfaction (1–5) and comment: from followed_up, or from resolved when
    no follow-up is planned.

    Raises:
        ValidationError: ``invalid_satisfaction``, ``follow_up_pending``,
            ``complaint_step_not_allowed``.
    """
    at = at or _now()
    if isinstance(satisfaction, bool) or not isinstance(satisfaction, int):
        raise ValidationError("invalid_satisfaction", value=satisfaction)
    if not 1 <= satisfaction <= 5:
        raise ValidationError("invalid_satisfaction", value=satisfaction)
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "close", at)
        _check_staff(staff_id)
        said = clean_text(comment)
        _log_step(
            complaint,
            "close",
            "closed",
            at,
            staff_id=staff_id,
            note=said,
            detail={"satisfaction": satisfaction},
            values={"closed_at": at, "satisfaction": satisfaction, "satisfaction_comment": said},
            actor=actor,
        )


def diagnose_complaint(
    complaint_id: int,
    *,
    root_cause: str,
    shop_change: str | None = None,
    staff_id: int | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Record why it happened and what the shop changed (after she left; state unchanged).

    Raises:
        ValidationError: ``root_cause_required``, ``complaint_step_not_allowed`` (withdrawn).
    """
    at = at or _now()
    cause = clean_text(root_cause)
    if not cause:
        raise ValidationError("root_cause_required")
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "diagnose", at)
        _check_staff(staff_id)
        change = clean_text(shop_change)
        _log_step(
            complaint,
            "diagnose",
            complaint.state,
            at,
            staff_id=staff_id,
            note=None,
            detail={"root_cause": cause, "shop_change": change},
            values={"root_cause": cause, "shop_change": change, "diagnosed_at": at},
            actor=actor,
        )


def reopen_complaint(
    complaint_id: int,
    *,
    reason: str | None = None,
    staff_id: int | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Open a closed complaint again (closed → heard): she is not satisfied after all.

    The closing (satisfaction, comment) and the follow-up plan are cleared from the
    complaint (the log keeps them); the apology and remedies stay as typed.

    Raises:
        ValidationError: ``complaint_step_not_allowed``.
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "reopen", at)
        _check_staff(staff_id)
        _log_step(
            complaint,
            "reopen",
            "heard",
            at,
            staff_id=staff_id,
            note=clean_text(reason),
            detail={
                "satisfaction": complaint.satisfaction,
                "follow_up_on": complaint.follow_up_on,
            },
            values={
                "closed_at": None,
                "satisfaction": None,
                "satisfaction_comment": None,
                "follow_up_on": None,
                "followed_up_at": None,
                "follow_up_note": None,
            },
            actor=actor,
        )


def withdraw_complaint(
    complaint_id: int,
    *,
    reason: str | None = None,
    staff_id: int | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """She took the complaint back (any state before closed → withdrawn).

    Raises:
        ValidationError: ``complaint_step_not_allowed`` (closed or withdrawn already).
    """
    at = at or _now()
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "withdraw", at)
        _check_staff(staff_id)
        _log_step(
            complaint,
            "withdraw",
            "withdrawn",
            at,
            staff_id=staff_id,
            note=clean_text(reason),
            values={"withdrawn_at": at},
            actor=actor,
        )


def add_complaint_note(
    complaint_id: int,
    note: str,
    *,
    staff_id: int | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    """Add a note to the complaint's log (any state).

    Raises:
        ValidationError: ``note_required``.
    """
    at = at or _now()
    said = clean_text(note)
    if not said:
        raise ValidationError("note_required")
    with database_proxy.atomic():
        complaint = _locked(complaint_id)
        _require_step(complaint, "note", at)
        _check_staff(staff_id)
        _log_step(
            complaint,
            "note",
            complaint.state,
            at,
            staff_id=staff_id,
            note=said,
            actor=actor,
        )


# --- reading ----------------------------------------------------------------------------------


def complaint_state(complaint_id: int) -> str:
    """The complaint's state (one of `STATES`).

    Raises:
        NotFound: ``complaint_not_found``.
    """
    state = Complaint.select(Complaint.state).where(Complaint.id == complaint_id).scalar()
    if state is None:
        raise NotFound("complaint_not_found", complaint_id=complaint_id)
    return str(state)


def _remedies_of(complaint_ids: Sequence[int]) -> dict[int, list[RemedyGiven]]:
    found: dict[int, list[RemedyGiven]] = defaultdict(list)
    if not complaint_ids:
        return found
    confirmer = Staff.alias()
    query = (
        ComplaintRemedy.select(
            ComplaintRemedy.complaint,
            ComplaintRemedy.id,
            ComplaintRemedy.kind,
            ComplaintRemedy.amount,
            ComplaintRemedy.note,
            ComplaintRemedy.purchase,
            ComplaintRemedy.refund,
            ComplaintRemedy.given_at,
            ComplaintRemedy.staff,
            ComplaintRemedy.confirmed_by,
            confirmer.name,
        )
        .join(confirmer, JOIN.LEFT_OUTER, on=(confirmer.id == ComplaintRemedy.confirmed_by))
        .where(ComplaintRemedy.complaint.in_(list(complaint_ids)))
        .order_by(ComplaintRemedy.id)
    )
    for complaint_id, *row in rows_of(query):
        remedy_id, kind, amount, note, purchase_id, refund_id, given_at, *rest = row
        found[complaint_id].append(
            RemedyGiven(
                remedy_id,
                kind,
                int(amount),
                note,
                purchase_id,
                refund_id,
                stored_datetime(given_at),
                *rest,
            )
        )
    return found


def came_back_many(
    closings: Sequence[tuple[int, int, dt.date | None]], today: dt.date
) -> dict[int, CameBack]:
    """Did she come back, for many complaints in two queries.

    Args:
        closings: (complaint id, customer id, the day it was closed or None).
        today: the day the answers are known up to.
    """
    found = {complaint_id: CameBack("not_closed") for complaint_id, _c, day in closings if not day}
    closed = [(cid, customer, day) for cid, customer, day in closings if day]
    if not closed:
        return found
    customers = sorted({customer for _cid, customer, _day in closed})
    first = min(day for _cid, _customer, day in closed)
    last = max(day for _cid, _customer, day in closed) + dt.timedelta(days=COME_BACK_DAYS)
    days: dict[int, set[dt.date]] = defaultdict(set)
    for customer_id, day in rows_of(
        Purchase.select(Purchase.customer, Purchase.purchased_on).where(
            Purchase.customer.in_(customers)
            & (Purchase.kind == "sale")
            & Purchase.voided_at.is_null()
            & (Purchase.purchased_on > first)
            & (Purchase.purchased_on <= last)
        )
    ):
        days[customer_id].add(stored_date(day))
    for customer_id, at in rows_of(
        Interaction.select(Interaction.customer, Interaction.occurred_at).where(
            Interaction.customer.in_(customers)
            & (Interaction.kind == "visit")
            & (Interaction.occurred_at >= dt.datetime.combine(first, dt.time(0, 0)))
            & (
                Interaction.occurred_at
                < dt.datetime.combine(last, dt.time(0, 0)) + dt.timedelta(days=1)
            )
        )
    ):
        days[customer_id].add(stored_date(at))
    for complaint_id, customer_id, day in closed:
        until = day + dt.timedelta(days=COME_BACK_DAYS)
        back = sorted(d for d in days[customer_id] if day < d <= until)
        status = "yes" if back else "no" if today >= until else "waiting"
        found[complaint_id] = CameBack(status, day, until, back[0] if back else None)
    return found


def came_back(complaint_id: int, *, today: dt.date) -> CameBack:
    """Did she visit or buy in the `COME_BACK_DAYS` days after the complaint was closed?

    Raises:
        NotFound: ``complaint_not_found``.
    """
    row = (
        Complaint.select(Complaint.customer, Complaint.state, Complaint.closed_at)
        .where(Complaint.id == complaint_id)
        .tuples()
        .first()
    )
    if row is None:
        raise NotFound("complaint_not_found", complaint_id=complaint_id)
    customer_id, state, closed_at = row
    day = stored_date(closed_at) if state == "closed" and closed_at else None
    return came_back_many([(complaint_id, customer_id, day)], today)[complaint_id]


def complaint_detail(complaint_id: int, *, today: dt.date | None = None) -> ComplaintDetail:
    """Everything about one complaint, as typed so far, with its remedies and its log.

    Raises:
        NotFound: ``complaint_not_found``.
    """
    today = today or dt.date.today()
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound("complaint_not_found", complaint_id=complaint_id)
    customer = Customer.get_by_id(complaint.customer_id)
    names = dict(rows_of(Staff.select(Staff.id, Staff.name)))
    steps = tuple(
        ComplaintStepRecord(
            step.id,
            step.kind,
            step.from_state,
            step.to_state,
            stored_datetime(step.at),
            step.staff_id,
            names.get(step.staff_id),
            step.note,
        )
        for step in ComplaintStep.select()
        .where(ComplaintStep.complaint == complaint_id)
        .order_by(ComplaintStep.at, ComplaintStep.id)
    )

    def when(value: Any) -> dt.datetime | None:
        return None if value is None else stored_datetime(value)

    return ComplaintDetail(
        id=complaint.id,
        customer_id=complaint.customer_id,
        customer_no=customer.customer_no,
        customer_name=customer.name,
        state=complaint.state,
        channel=complaint.channel,
        happened_at=stored_datetime(complaint.happened_at),
        received_at=stored_datetime(complaint.received_at),
        words=complaint.words,
        wants=complaint.wants,
        category=complaint.category,
        severity=complaint.severity,
        purchase_id=complaint.purchase_id,
        staff_id=complaint.staff_id,
        staff_name=names.get(complaint.staff_id),
        heard_at=when(complaint.heard_at),
        apologised_by_id=complaint.apologised_by_id,
        apologised_by_name=names.get(complaint.apologised_by_id),
        apologised_at=when(complaint.apologised_at),
        apology_in_person=bool(complaint.apology_in_person),
        apology_note=complaint.apology_note,
        resolved_at=when(complaint.resolved_at),
        resolution_note=complaint.resolution_note,
        remedies=tuple(_remedies_of([complaint_id]).get(complaint_id, [])),
        follow_up_on=None
        if complaint.follow_up_on is None
        else stored_date(complaint.follow_up_on),
        followed_up_at=when(complaint.followed_up_at),
        follow_up_note=complaint.follow_up_note,
        closed_at=when(complaint.closed_at),
        satisfaction=complaint.satisfaction,
        satisfaction_comment=complaint.satisfaction_comment,
        root_cause=complaint.root_cause,
        shop_change=complaint.shop_change,
        diagnosed_at=when(complaint.diagnosed_at),
        withdrawn_at=when(complaint.withdrawn_at),
        steps=steps,
        came_back=came_back(complaint_id, today=today),
    )


def list_complaints(
    *,
    states: Sequence[str] | None = None,
    category: str | None = None,
    severity: str | None = None,
    staff_id: int | None = None,
    month: str | None = None,
    customer_id: int | None = None,
    today: dt.date | None = None,
) -> list[ComplaintSummary]:
    """Complaints, newest received first, with their remedies and whether she came back.

    Args:
        states: only these states (e.g. `OPEN_STATES`, `WAITING_STATES`, ``("closed",)``).
        category, severity: only this category or severity.
        staff_id: only complaints this staff member served, apologised for or logged a step of.
        month: ``YYYY-MM``: only complaints received that month (else ``invalid_date``).
        customer_id: only this customer's.
        today: for ``overdue`` and the came-back answer (default today).
    """
    today = today or dt.date.today()
    served, apologiser = Staff.alias(), Staff.alias()
    query = (
        Complaint.select(
            Complaint.id,
            Complaint.customer,
            Customer.customer_no,
            Customer.name,
            Complaint.received_at,
            Complaint.happened_at,
            Complaint.channel,
            Complaint.category,
            Complaint.severity,
            Complaint.state,
            Complaint.staff,
            served.name,
            apologiser.name,
            Complaint.follow_up_on,
            Complaint.satisfaction,
            Complaint.closed_at,
        )
        .join(Customer, on=(Customer.id == Complaint.customer))
        .switch(Complaint)
        .join(served, JOIN.LEFT_OUTER, on=(served.id == Complaint.staff))
        .switch(Complaint)
        .join(apologiser, JOIN.LEFT_OUTER, on=(apologiser.id == Complaint.apologised_by))
        .where(Customer.deleted_at.is_null())  # a card in the trash leaves lists and exports
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
    )
    if states:
        query = query.where(Complaint.state.in_(list(states)))
    if category:
        query = query.where(Complaint.category == category)
    if severity:
        query = query.where(Complaint.severity == severity)
    if customer_id is not None:
        query = query.where(Complaint.customer == customer_id)
    if staff_id is not None:
        logged = ComplaintStep.select(ComplaintStep.complaint).where(
            ComplaintStep.staff == staff_id
        )
        query = query.where(
            (Complaint.staff == staff_id)
            | (Complaint.apologised_by == staff_id)
            | Complaint.id.in_(logged)
        )
    if month:
        try:
            start = dt.datetime.strptime(month, "%Y-%m")
        except ValueError:
            raise ValidationError("invalid_date", value=month) from None
        end = (start + dt.timedelta(days=32)).replace(day=1)
        query = query.where((Complaint.received_at >= start) & (Complaint.received_at < end))
    rows = list(rows_of(query))
    ids = [row[0] for row in rows]
    remedies = _remedies_of(ids)
    closings = [
        (row[0], row[1], stored_date(row[15]) if row[9] == "closed" and row[15] else None)
        for row in rows
    ]
    back = came_back_many(closings, today)
    summaries = []
    for row in rows:
        follow_up_on = None if row[13] is None else stored_date(row[13])
        summaries.append(
            ComplaintSummary(
                id=row[0],
                customer_id=row[1],
                customer_no=row[2],
                customer_name=row[3],
                received_at=stored_datetime(row[4]),
                happened_at=stored_datetime(row[5]),
                channel=row[6],
                category=row[7],
                severity=row[8],
                state=row[9],
                staff_id=row[10],
                staff_name=row[11],
                apologised_by_name=row[12],
                remedies=tuple(remedies.get(row[0], [])),
                follow_up_on=follow_up_on,
                satisfaction=row[14],
                came_back=back[row[0]],
                overdue=row[9] == "resolved" and follow_up_on is not None and follow_up_on < today,
            )
        )
    return summaries


def follow_ups_due(
    start: dt.date, end: dt.date, *, today: dt.date, include_overdue: bool = True
) -> list[FollowUpDue]:
    """Follow-ups to do: resolved complaints whose follow-up date is from `start` to `end`,
    and (`include_overdue`) those still not done from before `start`; by date, then number.

    Args:
        today: a follow-up dated before it is ``overdue``.
    """
    served = Staff.alias()
    window = Complaint.follow_up_on <= end
    if not include_overdue:
        window &= Complaint.follow_up_on >= start
    query = (
        Complaint.select(
            Complaint.id,
            Complaint.customer,
            Customer.customer_no,
            Customer.name,
            Customer.phone,
            Complaint.follow_up_on,
            Complaint.received_at,
            Complaint.category,
            Complaint.severity,
            served.name,
        )
        .join(Customer, on=(Customer.id == Complaint.customer))
        .switch(Complaint)
        .join(served, JOIN.LEFT_OUTER, on=(served.id == Complaint.staff))
        .where(
            (Complaint.state == "resolved")
            & Complaint.follow_up_on.is_null(False)
            & window
            & Customer.deleted_at.is_null()  # a card in the trash leaves the calendar
        )
        .order_by(Complaint.follow_up_on, Customer.customer_no, Complaint.id)
    )
    due = []
    for row in rows_of(query):
        follow_up_on = stored_date(row[5])
        due.append(
            FollowUpDue(
                complaint_id=row[0],
                customer_id=row[1],
                customer_no=row[2],
                name=row[3],
                phone=row[4],
                follow_up_on=follow_up_on,
                received_on=stored_date(row[6]),
                category=row[7],
                severity=row[8],
                overdue=follow_up_on < today,
                staff_name=row[9],
            )
        )
    return due


def is_advocate_candidate(customer_id: int) -> bool:
    """Her latest closed complaint ended with satisfaction 4–5: a candidate advocate (the card
    says so and suggests a thank-you)."""
    latest = (
        Complaint.select(Complaint.satisfaction)
        .where((Complaint.customer == customer_id) & (Complaint.state == "closed"))
        .order_by(Complaint.closed_at.desc(), Complaint.id.desc())
        .limit(1)
        .scalar()
    )
    return int(latest or 0) >= 4


def describe_remedies(
    remedies: Iterable[RemedyGiven | RemedyInput], lang: str | None = None
) -> str:
    """The remedies in words: ``교환 3,200원, 선물 2,000원 (쿠키)`` (for letters and exports)."""
    lang = lang or vocabulary.current_language()
    parts = []
    for remedy in remedies:
        words = vocabulary.word("remedy_kind", remedy.kind, lang)
        if remedy.amount:
            shown = format_points if remedy.kind == "points" else format_won
            words += f" {shown(remedy.amount, lang=lang)}"
        if remedy.note:
            words += f" ({remedy.note})"
        parts.append(words)
    return ", ".join(parts)
