"""Display values for the import preview: a row as it would be stored, and the customer it
matches, with the same keys so the wizard can show them side by side."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from shopcrm.anniversaries import AnniversaryInput
from shopcrm.customers import customer_tags
from shopcrm.formatting import format_anniversary, format_iso_date, format_points, format_won
from shopcrm.importing.rows import ImportRecord
from shopcrm.models import Anniversary, Customer, Staff
from shopcrm.phones import format_phone

PREVIEW_FIELDS: tuple[str, ...] = (
    "name",
    "phone",
    "email",
    "postal_code",
    "address",
    "gender",
    "birthday",
    "wedding",
    "anniversaries",
    "interests",
    "notes",
    "tags",
    "grade",
    "total_spent",
    "last_visit",
    "points",
    "purchase_count",
    "visit_count",
    "first_purchase",
    "joined",
    "referrer",
    "staff",
    "consent",
    "former_no",
)
"""The keys of `PreviewRow.values`; ``gender`` holds a code and ``consent`` ``Y``/``N``."""


def filled_fields(rows: Iterable[Mapping[str, str]]) -> tuple[str, ...]:
    """The `PREVIEW_FIELDS` that hold something in at least one of the rows, in order: the
    columns a preview shows (a mapped column empty in every row says nothing)."""
    filled = {name for values in rows for name, text in values.items() if text}
    return tuple(name for name in PREVIEW_FIELDS if name in filled)


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _phone(canonical: str | None) -> str:
    return format_phone(canonical) if canonical else ""


def _dates(items: list[Any], kind: str, lang: str) -> str:
    shown = []
    for item in items:
        if item.kind != kind:
            continue
        text = format_anniversary(
            item.month,
            item.day,
            item.year,
            bool(item.is_lunar),
            bool(item.is_leap_month),
            lang=lang,
        )
        shown.append(f"{item.label}: {text}" if kind == "custom" and item.label else text)
    return "\n".join(shown)


def preview_values(record: ImportRecord, lang: str = "ko") -> dict[str, str]:
    """A record as display text, by `PREVIEW_FIELDS` key."""
    anniversaries: list[AnniversaryInput] = record.anniversaries
    return {
        "name": record.name,
        "phone": _phone(record.phone),
        "email": record.email or "",
        "postal_code": record.postal_code or "",
        "address": record.address or "",
        "gender": record.gender or "",
        "birthday": _dates(anniversaries, "birthday", lang),
        "wedding": _dates(anniversaries, "wedding", lang),
        "anniversaries": _dates(anniversaries, "custom", lang),
        "interests": record.interests or "",
        "notes": record.notes or "",
        "tags": ", ".join(record.tags),
        "grade": record.imported_grade or "",
        "total_spent": format_won(record.total_spent, lang=lang) if record.total_spent else "",
        "last_visit": format_iso_date(record.last_visit),
        "points": format_points(record.points, lang=lang) if record.points else "",
        "purchase_count": _count(record.imported_purchases),
        "visit_count": _count(record.imported_visits),
        "first_purchase": format_iso_date(record.imported_first_purchase_on),
        "joined": format_iso_date(record.joined_on),
        "referrer": record.referrer[1] if record.referrer else "",
        "staff": record.staff_name or "",
        "consent": "" if record.consent is None else ("Y" if record.consent else "N"),
        "former_no": record.former_no or "",
    }


def stored_values(customer_id: int, lang: str = "ko") -> dict[str, str]:
    """A stored customer as display text, by `PREVIEW_FIELDS` key."""
    customer = Customer.get_by_id(customer_id)
    anniversaries = list(Anniversary.select().where(Anniversary.customer == customer_id))
    staff = Staff.get_or_none(Staff.id == customer.staff_id) if customer.staff_id else None
    return {
        "name": customer.name,
        "phone": _phone(customer.phone),
        "email": customer.email or "",
        "postal_code": customer.postal_code or "",
        "address": customer.address or "",
        "gender": customer.gender or "",
        "birthday": _dates(anniversaries, "birthday", lang),
        "wedding": _dates(anniversaries, "wedding", lang),
        "anniversaries": _dates(anniversaries, "custom", lang),
        "interests": customer.interests or "",
        "notes": customer.notes or "",
        "tags": ", ".join(customer_tags(customer_id)),
        "grade": customer.imported_grade or "",
        "total_spent": format_won(customer.total_spent, lang=lang) if customer.total_spent else "",
        "last_visit": format_iso_date(customer.last_visit_on),
        "points": format_points(customer.points, lang=lang) if customer.points else "",
        "purchase_count": _count(customer.imported_purchases),
        "visit_count": _count(customer.imported_visits),
        "first_purchase": format_iso_date(customer.imported_first_purchase_on),
        "joined": format_iso_date(customer.joined_on),
        "referrer": "",
        "staff": staff.name if staff else "",
        "consent": "Y" if customer.marketing_consent else "N",
        "former_no": customer.former_no or "",
    }
