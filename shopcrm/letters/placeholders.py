"""Placeholders in letter templates: ``{고객명}``, ``{포인트|적립 포인트}``, ``{name}``.

A placeholder is a name in braces, in Korean (what the owner types) or English. After a
``|`` comes the text to print when the customer has no value for it: ``{마지막구매일|얼마 전}``
prints "얼마 전" for a customer who never bought. Without that fallback, a customer with no
value is left out of the batch with the reason, so nothing blank and no brace is ever printed.

Spaces inside the braces are ignored (``{마지막 구매일}`` works) and English names are
case-insensitive. Braces that do not make a placeholder are an error when a template is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shopcrm.errors import ValidationError


@dataclass(frozen=True)
class Placeholder:
    """One value a template can use.

    Attributes:
        key: the stable English name (``points``), also accepted in braces.
        korean: the name the owner types (``포인트``), shown in the editor.
        aliases: other accepted spellings.
    """

    key: str
    korean: str
    aliases: tuple[str, ...] = ()


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("name", "고객명", ("이름",)),
    Placeholder("honorific", "호칭"),
    Placeholder("customer_no", "고객번호"),
    Placeholder("shop", "가게명", ("가게", "상호")),
    Placeholder("owner", "대표자", ("대표", "사장님")),
    Placeholder("shop_phone", "가게전화"),
    Placeholder("shop_address", "가게주소"),
    Placeholder("today", "오늘", ("날짜",)),
    Placeholder("points", "포인트"),
    Placeholder("grade", "등급"),
    Placeholder("staff", "담당자"),
    Placeholder("first_purchase_date", "첫구매일"),
    Placeholder("last_purchase_date", "마지막구매일"),
    Placeholder("last_purchase", "마지막구매", ("마지막구매품목",)),
    Placeholder("last_visit_date", "마지막방문일"),
    Placeholder("birthday", "생일"),
    Placeholder("anniversary", "기념일"),
    Placeholder("anniversary_date", "기념일날짜"),
    Placeholder("years", "주년"),
    Placeholder("referrer", "소개한고객"),
    Placeholder("referred_friend", "소개받은고객"),
    Placeholder("complaint_date", "불만일"),
    Placeholder("complaint", "불만내용"),
    Placeholder("remedy", "해결내용"),
)
"""Every placeholder, in the order the editor lists them."""

BY_KEY: dict[str, Placeholder] = {p.key: p for p in PLACEHOLDERS}
_LOOKUP: dict[str, str] = {
    spelling.lower(): p.key for p in PLACEHOLDERS for spelling in (p.key, p.korean, *p.aliases)
}

OCCASION_KEYS: dict[str, str] = {
    "birthday": "birthday",
    "anniversary": "anniversary",
    "anniversary_date": "anniversary",
    "years": "anniversary",
}
"""Placeholders that come from an occasion: which one (her birthday, or another anniversary)."""

COMPLAINT_KEYS = frozenset({"complaint_date", "complaint", "remedy"})
"""Placeholders that come from her complaint (the one queued, else her latest)."""


@dataclass(frozen=True)
class Slot:
    """A placeholder as written in a template: its key and its fallback text, if any."""

    key: str
    fallback: str | None = None


Part = str | Slot
"""A template text is literal strings and slots, in order."""


def placeholder_key(name: str) -> str | None:
    """The key of a placeholder name as typed (Korean, English or an alias), or None."""
    return _LOOKUP.get("".join(name.split()).lower())


def parse(text: str, part: str = "body") -> list[Part]:
    """Split a template text into literal text and placeholder slots.

    Args:
        text: the text as the owner wrote it.
        part: which part of the template it is (for the error's fields).

    Returns:
        Literal strings and `Slot` values in order.

    Raises:
        ValidationError: ``template_brace`` (fields ``part``, ``line``) for a brace that does
            not make a placeholder; ``unknown_placeholder`` (fields ``name``, ``part``,
            ``known``) for a name that is not a placeholder; ``empty_fallback`` (fields
            ``name``, ``part``) for ``{name|}``.
    """
    parts: list[Part] = []
    position = 0
    while position < len(text):
        opening = text.find("{", position)
        closing = text.find("}", position)
        if opening < 0:
            if closing >= 0:
                raise _brace(text, closing, part)
            parts.append(text[position:])
            break
        if 0 <= closing < opening:
            raise _brace(text, closing, part)
        end = text.find("}", opening + 1)
        nested = text.find("{", opening + 1)
        if end < 0 or 0 <= nested < end:
            raise _brace(text, opening, part)
        if opening > position:
            parts.append(text[position:opening])
        parts.append(_slot(text[opening + 1 : end], part))
        position = end + 1
    return parts


def _slot(inside: str, part: str) -> Slot:
    name, bar, fallback = inside.partition("|")
    key = placeholder_key(name)
    if key is None:
        known = ", ".join(p.korean for p in PLACEHOLDERS)
        raise ValidationError("unknown_placeholder", name=name.strip(), part=part, known=known)
    if not bar:
        return Slot(key)
    fallback = " ".join(fallback.split())
    if not fallback:
        raise ValidationError("empty_fallback", name=name.strip(), part=part)
    return Slot(key, fallback)


def _brace(text: str, index: int, part: str) -> ValidationError:
    line = text.count("\n", 0, index) + 1
    return ValidationError("template_brace", part=part, line=line)


def used_keys(parts: list[Part]) -> set[str]:
    """The placeholder keys a parsed text uses."""
    return {part.key for part in parts if isinstance(part, Slot)}


def fill(parts: list[Part], values: Mapping[str, str | None]) -> tuple[str, list[str]]:
    """Put the values into a parsed text.

    Args:
        parts: from `parse`.
        values: key -> text, None (or missing) when the customer has no value.

    Returns:
        The text, and the keys that had neither a value nor a fallback (the text is then
        not to be printed).
    """
    out: list[str] = []
    missing: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        value = values.get(part.key)
        if value:
            out.append(value)
        elif part.fallback is not None:
            out.append(part.fallback)
        else:
            missing.append(part.key)
    return "".join(out), missing
