"""Helpers for import tests: files written the way Excel, Google, Outlook and phones write them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shopcrm.importing import ImportOptions, ImportReport, import_file
from shopcrm.models import Anniversary, Customer, ImportBatch

TODAY = dt.date(2026, 11, 23)


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    """Write text with exactly the line ends it holds (CRLF as Excel writes them)."""
    path.write_bytes(text.encode(encoding))
    return path


def excel_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "cp949") -> Path:
    """A CSV file as Korean Excel's 'CSV (쉼표로 분리)' writes it: CP949 and CRLF."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return write(path, buffer.getvalue(), encoding)


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def run_import(path: Path, **options: Any) -> ImportReport:
    options.setdefault("today", TODAY)
    return import_file(path, ImportOptions(**options))


def people() -> list[tuple[Any, ...]]:
    """(name, phone, email, notes) of every customer, by customer number."""
    query = Customer.select(Customer.name, Customer.phone, Customer.email, Customer.notes)
    return [tuple(row) for row in query.order_by(Customer.customer_no).tuples()]


def names() -> list[str]:
    return [row[0] for row in people()]


def birthdays() -> dict[str, tuple[Any, ...]]:
    """name -> (year, month, day, is_lunar, is_leap_month) of the birthday."""
    query = (
        Anniversary.select(
            Customer.name,
            Anniversary.year,
            Anniversary.month,
            Anniversary.day,
            Anniversary.is_lunar,
            Anniversary.is_leap_month,
        )
        .join(Customer)
        .where(Anniversary.kind == "birthday")
    )
    return {row[0]: (row[1], row[2], row[3], bool(row[4]), bool(row[5])) for row in query.tuples()}


def database_is_empty() -> bool:
    return Customer.select().count() == 0 and ImportBatch.select().count() == 0
