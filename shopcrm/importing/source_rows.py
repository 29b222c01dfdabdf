"""The rows a file gives, as read before their values are looked at: the types shared by the
readers (`reading` for tables, `vcard` for contacts)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from shopcrm.importing.values import CellValue

_UNDECODABLE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class RowIssue:
    """A problem found while reading a row, before its values are looked at.

    Attributes:
        code: ``row_invalid_bytes``, ``row_nul_bytes``, ``row_field_too_large``,
            ``row_unclosed_quote``.
        column: the index of the field concerned, if one.
        fields: values the message needs.
    """

    code: str
    column: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceRow:
    """One row of the file as read.

    Attributes:
        number: the row number a spreadsheet shows (1 = first line), or a vCard's number.
        cells: the values, for a table; empty for a vCard.
        issue: a problem that rejects the row whatever its values.
        raw: the row's original text (CSV record, vCard), for the rejected-rows file.
        fields: a vCard's (field, property, value) triples.
    """

    number: int
    cells: tuple[CellValue, ...] = ()
    issue: RowIssue | None = None
    raw: str | None = None
    fields: tuple[tuple[str, str, CellValue], ...] | None = None


class ReadProgress(Protocol):
    """How far a reader has come through its file (in the file's own units)."""

    done: int
    total: int


def has_undecodable(text: str) -> bool:
    """Whether text read from a file holds bytes its encoding could not read."""
    return _UNDECODABLE.search(text) is not None


def shown_undecodable(text: str) -> str:
    """Text with its unreadable bytes shown as U+FFFD (to write it out again)."""
    return _UNDECODABLE.sub("\ufffd", text)
