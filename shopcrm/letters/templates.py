"""Letter templates: the built-in ones (text in resources/templates/letters/ko/), the owner's
edits of them and her own templates (stored in ``letter_template``).

A template has a title (its name in lists), and three texts: the salutation (받는 분),
the body (paragraphs separated by an empty line) and the closing (맺음말, the signature).
In the database the three texts are one ``body`` column, separated by a line ``---``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from shopcrm import audit
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.letters import placeholders
from shopcrm.letters.placeholders import Part
from shopcrm.models import LetterTemplate
from shopcrm.paths import resource

BUILT_IN_MARKETING: dict[str, bool] = {
    "thank_you": False,
    "referral_introducer": False,
    "referral_friend": False,
    "apology": False,
    "birthday": True,
    "anniversary": True,
    "vip_invite": True,
    "we_miss_you": True,
}
"""The built-in templates, in the order lists show them, and whether each is marketing
(sent only to customers who consented)."""

CUSTOM_PREFIX = "custom_"
SEPARATOR = "---"
_SEPARATOR_LINE = re.compile(r"^\s*---\s*$", re.MULTILINE)


@dataclass(frozen=True)
class TemplateText:
    """A template as the editor shows it and the renderer uses it.

    Attributes:
        key: ``thank_you`` ... for a built-in one, ``custom_N`` for the owner's own.
        title: its name in lists (구매 감사 편지).
        salutation: the first line of the letter (``{고객명} {호칭}께``).
        body: the paragraphs, separated by an empty line.
        closing: the signature (``{가게명} {대표자|가족 일동} 드림``).
        is_marketing: marketing letters go only to customers who consented.
        built_in: one of `BUILT_IN_MARKETING`.
        edited: a built-in template the owner changed (it can be restored).
    """

    key: str
    title: str
    salutation: str
    body: str
    closing: str
    is_marketing: bool
    built_in: bool = False
    edited: bool = False


@dataclass(frozen=True)
class ParsedTemplate:
    """A checked template, its texts split into literal text and placeholder slots."""

    template: TemplateText
    salutation: list[Part]
    paragraphs: list[list[Part]]
    closing: list[Part]

    @property
    def used_keys(self) -> set[str]:
        keys = placeholders.used_keys(self.salutation) | placeholders.used_keys(self.closing)
        for paragraph in self.paragraphs:
            keys |= placeholders.used_keys(paragraph)
        return keys


def join_parts(salutation: str, body: str, closing: str) -> str:
    """The three texts as one stored ``body`` value."""
    return f"{salutation.strip()}\n{SEPARATOR}\n{body.strip()}\n{SEPARATOR}\n{closing.strip()}"


def split_parts(stored: str) -> tuple[str, str, str]:
    """The salutation, body and closing of a stored ``body`` value (the inverse of
    `join_parts`; a text without separators is all body)."""
    pieces = _SEPARATOR_LINE.split(stored.replace("\r\n", "\n"))
    if len(pieces) == 1:
        return "", pieces[0].strip(), ""
    if len(pieces) == 2:  # a salutation and a body
        return pieces[0].strip(), pieces[1].strip(), ""
    body = SEPARATOR.join(pieces[1:-1])
    return pieces[0].strip(), body.strip(), pieces[-1].strip()


def paragraphs_of(body: str) -> list[str]:
    """The paragraphs of a body: separated by empty lines; single line breaks are kept."""
    text = body.replace("\r\n", "\n").strip()
    blocks = re.split(r"\n[ \t]*\n", text)
    return [block.strip("\n") for block in blocks if block.strip()]


def default_template(key: str, lang: str = "ko") -> TemplateText:
    """The built-in template as it ships in ``resources/templates/letters/<lang>/<key>.txt``.

    Raises:
        NotFound: ``template_not_found`` (field ``key``) for a key that is not built in.
    """
    if key not in BUILT_IN_MARKETING:
        raise NotFound("template_not_found", key=key)
    path = resource("templates", "letters", lang, f"{key}.txt")
    if not path.exists():
        path = resource("templates", "letters", "ko", f"{key}.txt")
    header, _, stored = path.read_text(encoding="utf-8").partition("\n\n")
    fields = dict(
        (name.strip(), value.strip())
        for name, _, value in (line.partition(":") for line in header.splitlines())
    )
    salutation, body, closing = split_parts(stored)
    return TemplateText(
        key=key,
        title=fields.get("title", key),
        salutation=salutation,
        body=body,
        closing=closing,
        is_marketing=BUILT_IN_MARKETING[key],
        built_in=True,
    )


def _from_row(row: LetterTemplate) -> TemplateText:
    salutation, body, closing = split_parts(row.body)
    built_in = row.key in BUILT_IN_MARKETING
    return TemplateText(
        key=row.key,
        title=row.title,
        salutation=salutation,
        body=body,
        closing=closing,
        is_marketing=BUILT_IN_MARKETING[row.key] if built_in else bool(row.is_marketing),
        built_in=built_in,
        edited=built_in,
    )


def list_templates() -> list[TemplateText]:
    """Every template: the built-in ones first (the owner's edit where she made one), then
    her own by title."""
    stored = {row.key: row for row in LetterTemplate.select()}
    result = [
        _from_row(stored[key]) if key in stored else default_template(key)
        for key in BUILT_IN_MARKETING
    ]
    own = [_from_row(row) for key, row in stored.items() if key not in BUILT_IN_MARKETING]
    return result + sorted(own, key=lambda t: (t.title, t.key))


def get_template(key: str) -> TemplateText:
    """One template by key (the owner's edit of a built-in one if she made one).

    Raises:
        NotFound: ``template_not_found`` (field ``key``).
    """
    row = LetterTemplate.get_or_none(LetterTemplate.key == key)
    if row is not None:
        return _from_row(row)
    return default_template(key)


def parse_template(template: TemplateText) -> ParsedTemplate:
    """Check a template and split its texts into literal text and placeholders.

    Raises:
        ValidationError: ``template_title_required``, ``template_body_required``,
            ``template_separator`` (field ``part``) for a line ``---`` in the closing, or the
            placeholder errors of `placeholders.parse` (unknown name, stray brace, empty
            fallback).
    """
    if not template.title.strip():
        raise ValidationError("template_title_required")
    if not template.body.strip():
        raise ValidationError("template_body_required")
    for part, text in (("salutation", template.salutation), ("closing", template.closing)):
        if _SEPARATOR_LINE.search(text):
            raise ValidationError("template_separator", part=part)
    salutation = placeholders.parse(" ".join(template.salutation.split()), "salutation")
    paragraphs = [placeholders.parse(p, "body") for p in paragraphs_of(template.body)]
    closing = placeholders.parse(template.closing.strip(), "closing")
    return ParsedTemplate(template, salutation, paragraphs, closing)


def next_custom_key() -> str:
    """A key for a new template of the owner's: ``custom_1``, ``custom_2`` ..."""
    numbers = [
        int(key[len(CUSTOM_PREFIX) :])
        for (key,) in rows_of(LetterTemplate.select(LetterTemplate.key))
        if key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX) :].isdigit()
    ]
    return f"{CUSTOM_PREFIX}{max(numbers, default=0) + 1}"


def save_template(template: TemplateText, *, actor: str | None = None) -> TemplateText:
    """Store a template after checking it: an edit of a built-in one, or the owner's own.

    A built-in template keeps its marketing flag whatever is asked. An empty key makes a new
    template of the owner's (``custom_N``).

    Returns:
        The template as stored.

    Raises:
        ValidationError: as `parse_template`; ``invalid_template_key`` (field ``key``) for a
            key that is neither built in nor the owner's kind.
    """
    key = template.key or next_custom_key()
    built_in = key in BUILT_IN_MARKETING
    if not built_in and not re.fullmatch(rf"{CUSTOM_PREFIX}\d+", key):
        raise ValidationError("invalid_template_key", key=key)
    template = replace(
        template,
        key=key,
        title=" ".join(template.title.split()),
        is_marketing=BUILT_IN_MARKETING[key] if built_in else template.is_marketing,
        built_in=built_in,
    )
    parse_template(template)
    values = {
        "title": template.title,
        "body": join_parts(template.salutation, template.body, template.closing),
        "is_marketing": template.is_marketing,
        "built_in": built_in,
        "lang": "ko",
        "updated_at": dt.datetime.now().replace(microsecond=0),
    }
    with database_proxy.atomic():
        row = LetterTemplate.get_or_none(LetterTemplate.key == key)
        if row is None:
            row = LetterTemplate.create(key=key, **values)
            action = "create"
        else:
            LetterTemplate.update(**values).where(LetterTemplate.id == row.id).execute()
            action = "update"
        audit.record_change(
            action,
            "letter_template",
            row.id,
            changes={"key": key, "title": template.title},
            actor=actor,
        )
    return get_template(key)


def restore_default(key: str, *, actor: str | None = None) -> TemplateText:
    """Forget the owner's edit of a built-in template.

    Raises:
        NotFound: ``template_not_found`` for a key that is not built in.
    """
    default = default_template(key)
    with database_proxy.atomic():
        deleted = LetterTemplate.delete().where(LetterTemplate.key == key).execute()
        if deleted:
            audit.record_change(
                "delete", "letter_template", None, changes={"key": key}, actor=actor
            )
    return default


def delete_template(key: str, *, actor: str | None = None) -> None:
    """Delete one of the owner's own templates (letters printed with it stay logged).

    Raises:
        ValidationError: ``built_in_template`` (field ``key``): a built-in one can only be
            restored, not deleted.
        NotFound: ``template_not_found`` (field ``key``).
    """
    if key in BUILT_IN_MARKETING:
        raise ValidationError("built_in_template", key=key)
    with database_proxy.atomic():
        row = LetterTemplate.get_or_none(LetterTemplate.key == key)
        if row is None:
            raise NotFound("template_not_found", key=key)
        row.delete_instance()
        audit.record_change("delete", "letter_template", row.id, changes={"key": key}, actor=actor)
