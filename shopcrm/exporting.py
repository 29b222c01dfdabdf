"""Exporting customers and purchases as CSV that Korean Excel opens correctly and safely.

One header row (always Korean, whatever the interface language), whose names the importer
maps; the first two columns are always 고객번호 and 이름. UTF-8 with a byte-order mark by
default (Korean Excel then reads it as UTF-8), or CP949; a character CP949 cannot hold is
refused with its row named, and no file is left behind. A cell beginning with = + - @, a tab,
a carriage return or ``'`` is prefixed with ``'`` so that Excel never runs it as a formula;
the importer removes exactly that prefix again when it sees this export's header, so an
export imported into an empty shop gives the same customers back.

A file name ending in ``.xlsx`` gives an Excel workbook instead (`shopcrm.exporting_xlsx`):
the same rows, with text, date and number cells, and no guard needed.

The file is written next to its destination and moved into place when complete, so a failed
export never leaves half a file.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from shopcrm.db import rows_of
from shopcrm.errors import CancelCheck, check_cancel
from shopcrm.exporting_xlsx import XLSX_SUFFIX, write_workbook
from shopcrm.importing.errors import ExportRefused
from shopcrm.importing.mapping import SHOPCRM_HEADER, SHOPCRM_PURCHASES_HEADER
from shopcrm.models import (
    Anniversary,
    Customer,
    CustomerTag,
    Purchase,
    PurchaseItem,
    Referral,
    Staff,
    Tag,
)
from shopcrm.phones import format_phone, mask_phone
from shopcrm.vocabulary import KOREAN, word

WHAT: tuple[str, ...] = ("customers", "purchases")
"""What can be exported."""
ENCODINGS: tuple[str, ...] = ("utf-8-sig", "cp949")
"""The encodings an export can be written in (UTF-8 with a byte-order mark by default)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
"""A cell starting with one of these gets a ``'`` in front (formula injection guard)."""

_CHUNK = 1000
_NEGATIVE_NUMBER = re.compile(r"-\d+(\.\d+)?")
EXPORT_LANGUAGE = KOREAN
"""An export is a data file for Korean Excel that must import back: its header and the words
for codes are Korean whatever the interface language."""

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    what: str
    count: int


SUGGESTED_NAMES = {"customers": "고객목록", "purchases": "구매기록"}
"""The file name (without its extension) the window suggests for each export."""


def suggested_file_name(what: str = "customers", suffix: str = XLSX_SUFFIX) -> str:
    """The Korean file name the window suggests: ``고객목록.xlsx``, ``구매기록.csv``."""
    return SUGGESTED_NAMES.get(what, SUGGESTED_NAMES["customers"]) + suffix


def guard_formula(text: str) -> str:
    """A cell's text made safe for Excel: a ``'`` before = + - @ tab, CR or ``'``.

    A plain negative number (a refund, ``-5000``) runs nothing and stays a number.
    """
    if text.startswith(FORMULA_STARTS) and not _NEGATIVE_NUMBER.fullmatch(text):
        return "'" + text
    return text


def anniversary_text(month: int, day: int, year: int | None, is_lunar: bool, leap: bool) -> str:
    """An anniversary as the export writes it and the importer reads it back:
    ``1985-03-07``, ``3월 7일``, ``(음)1990-03-07``, ``(음,윤)1984-10-05``."""
    marker = "(음,윤)" if is_lunar and leap else "(음)" if is_lunar else ""
    if year is None:
        return f"{marker}{month}월 {day}일"
    return f"{marker}{year:04d}-{month:02d}-{day:02d}"


def export_file(
    path: Path | str,
    *,
    what: str = "customers",
    encoding: str = "utf-8-sig",
    consented_only: bool = False,
    mask_phones: bool = False,
    customer_ids: Sequence[int] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Export every customer (or the given ones), or their purchases, as CSV, or as an Excel
    workbook when the file name ends in ``.xlsx`` (any case; see `shopcrm.exporting_xlsx`).

    Args:
        path: the file to write (replaced if it exists).
        what: ``customers`` or ``purchases``.
        encoding: ``utf-8-sig`` (default) or ``cp949``; not used for a workbook.
        consented_only: only customers who consented to marketing.
        mask_phones: hide the middle digits of phone numbers (``010-****-5678``).
        customer_ids: only these customers (the window's filtered list); None for all.
        progress: called with (done, total) rows.
        cancel: polled every few rows; returning True stops the export, leaving no file.

    Returns:
        The file and how many rows it has (an empty shop gives a header-only file).

    Raises:
        ExportRefused: ``export_not_writable`` (the file cannot be written) or
            ``cp949_unencodable`` (a character CP949 cannot hold); no file is left behind.
        Cancelled: ``export_cancelled``; no file is left behind (an older one stays as it was).
    """
    if what not in WHAT:
        raise ValueError(f"what must be one of {WHAT}")
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}")
    target = Path(path)
    selection = _selection(consented_only, customer_ids)
    if what == "customers":
        header: Sequence[str] = SHOPCRM_HEADER
        rows: Iterator[list[str]] = _customer_rows(selection, mask_phones)
        total = selection.count()
    else:
        header = SHOPCRM_PURCHASES_HEADER
        rows = _purchase_rows(selection, mask_phones)
        total = Purchase.select().where(Purchase.customer.in_(selection)).count()
    count = _write(target, header, rows, encoding, total, progress, cancel)
    return ExportResult(target, what, count)


def _selection(consented_only: bool, customer_ids: Sequence[int] | None) -> Any:
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())  # not the trash
    if consented_only:
        query = query.where(Customer.marketing_consent == True)  # noqa: E712 (peewee)
    if customer_ids is not None:
        query = query.where(Customer.id.in_(list(customer_ids)))
    return query


def _write(
    target: Path,
    header: Sequence[str],
    rows: Iterator[list[str]],
    encoding: str,
    total: int,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, then moved)
            "wb", dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
        )
    except OSError as error:
        raise ExportRefused(
            "export_not_writable", path=str(target), reason=error.strerror or str(error)
        ) from None
    temporary = Path(handle.name)
    write = write_workbook if target.suffix.lower() == XLSX_SUFFIX else _write_rows
    try:
        with handle:
            count = write(handle, header, rows, encoding, total, progress, cancel)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportRefused(
            "export_not_writable", path=str(target), reason=error.strerror or str(error)
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _write_rows(
    handle: IO[bytes],
    header: Sequence[str],
    rows: Iterator[list[str]],
    encoding: str,
    total: int,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    if encoding == "utf-8-sig":
        handle.write(codecs.BOM_UTF8)
    line = io.StringIO()
    writer = csv.writer(line)

    def encoded(cells: Sequence[str], row_number: int) -> bytes:
        line.seek(0)
        line.truncate()
        writer.writerow(cells)
        try:
            return line.getvalue().encode(codec)
        except UnicodeEncodeError:
            raise _unencodable(header, cells, row_number, codec) from None

    handle.write(encoded(header, 1))
    count = 0
    for count, cells in enumerate(rows, start=1):
        handle.write(encoded([guard_formula(cell) for cell in cells], count + 1))
        if count % 100 == 0:
            check_cancel(cancel, "export_cancelled")
            if progress is not None:
                progress(count, total)
    check_cancel(cancel, "export_cancelled")
    if progress is not None:
        progress(count, count)
    return count


def _unencodable(
    header: Sequence[str], cells: Sequence[str], row_number: int, codec: str
) -> ExportRefused:
    for column, cell in zip(header, cells, strict=False):
        for char in cell:
            try:
                char.encode(codec)
            except UnicodeEncodeError:
                return ExportRefused("cp949_unencodable", row=row_number, column=column, char=char)
    return ExportRefused("cp949_unencodable", row=row_number, column="", char="?")


def _chunks(selection: Any) -> Iterator[list[Customer]]:
    """The selected customers in customer-number order, a chunk at a time."""
    last = 0
    while True:
        chunk = list(
            Customer.select()
            .where(Customer.id.in_(selection) & (Customer.customer_no > last))
            .order_by(Customer.customer_no)
            .limit(_CHUNK)
        )
        if not chunk:
            return
        yield chunk
        last = chunk[-1].customer_no


def _phone(canonical: str | None, mask: bool) -> str:
    if not canonical:
        return ""
    return mask_phone(canonical) if mask else format_phone(canonical)


def _iso(value: Any) -> str:
    if value is None:
        return ""
    return str(value.date().isoformat() if hasattr(value, "hour") else value.isoformat())


def _customer_rows(selection: Any, mask_phones: bool) -> Iterator[list[str]]:
    staff = dict(rows_of(Staff.select(Staff.id, Staff.name)))
    for chunk in _chunks(selection):
        ids = [customer.id for customer in chunk]
        tags: dict[int, list[str]] = {}
        for customer_id, name in rows_of(
            CustomerTag.select(CustomerTag.customer, Tag.name)
            .join(Tag)
            .where(CustomerTag.customer.in_(ids))
            .order_by(Tag.name)
        ):
            tags.setdefault(customer_id, []).append(name)
        dates: dict[tuple[int, str], list[str]] = {}
        for row in (
            Anniversary.select()
            .where(Anniversary.customer.in_(ids) & (Anniversary.kind != "first_purchase"))
            .order_by(Anniversary.id)
        ):
            text = anniversary_text(
                row.month, row.day, row.year, bool(row.is_lunar), bool(row.is_leap_month)
            )
            if row.kind == "custom":
                text = f"{row.label}: {text}"
            dates.setdefault((row.customer_id, row.kind), []).append(text)
        referrers = {
            referred: f"{name}({number})"
            for referred, name, number in rows_of(
                Referral.select(Referral.referred, Customer.name, Customer.customer_no)
                .join(Customer, on=(Referral.referrer == Customer.id))
                .where(Referral.referred.in_(ids))
            )
        }
        for customer in chunk:
            yield _customer_cells(customer, tags, dates, referrers, staff, mask_phones)


def _customer_cells(
    customer: Customer,
    tags: dict[int, list[str]],
    dates: dict[tuple[int, str], list[str]],
    referrers: dict[int, str],
    staff: dict[int, str],
    mask_phones: bool,
) -> list[str]:
    cid = customer.id
    return [
        str(customer.customer_no),
        customer.name,
        _phone(customer.phone, mask_phones),
        customer.email or "",
        customer.postal_code or "",
        customer.address or "",
        word("gender", customer.gender, EXPORT_LANGUAGE),
        "\n".join(dates.get((cid, "birthday"), [])),
        "\n".join(dates.get((cid, "wedding"), [])),
        "\n".join(dates.get((cid, "custom"), [])),
        customer.interests or "",
        customer.notes or "",
        ", ".join(tags.get(cid, [])),
        "Y" if customer.marketing_consent else "N",
        _iso(customer.consent_on) if customer.marketing_consent else "",
        word("consent_channel", customer.consent_channel, EXPORT_LANGUAGE)
        if customer.marketing_consent
        else "",
        staff.get(customer.staff_id, "") if customer.staff_id else "",
        referrers.get(cid, ""),
        customer.imported_grade or "",
        customer.former_no or "",
        str(customer.total_spent),
        str(customer.points),
        _iso(customer.last_visit_on),
        word("stage", customer.stage, EXPORT_LANGUAGE),
        word("grade", customer.grade, EXPORT_LANGUAGE),
        str(customer.purchase_count),
        _iso(customer.first_purchase_on),
        _iso(customer.created_at),
    ]


def _purchase_rows(selection: Any, mask_phones: bool) -> Iterator[list[str]]:
    del mask_phones  # the purchases export has no phone column
    staff = dict(rows_of(Staff.select(Staff.id, Staff.name)))
    for chunk in _chunks(selection):
        by_id = {customer.id: customer for customer in chunk}
        purchases = list(
            Purchase.select()
            .where(Purchase.customer.in_(list(by_id)))
            .order_by(Purchase.customer, Purchase.purchased_on, Purchase.id)
        )
        items: dict[int, list[str]] = {}
        for purchase_id, description, quantity in rows_of(
            PurchaseItem.select(
                PurchaseItem.purchase, PurchaseItem.description, PurchaseItem.quantity
            )
            .where(PurchaseItem.purchase.in_([p.id for p in purchases]))
            .order_by(PurchaseItem.id)
        ):
            label = description if quantity == 1 else f"{description} ×{quantity}"
            items.setdefault(purchase_id, []).append(label)
        order = {customer.id: index for index, customer in enumerate(chunk)}
        for purchase in sorted(
            purchases, key=lambda p: (order[p.customer_id], p.purchased_on, p.id)
        ):
            customer = by_id[purchase.customer_id]
            yield [
                str(customer.customer_no),
                customer.name,
                _iso(purchase.purchased_on),
                word("purchase_kind", purchase.kind, EXPORT_LANGUAGE),
                str(purchase.amount),
                ", ".join(items.get(purchase.id, [])),
                word("payment_method", purchase.payment_method, EXPORT_LANGUAGE),
                str(purchase.points_earned),
                staff.get(purchase.staff_id, "") if purchase.staff_id else "",
                purchase.note or "",
                _iso(purchase.voided_at),
            ]
