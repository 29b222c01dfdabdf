"""What an import did: counts, every problem with its row and column, the rejected-rows file."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from shopcrm.importing.mapping import REJECTED_COLUMN
from shopcrm.importing.reading import shown_undecodable
from shopcrm.importing.values import CellValue, cell_text

MAX_KEPT_PROBLEMS = 5_000
"""The report keeps this many problems; beyond, it counts them (the rejected file has all)."""


@dataclass(frozen=True)
class RowProblem:
    """One problem with one row.

    Attributes:
        row: the row number as a spreadsheet shows it (for a vCard: the card's number).
        column: the column's header (for a vCard: the property), or None for the whole row.
        code: what is wrong; `shopcrm.vocabulary.describe_problem` words it.
        fields: what the words need (the value, a limit ...).
        rejected: True when the row was not imported; False for a value left out.
    """

    row: int
    column: str | None
    code: str
    fields: dict[str, Any] = field(default_factory=dict)
    rejected: bool = False


@dataclass(frozen=True)
class ImportReport:
    """The outcome of `shopcrm.importing.import_file`.

    Attributes:
        batch_id: the import's batch (for ``--undo``); None for a dry run.
        file_name: the file imported.
        file_format: ``csv``, ``xlsx`` or ``vcard``.
        encoding: the text encoding read (None for .xlsx).
        delimiter: the delimiter read (None unless CSV).
        layout: ``shopcrm``, ``google``, ``outlook``, ``hubspot``, ``vcard`` or ``sheet``.
        total_rows: rows with something in them (blank rows are not counted).
        created: new customers.
        updated: customers already known (in the database or earlier in the file) who got
            new values.
        skipped: rows of customers already known that brought nothing new (or
            ``--on-duplicate skip``).
        skipped_rows: the numbers of the first skipped rows (at most 200).
        rejected: rows not imported.
        warnings: values left out of imported rows.
        problems: the problems, rejections and warnings, in row order (at most
            `MAX_KEPT_PROBLEMS`).
        problem_count: all problems, including those not kept.
        rejected_path: the file with the rejected rows, to fix and import again.
        dry_run: nothing was stored.
        staff_created: staff members added because a 담당자 was not known yet.
        referrals: referrals recorded from the 추천인 column.
        restored: numbers of the cards in the trash that rows matched: taken out of it and
            filled (휴지통에서 되살림; counted among `updated` too).
    """

    batch_id: int | None
    file_name: str
    file_format: str
    encoding: str | None
    delimiter: str | None
    layout: str
    total_rows: int
    created: int
    updated: int
    skipped: int
    rejected: int
    warnings: int
    problems: tuple[RowProblem, ...]
    problem_count: int
    rejected_path: str | None
    dry_run: bool = False
    staff_created: tuple[str, ...] = ()
    referrals: int = 0
    skipped_rows: tuple[int, ...] = ()
    restored: tuple[int, ...] = ()

    @property
    def all_in(self) -> bool:
        """Every row with something in it was imported."""
        return self.rejected == 0


class ProblemLog:
    """Collects problems while an import runs, keeping a bounded number."""

    def __init__(self) -> None:
        self.kept: list[RowProblem] = []
        self.count = 0
        self.warnings = 0

    def add(self, problem: RowProblem) -> None:
        self.count += 1
        if not problem.rejected:
            self.warnings += 1
        if len(self.kept) < MAX_KEPT_PROBLEMS:
            self.kept.append(problem)

    def extend(self, problems: Sequence[RowProblem]) -> None:
        for problem in problems:
            self.add(problem)


def rejected_path_for(source: Path, file_format: str) -> Path:
    """Where the rejected rows of a file go by default: next to it, ``NAME.rejected.csv``."""
    suffix = ".vcf" if file_format == "vcard" else ".csv"
    return source.with_name(f"{source.stem}.rejected{suffix}")


class RejectedWriter:
    """Writes rejected rows as they come, in the source's layout, opening the file lazily.

    A table's rows keep their columns (header first) with one more column saying why; a
    vCard's cards are copied as they were. The file is UTF-8 with a byte-order mark, which
    Korean Excel opens correctly.
    """

    def __init__(self, path: Path, *, header: Sequence[str], delimiter: str, vcard: bool) -> None:
        self.path = path
        self.header = list(header)
        self.delimiter = delimiter
        self.vcard = vcard
        self.count = 0
        self._handle: IO[str] | None = None
        self._writer: Any = None

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.path.open("w", encoding="utf-8-sig", newline="")
        if not self.vcard:
            self._writer = csv.writer(self._handle, delimiter=self.delimiter)
            self._writer.writerow([*self.header, REJECTED_COLUMN])

    def write(self, cells: Sequence[CellValue], raw: str | None, reason: str) -> None:
        """Add one rejected row (its cells, or for a vCard its original text)."""
        if self._handle is None:
            self._open()
        self.count += 1
        if self.vcard:
            assert self._handle is not None
            text = shown_undecodable(raw or "")
            self._handle.write(text if text.endswith("\n") else text + "\r\n")
            return
        values = [shown_undecodable(_rejected_cell(value)) for value in cells]
        values += [""] * (len(self.header) - len(values))
        self._writer.writerow([*values, shown_undecodable(reason)])

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def discard(self) -> None:
        """Remove the file (a dry run or a refused import leaves none)."""
        self.close()
        if self.count:
            self.path.unlink(missing_ok=True)


def _rejected_cell(value: CellValue) -> str:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return cell_text(value)
