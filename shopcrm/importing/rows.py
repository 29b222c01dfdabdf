"""From one row's cells to a customer as she will be stored, with the row's problems.

A row without a name is rejected. A value that cannot be read (a solar 1985-02-30, a broken
e-mail, an unreadable amount) is left out with a warning naming the row and the column, and
the rest of the row is imported. A lunar 30th its month lacked that year is kept as written,
with a warning. Text is kept as typed, except that CRLF and lone CR become
LF and outer spaces go. Several phone numbers: a mobile (010) becomes the customer's phone and
the others go into the memo; the same for several e-mail addresses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from shopcrm.anniversaries import AnniversaryInput, validate_anniversary
from shopcrm.customers import clean_text
from shopcrm.errors import ShopCRMError, ValidationError
from shopcrm.importing import values
from shopcrm.importing.report import RowProblem
from shopcrm.importing.values import CellValue, DateValue
from shopcrm.lunar import lunar_day_30_missing
from shopcrm.phones import FOREIGN_NUMBER, LEADING_ZERO_RESTORED, is_mobile, parse_phone

_FORBIDDEN_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_FORMULA_GUARDED = ("=", "+", "-", "@", "\t", "\r", "'")
_PHONE_SEPARATORS = r"\s*:::\s*|[\n,;]"
OTHER_PHONES_LABEL = "다른 전화번호"
OTHER_EMAILS_LABEL = "다른 이메일"

_COUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s*(?:회|번|건|차례)?")
_DAY_FIELDS = {
    "last_visit": "last_visit",
    "consent_date": "consent_on",
    "first_purchase": "imported_first_purchase_on",
    "joined": "joined_on",
}
"""Fields holding a solar day, and the record's attribute for each."""
_DATE_FIELDS = frozenset({"birthday", "wedding", *_DAY_FIELDS})

_valid_anniversary = lru_cache(maxsize=4096)(validate_anniversary)
"""`validate_anniversary`, remembered: a list repeats its dates (the input is frozen)."""

Triple = tuple[str, str, CellValue]
"""(field, column label, cell value)."""


@dataclass
class ImportRecord:
    """A customer as one row gives her, ready to be stored or merged.

    Text fields are cleaned; ``phone`` is canonical; dates are checked against the solar or
    lunar calendar; amounts are whole won.
    """

    row: int
    name: str
    phone: str | None = None
    phone_entered: str | None = None
    email: str | None = None
    postal_code: str | None = None
    address: str | None = None
    gender: str | None = None
    interests: str | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    imported_grade: str | None = None
    file_no: str | None = None
    former_no: str | None = None
    staff_name: str | None = None
    consent: bool | None = None
    consent_on: dt.date | None = None
    consent_channel: str | None = None
    anniversaries: list[AnniversaryInput] = field(default_factory=list)
    total_spent: int | None = None
    last_visit: dt.date | None = None
    points: int | None = None
    imported_purchases: int | None = None
    """The old system's number of purchases (구매횟수); ShopCRM's own export never gives it."""
    imported_visits: int | None = None
    """The old system's number of visits (방문횟수)."""
    imported_first_purchase_on: dt.date | None = None
    """Her real first purchase (첫구매일), for the first-purchase anniversary."""
    joined_on: dt.date | None = None
    """The day she became a customer (가입일): not a purchase."""
    referrer: tuple[str, str] | None = None
    aliases: list[str] = field(default_factory=list)
    """Other numbers the file gave the same customer (rows merged into this one)."""

    @property
    def birthday(self) -> AnniversaryInput | None:
        """The first birthday, which identifies a customer without a phone."""
        return next((a for a in self.anniversaries if a.kind == "birthday"), None)

    @property
    def has_opening_balance(self) -> bool:
        return bool(self.total_spent or self.last_visit or self.points)


@dataclass
class RowContext:
    """What reading rows needs besides the row: the date, and whether the file is our own."""

    today: dt.date
    own_export: bool = False
    formula_guarded: bool = True
    """Our own export's cells carry the ``'`` guard (a CSV does; a workbook's text cells
    need none)."""


def parse_count(value: CellValue) -> int | None:
    """A number of times: ``12``, ``12회``, ``1,234번`` or a whole number from .xlsx.

    Raises:
        ValidationError: ``unreadable_count`` (field ``value``).
    """
    if isinstance(value, bool):
        raise ValidationError("unreadable_count", value=values.cell_text(value))
    if isinstance(value, int | float):
        if value < 0 or value != int(value):
            raise ValidationError("unreadable_count", value=values.cell_text(value))
        return int(value)
    text = values.cell_text(value).strip()
    if not text:
        return None
    match = _COUNT.fullmatch(text)
    if match is None:
        raise ValidationError("unreadable_count", value=text)
    return int(match.group(1).replace(",", ""))


def strip_formula_guard(text: str) -> str:
    """Undo the export's guard: one leading ``'`` before = + - @ tab, CR or ``'``."""
    if len(text) >= 2 and text[0] == "'" and text[1] in _FORMULA_GUARDED:
        return text[1:]
    return text


def build_record(
    row: int, triples: Iterable[Triple], context: RowContext
) -> tuple[ImportRecord | None, list[RowProblem]]:
    """Read one row.

    Args:
        row: its number, for the problems.
        triples: (field, column label, cell) for each mapped cell, in column order.
        context: the date and the kind of file.

    Returns:
        The record (None when the row is rejected) and the row's problems.
    """
    builder = _Builder(row, context)
    for name, column, value in triples:
        if type(value) is str:
            if not value or value.isspace():
                continue
            if context.own_export and context.formula_guarded:
                value = strip_formula_guard(value)
        elif value is None:
            continue
        builder.take(name, column, value)
    return builder.finish()


class _Builder:
    def __init__(self, row: int, context: RowContext) -> None:
        self.row = row
        self.context = context
        self.problems: list[RowProblem] = []
        self.text: dict[str, list[str]] = {}
        self.phones: list[tuple[str, str, CellValue]] = []
        self.emails: list[tuple[str, str]] = []
        self.dates: dict[str, tuple[str, CellValue]] = {}
        self.calendar: tuple[str, tuple[bool, bool]] | None = None
        self.leap: bool | None = None
        self.custom_dates: list[tuple[str, str]] = []
        self.record = ImportRecord(row=row, name="")
        self.extra_lines: list[str] = []
        self.columns: list[str] = []

    def warn(self, column: str | None, code: str, **fields: object) -> None:
        self.problems.append(RowProblem(self.row, column, code, dict(fields)))

    def warn_error(self, column: str, error: ShopCRMError, value: CellValue) -> None:
        fields = {"value": values.cell_text(value), **error.fields}
        self.problems.append(RowProblem(self.row, column, error.code, fields))

    def clean(self, column: str, value: CellValue) -> str | None:
        text = clean_text(values.cell_text(value))
        if text and _FORBIDDEN_CONTROL.search(text):
            self.warn(column, "control_characters", field=column)
            return None
        return text

    def take(self, name: str, column: str, value: CellValue) -> None:
        if column not in self.columns:
            self.columns.append(column)
        try:
            self._take(name, column, value)
        except ShopCRMError as error:
            self.warn_error(column, error, value)

    def _take(self, name: str, column: str, value: CellValue) -> None:
        record = self.record
        if name in ("phone",):
            for piece in values.split_values(values.phone_text(value), _PHONE_SEPARATORS):
                self.phones.append((column, piece, value))
        elif name == "email":
            for piece in values.split_values(values.cell_text(value), _PHONE_SEPARATORS):
                self.emails.append((column, piece))
        elif name in _DATE_FIELDS:
            self.dates.setdefault(name, (column, value))
        elif name in ("birthday_calendar", "birthday_solar"):
            parsed = values.parse_calendar(value)
            if parsed is not None and name == "birthday_solar":
                parsed = (not parsed[0], False)
            if parsed is not None and self.calendar is None:
                self.calendar = (column, parsed)
        elif name == "birthday_leap":
            self.leap = values.parse_leap(value)
        elif name == "anniversary":
            for line in values.cell_text(value).split("\n"):
                if line.strip():
                    self.custom_dates.append((column, line))
        elif name == "gender":
            record.gender = record.gender or values.parse_gender(value)
        elif name == "total_spent":
            record.total_spent = values.parse_amount(value)
        elif name == "points":
            record.points = values.parse_amount(value)
        elif name == "purchase_count":
            record.imported_purchases = parse_count(value)
        elif name == "visit_count":
            record.imported_visits = parse_count(value)
        elif name == "consent":
            record.consent = values.parse_yes_no(value)
        elif name == "consent_channel":
            record.consent_channel = values.parse_consent_channel(value)
        elif name == "postal_code":
            text, restored = values.postal_code_text(value)
            if text and record.postal_code is None:
                record.postal_code = self.clean(column, text)
                if restored:
                    self.warn(column, "postal_zero_restored", value=values.cell_text(value))
        elif name == "tags":
            for tag in values.split_tags(value):
                cleaned = self.clean(column, tag)
                if cleaned and cleaned not in record.tags:
                    record.tags.append(cleaned)
        elif name == "referrer":
            text = self.clean(column, value)
            if text and record.referrer is None:
                record.referrer = (column, text)
        else:
            text = self.clean(column, value)
            if text:
                self.text.setdefault(name, []).append(text)

    def finish(self) -> tuple[ImportRecord | None, list[RowProblem]]:
        record = self.record
        record.name = self._name()
        if not record.name:
            self.problems.append(RowProblem(self.row, None, "row_without_name", {}, True))
            return None, self.problems
        first = self._first
        record.address = first("address") or (" ".join(self.text.get("address_part", [])) or None)
        record.interests = "\n".join(self.text.get("interests", [])) or None
        record.imported_grade = first("grade")
        record.staff_name = first("staff")
        number = first("customer_no")
        if self.context.own_export:
            record.file_no, record.former_no = number, first("former_no")
        else:
            record.file_no = number
            record.former_no = number or first("former_no")
        self._phones()
        self._emails()
        notes = self.text.get("notes", [])
        if self.extra_lines:
            notes = [*notes, *self.extra_lines]
        record.notes = "\n".join(notes) or None
        self._anniversaries()
        self._other_dates()
        order = {column: index for index, column in enumerate(self.columns)}
        self.problems.sort(key=lambda p: order.get(p.column or "", -1))
        return record, self.problems

    def _first(self, name: str) -> str | None:
        found = self.text.get(name)
        return found[0] if found else None

    def _name(self) -> str:
        family, given = self._first("family_name"), self._first("given_name")
        if family and given:
            return values.join_name(family, given, self._first("middle_name"))
        return self._first("name") or values.join_name(family, given, self._first("middle_name"))

    def _phones(self) -> None:
        parsed: list[tuple[str, str]] = []  # (canonical, entered)
        for column, piece, value in self.phones:
            try:
                phone = parse_phone(piece)
            except ValidationError as error:
                self.warn_error(column, error, value)
                continue
            for warning in phone.warnings:
                if warning in (LEADING_ZERO_RESTORED, FOREIGN_NUMBER):
                    self.warn(column, warning, value=piece)
            if phone.canonical not in (known for known, _ in parsed):
                parsed.append((phone.canonical, clean_text(piece) or piece))
        if not parsed:
            return
        chosen = next((item for item in parsed if is_mobile(item[0])), parsed[0])
        self.record.phone, self.record.phone_entered = chosen
        others = [entered for canonical, entered in parsed if canonical != chosen[0]]
        if others:
            self.extra_lines = [*self.extra_lines, f"{OTHER_PHONES_LABEL}: {', '.join(others)}"]

    def _emails(self) -> None:
        found: list[str] = []
        for column, piece in self.emails:
            try:
                email = values.parse_email(piece)
            except ValidationError as error:
                self.warn_error(column, error, piece)
                continue
            if email and email not in found:
                found.append(email)
        if found:
            self.record.email = found[0]
            if len(found) > 1:
                line = f"{OTHER_EMAILS_LABEL}: {', '.join(found[1:])}"
                self.extra_lines = [*self.extra_lines, line]

    def _date(self, name: str) -> tuple[str, CellValue, DateValue] | None:
        if name not in self.dates:
            return None
        column, value = self.dates[name]
        try:
            parsed = values.parse_date(value, today=self.context.today)
        except ShopCRMError as error:
            self.warn_error(column, error, value)
            return None
        return (column, value, parsed) if parsed else None

    def _anniversaries(self) -> None:
        birthday = self._date("birthday")
        if birthday is not None:
            column, value, date = birthday
            is_lunar, is_leap = date.is_lunar, date.is_leap_month
            if not date.calendar_marked and self.calendar is not None:
                is_lunar, is_leap = self.calendar[1]
            if self.leap is not None and not date.is_leap_month:
                is_leap = self.leap
            if is_leap:
                is_lunar = True
            self._add_anniversary(column, value, "birthday", date, is_lunar, is_leap)
        wedding = self._date("wedding")
        if wedding is not None:
            column, value, date = wedding
            self._add_anniversary(column, value, "wedding", date, date.is_lunar, date.is_leap_month)
        for column, line in self.custom_dates:
            label, separator, text = line.rpartition(":")
            if not separator or not label.strip():
                self.warn(column, "label_required", value=line)
                continue
            try:
                found = values.parse_date(text, today=self.context.today)
            except ShopCRMError as error:
                self.warn_error(column, error, line)
                continue
            if found is not None:
                self._add_anniversary(
                    column, line, "custom", found, found.is_lunar, found.is_leap_month, label
                )

    def _add_anniversary(
        self,
        column: str,
        value: CellValue,
        kind: str,
        date: DateValue,
        is_lunar: bool,
        is_leap: bool,
        label: str | None = None,
    ) -> None:
        data = AnniversaryInput(
            kind=kind,
            month=date.month,
            day=date.day,
            year=date.year,
            is_lunar=is_lunar,
            is_leap_month=is_leap,
            label=clean_text(label),
        )
        try:
            self.record.anniversaries.append(_valid_anniversary(data))
        except ShopCRMError as error:
            self.warn_error(column, error, value)
            return
        if (
            is_lunar
            and date.year is not None
            and lunar_day_30_missing(date.year, date.month, date.day, is_leap)
        ):
            self.warn(column, "lunar_day_30_kept", year=date.year, month=date.month)

    def _other_dates(self) -> None:
        record = self.record
        for name in _DAY_FIELDS:
            found = self._date(name)
            if found is None:
                continue
            column, value, date = found
            try:
                if date.is_lunar:
                    raise ValidationError("unreadable_date", value=values.cell_text(value))
                day = date.as_date()
            except ShopCRMError as error:
                self.warn_error(column, error, value)
                continue
            setattr(record, _DAY_FIELDS[name], day)
