"""Customer cards: create, read, update, with their derived search columns kept current.

Every change of a card's fields (the typed fields, tags, staff in charge, a stage override)
adds one to the customer's ``version``; a save that names the version its card was opened at
(``expected_version``) is refused with `Conflict` when the card changed since, so two
counters never silently undo each other's edits. Sales, points and visits leave the version
alone: they change what is derived, not what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from peewee import JOIN, fn

from shopcrm import audit
from shopcrm.db import database_proxy, lock_customer
from shopcrm.errors import Conflict, NotFound, ValidationError
from shopcrm.models import Customer, CustomerTag, Staff, Tag
from shopcrm.phones import last_four, parse_phone
from shopcrm.search import initial_consonants, refresh_search_tokens, search_tokens

GENDERS = ("female", "male", "other")
CONSENT_CHANNELS = ("paper", "phone", "message", "email", "in_person", "import")


@dataclass(frozen=True)
class CustomerInput:
    """What the owner types on a customer card (phone as entered)."""

    name: str
    phone: str | None = None
    email: str | None = None
    postal_code: str | None = None
    address: str | None = None
    gender: str | None = None
    interests: str | None = None
    notes: str | None = None
    marketing_consent: bool = False
    consent_channel: str | None = None
    staff_id: int | None = None
    former_no: str | None = None


@dataclass(frozen=True)
class CustomerDetail:
    """A customer card as the screens show it."""

    id: int
    customer_no: int
    former_no: str | None
    name: str
    phone: str | None
    phone_entered: str | None
    email: str | None
    postal_code: str | None
    address: str | None
    gender: str | None
    interests: str | None
    notes: str | None
    stage: str
    stage_override: str | None
    grade: str
    grade_from_import: bool
    imported_grade: str | None
    joined_on: dt.date | None
    points: int
    total_spent: int
    purchase_count: int
    visit_days: int
    first_purchase_on: dt.date | None
    last_visit_on: dt.date | None
    staff_id: int | None
    staff_name: str | None
    marketing_consent: bool
    consent_on: dt.date | None
    consent_channel: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    """How many times the card's fields changed; pass it back as ``expected_version``."""


_TEXT_FIELDS = (
    "email",
    "postal_code",
    "address",
    "gender",
    "interests",
    "notes",
    "consent_channel",
    "former_no",
)


def clean_text(value: str | None) -> str | None:
    """Text as typed, with CRLF and lone CR turned into LF and outer spaces trimmed; '' -> None."""
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def next_customer_no() -> int:
    """The next free customer number (numbers are never reused while a customer has it)."""
    highest = Customer.select(fn.MAX(Customer.customer_no)).scalar()
    return int(highest or 0) + 1


def customer_count() -> int:
    """How many customers the shop has (cards in the trash not counted)."""
    return int(Customer.select().where(Customer.deleted_at.is_null()).count())


def _stored_values(data: CustomerInput, today: dt.date) -> dict[str, Any]:
    name = clean_text(data.name)
    if not name:
        raise ValidationError("name_required")
    values: dict[str, Any] = {name: clean_text(getattr(data, name)) for name in _TEXT_FIELDS}
    values.update(name=name, name_initials=initial_consonants(name))
    if data.gender is not None and data.gender not in GENDERS:
        raise ValidationError("invalid_gender", value=data.gender)
    phone_text = clean_text(data.phone)
    values.update(phone=None, phone_last4=None, phone_entered=phone_text)
    if phone_text:
        parsed = parse_phone(phone_text)
        values.update(phone=parsed.canonical, phone_last4=last_four(parsed.canonical))
    values["marketing_consent"] = data.marketing_consent
    values["consent_on"] = today if data.marketing_consent else None
    values["consent_channel"] = values.get("consent_channel") if data.marketing_consent else None
    values["staff"] = data.staff_id
    values.pop("staff_id", None)
    return values


def _refuse_duplicate_phone(phone: str | None, except_id: int | None = None) -> None:
    if not phone:
        return
    query = Customer.select(Customer.customer_no, Customer.deleted_at).where(
        Customer.phone == phone
    )
    if except_id is not None:
        query = query.where(Customer.id != except_id)
    existing = query.tuples().first()
    if existing is not None:
        code = "duplicate_phone" if existing[1] is None else "phone_in_trash"
        raise ValidationError(code, customer_no=existing[0])


def create_customer(
    data: CustomerInput, *, today: dt.date | None = None, actor: str | None = None
) -> int:
    """Create a customer card.

    Args:
        data: the typed values.
        today: the date of the marketing consent, if given (default today).
        actor: who did it, for the audit trail.

    Returns:
        The new customer's id.

    Raises:
        ValidationError: no name, an unreadable or already used phone, a bad value.
    """
    values = _stored_values(data, today or dt.date.today())
    with database_proxy.atomic():
        _refuse_duplicate_phone(values["phone"])
        customer = Customer.create(customer_no=next_customer_no(), **values)
        refresh_customer_search(customer.id)
        audit.record_change("create", "customer", customer.id, customer_id=customer.id, actor=actor)
    return int(customer.id)


EDITABLE_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(CustomerInput))
"""The fields of a card `update_customer` accepts."""


def check_card_version(customer_id: int, expected_version: int | None) -> None:
    """Hold a customer's row for the rest of the transaction and refuse a save from a card
    opened at another version than the stored one (None: no check). Call inside
    ``database_proxy.atomic()``, before reading what the save changes.

    Raises:
        NotFound: no such customer.
        Conflict: ``customer_changed`` (the card changed since it was opened).
    """
    lock_customer(customer_id)
    current = Customer.select(Customer.version).where(Customer.id == customer_id).scalar()
    if current is None:
        raise NotFound("customer_not_found", customer_id=customer_id)
    if expected_version is not None and int(current) != expected_version:
        raise Conflict(customer_id=customer_id, expected=expected_version, current=int(current))


def bump_card_version(customer_id: int) -> None:
    """Count one more change of a customer's card (inside the transaction that made it)."""
    Customer.update(version=Customer.version + 1).where(Customer.id == customer_id).execute()


def update_customer(
    customer_id: int,
    changes: CustomerInput | Mapping[str, Any],
    *,
    today: dt.date | None = None,
    actor: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Save the fields of a card that were edited; every other field keeps its value.

    The phone as the owner first typed it (``phone_entered``) stays when the number given is
    the same canonical number typed another way (``01012345678`` for ``010.1234.5678``).
    The audit trail keeps the fields that changed; a change adds one to the card's version.

    Args:
        customer_id: the card.
        changes: ``{field: value}`` for some of `EDITABLE_FIELDS`, or a whole `CustomerInput`.
        today: the date of a marketing consent given now (default today).
        actor: who did it, for the audit trail.
        expected_version: the version the card was opened at (None: no check).

    Raises:
        NotFound: no such customer, or no such active staff member.
        Conflict: ``customer_changed``.
        ValidationError: as for `create_customer`.
        ValueError: a field that is not one of `EDITABLE_FIELDS` (a programming error).
    """
    given = _given_fields(changes)
    with database_proxy.atomic():
        check_card_version(customer_id, expected_version)
        if _apply_field_changes(customer_id, given, today=today, actor=actor):
            bump_card_version(customer_id)


def save_card(
    customer_id: int,
    changes: Mapping[str, Any],
    *,
    tags: list[str] | None = None,
    expected_version: int,
    today: dt.date | None = None,
    actor: str | None = None,
) -> CustomerDetail:
    """Save what was edited on a customer card, fields and tags together, or nothing.

    Args:
        customer_id: the card.
        changes: ``{field: value}`` for some of `EDITABLE_FIELDS` (``staff_id`` included).
        tags: her tags as the card shows them now (None: leave them).
        expected_version: the version the card was opened at (`CustomerDetail.version`).
        today: the date of a marketing consent given now (default today).
        actor: who did it, for the audit trail.

    Returns:
        The card as stored now (its version one higher when anything changed).

    Raises:
        Conflict: ``customer_changed`` (the card changed elsewhere since it was opened;
            nothing was saved).
        NotFound: no such customer, or no such active staff member.
        ValidationError: as for `update_customer`; nothing was saved.
    """
    given = _given_fields(changes)
    with database_proxy.atomic():
        check_card_version(customer_id, expected_version)
        changed = _apply_field_changes(customer_id, given, today=today, actor=actor)
        if tags is not None:
            changed |= _apply_tags(customer_id, tags, actor=actor)
        if changed:
            bump_card_version(customer_id)
    return get_customer(customer_id)


def _given_fields(changes: CustomerInput | Mapping[str, Any]) -> dict[str, Any]:
    given = (
        {name: getattr(changes, name) for name in EDITABLE_FIELDS}
        if isinstance(changes, CustomerInput)
        else dict(changes)
    )
    unknown = sorted(set(given) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValueError(f"not a card field: {', '.join(unknown)}")
    return given


def _apply_field_changes(
    customer_id: int, given: dict[str, Any], *, today: dt.date | None, actor: str | None
) -> bool:
    """Write the edited fields that differ from the stored ones; True when any did."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("customer_not_found", customer_id=customer_id)
    edited = replace(customer_input_from(get_customer(customer_id)), **given)
    values = _stored_values(edited, today or dt.date.today())
    if values["phone"] is not None and values["phone"] == customer.phone:
        values["phone_entered"] = customer.phone_entered
    if customer.marketing_consent and edited.marketing_consent:
        values["consent_on"] = customer.consent_on
    _refuse_duplicate_phone(values["phone"], except_id=customer_id)
    old_values = {key: getattr(customer, key) for key in values if key != "staff"}
    old_values["staff"] = customer.staff_id
    changed = {key: [old_values[key], new] for key, new in values.items() if old_values[key] != new}
    if not changed:
        return False
    if "staff" in changed and values["staff"] is not None:
        _refuse_inactive_staff(values["staff"])
    Customer.update(
        **{key: values[key] for key in changed},
        updated_at=dt.datetime.now().replace(microsecond=0),
    ).where(Customer.id == customer_id).execute()
    refresh_customer_search(customer_id)
    audit.record_change(
        "update", "customer", customer_id, customer_id=customer_id, changes=changed, actor=actor
    )
    return True


def _refuse_inactive_staff(staff_id: int) -> None:
    if not Staff.select().where((Staff.id == staff_id) & (Staff.active == True)).exists():  # noqa: E712
        raise NotFound("staff_not_found", staff_id=staff_id)


def customer_tags(customer_id: int) -> list[str]:
    """A customer's tags, sorted."""
    query = (
        Tag.select(Tag.name)
        .join(CustomerTag)
        .where(CustomerTag.customer == customer_id)
        .order_by(Tag.name)
    )
    return [tag.name for tag in query]


def set_customer_tags(
    customer_id: int,
    tags: list[str],
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Give a customer exactly these tags (new tag names are created); a change adds one to
    the card's version.

    Raises:
        NotFound: no such customer.
        Conflict: ``customer_changed`` (`expected_version` is not the stored one).
    """
    with database_proxy.atomic():
        check_card_version(customer_id, expected_version)
        if _apply_tags(customer_id, tags, actor=actor):
            bump_card_version(customer_id)


def _apply_tags(customer_id: int, tags: list[str], *, actor: str | None) -> bool:
    """Store exactly these tags; True when they differ from the stored ones."""
    wanted = sorted({clean for tag in tags if (clean := clean_text(tag))})
    before = customer_tags(customer_id)
    if before == wanted:
        return False
    CustomerTag.delete().where(CustomerTag.customer == customer_id).execute()
    for name in wanted:
        tag, _created = Tag.get_or_create(name=name)
        CustomerTag.create(customer=customer_id, tag=tag)
    refresh_customer_search(customer_id)
    audit.record_change(
        "update",
        "customer",
        customer_id,
        customer_id=customer_id,
        changes={"tags": [before, wanted]},
        actor=actor,
    )
    return True


def refresh_customer_search(customer_id: int) -> None:
    """Rewrite the search tokens of one customer from her card and tags."""
    customer = Customer.get_by_id(customer_id)
    tokens = search_tokens(
        customer.name,
        tags=customer_tags(customer_id),
        notes=customer.notes,
        interests=customer.interests,
        email=customer.email,
    )
    refresh_search_tokens(customer_id, tokens)


def get_customer(customer_id: int) -> CustomerDetail:
    """The whole card of one customer.

    Raises:
        NotFound: no such customer.
    """
    row = (
        Customer.select(Customer, Staff.name.alias("staff_name"))
        .join(Staff, join_type=JOIN.LEFT_OUTER, on=(Customer.staff == Staff.id))
        .where(Customer.id == customer_id)
        .objects()
        .first()
    )
    if row is None:
        raise NotFound("customer_not_found", customer_id=customer_id)
    values = {
        field.name: getattr(row, field.name)
        for field in fields(CustomerDetail)
        if field.name != "staff_name"
    }
    return CustomerDetail(staff_name=row.staff_name, **values)


def customer_input_from(detail: CustomerDetail) -> CustomerInput:
    """The editable values of a card, to change a few and save again."""
    base = CustomerInput(name=detail.name)
    return replace(
        base,
        phone=detail.phone_entered or detail.phone,
        email=detail.email,
        postal_code=detail.postal_code,
        address=detail.address,
        gender=detail.gender,
        interests=detail.interests,
        notes=detail.notes,
        marketing_consent=detail.marketing_consent,
        consent_channel=detail.consent_channel,
        staff_id=detail.staff_id,
        former_no=detail.former_no,
    )
