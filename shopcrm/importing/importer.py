"""Importing a customer file: look at it, preview it, import it as one undoable batch.

`inspect_file` reads the beginning of a file (format, encoding, delimiter, header, guessed
mapping); `preview_import` reads its first rows as they would be stored, with their problems
and the customers they match; `import_file` imports the whole file in one transaction. All
three refuse a file that cannot be imported with `ImportRefused` and never touch widgets: the
import wizard and ``shopcrm import`` both call them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, islice
from pathlib import Path
from typing import Any

from shopcrm import audit
from shopcrm.db import database_proxy
from shopcrm.importing.creating import customer_number
from shopcrm.importing.errors import ImportCancelled, ImportRefused
from shopcrm.importing.mapping import (
    IGNORED,
    find_header,
    guess_mapping,
    has_name,
    is_shopcrm_export,
    is_shopcrm_purchases,
    layout_kind,
    mapping_from_names,
    save_mapping,
)
from shopcrm.importing.matching import RowJudge, identity_of, stored_by_number, stored_customers
from shopcrm.importing.preview import preview_values, stored_values
from shopcrm.importing.reading import CSV, VCARD, RowSource, Sniffed, SourceRow, sniff
from shopcrm.importing.report import (
    ImportReport,
    ProblemLog,
    RejectedWriter,
    RowProblem,
    rejected_path_for,
)
from shopcrm.importing.rows import ImportRecord, RowContext, Triple, build_record
from shopcrm.importing.store import DUPLICATE_MODES, MEMO_MODES, BatchWriter, table_marks
from shopcrm.importing.values import cell_text, is_blank
from shopcrm.models import ImportBatch
from shopcrm.vocabulary import describe_problem

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

HEADER_SEARCH_ROWS = 30
"""How many rows may stand above the header (a title, blank rows)."""
_CHECK_EVERY = 256


@dataclass(frozen=True)
class ImportOptions:
    """How to read and import a file (every field has the default of ``shopcrm import``).

    Attributes:
        file_format: ``auto``, ``csv``, ``xlsx`` or ``vcard``.
        encoding: the text encoding, or None to detect it.
        delimiter: the delimiter, or None to detect it.
        mapping: one field per column (``""`` for a column left out), or None to guess.
        mapping_by_name: ``{header: field}`` (a mapping file); other columns are guessed.
        on_duplicate: ``skip``, ``fill`` (only empty fields) or ``overwrite``; in both of
            the last two a later last visit moves the card's, an earlier one never does.
        memo: what a known customer's memo does with the row's: ``keep`` it, ``append`` the
            row's on a new line unless the memo already holds it, or ``replace`` it.
        dry_run: read and check everything, store nothing.
        rejected_path: where to write the rejected rows (default next to the file).
        today: the date for two-digit years and grades (default today).
        actor: who imports, for the audit trail.
    """

    file_format: str = "auto"
    encoding: str | None = None
    delimiter: str | None = None
    mapping: tuple[str, ...] | None = None
    mapping_by_name: Mapping[str, str | None] | None = None
    on_duplicate: str = "fill"
    memo: str = "append"
    dry_run: bool = False
    rejected_path: Path | None = None
    today: dt.date | None = None
    actor: str | None = None


@dataclass(frozen=True)
class FileLayout:
    """How a file is laid out, as `inspect_file` found it.

    Attributes:
        path: the file.
        file_format: ``csv``, ``xlsx`` or ``vcard``.
        encoding: the text encoding (None for .xlsx).
        delimiter: the delimiter (CSV only).
        header: the header's cells (empty for a vCard).
        header_row: the header's row number (0 for a vCard).
        mapping: one field per header cell.
        kind: ``shopcrm``, ``google``, ``outlook``, ``hubspot``, ``sheet`` or ``vcard``.
        sample: the first data rows as text (what the wizard shows under the header).
    """

    path: Path
    file_format: str
    encoding: str | None
    delimiter: str | None
    header: tuple[str, ...]
    header_row: int
    mapping: tuple[str, ...]
    kind: str
    sample: tuple[tuple[str, ...], ...] = ()

    @property
    def own_export(self) -> bool:
        """A file ShopCRM exported: its 고객번호 are ShopCRM's and cells carry the guard."""
        return self.kind == "shopcrm"

    @cached_property
    def mapped(self) -> tuple[tuple[int, str, str], ...]:
        """(index, field, column label) of every mapped column."""
        return tuple(
            (index, name, self.column_label(index))
            for index, name in enumerate(self.mapping)
            if name
        )

    def column_label(self, index: int) -> str:
        """How a problem names a column: its header, or its spreadsheet letter."""
        if index < len(self.header) and self.header[index]:
            return self.header[index]
        return column_letter(index)


def column_letter(index: int) -> str:
    """A spreadsheet column letter: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


class _Opened:
    """A file opened for reading: its layout and its data rows (after the header)."""

    def __init__(self, path: Path, options: ImportOptions) -> None:
        self.path = path
        sniffed = sniff(
            path,
            file_format=options.file_format,
            encoding=options.encoding,
            delimiter=options.delimiter,
        )
        self.source = RowSource(path, sniffed)
        try:
            self.layout, self.rows = self._layout(sniffed, options)
        except BaseException:
            self.source.close()
            raise

    def _layout(
        self, sniffed: Sniffed, options: ImportOptions
    ) -> tuple[FileLayout, Iterator[SourceRow]]:
        rows = iter(self.source)
        if sniffed.file_format == VCARD:
            layout = FileLayout(self.path, VCARD, sniffed.encoding, None, (), 0, (), "vcard")
            return layout, rows
        head = list(islice(rows, HEADER_SEARCH_ROWS))
        texts = [[cell_text(cell).strip() for cell in row.cells] for row in head]
        if not any(any(texts_row) for texts_row in texts):
            raise ImportRefused("empty_file", path=str(self.path))
        index = find_header(texts)
        header = _trimmed(texts[index])
        if is_shopcrm_purchases(header):
            raise ImportRefused("purchases_file", path=str(self.path))
        if options.mapping is not None:
            mapping = tuple(options.mapping[: len(header)]) + (IGNORED,) * max(
                0, len(header) - len(options.mapping)
            )
        elif options.mapping_by_name is not None:
            mapping = mapping_from_names(header, options.mapping_by_name)
        else:
            mapping = guess_mapping(header)
        kind = "shopcrm" if is_shopcrm_export(header) else layout_kind(header)
        sample = tuple(
            tuple(cell_text(cell) for cell in row.cells)
            for row in head[index + 1 :]
            if not _blank(row)
        )[:20]
        layout = FileLayout(
            self.path,
            sniffed.file_format,
            sniffed.encoding,
            sniffed.delimiter,
            header,
            head[index].number,
            mapping,
            kind,
            sample,
        )
        return layout, chain(head[index + 1 :], rows)

    def close(self) -> None:
        self.source.close()


def _trimmed(header: list[str]) -> tuple[str, ...]:
    while header and not header[-1]:
        header = header[:-1]
    return tuple(header)


def _blank(row: SourceRow) -> bool:
    if row.fields is not None or row.issue is not None:
        return False
    return all(is_blank(cell) for cell in row.cells)


def inspect_file(path: Path | str, options: ImportOptions | None = None) -> FileLayout:
    """Look at a file: format, encoding, delimiter, header, the mapping that will be used.

    Call it with the database open (a saved mapping for the same header is reused).

    Raises:
        ImportRefused: a file that cannot be imported at all (see `shopcrm.importing`).
    """
    opened = _Opened(Path(path), options or ImportOptions())
    try:
        return opened.layout
    finally:
        opened.close()


def _row_record(
    row: SourceRow, layout: FileLayout, context: RowContext
) -> tuple[ImportRecord | None, list[RowProblem]]:
    if row.issue is not None:
        column = None if row.issue.column is None else layout.column_label(row.issue.column)
        return None, [RowProblem(row.number, column, row.issue.code, dict(row.issue.fields), True)]
    if row.fields is not None:
        return build_record(row.number, row.fields, context)
    cells = row.cells
    width = len(layout.header)
    if layout.file_format == CSV and (
        len(cells) < width or any(not is_blank(cell) for cell in cells[width:])
    ):
        problem = RowProblem(
            row.number, None, "row_field_count", {"expected": width, "found": len(cells)}, True
        )
        return None, [problem]
    triples: list[Triple] = [
        (name, label, cells[index]) for index, name, label in layout.mapped if index < len(cells)
    ]
    return build_record(row.number, triples, context)


def import_file(
    path: Path | str,
    options: ImportOptions | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportReport:
    """Import a customer file as one batch: all good rows, or nothing.

    The good rows are committed together; a crash, an error, Cancel or a dry run leave the
    database exactly as before. A row error never stops the import: the row is reported
    and written to the rejected-rows file.

    Args:
        path: the file (CSV/TSV text, .xlsx or vCard).
        options: how to read and import it.
        progress: called now and then with (done, total) in units of the file's reading.
        cancel: polled now and then; returning True stops the import, nothing stored.

    Returns:
        The report: counts, problems, the batch id, the rejected-rows file.

    Raises:
        ImportRefused: the file cannot be imported (the database is unchanged).
        ImportCancelled: the owner cancelled (the database is unchanged).
    """
    options = options or ImportOptions()
    path = Path(path)
    if options.on_duplicate not in DUPLICATE_MODES:
        raise ImportRefused("invalid_duplicate_mode", value=options.on_duplicate)
    if options.memo not in MEMO_MODES:
        raise ImportRefused("invalid_memo_mode", value=options.memo)
    today = options.today or dt.date.today()
    opened = _Opened(path, options)
    layout = opened.layout
    with opened.source:
        if layout.file_format != VCARD and not has_name(layout.mapping):
            raise ImportRefused(
                "no_name_column", path=str(path), columns=", ".join(c for c in layout.header if c)
            )
        rejected = RejectedWriter(
            options.rejected_path or rejected_path_for(path, layout.file_format),
            header=layout.header,
            delimiter=layout.delimiter or ",",
            vcard=layout.file_format == VCARD,
        )
        try:
            result = _run(opened, layout, options, today, rejected, progress, cancel)
        except _DryRunResult as finished:
            rejected.discard()
            result = finished.report
        except BaseException:
            rejected.discard()
            raise
        finally:
            rejected.close()
    if progress is not None:
        progress(opened.source.total, opened.source.total)
    return result


class _DryRunResult(Exception):
    """Raised at the end of a dry run: everything is rolled back, the report survives."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def _run(
    opened: _Opened,
    layout: FileLayout,
    options: ImportOptions,
    today: dt.date,
    rejected: RejectedWriter,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> ImportReport:
    context = RowContext(
        today=today, own_export=layout.own_export, formula_guarded=layout.file_format != "xlsx"
    )
    log = ProblemLog()
    source = opened.source
    with database_proxy.atomic():
        before = table_marks()
        batch = ImportBatch.create(
            file_name=layout.path.name,
            file_format=layout.file_format,
            encoding=layout.encoding,
        )
        writer = BatchWriter(
            batch.id,
            mode=options.on_duplicate,
            today=today,
            own_export=layout.own_export,
            log=log,
            actor=options.actor,
            memo=options.memo,
        )
        total = refused = 0
        for count, row in enumerate(opened.rows):
            if count % _CHECK_EVERY == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(source.done, source.total)
            if _blank(row):
                continue
            total += 1
            record, problems = _row_record(row, layout, context)
            log.extend(problems)
            if record is None:
                refused += 1
                reason = "; ".join(describe_problem(p) for p in problems if p.rejected)
                rejected.write(row.cells, row.raw, reason)
                continue
            writer.add(record)
        if cancel is not None and cancel():
            raise ImportCancelled()
        writer.finish()
        if total == 0:
            raise ImportRefused("no_rows", path=str(layout.path))
        batch.total_rows = total
        batch.created_count = writer.created
        batch.updated_count = writer.updated
        batch.skipped_count = writer.skipped
        batch.rejected_count = refused
        batch.mapping = json.dumps(
            {
                "header": list(layout.header),
                "fields": list(layout.mapping),
                "kind": layout.kind,
                "on_duplicate": options.on_duplicate,
                "memo": options.memo,
                "marks_before": before,
                "marks_after": table_marks(),
            },
            ensure_ascii=False,
        )
        batch.save()
        counts: dict[str, Any] = {
            "file": layout.path.name,
            "rows": total,
            "created": writer.created,
            "updated": writer.updated,
            "skipped": writer.skipped,
            "rejected": refused,
        }
        audit.record_change("import", "import_batch", batch.id, changes=counts, actor=options.actor)
        if layout.kind not in ("shopcrm", "vcard"):
            save_mapping(layout.header, layout.mapping)
        report = ImportReport(
            batch_id=None if options.dry_run else batch.id,
            file_name=layout.path.name,
            file_format=layout.file_format,
            encoding=layout.encoding,
            delimiter=layout.delimiter,
            layout=layout.kind,
            total_rows=total,
            created=writer.created,
            updated=writer.updated,
            skipped=writer.skipped,
            rejected=refused,
            warnings=log.warnings,
            problems=tuple(sorted(log.kept, key=lambda p: (p.row, not p.rejected))),
            problem_count=log.count,
            rejected_path=str(rejected.path) if rejected.count and not options.dry_run else None,
            dry_run=options.dry_run,
            staff_created=tuple(writer.staff_created),
            referrals=writer.referrals_made,
            skipped_rows=tuple(writer.skipped_rows),
            restored=tuple(writer.restored),
        )
        if options.dry_run:
            raise _DryRunResult(report)
    return report


# --- preview -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewRow:
    """One row of the preview: the customer as she would be stored, and whom she matches.

    Attributes:
        row: the row number.
        status: ``new``, ``duplicate`` (a stored customer), ``repeat`` (an earlier row of
            the file) or ``rejected``.
        values: what would be stored, as display text, by field (`PREVIEW_FIELDS`).
        problems: the row's problems.
        match_id: the stored customer it matches.
        match_values: that customer's values, same keys, for a side-by-side view.
        same_as_row: the earlier row it repeats.
    """

    row: int
    status: str
    values: dict[str, str] = field(default_factory=dict)
    problems: tuple[RowProblem, ...] = ()
    match_id: int | None = None
    match_values: dict[str, str] | None = None
    same_as_row: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    """The first rows of a file as they would be imported."""

    layout: FileLayout
    rows: tuple[PreviewRow, ...]
    more: bool

    @property
    def duplicates(self) -> tuple[PreviewRow, ...]:
        return tuple(row for row in self.rows if row.status in ("duplicate", "repeat"))

    @property
    def rejected(self) -> tuple[PreviewRow, ...]:
        return tuple(row for row in self.rows if row.status == "rejected")


def preview_import(
    path: Path | str,
    options: ImportOptions | None = None,
    *,
    limit: int = 200,
    lang: str = "ko",
) -> ImportPreview:
    """The first rows of a file as they would be stored; nothing is written.

    Raises:
        ImportRefused: as `import_file` (including ``no_rows`` when no data row comes).
    """
    options = options or ImportOptions()
    today = options.today or dt.date.today()
    opened = _Opened(Path(path), options)
    layout = opened.layout
    read: list[tuple[int, ImportRecord | None, list[RowProblem]]] = []
    more = False
    with opened.source:
        if layout.file_format != VCARD and not has_name(layout.mapping):
            raise ImportRefused(
                "no_name_column",
                path=str(layout.path),
                columns=", ".join(c for c in layout.header if c),
            )
        context = RowContext(
            today=today, own_export=layout.own_export, formula_guarded=layout.file_format != "xlsx"
        )
        for row in opened.rows:
            if _blank(row):
                continue
            if len(read) >= limit:
                more = True
                break
            record, problems = _row_record(row, layout, context)
            read.append((row.number, record, problems))
    if not read:
        raise ImportRefused("no_rows", path=str(layout.path))
    return ImportPreview(layout, tuple(_preview_rows(read, layout.own_export, lang)), more)


def _preview_rows(
    read: list[tuple[int, ImportRecord | None, list[RowProblem]]], own_export: bool, lang: str
) -> Iterator[PreviewRow]:
    """Each row's status, by the same rule and in the same order as `BatchWriter`: a stored
    customer first, then an earlier new row of the file."""
    identities = {number: identity_of(record) for number, record, _ in read if record}
    file_numbers = {row: customer_number(record.file_no) for row, record, _ in read if record}
    judge: RowJudge[int] = RowJudge(
        stored_customers(identities.values()),
        own_export=own_export,
        numbers=stored_by_number([n for n in file_numbers.values() if n]) if own_export else None,
    )
    for number, record, problems in read:
        if record is None:
            yield PreviewRow(number, "rejected", problems=tuple(problems))
            continue
        shown = preview_values(record, lang)
        match_id, same_as_row = judge.judge(identities[number], number, file_numbers[number])
        if match_id is not None:
            match_values = stored_values(match_id, lang)
            yield PreviewRow(number, "duplicate", shown, tuple(problems), match_id, match_values)
        elif same_as_row is not None:
            yield PreviewRow(number, "repeat", shown, tuple(problems), same_as_row=same_as_row)
        else:
            yield PreviewRow(number, "new", shown, tuple(problems))
