"""Reading customer files row by row: CSV/TSV text in any encoding Korean Excel writes, .xlsx.

`sniff` looks at the beginning of a file and decides its format, encoding and delimiter, or
refuses the file (`ImportRefused`) before anything is read into the database: an empty file, a
byte-order mark only, an image or other binary file, an old .xls, an HTML page saved as .xls,
text that neither UTF-8 nor CP949 decodes for most of its lines. `open_rows` then streams the
rows, one `SourceRow` at a time, so a file of a million rows is never held in memory.

Text: UTF-8 with or without a byte-order mark, CP949 (which includes EUC-KR), UTF-16 with a
byte-order mark (Excel's "Unicode text"); comma, semicolon, tab or bar as delimiter (Excel's
``sep=;`` first line is honoured); quoted fields keep their newlines, delimiters and quotes.
A line with invalid bytes, a NUL byte, a field longer than an Excel cell can hold or a quote
that never closes becomes a row with a `RowIssue`; the rest of the file is read on.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import zipfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from shopcrm.importing.errors import ImportRefused
from shopcrm.importing.source_rows import RowIssue, SourceRow, has_undecodable, shown_undecodable
from shopcrm.importing.values import CellValue, as_plain
from shopcrm.importing.vcard import read_cards

__all__ = [
    "CSV",
    "DELIMITERS",
    "FORMATS",
    "VCARD",
    "XLSX",
    "RowIssue",
    "RowSource",
    "Sniffed",
    "SourceRow",
    "has_undecodable",
    "shown_undecodable",
    "sniff",
]

CSV, XLSX, VCARD = "csv", "xlsx", "vcard"
FORMATS: tuple[str, ...] = ("auto", CSV, XLSX, VCARD)
"""The values of ``--format``."""

DELIMITERS: tuple[str, ...] = (",", "\t", ";", "|")
"""The delimiters a text file may use, in the order a tie is decided."""

MAX_FIELD_CHARS = 32_767
"""The most characters one Excel cell holds; a longer field is a broken row."""

_MAX_RECORD_CHARS = 2_000_000  # a quote still open after this many characters never closes
_SAMPLE_BYTES = 256 * 1024
# Fields up to a whole record's limit reach the row checks instead of stopping the reader
# (raising the csv module's own limit is harmless to anything else using it).
csv.field_size_limit(max(csv.field_size_limit(), _MAX_RECORD_CHARS + 1))
_SAMPLE_RECORDS = 60
_UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"%PDF",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"II*\x00",
    b"MM\x00*",
    b"MZ",
    b"\x7fELF",
    b"HWP Document",
)
_CONTROL_BYTES = bytes([*range(1, 9), *range(14, 26), *range(27, 32), 127])  # NUL: a row problem
_ENCODING_ALIASES = {"euc-kr": "cp949", "euc_kr": "cp949", "ks_c_5601-1987": "cp949"}


@dataclass(frozen=True)
class Sniffed:
    """How a file is read: its format and, for text, encoding and delimiter."""

    file_format: str
    encoding: str | None = None
    delimiter: str | None = None


def codec_name(encoding: str) -> str:
    """The Python codec for an encoding name a person or Excel uses.

    Raises:
        ImportRefused: ``unknown_encoding`` (field ``encoding``).
    """
    wanted = _ENCODING_ALIASES.get(encoding.strip().lower(), encoding.strip())
    try:
        name = codecs.lookup(wanted).name
    except LookupError:
        raise ImportRefused("unknown_encoding", encoding=encoding) from None
    if name == "utf-8":
        return "utf-8-sig"  # reads a byte-order mark if there is one
    if name == "euc_kr":
        return "cp949"
    return name


def sniff(
    path: Path,
    *,
    file_format: str = "auto",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Sniffed:
    """Decide how to read a file, or refuse it.

    Args:
        path: the file.
        file_format: ``auto`` (from the content), ``csv``, ``xlsx`` or ``vcard``.
        encoding: the text encoding to use instead of detecting it.
        delimiter: the delimiter to use instead of detecting it.

    Raises:
        ImportRefused: see the module docstring; the database is never touched here.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
    except OSError as error:
        raise ImportRefused("file_unreadable", path=str(path), reason=error.strerror) from None
    if size == 0 or not head.strip():
        raise ImportRefused("empty_file", path=str(path))
    if file_format == XLSX or (file_format == "auto" and head.startswith((_ZIP, _EMPTY_ZIP))):
        _check_spreadsheet_zip(path)
        return Sniffed(XLSX)
    if head.startswith(_OLE2):
        raise ImportRefused("xls_file", path=str(path))
    if head.startswith((_ZIP, _EMPTY_ZIP, *_BINARY_MAGIC)) or _is_image(head):
        raise ImportRefused("binary_file", path=str(path))
    codec = codec_name(encoding) if encoding else _detect_encoding(path, head, size)
    sample = _decoded_sample(head, codec, complete=size <= len(head))
    if not sample.strip("\ufeff \t\r\n"):
        raise ImportRefused("empty_file", path=str(path))
    start = sample.lstrip("\ufeff \t\r\n")[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<table", "<?xml")) or "<html" in start:
        raise ImportRefused("html_file", path=str(path))
    if file_format == VCARD or (file_format == "auto" and start.startswith("begin:vcard")):
        return Sniffed(VCARD, codec)
    return Sniffed(CSV, codec, delimiter or detect_delimiter(sample))


def _is_image(head: bytes) -> bool:
    return (head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"AVI ", b"WAVE")) or head[4:8] == (
        b"ftyp"
    )


def _check_spreadsheet_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused("xlsx_damaged", path=str(path)) from None
    if "xl/workbook.xml" not in names:
        if any(name.startswith(("word/", "ppt/", "Contents/")) for name in names):
            raise ImportRefused("binary_file", path=str(path))
        raise ImportRefused("xlsx_damaged", path=str(path))


def _detect_encoding(path: Path, head: bytes, size: int) -> str:
    if head.startswith(_UTF8_BOM):
        if not head[len(_UTF8_BOM) :].strip():
            raise ImportRefused("empty_file", path=str(path))
        return "utf-8-sig"
    if head.startswith(_UTF16_BOMS):
        if not head[2:].strip(b"\x00 \t\r\n"):
            raise ImportRefused("empty_file", path=str(path))
        return "utf-16"
    nul_share = head.count(0) / len(head)
    if nul_share > 0.1:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) / max(len(odd), 1) > 0.4 and even.count(0) / max(len(even), 1) < 0.05:
            return "utf-16-le"
        if even.count(0) / max(len(even), 1) > 0.4 and odd.count(0) / max(len(odd), 1) < 0.05:
            return "utf-16-be"
        raise ImportRefused("binary_file", path=str(path))
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES)
    if controls * 100 > len(head) and controls > 4:
        raise ImportRefused("binary_file", path=str(path))
    lines = head.split(b"\n")
    if size > len(head) and len(lines) > 1:
        lines = lines[:-1]  # the last piece may be cut in the middle of a character
    lines = [line for line in lines if line.strip()]
    scores = {codec: _decodable(lines, codec) for codec in ("utf-8", "cp949")}
    best = max(scores, key=lambda codec: (scores[codec], codec == "utf-8"))
    if scores[best] * 2 <= len(lines):
        raise ImportRefused("undecodable", path=str(path))
    return "utf-8-sig" if best == "utf-8" else best


def _decodable(lines: list[bytes], codec: str) -> int:
    count = 0
    for line in lines:
        try:
            line.decode(codec)
        except UnicodeDecodeError:
            continue
        count += 1
    return count


def _decoded_sample(head: bytes, codec: str, *, complete: bool) -> str:
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    return decoder.decode(head, final=complete)


def detect_delimiter(sample: str) -> str:
    """The delimiter that gives the most rows of one width (more than one field).

    A delimiter whose first row already has that width wins over one whose first row does not:
    a single customer whose memo holds tabs and line breaks gives more rows of one width when
    read with tabs than her comma-separated file has lines. Excel's ``sep=X`` first line
    decides by itself.
    """
    lines = sample.lstrip("\ufeff").splitlines(keepends=True)
    if lines and lines[0].lower().startswith("sep=") and len(lines[0].rstrip("\r\n")) == 5:
        return lines[0][4]
    best, best_score = ",", (False, 0)
    for candidate in DELIMITERS:
        widths: dict[int, int] = {}
        first_width = 0
        try:
            for number, row in enumerate(csv.reader(lines, delimiter=candidate)):
                if number >= _SAMPLE_RECORDS:
                    break
                if any(cell.strip() for cell in row):
                    first_width = first_width or len(row)
                    widths[len(row)] = widths.get(len(row), 0) + 1
        except csv.Error:
            continue
        width, count = max(widths.items(), key=lambda item: item[1], default=(0, 0))
        score = (width == first_width, count)
        if width > 1 and score > best_score:
            best, best_score = candidate, score
    return best


class RowSource:
    """The rows of a file, streamed; use as a context manager and iterate once.

    Attributes:
        sniffed: how the file is read.
        total: the file's size in bytes (text) or its number of rows (.xlsx, when known).
        done: how far the reading got, in the same unit as ``total``.
    """

    def __init__(self, path: Path, sniffed: Sniffed) -> None:
        self.path = path
        self.sniffed = sniffed
        self.total = 0
        self.done = 0
        self._closers: list[Any] = []

    def __enter__(self) -> RowSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        while self._closers:
            self._closers.pop().close()

    def __iter__(self) -> Iterator[SourceRow]:
        if self.sniffed.file_format == XLSX:
            return self._xlsx_rows()
        if self.sniffed.file_format == VCARD:
            return read_cards(self._text_lines(), self)
        return self._csv_rows()

    # --- text --------------------------------------------------------------------------

    def _text_lines(self) -> Iterator[str]:
        binary = self.path.open("rb")
        self._closers.append(binary)
        self.total = os.fstat(binary.fileno()).st_size
        # Bytes the encoding cannot read become lone surrogates, which no real text holds:
        # the row they are on is rejected, and its other rows are read on.
        text = io.TextIOWrapper(
            binary,
            encoding=self.sniffed.encoding or "utf-8-sig",
            errors="surrogateescape",
            newline="",
        )
        self._closers.append(text)
        return self._counted(text, binary)

    def _counted(self, text: IO[str], binary: IO[bytes]) -> Iterator[str]:
        for count, line in enumerate(text):
            if count % 512 == 0:
                self.done = binary.tell()
            yield line
        self.done = self.total

    def _csv_rows(self) -> Iterator[SourceRow]:
        delimiter = self.sniffed.delimiter or ","
        for number, (cells, lines, unclosed) in enumerate(
            _records(self._text_lines(), delimiter), start=1
        ):
            raw = "".join(lines)
            yield SourceRow(number, tuple(cells), _text_issue(cells, raw, unclosed), raw)

    # --- xlsx --------------------------------------------------------------------------

    def _xlsx_rows(self) -> Iterator[SourceRow]:
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ImportRefused("xlsx_damaged", path=str(self.path)) from error
        self._closers.append(workbook)
        sheet = workbook.active or (workbook.worksheets[0] if workbook.worksheets else None)
        if sheet is None:
            raise ImportRefused("empty_file", path=str(self.path))
        self.total = int(getattr(sheet, "max_row", 0) or 0)
        number = 0
        try:
            for row in sheet.iter_rows(min_row=1):
                number = next((cell.row for cell in row if getattr(cell, "row", None)), number + 1)
                self.done = number
                yield SourceRow(number, tuple(_xlsx_value(cell.value) for cell in row))
        except ImportRefused:
            raise
        except Exception as error:
            raise ImportRefused("xlsx_damaged", path=str(self.path)) from error


def _xlsx_value(value: Any) -> CellValue:
    if isinstance(value, str):
        # openpyxl keeps Excel's escaped carriage return (Alt+Enter on a Mac) as text
        return value.replace("_x000D_", "\r")
    if isinstance(value, dt.timedelta):
        return str(value)
    return as_plain(value)


def _text_issue(cells: list[str], raw: str, unclosed: bool) -> RowIssue | None:
    if unclosed:
        return RowIssue("row_unclosed_quote")
    if "\x00" in raw:
        return RowIssue("row_nul_bytes")
    if has_undecodable(raw):
        return RowIssue("row_invalid_bytes")
    for index, cell in enumerate(cells):
        if len(cell) > MAX_FIELD_CHARS:
            return RowIssue(
                "row_field_too_large", index, {"size": len(cell), "limit": MAX_FIELD_CHARS}
            )
    return None


class _RunawayRecord(Exception):
    """A quoted field that never closes: the record grew past any real cell."""


def _records(lines: Iterator[str], delimiter: str) -> Iterator[tuple[list[str], list[str], bool]]:
    """CSV records with the physical lines each was made of.

    Yields:
        (fields, lines, unclosed): ``unclosed`` is True for a line whose quote never closed;
        the lines after it are read again as rows of their own.
    """
    again: deque[str] = deque()
    current: list[str] = []
    state = {"size": 0, "ended": False}

    def feed() -> Iterator[str]:
        while True:
            if again:
                line = again.popleft()
            else:
                try:
                    line = next(lines)
                except StopIteration:
                    state["ended"] = True
                    return
            current.append(line)
            state["size"] += len(line)
            if state["size"] > _MAX_RECORD_CHARS:
                raise _RunawayRecord
            yield line.replace("\x00", "")

    while True:
        reader = csv.reader(feed(), delimiter=delimiter)
        try:
            for row in reader:
                lines_of_row = list(current)
                current.clear()
                state["size"] = 0
                if state["ended"] and not again and _quote_open(lines_of_row):
                    yield [], lines_of_row[:1], True
                    again.extend(lines_of_row[1:])
                    state["ended"] = False
                    break
                yield row, lines_of_row, False
            else:
                return
        except _RunawayRecord:
            first, rest = current[:1], current[1:]
            current.clear()
            state["size"] = 0
            yield [], first, True
            again.extendleft(reversed(rest))


def _quote_open(lines: list[str]) -> bool:
    """Whether a record read up to the end of the file still had a quoted field open."""
    return len(lines) > 1 and "".join(lines).count('"') % 2 == 1
