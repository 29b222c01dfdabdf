"""Writing an export as an Excel workbook (.xlsx) instead of CSV.

CSV cannot tell Excel that a column is text, so Seoul's postal code ``06236`` opens as
``6236``. A workbook can: postal codes, phones, customer numbers and every other word are text
cells, dates are dates, amounts are numbers; the header row is frozen and the columns sized.
Every text cell is written as text, so a memo beginning with ``=`` (or ``+ - @``, or looking
like ``#N/A``) is shown as written and never run as a formula; unlike the CSV export, no
``'`` is put in front. The rows come from the same generators as the CSV export; the workbook
is streamed (openpyxl's write-only mode), so 100,000 customers do not sit in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from shopcrm.errors import CancelCheck, check_cancel

XLSX_SUFFIX = ".xlsx"
"""An export to a file ending in this (in any case) is a workbook."""

DATE_COLUMNS = frozenset(
    {"동의일자", "최근방문일", "첫구매일", "등록일", "구매일", "취소일", "접수일", "후속 조치일"}
)
"""Columns written as Excel dates (the cell holds an ISO date or nothing)."""
NUMBER_COLUMNS = frozenset(
    {"누적구매액", "포인트", "구매횟수", "금액", "적립포인트", "번호", "보상액", "만족도"}
)
"""Columns written as numbers (won, points, counts)."""
TEXT_FORMAT_COLUMNS = frozenset({"고객번호", "휴대폰", "우편번호", "이전고객번호"})
"""Text columns whose cells also get Excel's text format, so that editing a cell in Excel
never turns ``06236`` into ``6236``."""
_WIDTHS = {
    "이름": 12,
    "휴대폰": 15,
    "이메일": 26,
    "우편번호": 9,
    "주소": 40,
    "생일": 16,
    "결혼기념일": 16,
    "기타기념일": 22,
    "관심사": 22,
    "메모": 36,
    "태그": 18,
    "추천인": 14,
    "품목": 30,
    "비고": 24,
    "해결": 30,
    "30일 내 재방문": 14,
}
"""Column widths in characters where the header is a poor guide to the content."""
_DATE_WIDTH = 12
_NUMBER_WIDTH = 13
_NUMBER_FORMAT = "#,##0"

ProgressCallback = Callable[[int, int], None]


def column_width(title: str) -> float:
    """A column's width in Excel's characters: wide enough for its header (a Hangul
    syllable is two characters wide) and for what the column usually holds."""
    header = sum(2 if ord(char) > 0x2E80 else 1 for char in title) + 2
    if title in DATE_COLUMNS:
        return max(header, _DATE_WIDTH)
    if title in NUMBER_COLUMNS:
        return max(header, _NUMBER_WIDTH)
    return max(header, _WIDTHS.get(title, 10))


def write_workbook(
    handle: IO[bytes],
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    encoding: str,
    total: int,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write the export's header and rows (as the CSV export makes them) as a workbook.

    Args:
        handle: the open file to write the workbook into.
        header: the column titles.
        rows: one list of cell texts per row.
        encoding: ignored (a workbook has no text encoding; the CSV writer's signature).
        total: how many rows are expected, for the progress.
        progress: called with (done, total) rows.
        cancel: polled now and then; returning True stops the export (``export_cancelled``).

    Returns:
        How many rows were written (the header not counted).
    """
    del encoding
    workbook = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = workbook.create_sheet("고객")
    for index, title in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width(title)
    sheet.freeze_panes = "A2"
    kinds = [_kind(title) for title in header]
    sheet.append([_text_cell(sheet, title, text_format=False) for title in header])
    count = 0
    for count, cells in enumerate(rows, start=1):
        sheet.append([_cell(sheet, kind, value) for kind, value in zip(kinds, cells, strict=False)])
        if count % 500 == 0:
            check_cancel(cancel, "export_cancelled")
            if progress is not None:
                progress(count, total)
    check_cancel(cancel, "export_cancelled")
    workbook.save(handle)
    if progress is not None:
        progress(count, count)
    return count


_TEXT, _TEXT_FORMATTED, _DATE, _NUMBER = range(4)


def _kind(title: str) -> int:
    if title in DATE_COLUMNS:
        return _DATE
    if title in NUMBER_COLUMNS:
        return _NUMBER
    return _TEXT_FORMATTED if title in TEXT_FORMAT_COLUMNS else _TEXT


def _cell(sheet: WriteOnlyWorksheet, kind: int, value: str) -> Any:
    # A cell object costs several times a plain value: only where the plain value would not do.
    if not value:
        return None
    if kind == _DATE:
        return dt.date.fromisoformat(value)  # openpyxl gives a date its yyyy-mm-dd format
    if kind == _NUMBER:
        cell = WriteOnlyCell(sheet, value=int(value))
        cell.number_format = _NUMBER_FORMAT
        return cell
    if kind == _TEXT_FORMATTED or value.startswith("=") or value in ERROR_CODES:
        return _text_cell(sheet, value, text_format=kind == _TEXT_FORMATTED)
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _text_cell(sheet: WriteOnlyWorksheet, value: str, *, text_format: bool) -> WriteOnlyCell:
    # openpyxl makes a formula of a string starting with "=" and an error of "#N/A": say text.
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    if text_format:
        cell.number_format = "@"
    return cell
